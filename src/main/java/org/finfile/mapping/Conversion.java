package org.finfile.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.finfile.model.Fact;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * The result of converting a document: the filing, the taxonomy it references, what was read
 * and skipped (with the reason for each skipped cell), and warnings about the document.
 *
 * @param factsPerTable facts made from each table, by mapping table id, in table order
 * @param skipped skipped cell counts by reason
 */
public record Conversion(
    Filing filing,
    Taxonomy taxonomy,
    Map<String, Integer> factsPerTable,
    Map<String, Integer> skipped,
    List<String> warnings,
    Checks checks) {

  /**
   * The release's derived figures recomputed from the facts: how many were compared, how many
   * could not be (a missing or nil input, a zero divisor), and those that disagree.
   */
  public record Checks(int checked, int unchecked, List<org.finfile.validate.Problem> mismatches) {
    public Checks {
      mismatches = List.copyOf(mismatches);
    }
  }

  public Conversion {
    factsPerTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factsPerTable));
    skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    warnings = List.copyOf(warnings);
  }

  /** One line: facts, contexts, units, tables, and the cells skipped with their reasons. */
  public String summary(String document) {
    List<Fact> facts = filing.facts();
    long nil = facts.stream().filter(f -> f.value() instanceof org.finfile.model.FactValue.Nil).count();
    int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
    String reasons = skipped.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return String.format("%s: %d facts (%d nil), %d contexts, %d units, %d tables; %d cells skipped%s;"
        + " %d derived figures checked, %d disagree",
        document, facts.size(), nil, filing.contexts().size(), filing.units().size(), factsPerTable.size(),
        skippedTotal, skippedTotal == 0 ? "" : " (" + reasons + ")", checks.checked(), checks.mismatches().size());
  }
}
