package org.finfile.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.finfile.Counts;
import org.finfile.model.Fact;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * The result of converting a document: the filing, the taxonomy it references, what was read
 * and skipped (with the reason for each skipped cell), and warnings about the document.
 *
 * @param factsPerTable facts made from each table, by mapping table id, in table order
 * @param skipped skipped cell counts by reason
 * @param totals the totals checked with the taxonomy's calculations, and those that do not add up
 */
public record Conversion(
    Filing filing,
    Taxonomy taxonomy,
    Map<String, Integer> factsPerTable,
    Map<String, Integer> skipped,
    List<String> warnings,
    Checks checks,
    Totals totals) {

  /**
   * The release's derived figures recomputed from the facts: how many were compared, how many
   * could not be (a missing or nil input, a zero divisor), and those that disagree.
   */
  public record Checks(int checked, int unchecked, List<org.finfile.validate.Problem> mismatches) {
    public Checks {
      mismatches = List.copyOf(mismatches);
    }
  }

  /**
   * The totals checked with the taxonomy's calculations (Calculations 1.1), and those that do
   * not add up. A mismatch is a warning (see {@code convert --fail-on}).
   *
   * @param checked the totals checked (one total in one column: a context and unit)
   * @param mismatches the totals their lines do not add up to, in document order
   */
  public record Totals(int checked, List<Mismatch> mismatches) {
    /** Nothing checked (yet). */
    public static final Totals NONE = new Totals(0, List.of());

    public Totals {
      mismatches = List.copyOf(mismatches);
    }
  }

  /**
   * A total that its lines do not add up to, in the document's terms. The text is one line;
   * control characters a document may hold are written &#92;uXXXX.
   *
   * @param location {@code document:line} of the total
   * @param message {@code Total current assets prints 5,850 but its lines sum to 5,800 (off by
   *     50, USD thousands): Cash 2,600 (line 25), Receivables 3,200 (line 26)}
   */
  public record Mismatch(String location, String message) {
    public Mismatch {
      location = printable(java.util.Objects.requireNonNull(location, "location"));
      message = printable(java.util.Objects.requireNonNull(message, "message"));
    }

    /** As convert prints it: {@code location: message}. */
    public String line() {
      return location + ": " + message;
    }

    private static String printable(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (pair) {
          out.append(c).append(s.charAt(++i));
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  /** A conversion whose totals are not checked yet ({@link Totals#NONE}); see {@link #checkTotals}. */
  public Conversion(Filing filing, Taxonomy taxonomy, Map<String, Integer> factsPerTable, Map<String, Integer> skipped,
      List<String> warnings, Checks checks) {
    this(filing, taxonomy, factsPerTable, skipped, warnings, checks, Totals.NONE);
  }

  /**
   * This conversion with its totals checked: every summation of {@link #taxonomy()}'s
   * calculations over the filing's facts, Calculations 1.1; {@code blocks}, the tables of the
   * document converted, give the rows' labels as printed.
   */
  public Conversion checkTotals(List<org.finfile.tables.TabBlock> blocks) {
    return new Conversion(filing, taxonomy, factsPerTable, skipped, warnings, checks, TotalsCheck.check(this, blocks));
  }

  public Conversion {
    java.util.Objects.requireNonNull(totals, "totals");
    factsPerTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factsPerTable));
    skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    warnings = List.copyOf(warnings);
  }

  /**
   * One line: facts, contexts, units, tables, the cells skipped with their reasons, the derived
   * figures and the totals checked.
   */
  public String summary(String document) {
    List<Fact> facts = filing.facts();
    long nil = facts.stream().filter(f -> f.value() instanceof org.finfile.model.FactValue.Nil).count();
    int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
    String reasons = skipped.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    int mismatches = totals.mismatches().size();
    return document + ": " + Counts.of(facts.size(), "fact") + " (" + nil + " nil), "
        + Counts.of(filing.contexts().size(), "context") + ", " + Counts.of(filing.units().size(), "unit") + ", "
        + Counts.of(factsPerTable.size(), "table") + "; " + Counts.of(skippedTotal, "cell skipped", "cells skipped")
        + (skippedTotal == 0 ? "" : " (" + reasons + ")") + "; "
        + Counts.of(checks.checked(), "derived figure checked", "derived figures checked") + ", "
        + Counts.of(checks.mismatches().size(), "disagrees", "disagree") + "; "
        + Counts.of(totals.checked(), "total checked", "totals checked") + ", "
        + Counts.of(mismatches, "does not add up", "do not add up");
  }
}
