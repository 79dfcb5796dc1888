package org.finfile.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import org.finfile.model.Accuracy;

/**
 * The range of values a reported number stands for when rounded to nearest (Calculations 1.1):
 * {@code 1,234} thousands with decimals -3 is any value in [1,233,500, 1,234,500]. Bounds are
 * exact decimals; an unbounded side is null. Used by calculations, duplicates and the checks of
 * a release's derived figures.
 */
public record Interval(BigDecimal low, BigDecimal high) {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** Beyond this many places either way, an accuracy is taken as exact or as unknown. */
  static final int LIMIT = 400;

  /** The interval of a number printed with {@code fractionDigits} digits after the point. */
  public static Interval printed(BigDecimal value, int fractionDigits) {
    return of(value, Accuracy.Decimals.of(fractionDigits));
  }

  /** The interval of {@code value} reported with {@code accuracy}. */
  public static Interval of(BigDecimal value, Accuracy accuracy) {
    if (accuracy == null || accuracy.infinite()) {
      return new Interval(value, value);
    }
    int decimals;
    if (accuracy instanceof Accuracy.Decimals d) {
      decimals = d.places();
    } else {
      int digits = ((Accuracy.Precision) accuracy).digits();
      if (digits == 0) {
        return new Interval(null, null);
      }
      if (value.signum() == 0) {
        return new Interval(value, value);
      }
      int magnitude = value.precision() - value.scale() - 1;
      decimals = digits - 1 - magnitude;
    }
    if (decimals > LIMIT) {
      return new Interval(value, value);
    }
    if (decimals < -LIMIT) {
      return new Interval(null, null);
    }
    BigDecimal half = HALF.scaleByPowerOfTen(-decimals);
    return new Interval(value.subtract(half), value.add(half));
  }

  public boolean bounded() {
    return low != null && high != null;
  }

  /** The values both intervals allow, or null when they share none. */
  public Interval intersect(Interval o) {
    BigDecimal lo = max(low, o.low);
    BigDecimal hi = min(high, o.high);
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      return null;
    }
    return new Interval(lo, hi);
  }

  public Interval plus(Interval o) {
    return new Interval(low == null || o.low == null ? null : low.add(o.low),
        high == null || o.high == null ? null : high.add(o.high));
  }

  public Interval times(BigDecimal w) {
    BigDecimal a = low == null ? null : low.multiply(w);
    BigDecimal b = high == null ? null : high.multiply(w);
    return w.signum() >= 0 ? new Interval(a, b) : new Interval(b, a);
  }

  /** The interval shifted by {@code -x}. */
  public Interval minus(BigDecimal x) {
    return new Interval(low == null ? null : low.subtract(x), high == null ? null : high.subtract(x));
  }

  /** True when the two intervals share a value. */
  public boolean meets(Interval o) {
    return intersect(o) != null;
  }

  /** The midpoint of a bounded interval. */
  public BigDecimal middle() {
    return low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }

  /** The interval with its bounds rounded to {@code digits} significant digits, for messages. */
  public String describe(int digits) {
    MathContext mc = new MathContext(digits);
    return "[" + (low == null ? "-inf" : low.round(mc).stripTrailingZeros().toPlainString()) + ", "
        + (high == null ? "+inf" : high.round(mc).stripTrailingZeros().toPlainString()) + "]";
  }

  /** This interval divided by another that excludes zero; null when it may be zero. */
  public Interval dividedBy(Interval o) {
    if (!bounded() || !o.bounded() || (o.low.signum() <= 0 && o.high.signum() >= 0)) {
      return null;
    }
    MathContext mc = MathContext.DECIMAL64;
    BigDecimal[] q = {low.divide(o.low, mc), low.divide(o.high, mc), high.divide(o.low, mc), high.divide(o.high, mc)};
    BigDecimal lo = q[0];
    BigDecimal hi = q[0];
    for (BigDecimal x : q) {
      lo = lo.min(x);
      hi = hi.max(x);
    }
    return new Interval(lo, hi);
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  @Override
  public String toString() {
    return "[" + (low == null ? "-inf" : low.stripTrailingZeros().toPlainString()) + ", "
        + (high == null ? "+inf" : high.stripTrailingZeros().toPlainString()) + "]";
  }
}
