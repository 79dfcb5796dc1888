package org.finfile.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a fact says: a number, a text, or explicitly nothing (xsi:nil). */
public sealed interface FactValue permits FactValue.Numeric, FactValue.Text, FactValue.Nil {
  /**
   * The longest number finfile reads, in characters, wherever it comes from (a table cell with
   * its markup removed, an instance's fact value): longer ones are refused when read and left
   * unchecked by the validator. Arithmetic on numbers of a million digits takes minutes; no
   * reported figure needs a thousand.
   */
  int MAX_NUMBER_CHARS = 1_000;

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
