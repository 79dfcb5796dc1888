package org.finfile.inline;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.validate.Rules;

/**
 * The transformations of the Inline XBRL Transformation Registries 3, 4 and 5 and of the SEC's
 * registry that finfile reads: a fact's displayed text in, the value its concept's type wants out.
 * A format no registry defines is {@link Rules#IX_FORMAT_UNKNOWN}; a text its rule's pattern
 * does not match is {@link Rules#IX_FORMAT_VALUE}. Every input is read with its white space
 * (no-break spaces included) collapsed and trimmed.
 *
 * <p>Rules (registry 4 and 5 names; registry 3 names map to them): {@code num-dot-decimal},
 * {@code num-comma-decimal}, {@code num-unit-decimal}, {@code num-word-en}, {@code fixed-zero},
 * {@code fixed-true}, {@code fixed-false}, {@code fixed-empty}, {@code date-day-month-year},
 * {@code date-month-day-year}, {@code date-year-month-day}, {@code date-day-monthname-year-en},
 * {@code date-monthname-day-year-en}, {@code date-monthname-year-en} and
 * {@code date-year-monthname-en}; SEC: see {@link SecTransforms}.
 */
final class Transforms {
  static final String TR3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
  static final String TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
  static final String TR5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";

  /** Registry 3 names of the rules registry 4 renamed. */
  private static final Map<String, String> TR3_NAMES = Map.ofEntries(
      Map.entry("numdotdecimal", "num-dot-decimal"), Map.entry("numcommadecimal", "num-comma-decimal"),
      Map.entry("numunitdecimal", "num-unit-decimal"), Map.entry("numwordsen", "num-word-en"),
      Map.entry("zerodash", "fixed-zero"), Map.entry("booleantrue", "fixed-true"),
      Map.entry("booleanfalse", "fixed-false"), Map.entry("nocontent", "fixed-empty"),
      Map.entry("datedaymonthyear", "date-day-month-year"), Map.entry("datemonthdayyear", "date-month-day-year"),
      Map.entry("dateyearmonthday", "date-year-month-day"),
      Map.entry("datedaymonthyearen", "date-day-monthname-year-en"),
      Map.entry("datemonthdayyearen", "date-monthname-day-year-en"),
      Map.entry("datemonthyearen", "date-monthname-year-en"), Map.entry("dateyearmonthen", "date-year-monthname-en"));

