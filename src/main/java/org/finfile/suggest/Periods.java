package org.finfile.suggest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.tables.Cells;

/** What header cells and heading lines say about periods and scale, as convert reads them. */
final class Periods {
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT));
  private static final Pattern DATE_IN_TEXT = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}");
  private static final Pattern QUARTER = Pattern.compile("([1-4])Q(\\d{2}|\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY ?)?((?:19|20)\\d{2})|FY(\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTHS = Pattern.compile(
      "(?i)^for the (one|three|six|nine|twelve|\\d{1,2}) months? ended");
  private static final Pattern YEARS = Pattern.compile("(?i)^for the (?:fiscal )?years? ended");
  private static final Pattern AS_OF = Pattern.compile("(?i)^as (?:of|at)\\b");
  private Periods() {}

  /** The date a header cell is ("Mar 31, 2003"), or empty. */
  static Optional<LocalDate> date(String cell) {
    String text = Cells.label(cell);
    for (DateTimeFormatter f : DATES) {
      try {
        return Optional.of(LocalDate.parse(text, f));
      } catch (DateTimeParseException e) {
        // not in this form; try the next
      }
    }
    return Optional.empty();
  }

  /** The fiscal year a fiscal label names ("4Q02" and "FY2002" name 2002), or empty. */
  static Optional<Integer> fiscalYear(String cell) {
    String text = Cells.label(cell);
    Matcher q = QUARTER.matcher(text);
    if (q.matches()) {
      return Optional.of(year(q.group(2)));
    }
    Matcher y = FISCAL_YEAR.matcher(text);
    if (y.matches()) {
      return Optional.of(year(y.group(1) != null ? y.group(1) : y.group(2)));
    }
    return Optional.empty();
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() != 2 ? y : y >= 50 ? 1900 + y : 2000 + y;
  }

  /** The dates a line of text names. */
  static List<LocalDate> datesIn(String line) {
    Matcher m = DATE_IN_TEXT.matcher(line);
    List<LocalDate> dates = new java.util.ArrayList<>();
    while (m.find()) {
      date(m.group()).ifPresent(dates::add);
    }
    return dates;
  }

  /** The period length a heading line states: months, 0 for "As of", -1 when it states none. */
  static int lineMonths(String line) {
    String text = line.strip();
    Matcher m = MONTHS.matcher(text);
    if (m.find()) {
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "one" -> 1;
        case "three" -> 3;
        case "six" -> 6;
        case "nine" -> 9;
        case "twelve" -> 12;
        default -> Integer.parseInt(m.group(1));
      };
    }
    if (YEARS.matcher(text).find()) {
      return 12;
    }
    return AS_OF.matcher(text).find() ? 0 : -1;
  }


}
