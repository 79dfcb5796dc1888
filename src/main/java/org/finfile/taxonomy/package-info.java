/**
 * Taxonomies: the concepts a filing may report, loaded from a taxonomy schema and everything
 * it imports (its DTS), offline.
 *
 * <p>{@link org.finfile.taxonomy.Taxonomy#load} follows imports, includes and linkbase
 * references through the {@link org.finfile.xml.OfflineResolver}, and gives each concept its
 * item type, period type and balance. {@link org.finfile.taxonomy.CalculationTemplate} holds the
 * base taxonomy's calculation template and picks the relationships that fit one statement.
 */
package org.finfile.taxonomy;
