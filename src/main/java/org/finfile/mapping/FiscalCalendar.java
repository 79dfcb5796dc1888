package org.finfile.mapping;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A fiscal year that ends on a given month and day. {@code namedByStart}: fiscal 2002 is the
 * year that starts in calendar 2002 (so for a March year end, April 2002 to March 2003).
 */
public record FiscalCalendar(int endMonth, int endDay, boolean namedByStart) {

  /** The last day of fiscal year {@code year}. */
  public LocalDate yearEnd(int year) {
    int endYear = namedByStart && !(endMonth == 12 && endDay == 31) ? year + 1 : year;
    return YearMonth.of(endYear, endMonth).atDay(Math.min(endDay, YearMonth.of(endYear, endMonth).lengthOfMonth()));
  }

  /** The first day of fiscal year {@code year}. */
  public LocalDate yearStart(int year) {
    return yearEnd(year).plusDays(1).minusYears(1);
  }

  /** The last day of quarter {@code q} (1–4) of fiscal year {@code year}. */
  public LocalDate quarterEnd(int year, int q) {
    return yearStart(year).plusMonths(3L * q).minusDays(1);
  }

  /** The first day of quarter {@code q} (1–4) of fiscal year {@code year}. */
  public LocalDate quarterStart(int year, int q) {
    return yearStart(year).plusMonths(3L * (q - 1));
  }
}
