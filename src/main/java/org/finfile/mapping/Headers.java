package org.finfile.mapping;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.InputException;
import org.finfile.model.Period;
import org.finfile.tables.Cells;
import org.finfile.tables.PeriodPhrases;

/**
 * Reads what header cells and heading lines say about periods: dates such as "Mar 31, 2003" or
 * "31 December 2016",
 * fiscal labels such as "4Q02" and "FY2002", bare fiscal years, and title phrases such as
 * "For the Three Months Ended" or "As of".
 */
final class Headers {
  /** Strict: "Feb 30, 2003" is no date (the default, smart resolving, makes it Feb 28). */
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      // day first, as European statements write it: "31 December 2016", "31 Dec 2016"
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT));
  private static final Pattern DATE_IN_TEXT = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}");
  private static final Pattern QUARTER = Pattern.compile("([1-4])Q(\\d{2}|\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY ?)?(\\d{4})|FY(\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern AS_OF = Pattern.compile("(?i)^as (?:of|at)\\b");
  /** A column group's header: "Three Months Ended", "Nine Months Ended September 30, 2010", "Year Ended". */
  private static final Pattern GROUP_MONTHS = Pattern.compile(
      "(?i)^(?:for the )?(one|three|six|nine|twelve|\\d{1,2}) months? ended\\b,?\\s*(.*)$");
  private static final Pattern GROUP_YEAR = Pattern.compile("(?i)^(?:for the )?(?:fiscal )?years? ended\\b,?\\s*(.*)$");
  private Headers() {}

  /** A column's period as its headers give it: an end date, or a whole fiscal period. */
  sealed interface ColumnPeriod permits EndDate, Fiscal {}

  /** "Mar 31, 2003": the length comes from the title. */
  record EndDate(LocalDate end) implements ColumnPeriod {}

  /** "4Q02", "FY2002", "2001": a whole fiscal period. */
  record Fiscal(Period.Duration duration) implements ColumnPeriod {}

  /**
   * The date a header says, or empty when it says none.
   *
   * @throws IllegalArgumentException when it is written as a date but there is no such day
   *     ("Feb 30, 2003")
   */
  static Optional<LocalDate> date(String header) {
    String text = Cells.label(header);
    for (DateTimeFormatter f : DATES) {
      ParsePosition position = new ParsePosition(0);
      if (f.parseUnresolved(text, position) == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
        continue;
      }
      try {
        return Optional.of(LocalDate.parse(text, f));
      } catch (DateTimeParseException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw new IllegalArgumentException(InputException.quote(text) + " is written as a date but there is no such day ("
            + InputException.clip(why) + ")", e);
      }
    }
    return Optional.empty();
  }

  /** A fiscal period label, or empty; needs the mapping's fiscal calendar. */
  static Optional<Period.Duration> fiscal(String header, FiscalCalendar calendar) {
    if (calendar == null) {
      return Optional.empty();
    }
    String text = Cells.label(header);
    Matcher q = QUARTER.matcher(text);
    if (q.matches()) {
      int year = PeriodPhrases.year(q.group(2));
      int quarter = Integer.parseInt(q.group(1));
      return Optional.of(new Period.Duration(calendar.quarterStart(year, quarter), calendar.quarterEnd(year, quarter)));
    }
    Matcher y = FISCAL_YEAR.matcher(text);
    if (y.matches()) {
      int year = PeriodPhrases.year(y.group(1) != null ? y.group(1) : y.group(2));
      return Optional.of(new Period.Duration(calendar.yearStart(year), calendar.yearEnd(year)));
    }
    return Optional.empty();
  }

  /**
   * What the title says a column's duration is: a number of months, 0 for "As of", or -1 if it
   * does not say. Only lines that begin with the phrase count (a title, not a sentence of prose).
   *
   * @throws IllegalArgumentException when two title lines say different things
   */
  static int titleMonths(List<String> heading) {
    int found = -1;
    for (String line : heading) {
      int months = PeriodPhrases.lineMonths(line);
      if (months == -1) {
        continue;
      }
      if (found != -1 && found != months) {
        throw new IllegalArgumentException("the heading gives two period lengths (" + describe(found) + " and "
            + describe(months) + ")");
      }
      found = months;
    }
    return found;
  }

  /**
   * What one header cell says about the length of the columns under it: a number of months
   * ("Three Months Ended", "Nine Months Ended Sep 30, 2010", "Year Ended"), 0 for "As of", or -1.
   * Unlike {@link #lineMonths}, "For the" is optional: a header cell is no sentence of prose.
   */
  static int cellMonths(String cell) {
    String text = Cells.label(cell);
    Matcher m = GROUP_MONTHS.matcher(text);
    if (m.matches()) {
      return PeriodPhrases.months(m.group(1));
    }
    if (GROUP_YEAR.matcher(text).matches()) {
      return 12;
    }
    return AS_OF.matcher(text).find() ? 0 : -1;
  }

  /**
   * The end date a column-group header names after its length ("Nine Months Ended Sep 30, 2010"),
   * or empty.
   *
   * @throws IllegalArgumentException when it is written as a date but there is no such day
   */
  static Optional<LocalDate> cellMonthsDate(String cell) {
    String text = Cells.label(cell);
    Matcher m = GROUP_MONTHS.matcher(text);
    String rest = m.matches() ? m.group(2) : null;
    if (rest == null) {
      Matcher y = GROUP_YEAR.matcher(text);
      rest = y.matches() ? y.group(1) : null;
    }
    if (rest == null) {
      Matcher a = AS_OF.matcher(text);
      rest = a.find() ? text.substring(a.end()) : null;
    }
    return rest == null || rest.isBlank() ? Optional.empty() : date(rest.strip());
  }

  private static String describe(int months) {
    return months == 0 ? "an instant" : months + " months";
  }

  /**
   * The dates the title line with the period phrase names, in order.
   *
   * @throws IllegalArgumentException when one of them is no day ("Feb 30, 2003")
   */
  static List<LocalDate> titleDates(List<String> heading) {
    List<LocalDate> dates = new ArrayList<>();
    for (String line : heading) {
      if (PeriodPhrases.lineMonths(line) != -1) {
        Matcher m = DATE_IN_TEXT.matcher(line);
        while (m.find()) {
          date(m.group()).ifPresent(dates::add);
        }
        break;
      }
    }
    return dates;
  }



  /** The duration of {@code months} months that ends on {@code end}. */
  static Period.Duration ending(LocalDate end, int months) {
    return new Period.Duration(end.plusDays(1).minusMonths(months), end);
  }
}
