package org.finfile.tables;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.InputException;
import org.finfile.model.FactValue;

/**
 * Strict number parsing for table cells. A whole cell is a number or it is an error: no
 * {@code DecimalFormat} leniency ({@code 1,234.50abc} is not 1234.50), no {@code double}.
 *
 * <p>Accepted: digits, optionally grouped by commas in threes; one decimal point; a negative
 * in parentheses {@code (1,234)} or with a leading minus {@code -905} (U+2212 too); a percent
 * sign inside or after the parentheses; inline markup such as {@code <u>...</u>} around it; a
 * currency symbol before the digits, with or without a space ({@code $ 12,500}, {@code €905},
 * {@code -€905}, {@code ($1,234)}, {@code $(1,234)}), which says nothing the mapping's unit rules
 * do not; double quotes around the whole cell ({@code "12,500"}, as a spreadsheet writes it).
 */
public final class Numbers {
  private static final Pattern NUMBER = Pattern.compile(
      "(?<open>\\()?(?<minus>[-\u2212])?(?<int>[1-9][0-9]{0,2}(?:,[0-9]{3})+|0|[1-9][0-9]*)(?:\\.(?<frac>[0-9]+))?"
          + "(?<pct>%)?(?<close>\\))?(?<pct2>%)?");

  /** A currency symbol: where it is allowed, it is dropped (the unit comes from the mapping). */
  private static final Pattern CURRENCY = Pattern.compile(
      "^(?<sign>[(\\-\u2212]?)\\s*(?:(?:US|C|A|HK|NZ|S)?\\$|€|£|¥|￥|₩|₹)\\s*(?<rest>[0-9(\\-\u2212].*)$");

  private Numbers() {}

  /** The cell without surrounding double quotes and without a currency symbol before its digits. */
  private static String plain(String text) {
    String t = text;
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    Matcher m = CURRENCY.matcher(t);
    if (m.matches()) {
      String rest = m.group("rest");
      String sign = m.group("sign");
      // "$(1,234)" and "$-1,234": the sign after the symbol; "-$1,234" and "($1,234)": before it
      t = sign.isEmpty() || !(rest.startsWith("(") || rest.startsWith("-") || rest.startsWith("\u2212")) ? sign + rest : t;
    }
    return t;
  }

  /** What a cell holds. */
  public sealed interface Cell permits Empty, Dash, Value {}

  /** Nothing printed. */
  public record Empty() implements Cell {}

  /** A dash: the line has no value for this column. */
  public record Dash() implements Cell {}

  /** A number. */
  public record Value(ParsedNumber number) implements Cell {}

  /** A cell that is not a number; the message says what is wrong with it. */
  public static final class NotANumberException extends Exception {
    private static final long serialVersionUID = 1L;

    NotANumberException(String message) {
      super(message);
    }
  }

  /** Reads a cell. */
  public static Cell read(String cell) throws NotANumberException {
    String text = plain(Cells.clean(cell));
    if (text.isEmpty()) {
      return new Empty();
    }
    if (text.equals("-") || text.equals("\u2013") || text.equals("\u2014") || text.equals("\u2212")) {
      return new Dash();
    }
    return new Value(parse(text));
  }

  /** Parses a whole cell as a number. */
  public static ParsedNumber parse(String cell) throws NotANumberException {
    String text = plain(Cells.clean(cell));
    // a longer cell is refused before it is read (org.finfile.Limit.NUMBER_CHARS, markup removed)
    if (text.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      throw new NotANumberException(InputException.quote(text) + " is not read: it has " + text.length()
          + " characters " + org.finfile.Limit.NUMBER_CHARS.advice());
    }
    Matcher m = NUMBER.matcher(text);
    if (!m.matches()) {
      throw new NotANumberException(explain(text));
    }
    boolean open = m.group("open") != null;
    boolean close = m.group("close") != null;
    if (open != close) {
      throw new NotANumberException(InputException.quote(text) + " has an unbalanced parenthesis");
    }
    if (open && m.group("minus") != null) {
      throw new NotANumberException(InputException.quote(text) + " is negative twice (parentheses and a minus sign)");
    }
    boolean inner = m.group("pct") != null;
    boolean outer = m.group("pct2") != null;
    if (inner && outer) {
      throw new NotANumberException(InputException.quote(text) + " has two percent signs");
    }
    if (outer && !open) {
      throw new NotANumberException(InputException.quote(text) + " is not a number");
    }
    String digits = m.group("int").replace(",", "");
    String fraction = m.group("frac");
    BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
    if (open || m.group("minus") != null) {
      value = value.negate();
    }
    return new ParsedNumber(value, fraction == null ? 0 : fraction.length(), inner || outer);
  }

  private static String explain(String text) {
    String why;
    if (text.matches(".*[0-9]\\.[0-9]+,.*")) {
      why = "a comma after the decimal point (finfile reads 1,234.50, not 1.234,50)";
    } else if (text.matches("[-\u2212(]*[0-9][0-9,.]*[^0-9,.%)]+.*")) {
      why = "text after the number";
    } else if (text.matches(".*\\(\\s*\\(.*") || text.matches(".*\\)\\s*\\).*")) {
      why = "nested parentheses";
    } else if (text.matches("[-\u2212(]?0[0-9,]+(\\.[0-9]+)?%?\\)?%?")) {
      why = "a leading zero";
    } else if (text.matches("[-\u2212(]?[0-9,]*,[0-9,]*(\\.[0-9]+)?%?\\)?%?")) {
      why = "commas that do not group digits in threes";
    } else if (text.indexOf('.') != text.lastIndexOf('.')) {
      why = "more than one decimal point";
    } else {
      why = "not a number";
    }
    return InputException.quote(text) + " is not a number: " + why;
  }
}
