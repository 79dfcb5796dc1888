package org.finfile.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.finfile.taxonomy.Calculations;
import org.finfile.taxonomy.Taxonomy;

/**
 * What validation says about a taxonomy that is only partly at hand (see {@link Taxonomy#missing}):
 * one warning naming every missing document once, and one note saying which checks are skipped
 * for it. Everything else of the DTS is used.
 */
final class PartialTaxonomy {
  private PartialTaxonomy() {}

  /**
   * The summations a calculation check can use: all of them for a complete taxonomy; for a
   * partial one, those whose total and items are all concepts the taxonomy declares (whether an
   * assumed concept is numeric, and so bound by calculations at all, is unknown).
   */
  static Calculations checkable(Taxonomy taxonomy) {
    if (taxonomy.assumed().isEmpty()) {
      return taxonomy.calculations();
    }
    return new Calculations(taxonomy.calculations().summations().stream().filter(s -> !involvesAssumed(taxonomy, s)).toList());
  }

  private static boolean involvesAssumed(Taxonomy taxonomy, Calculations.Summation s) {
    return taxonomy.assumed().contains(s.total()) || s.items().stream().anyMatch(i -> taxonomy.assumed().contains(i.concept()));
  }

  static List<Problem> problems(String name, Taxonomy taxonomy) {
    List<Problem> problems = new ArrayList<>();
    String urls = taxonomy.missing().stream()
        .map(m -> m.url() + " (from " + m.referencedBy().stream().map(PartialTaxonomy::fileName).distinct()
            .collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("; "));
    int n = taxonomy.missing().size();
    problems.add(new Problem(name, Severity.WARNING, Rules.SCHEMA_REF, "the taxonomy is partial: " + n
        + (n == 1 ? " document" : " documents") + " cannot be had offline (no catalog, taxonomy folder or package maps "
        + (n == 1 ? "it" : "them") + "; finfile never downloads): " + urls
        + "; the rest of the taxonomy is used; pass the official taxonomy with --taxonomy PACKAGE.zip for the full check"));
    long calculations = taxonomy.calculations().summations().size();
    long skipped = calculations - checkable(taxonomy).summations().size();
    problems.add(new Problem(name, Severity.INFO, Rules.SCHEMA_REF, "skipped for the missing part of the taxonomy: XML Schema"
        + " validity of the instance (its schema imports the missing documents); the type, period-type and unit checks of facts"
        + " whose concepts the missing schemas declare (" + org.finfile.Counts.of(taxonomy.assumed().size(), "such concept is", "such concepts are") + " named by the"
        + " taxonomy); the calculation check of the " + skipped + " of " + calculations + " summations that involve them;"
        + " and the taxonomy checks that need their declarations (roles no loaded roleType declares, calculation weights and"
        + " preferred labels of those concepts)"));
    return problems;
  }

  private static String fileName(String uri) {
    int slash = uri.lastIndexOf('/');
    return slash < 0 || slash == uri.length() - 1 ? uri : uri.substring(slash + 1);
  }
}
