package org.finfile.inline;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole numbers written in English words ({@code num-word-en} of registry 4, the SEC's
 * {@code numwordsen}): {@code two}, {@code twenty-one}, {@code one hundred and five},
 * {@code three million two hundred thousand}; {@code no} and {@code none} are zero. Fractions in
 * words are not read (a clear {@code ix-format-value} error).
 */
final class Words {
  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");
  private static final Map<String, BigInteger> SCALES = Map.of("thousand", BigInteger.TEN.pow(3),
      "million", BigInteger.TEN.pow(6), "billion", BigInteger.TEN.pow(9), "trillion", BigInteger.TEN.pow(12));

  private Words() {}

  static String number(String shown, String rule, String where) throws InlineException {
    String text = shown.toLowerCase(Locale.ROOT).replace(',', ' ').replace('-', ' ').strip();
    if (text.equals("no") || text.equals("none")) {
      return "0";
    }
    BigInteger total = BigInteger.ZERO;
    long group = 0;
    boolean any = false;
    for (String word : text.split("\\s+")) {
      int small = SMALL.indexOf(word);
      int tens = TENS.indexOf(word);
      if (word.equals("and") && any) {
        continue;
      } else if (small >= 0) {
        group += small;
      } else if (tens >= 2) {
        group += 10L * tens;
      } else if (word.equals("hundred") && any && group < 1_000_000_000L) {
        group *= 100;
      } else if (SCALES.containsKey(word) && any) {
        total = total.add(BigInteger.valueOf(group).multiply(SCALES.get(word)));
        group = 0;
      } else {
        throw Transforms.mismatch(shown, rule, where);
      }
      any = true;
    }
    if (!any) {
      throw Transforms.mismatch(shown, rule, where);
    }
    return total.add(BigInteger.valueOf(group)).toString();
  }
}
