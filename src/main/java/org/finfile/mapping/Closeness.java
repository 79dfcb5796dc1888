package org.finfile.mapping;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two labels are, for "the closest first" lists in messages: Dice's coefficient over
 * the character pairs of their keys (case and markup ignored), from 0 (nothing shared) to 1
 * (the same). "Balance sheets" is closer to "Consolidated Balance Sheet" than to "Income
 * statement"; a plural, a typo or a word added costs little. Only the first {@value #CHARS}
 * characters of each count, so a huge line costs no more than a short one.
 */
final class Closeness {
  static final int CHARS = 200;

  private final Map<String, Integer> wanted;
  private final int wantedPairs;

  /** Compares texts with {@code wanted}. */
  Closeness(String wanted) {
    this.wanted = pairs(wanted);
    this.wantedPairs = wanted.isEmpty() ? 0 : this.wanted.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How alike {@code text} is to the wanted text, from 0 to 1. */
  double to(String text) {
    Map<String, Integer> other = pairs(text);
    int otherPairs = other.values().stream().mapToInt(Integer::intValue).sum();
    if (wantedPairs + otherPairs == 0) {
      return 0;
    }
    int shared = 0;
    for (Map.Entry<String, Integer> e : other.entrySet()) {
      shared += Math.min(e.getValue(), wanted.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * shared / (wantedPairs + otherPairs);
  }

  /** The character pairs of a text's key, with their counts; a single character counts as a pair with a space. */
  private static Map<String, Integer> pairs(String text) {
    String key = org.finfile.tables.Cells.key(text.length() > 4 * CHARS ? text.substring(0, 4 * CHARS) : text);
    if (key.length() > CHARS) {
      key = key.substring(0, CHARS);
    }
    Map<String, Integer> pairs = new HashMap<>();
    if (key.length() == 1) {
      pairs.put(key + " ", 1);
    }
    for (int i = 0; i + 1 < key.length(); i++) {
      pairs.merge(key.substring(i, i + 2), 1, Integer::sum);
    }
    return pairs;
  }
}
