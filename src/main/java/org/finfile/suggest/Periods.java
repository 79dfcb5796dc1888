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
import org.finfile.tables.PeriodPhrases;

/** What header cells say about periods, as convert reads them (heading lines: {@link PeriodPhrases}). */
final class Periods {
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT));
  private static final Pattern QUARTER = Pattern.compile("([1-4])Q(\\d{2}|\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY ?)?((?:19|20)\\d{2})|FY(\\d{2})", Pattern.CASE_INSENSITIVE);
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
      return Optional.of(PeriodPhrases.year(q.group(2)));
    }
    Matcher y = FISCAL_YEAR.matcher(text);
    if (y.matches()) {
      return Optional.of(PeriodPhrases.year(y.group(1) != null ? y.group(1) : y.group(2)));
    }
    return Optional.empty();
  }
}
