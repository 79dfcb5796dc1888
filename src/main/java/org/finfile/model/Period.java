package org.finfile.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The period of a context: an instant, a duration, or forever (XBRL 2.1 §4.7.2).
 *
 * <p>Dates are {@code xs:date} or {@code xs:dateTime}: each bound is a calendar day and a
 * {@code time}, the lexical rest after the day as the document wrote it ({@code "T12:00:00"},
 * {@code "Z"}, {@code "T00:00:00+09:00"}), empty for a plain date. A plain date as an instant or
 * an end means the end of that day; as a start, its beginning (§4.7.2).
 */
public sealed interface Period permits Period.Instant, Period.Duration, Period.Forever {

  /** What may follow the day in an {@code xs:date} or {@code xs:dateTime}: a time of day and/or a zone. */
  Pattern TIME = Pattern.compile("(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

  /** A point in time: the end of the given day, or the time of day given. */
  record Instant(LocalDate date, String time) implements Period {
    public Instant {
      Objects.requireNonNull(date, "date");
      requireTime(time);
    }

    /** The end of a day. */
    public Instant(LocalDate date) {
      this(date, "");
    }

    /** The lexical form, as written. */
    public String lexical() {
      return date + time;
    }
  }

  /** A span from the start of {@code start} (or its time) to the end of {@code end} (or its time). */
  record Duration(LocalDate start, String startTime, LocalDate end, String endTime) implements Period {
    public Duration {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      requireTime(startTime);
      requireTime(endTime);
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
      }
    }

    /** From the start of one day to the end of another. */
    public Duration(LocalDate start, LocalDate end) {
      this(start, "", end, "");
    }

    /** The start's lexical form, as written. */
    public String startLexical() {
      return start + startTime;
    }

    /** The end's lexical form, as written. */
    public String endLexical() {
      return end + endTime;
    }
  }

  /** A period without bounds. */
  record Forever() implements Period {}

  /** The instant at the end of a day. */
  static Period instant(LocalDate date) {
    return new Instant(date);
  }

  /** A duration, both days included. */
  static Period duration(LocalDate start, LocalDate end) {
    return new Duration(start, end);
  }

  private static void requireTime(String time) {
    Objects.requireNonNull(time, "time");
    if (!TIME.matcher(time).matches()) {
      throw new IllegalArgumentException("'" + time + "' is no time of day or zone after a date");
    }
  }
}
