package org.finfile.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a fact says: a number, a text, or explicitly nothing (xsi:nil). */
public sealed interface FactValue permits FactValue.Numeric, FactValue.Text, FactValue.Nil {
  /** An exact decimal number. */
  record Numeric(BigDecimal value) implements FactValue {
    public Numeric {
      Objects.requireNonNull(value, "value");
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
