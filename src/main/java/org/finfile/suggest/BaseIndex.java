package org.finfile.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;

/**
 * The base taxonomy's concepts by what they are called: every label of every role (but
 * documentation, which is prose), and the words of the concept's name. A row label is compared
 * after normalising case, punctuation and plurals; failing an exact match, by the overlap of
 * words (Dice's coefficient).
 */
final class BaseIndex {
  /** The least word overlap that suggests a concept (with a check comment). */
  static final double THRESHOLD = 0.85;
  private static final String DOCUMENTATION = "http://www.xbrl.org/2003/role/documentation";
  /** Words that name the same thing, as compared (after plurals are made singular). */
  private static final Map<String, String> SYNONYMS = Map.of("stockholder", "shareholder", "turnover", "revenue",
      "debtor", "receivable", "creditor", "payable");
  private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^()]*\\)");
  private static final java.util.regex.Pattern ALTERNATIVE = java.util.regex.Pattern.compile("(\\w+) ?\\((\\w+)\\)");
  private static final Set<String> STOP = Set.of("and", "of", "the", "in", "to", "for", "on", "a", "an", "by", "from", "at");

  /** One name a concept goes by. {@code role}: the label role's short name, or "name". */
  record Name(Concept concept, String role, String text, String key, Set<String> words) {}

  /** A concept found for a label, how well it matched, and by which of its names. */
  record Match(Concept concept, double score, Name name) {
    boolean exact() {
      return score >= 1.0;
    }
  }

  private final Taxonomy taxonomy;
  private final List<Name> names = new ArrayList<>();
  private final Map<String, List<Name>> byKey = new HashMap<>();

  BaseIndex(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    List<Concept> concepts = new ArrayList<>(taxonomy.concepts().values());
    concepts.sort(Comparator.comparing(c -> c.name().getLocalPart()));
    for (Concept c : concepts) {
      if (!Suggest.BASE_NS.equals(c.name().getNamespaceURI())) {
        continue;
      }
      var byRole = taxonomy.labels().labels().getOrDefault(c.name(), Map.of());
      List<String> roles = new ArrayList<>(byRole.keySet());
      roles.sort(Comparator.comparing((String r) -> !r.endsWith("/label")).thenComparing(r -> r));
      for (String role : roles) {
        if (role.equals(DOCUMENTATION)) {
          continue;
        }
        for (String text : byRole.get(role).values()) {
          add(c, role.substring(role.lastIndexOf('/') + 1), text);
        }
      }
      add(c, "name", String.join(" ", splitCamel(c.name().getLocalPart())));
    }
  }

  private void add(Concept c, String role, String text) {
    String plain = PARENTHESES.matcher(text).replaceAll(" ");
    if (!plain.equals(text) && !words(plain).isEmpty()) {
      // "Operating income (loss)" is also "Operating income", and "Operating loss"
      add(c, role, plain);
      String other = ALTERNATIVE.matcher(text).replaceAll("$2");
      if (!other.equals(text) && !words(other).isEmpty()) {
        add(c, role, other);
      }
    }
    List<String> w = words(text);
    Name name = new Name(c, role, text, String.join(" ", w), new LinkedHashSet<>(w));
    names.add(name);
    byKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(name);
  }

  /**
   * The type to declare a new concept of {@code type} with: {@code type} when the base's own
   * concepts use it, or the XBRL item type it stands for.
   */
  String declarable(String type) {
    if (!type.startsWith("base:")) {
      return type;
    }
    String local = type.substring(5);
    boolean used = taxonomy.concepts().values().stream()
        .anyMatch(c -> c.type().getLocalPart().equals(local) && Suggest.BASE_NS.equals(c.type().getNamespaceURI()));
    if (used) {
      return type;
    }
    return switch (local) {
      case "percentItemType" -> "xbrli:pureItemType";
      case "countItemType" -> "xbrli:nonNegativeIntegerItemType";
      case "perShareItemType", "perAdsItemType" -> "xbrli:decimalItemType";
      case "adsItemType" -> "xbrli:sharesItemType";
      default -> "xbrli:decimalItemType";
    };
  }

  Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The concept of the base named {@code local}, if any. */
  java.util.Optional<Concept> concept(String local) {
    return taxonomy.concept(new QName(Suggest.BASE_NS, local));
  }

  /**
   * The best concept that {@code fits} for any of {@code labels} (the row's own label first), or
   * null when none matches well enough.
   */
  Match best(List<String> labels, Predicate<Concept> fits) {
    return best(labels, fits, c -> 0.0, true);
  }

  /**
   * As {@link #best(List, Predicate)}, by similar words only when {@code similar}; where several concepts have a label equal to the row's,
   * the one whose name shares most words with the label, plus {@code preference}, wins.
   */
  Match best(List<String> labels, Predicate<Concept> fits, java.util.function.ToDoubleFunction<Concept> preference,
      boolean similar) {
    Match best = null;
    for (String label : labels) {
      List<String> w = words(label);
      if (w.isEmpty()) {
        continue;
      }
      Name exact = null;
      double exactScore = Double.NEGATIVE_INFINITY;
      for (Name n : byKey.getOrDefault(String.join(" ", w), List.of())) {
        if (fits.test(n.concept())) {
          double s = dice(new HashSet<>(w), new HashSet<>(words(String.join(" ", splitCamel(n.concept().name().getLocalPart())))))
              + preference.applyAsDouble(n.concept());
          if (s > exactScore) {
            exact = n;
            exactScore = s;
          }
        }
      }
      if (exact != null) {
        return new Match(exact.concept(), 1.0, exact);
      }
      if (!similar) {
        continue;
      }
      Set<String> mine = new HashSet<>(w);
      for (Name n : names) {
        if (!fits.test(n.concept())) {
          continue;
        }
        int common = 0;
        for (String x : n.words()) {
          if (mine.contains(x)) {
            common++;
          }
        }
        double score = 2.0 * common / (mine.size() + n.words().size());
        if (score >= THRESHOLD && (best == null || score > best.score())) {
          best = new Match(n.concept(), score, n);
        }
      }
    }
    return best;
  }

  private static double dice(Set<String> a, Set<String> b) {
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * common / (a.size() + b.size());
  }

  /** A label's words as compared: lower case, punctuation gone, plurals singular, small words dropped. */
  static List<String> words(String label) {
    List<String> out = new ArrayList<>();
    for (String w : Names.words(label)) {
      String x = w.toLowerCase(Locale.ROOT);
      if (STOP.contains(x)) {
        continue;
      }
      if (x.length() > 3 && x.endsWith("s") && !x.endsWith("ss")) {
        x = x.endsWith("ies") ? x.substring(0, x.length() - 3) + "y" : x.substring(0, x.length() - 1);
      }
      out.add(SYNONYMS.getOrDefault(x, x));
    }
    return out;
  }

  /** "AccountsReceivableNet" as words. */
  static List<String> splitCamel(String name) {
    return List.of(name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
  }
}
