package org.finfile.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a fact says: a number, a fraction, a text, or explicitly nothing (xsi:nil). A fraction is
 * no number: code that handles numbers must handle it on its own or refuse it.
 */
public sealed interface FactValue permits FactValue.Numeric, FactValue.Fraction, FactValue.Text, FactValue.Nil {
  /** An exact decimal number. */
  record Numeric(BigDecimal value) implements FactValue {
    public Numeric {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The value of a fraction item (XBRL 2.1 {@code xbrli:fractionItemType}): a numerator and a
   * non-zero denominator, each an exact decimal as written; a fraction has a unit but no accuracy.
   */
  record Fraction(BigDecimal numerator, BigDecimal denominator) implements FactValue {
    public Fraction {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      if (denominator.signum() == 0) {
        throw new IllegalArgumentException("the denominator of a fraction is not zero");
      }
    }

    /** The fraction as people read it: {@code 1/3}. */
    public String text() {
      return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
  }

  /** The text of a non-numeric fact, as written. */
  record Text(String text) implements FactValue {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A fact reported with no value. */
  record Nil() implements FactValue {}

  /** The one nil value. */
  Nil NIL = new Nil();
}