  private static final Pattern DOT_DECIMAL = Pattern.compile("[0-9]{1,3}([, '][0-9]{3})*(\\.[0-9]*)?|[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("[0-9]{1,3}([. '][0-9]{3})*(,[0-9]*)?|[0-9]+(,[0-9]*)?|,[0-9]+");
  private static final Pattern UNIT_DECIMAL = Pattern.compile("([0-9]{1,3}(?:[,. '][0-9]{3})*|[0-9]+)[^0-9]+?(?:([0-9]{1,2})[^0-9]*)?");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

  /** Longest displayed text a rule other than the fixed ones reads: far beyond any number, date or name. */
  static final int MAX_SHOWN = 1000;

  /** Largest scale read, either way: far beyond any real figure, short of a memory attack. */
  static final int MAX_SCALE = 1000;

  private Transforms() {}

  /** The text as the rule reads it: white space (no-break space too) collapsed, trimmed. */
  static String collapse(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * The value a format reads from a fact's displayed text.
   *
   * @param where the fact's location, for a message
   */
  static String apply(QName format, String text, String where) throws InlineException {
    String ns = format.getNamespaceURI();
    String rule = format.getLocalPart();
    if (!rule.startsWith("fixed-") && text.length() > MAX_SHOWN && collapse(text).length() > MAX_SHOWN) {
      throw new InlineException(where, Rules.IX_FORMAT_VALUE, "a text of " + text.length() + " characters is longer than "
          + MAX_SHOWN + ", more than transformation " + rule + " reads");
    }
    if (ns.equals(SecTransforms.NS)) {
      return SecTransforms.apply(rule, collapse(text), where);
    }
    if (ns.equals(TR3)) {
      rule = TR3_NAMES.getOrDefault(rule, rule);
    } else if (!ns.equals(TR4) && !ns.equals(TR5)) {
      throw unknown(format, where);
    }
    String shown = collapse(text);
    String value = switch (rule) {
      case "num-dot-decimal" -> number(shown, DOT_DECIMAL, '.', rule, where);
      case "num-comma-decimal" -> number(shown, COMMA_DECIMAL, ',', rule, where);
      case "num-unit-decimal" -> unitDecimal(shown, where);
      case "num-word-en" -> Words.number(shown, rule, where);
      case "fixed-zero" -> "0";
      case "fixed-true" -> "true";
      case "fixed-false" -> "false";
      case "fixed-empty" -> "";
      default -> Dates.read(rule, shown, where);
    };
    if (value == null) {
      throw unknown(format, where);
    }
    return value;
  }

  static InlineException unknown(QName format, String where) {
    return new InlineException(where, Rules.IX_FORMAT_UNKNOWN, "format " + format.getLocalPart() + " in " + format.getNamespaceURI()
        + " is no transformation finfile knows (Transformation Registries 3, 4, 5 and the SEC's)");
  }

  static InlineException mismatch(String shown, String rule, String where) {
    return new InlineException(where, Rules.IX_FORMAT_VALUE, InputException.quote(shown) + " does not match transformation " + rule);
  }

  private static String number(String shown, Pattern pattern, char point, String rule, String where) throws InlineException {
    if (!pattern.matcher(shown).matches()) {
      throw mismatch(shown, rule, where);
    }
    StringBuilder out = new StringBuilder();
    for (char c : shown.toCharArray()) {
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == point) {
        out.append('.');
      }
    }
    return out.toString();
  }

  /** {@code num-unit-decimal}: whole units, a unit's name, then at most two digits of hundredths ({@code 5 dollars 25 cents}). */
  private static String unitDecimal(String shown, String where) throws InlineException {
    Matcher m = UNIT_DECIMAL.matcher(shown);
    if (!m.matches()) {
      throw mismatch(shown, "num-unit-decimal", where);
    }
    String whole = m.group(1).replaceAll("[^0-9]", "");
    String part = m.group(2);
    return part == null ? whole : whole + "." + (part.length() == 1 ? "0" + part : part);
  }

  /**
   * The value of an ix:nonFraction as an instance writes it ({@code -446432000}): its text read
   * by its format (or as a plain decimal without one), times ten to its scale, negated by its sign.
   */
  static String number(String text, QName format, String scale, String sign, String where) throws InputException {
    if (sign != null && !sign.equals("-")) {
      throw new InlineException(where, Rules.IX_NUMBER, "sign must be \"-\", not " + InputException.quote(sign));
    }
    String digits = format == null ? text.strip() : apply(format, text, where);
    if (!NUMBER.matcher(digits).matches()) {
      throw new InlineException(where, Rules.IX_NUMBER, InputException.quote(text.strip()) + " is not a number "
          + (format == null ? "(a fact without a format holds a plain decimal)" : format.getLocalPart() + " reads"));
    }
    int power;
    try {
      power = scale == null ? 0 : Integer.parseInt(scale.strip());
    } catch (NumberFormatException e) {
      throw new InlineException(where, Rules.IX_NUMBER, "scale " + InputException.quote(scale) + " is not an integer");
    }
    if (Math.abs(power) > MAX_SCALE) {
      throw new InlineException(where, Rules.IX_NUMBER, "scale " + power + " is beyond what finfile reads (at most " + MAX_SCALE + " either way)");
    }
    if (digits.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      throw new InlineException(where, Rules.IX_NUMBER, "a number of " + digits.length() + " characters is beyond "
          + org.finfile.Limit.NUMBER_CHARS.value());
    }
    BigDecimal value = org.finfile.Limit.writtenOut(new BigDecimal(digits).scaleByPowerOfTen(power), where);
    return (sign != null ? value.negate() : value).toPlainString();
  }
}
