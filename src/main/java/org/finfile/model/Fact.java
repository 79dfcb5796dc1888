package org.finfile.model;

import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * One reported value of a concept in a context (an item, in XBRL 2.1 terms). Numeric facts have
 * a unit and, unless nil, an accuracy; fractions have a unit and no accuracy (XBRL 2.1: neither decimals nor precision);
 * non-numeric facts have neither. {@code source} is present when the fact was read
 * from a table.
 */
public record Fact(
    String id,
    QName concept,
    Context context,
    Unit unit,
    FactValue value,
    Accuracy accuracy,
    Source source) {

  public Fact {
    if (id != null) {
      Ids.requireNcName(id, "fact id");
    }
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(value, "value");
    if (value instanceof FactValue.Text && (unit != null || accuracy != null)) {
      throw new IllegalArgumentException(concept + ": a text fact has no unit or accuracy");
    }
    if (value instanceof FactValue.Numeric && (unit == null || accuracy == null)) {
      throw new IllegalArgumentException(concept + ": a numeric fact needs a unit and an accuracy");
    }
    if (value instanceof FactValue.Fraction && (unit == null || accuracy != null)) {
      throw new IllegalArgumentException(concept + ": a fraction needs a unit and has no decimals or precision");
    }
    if (value instanceof FactValue.Nil && accuracy != null) {
      throw new IllegalArgumentException(concept + ": a nil fact has no accuracy");
    }
  }

  /** True for a fact with a unit (numeric, a fraction, or a nil numeric fact). */
  public boolean isNumeric() {
    return unit != null;
  }

  public Optional<Source> sourceCell() {
    return Optional.ofNullable(source);
  }
}
