package org.finfile.validate;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing), for the 64-bit fingerprints of fact keys:
 * eight to sixteen bytes a fact, where a set of objects would cost ten times that.
 */
final class LongSet {
  private static final long EMPTY = 0L;
  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds {@code v}; false when it was there already. */
  boolean add(long v) {
    if (v == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, v);
  }

  boolean contains(long v) {
    if (v == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == v) {
        return true;
      }
      if (slots[i] == EMPTY) {
        return false;
      }
    }
  }

  boolean isEmpty() {
    return size == 0 && !hasZero;
  }

  private boolean insert(long[] table, long v) {
    int mask = table.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      if (table[i] == v) {
        return false;
      }
      if (table[i] == EMPTY) {
        table[i] = v;
        if (table == slots) {
          size++;
        }
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    Arrays.stream(old).filter(v -> v != EMPTY).forEach(v -> insert(slots, v));
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** A 64-bit FNV-1a hash of a string's characters. */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
