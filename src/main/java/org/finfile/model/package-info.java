/**
 * The domain model: a {@link org.finfile.model.Filing} of contexts, units and facts, as plain
 * immutable records. Numbers are {@link java.math.BigDecimal} everywhere; nothing here knows XML.
 */
package org.finfile.model;
