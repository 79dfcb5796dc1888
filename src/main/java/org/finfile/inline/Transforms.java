package org.finfile.inline;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.finfile.InputException;

/**
 * The value of an ix:nonFraction: its text read by its transformation, times ten to its scale,
 * negated by its sign. Reads the transformations finfile writes ({@code num-dot-decimal}) and
 * {@code fixed-zero}, of the Transformation Registries 3 and 4; any other is refused by name.
 */
final class Transforms {
  static final String TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
  private static final Set<String> REGISTRIES = Set.of(TR4, "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
  /** Group separators num-dot-decimal allows between digits: comma, space, no-break space. */
  private static final Pattern SEPARATORS = Pattern.compile("[, \u00A0]");

  /** Largest scale read, either way: far beyond any real figure, short of a memory attack. */
  static final int MAX_SCALE = 1000;

  private Transforms() {}

  /** The value as an instance writes it ({@code -446432000}). */
  static String number(String text, QName format, String scale, boolean negative, String where) throws InputException {
    String shown = text.strip();
    String digits;
    if (format == null) {
      digits = shown;
    } else if (!REGISTRIES.contains(format.getNamespaceURI())) {
      throw new InputException(where, "transformation " + format + " is not supported yet");
    } else if (format.getLocalPart().equals("num-dot-decimal")) {
      digits = SEPARATORS.matcher(shown).replaceAll("");
    } else if (format.getLocalPart().equals("fixed-zero")) {
      digits = "0";
    } else {
      throw new InputException(where, "transformation " + format.getLocalPart() + " is not supported yet");
    }
    if (!NUMBER.matcher(digits).matches()) {
      throw new InputException(where, "'" + shown + "' is not a number "
          + (format == null ? "(a fact without a format holds a plain decimal)" : format.getLocalPart() + " reads"));
    }
    int power;
    try {
      power = scale == null ? 0 : Integer.parseInt(scale.strip());
    } catch (NumberFormatException e) {
      throw new InputException(where, "scale '" + scale + "' is not an integer");
    }
    if (Math.abs(power) > MAX_SCALE) {
      throw new InputException(where, "scale " + power + " is beyond what finfile reads (at most " + MAX_SCALE + " either way)");
    }
    if (digits.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      throw org.finfile.Limit.NUMBER_CHARS.exceeded(where, "a number of " + digits.length() + " characters");
    }
    BigDecimal value = org.finfile.Limit.writtenOut(new BigDecimal(digits).scaleByPowerOfTen(power), where);
    return (negative ? value.negate() : value).toPlainString();
  }
}
