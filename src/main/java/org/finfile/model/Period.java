package org.finfile.model;

import java.time.LocalDate;
import java.util.Objects;

/** The period of a context: an instant, a duration, or forever (XBRL 2.1 §4.7.2). */
public sealed interface Period permits Period.Instant, Period.Duration, Period.Forever {

  /** A point in time: the end of the given day. */
  record Instant(LocalDate date) implements Period {
    public Instant {
      Objects.requireNonNull(date, "date");
    }
  }

  /** A span of days from the start of {@code start} to the end of {@code end}. */
  record Duration(LocalDate start, LocalDate end) implements Period {
    public Duration {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
      }
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
}
