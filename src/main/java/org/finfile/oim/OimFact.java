package org.finfile.oim;

import java.util.Map;
import java.util.Objects;

/**
 * One fact as an OIM report states it, before it is resolved against the report's namespaces:
 * prefixed names and OIM lexical forms, as read.
 *
 * @param id the fact's id, or null for none
 * @param where where it was read, for messages ({@code report.json: fact f1},
 *     {@code facts.csv:12})
 * @param dimensions the core and taxonomy-defined dimensions as written ({@code concept},
 *     {@code entity}, {@code period}, {@code unit}, {@code language}, {@code noteId}, or a QName)
 * @param decimals the decimals, or null when absent
 * @param value the value, or null for nil
 * @param numeric true when the report's structure says the fact is a number (an xBRL-CSV
 *     column that declares decimals), whatever its unit and decimals
 */
record OimFact(String id, String where, Map<String, String> dimensions, Integer decimals, String value, boolean numeric) {
  OimFact {
    Objects.requireNonNull(where, "where");
    dimensions = Map.copyOf(dimensions);
  }

  String dimension(String name) {
    return dimensions.get(name);
  }
}
