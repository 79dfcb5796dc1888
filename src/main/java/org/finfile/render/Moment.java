package org.finfile.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.finfile.model.Period;

/**
 * A point in time as XBRL 2.1 §4.7.2 reads period bounds, for matching an instant with the
 * duration it starts or ends: a plain date as an instant or an end is the end of that day (the
 * start of the next), as a start the start of that day; a dateTime is its time ({@code T24:00:00}
 * the start of the next day). So a balance at {@code 2002-03-31}, or at
 * {@code 2002-04-01T00:00:00}, is at the start of the year from {@code 2002-04-01}. A zone is
 * kept as written: bounds in different zones are different moments here.
 */
record Moment(LocalDateTime local, String zone) {

  static Moment of(Period.Instant i) {
    return bound(i.date(), i.time(), true);
  }

  static Moment start(Period.Duration d) {
    return bound(d.start(), d.startTime(), false);
  }

  static Moment end(Period.Duration d) {
    return bound(d.end(), d.endTime(), true);
  }

  /** A day and what the document wrote after it; a plain day at its end when {@code endOfDay}, else at its start. */
  private static Moment bound(LocalDate day, String time, boolean endOfDay) {
    if (!time.startsWith("T")) {
      return new Moment((endOfDay ? day.plusDays(1) : day).atStartOfDay(), time);
    }
    int zoneAt = zoneStart(time);
    String clock = time.substring(1, zoneAt);
    String zone = time.substring(zoneAt);
    if (clock.matches("24:00:00(\\.0*)?")) {
      return new Moment(day.plusDays(1).atStartOfDay(), zone);
    }
    try {
      return new Moment(LocalDateTime.of(day, LocalTime.parse(clock)), zone);
    } catch (DateTimeException e) {
      // no time of day (25:00:00): a moment of its own, matching only the same writing
      return new Moment(day.atStartOfDay(), time);
    }
  }

  /** Where the zone ({@code Z}, {@code +09:00}) begins in a time, or its length when there is none. */
  private static int zoneStart(String time) {
    for (int i = 9; i < time.length(); i++) {
      char c = time.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return time.length();
  }
}
