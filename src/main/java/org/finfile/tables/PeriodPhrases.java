package org.finfile.tables;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement's heading states the length of its periods ("For the Three Months Ended",
 * "For the Years Ended", "As of"), and how a fiscal label's two-digit year is read: one reading
 * for {@code convert}'s mapping and {@code mapping suggest}, so that what suggest proposes is
 * what convert will read.
 */
public final class PeriodPhrases {
  private static final Pattern MONTHS = Pattern.compile(
      "(?i)^for the (one|three|six|nine|twelve|\\d{1,2}) months? ended");
  private static final Pattern YEARS = Pattern.compile("(?i)^for the (?:fiscal )?years? ended");
  private static final Pattern AS_OF = Pattern.compile("(?i)^as (?:of|at)\\b");

  private PeriodPhrases() {}

  /**
   * The period length a heading line states: a number of months, 0 for "As of", or -1 when it
   * states none. Only a line that begins with the phrase counts (a title, not a sentence of prose).
   */
  public static int lineMonths(String line) {
    String text = line.strip();
    Matcher m = MONTHS.matcher(text);
    if (m.find()) {
      return months(m.group(1));
    }
    if (YEARS.matcher(text).find()) {
      return 12;
    }
    return AS_OF.matcher(text).find() ? 0 : -1;
  }

  /** A number of months written as a word ("three") or in digits ("3"). */
  public static int months(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "one" -> 1;
      case "three" -> 3;
      case "six" -> 6;
      case "nine" -> 9;
      case "twelve" -> 12;
      default -> Integer.parseInt(word);
    };
  }

  /** A year written in digits; two digits are read in the window 1950–2049 ("4Q99" is 1999's, "4Q02" 2002's). */
  public static int year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() != 2) {
      return y;
    }
    return y >= 50 ? 1900 + y : 2000 + y;
  }
}
