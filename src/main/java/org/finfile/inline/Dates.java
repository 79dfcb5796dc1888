package org.finfile.inline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date rules of the Transformation Registries 4 and 5, in the English and numeric day,
 * month and year orders: {@code date-day-month-year} ({@code 29/03/2025}),
 * {@code date-month-day-year}, {@code date-year-month-day}, {@code date-day-monthname-year-en}
 * ({@code 29 March 2025}), {@code date-monthname-day-year-en} ({@code March 29, 2025}), and the
 * year-month rules {@code date-monthname-year-en} and {@code date-year-monthname-en}, which read
 * an {@code xs:gYearMonth}. A two-digit year is read as 20yy. Months by name take their full
 * English name or its first three letters, in any case, with or without a full stop.
 */
final class Dates {
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final String SEP = "[ ./,\\-]+";
  private static final String DAY = "([0-9]{1,2})(?:st|nd|rd|th)?";
  private static final String MONTH = "([0-9]{1,2})";
  private static final String NAME = "([A-Za-z]+)\\.?";
  private static final String YEAR = "([0-9]{4}|[0-9]{2})";

  private Dates() {}

  /** The date a rule reads, or null when the rule is no date rule finfile knows. */
  static String read(String rule, String shown, String where) throws InlineException {
    return switch (rule) {
      case "date-day-month-year" -> date(shown, DAY + SEP + MONTH + SEP + YEAR, 3, 2, 1, false, rule, where);
      case "date-month-day-year" -> date(shown, MONTH + SEP + DAY + SEP + YEAR, 3, 1, 2, false, rule, where);
      case "date-year-month-day" -> date(shown, YEAR + SEP + MONTH + SEP + DAY, 1, 2, 3, false, rule, where);
      case "date-day-monthname-year-en" -> date(shown, DAY + SEP + NAME + SEP + YEAR, 3, 2, 1, true, rule, where);
      case "date-monthname-day-year-en" -> date(shown, NAME + SEP + DAY + SEP + YEAR, 3, 1, 2, true, rule, where);
      case "date-monthname-year-en" -> yearMonth(shown, NAME + SEP + YEAR, 2, 1, rule, where);
      case "date-year-monthname-en" -> yearMonth(shown, YEAR + SEP + NAME, 1, 2, rule, where);
      default -> null;
    };
  }

  private static String date(String shown, String regex, int y, int m, int d, boolean named, String rule, String where)
      throws InlineException {
    Matcher match = Pattern.compile(regex).matcher(shown);
    if (!match.matches()) {
      throw Transforms.mismatch(shown, rule, where);
    }
    int month = named ? month(match.group(m)) : Integer.parseInt(match.group(m));
    try {
      return LocalDate.of(year(match.group(y)), month, Integer.parseInt(match.group(d))).toString();
    } catch (DateTimeException e) {
      throw Transforms.mismatch(shown, rule, where);
    }
  }

  private static String yearMonth(String shown, String regex, int y, int m, String rule, String where) throws InlineException {
    Matcher match = Pattern.compile(regex).matcher(shown);
    int month = match.matches() ? month(match.group(m)) : 0;
    if (month == 0) {
      throw Transforms.mismatch(shown, rule, where);
    }
    return String.format(Locale.ROOT, "%04d-%02d", year(match.group(y)), month);
  }

  /** 1 to 12 for a month's English name or its first three letters; 0 for anything else. */
  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).equals(n) || n.length() == 3 && MONTHS.get(i).startsWith(n) || n.equals("sept") && i == 8) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }
}
