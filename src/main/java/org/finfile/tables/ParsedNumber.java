package org.finfile.tables;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number exactly as a table printed it: {@code (8.3%)} is {@code -8.3}, one fraction digit, a
 * percentage. Scaling ("in thousands") happens later, by the mapping.
 */
public record ParsedNumber(BigDecimal value, int fractionDigits, boolean percent) {
  public ParsedNumber {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The value the number stands for when the table states amounts in units of
   * {@code 10^scale}, and the {@code decimals} that says how exact it is.
   */
  public Scaled scale(int scale) {
    int power = scale - (percent ? 2 : 0);
    return new Scaled(value.scaleByPowerOfTen(power), fractionDigits - power);
  }

  /** A value and its decimals. */
  public record Scaled(BigDecimal value, int decimals) {}
}
