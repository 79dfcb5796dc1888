package org.finfile.model;

/**
 * How exact a numeric fact is: its {@code decimals} or its {@code precision} (XBRL 2.1 §4.6.5–6).
 * Either may be infinite ({@code INF}).
 */
public sealed interface Accuracy permits Accuracy.Decimals, Accuracy.Precision {

  /** True for {@code INF}. */
  boolean infinite();

  /** The value as written in an instance: an integer or {@code INF}. */
  String lexical();

  /** Correct to {@code places} digits after the decimal point (negative: before it). */
  record Decimals(int places, boolean infinite) implements Accuracy {
    public static final Decimals INF = new Decimals(0, true);

    public static Decimals of(int places) {
      return new Decimals(places, false);
    }

    @Override
    public String lexical() {
      return infinite ? "INF" : Integer.toString(places);
    }
  }

  /** Correct to {@code digits} significant digits. */
  record Precision(int digits, boolean infinite) implements Accuracy {
    public static final Precision INF = new Precision(0, true);

    public Precision {
      if (digits < 0) {
        throw new IllegalArgumentException("precision must not be negative: " + digits);
      }
    }

    public static Precision of(int digits) {
      return new Precision(digits, false);
    }

    @Override
    public String lexical() {
      return infinite ? "INF" : Integer.toString(digits);
    }
  }

  /**
   * Reads the lexical form of a {@code decimals} attribute.
   *
   * @throws IllegalArgumentException if it is neither an integer nor {@code INF}
   */
  static Decimals decimals(String lexical) {
    if ("INF".equals(lexical)) {
      return Decimals.INF;
    }
    return Decimals.of(parseInteger(lexical, "decimals"));
  }

  /**
   * Reads the lexical form of a {@code precision} attribute.
   *
   * @throws IllegalArgumentException if it is neither a non-negative integer nor {@code INF}
   */
  static Precision precision(String lexical) {
    if ("INF".equals(lexical)) {
      return Precision.INF;
    }
    return Precision.of(parseInteger(lexical, "precision"));
  }

  private static int parseInteger(String lexical, String what) {
    String s = lexical == null ? "" : lexical.strip();
    if (!s.matches("[+-]?[0-9]{1,9}")) {
      throw new IllegalArgumentException(what + " is not an integer or INF: '" + lexical + "'");
    }
    return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
  }
}
