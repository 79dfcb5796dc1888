/**
 * Mappings: data files that say how a document's tables become XBRL facts, and the converter
 * that applies one.
 *
 * <p>{@link org.finfile.mapping.Mapping#read} loads and validates a mapping file (against
 * {@code schemas/finfile/mapping.xsd}, through JAXB); {@link org.finfile.mapping.Converter}
 * applies it to a {@link org.finfile.tables.TextDocument}, giving a
 * {@link org.finfile.mapping.Conversion}: the filing and what was skipped, and why.
 */
package org.finfile.mapping;
