package org.finfile;

/**
 * A count and the noun it counts, in the number the count needs: {@code Counts.of(1, "table")}
 * is "1 table", {@code Counts.of(2, "table")} "2 tables". Every count finfile prints goes
 * through here, so no message says "1 units".
 *
 * <pre>{@code
 * Counts.of(facts, "fact");                       // "606 facts"
 * Counts.of(cells, "cell skipped", "cells skipped");
 * }</pre>
 */
public final class Counts {
  private Counts() {}

  /** {@code n} and {@code noun}, with an "s" added unless {@code n} is 1. */
  public static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }

  /** {@code n} and {@code one} when {@code n} is 1, else {@code n} and {@code many}. */
  public static String of(long n, String one, String many) {
    return n + " " + word(n, one, many);
  }

  /** {@code one} when {@code n} is 1, else {@code many}: a verb that agrees with a count ("is", "are"). */
  public static String word(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
