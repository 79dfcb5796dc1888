package org.finfile.taxonomy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * The effective summation-item relationships of a taxonomy (after prohibitions and
 * overrides), grouped by extended link role and total.
 */
public record Calculations(List<Summation> summations) {
  public Calculations {
    summations = List.copyOf(summations);
  }

  public static final Calculations NONE = new Calculations(List.of());

  /** A total and the items that sum to it, in one extended link role. */
  public record Summation(String role, QName total, List<Item> items) {
    public Summation {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(total, "total");
      items = List.copyOf(items);
    }
  }

  /** A contributing concept and its weight. */
  public record Item(QName concept, BigDecimal weight) {}

  /** Every concept that is a total or an item of some summation. */
  public Set<QName> concepts() {
    Set<QName> all = new HashSet<>();
    for (Summation s : summations) {
      all.add(s.total());
      s.items().forEach(i -> all.add(i.concept()));
    }
    return all;
  }
}
