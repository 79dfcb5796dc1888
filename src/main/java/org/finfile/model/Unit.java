package org.finfile.model;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A unit of measure: a product of measures, or a ratio of two products (XBRL 2.1 §4.8).
 * An empty denominator means a plain unit.
 */
public record Unit(String id, List<QName> numerator, List<QName> denominator) {
  public static final String ISO4217 = "http://www.xbrl.org/2003/iso4217";
  public static final String XBRLI = "http://www.xbrl.org/2003/instance";
  public static final QName SHARES = new QName(XBRLI, "shares");
  public static final QName PURE = new QName(XBRLI, "pure");

  public Unit {
    Ids.requireNcName(id, "unit id");
    numerator = List.copyOf(Objects.requireNonNull(numerator, "numerator"));
    denominator = List.copyOf(Objects.requireNonNull(denominator, "denominator"));
    if (numerator.isEmpty()) {
      throw new IllegalArgumentException("unit " + id + " has no measure");
    }
  }

  /** A unit of one measure. */
  public static Unit of(String id, QName measure) {
    return new Unit(id, List.of(measure), List.of());
  }

  /** True for a ratio such as JPY per share. */
  public boolean isDivide() {
    return !denominator.isEmpty();
  }

  /** True when this unit and another measure the same thing, whatever their ids. */
  public boolean sameMeasures(Unit other) {
    return sorted(numerator).equals(sorted(other.numerator))
        && sorted(denominator).equals(sorted(other.denominator));
  }

  private static List<String> sorted(List<QName> measures) {
    return measures.stream().map(QName::toString).sorted().toList();
  }
}
