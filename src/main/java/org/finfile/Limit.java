package org.finfile;

import java.util.Locale;

/**
 * One bound on what finfile reads from a stranger: its name on the command line
 * ({@code --limit depth=512}), its default, and what it counts. The values in force are
 * {@link Limits#current()}; exceeding one is an {@link InputException} (exit 3) whose message
 * names the limit and how to raise it.
 */
public enum Limit {
  INPUT_BYTES("input-bytes", 1L << 30, "bytes in one file read: an instance, page, document, mapping, schema, linkbase, catalog or CSV table"),
  JSON_BYTES("json-bytes", 256L << 20, "bytes in one xBRL-JSON or xBRL-CSV metadata file (read as a tree)"),
  DEPTH("depth", 256, "nesting of XML elements or JSON values"),
  ATTRIBUTES("attributes", 1_000, "attributes and namespace declarations on one XML element"),
  TEXT_CHARS("text-chars", 10_000_000, "characters of one text node, attribute value, JSON string or line of a table document"),
  NUMBER_CHARS("number-chars", 1_000, "characters of one number: a fact value, a table cell, a JSON number"),
  MAPPING_ENTRIES("mapping-entries", 1_000_000, "tables, rows, column groups, currencies, derived columns, units and translations in one mapping"),
  TAXONOMY_FILES("taxonomy-files", 10_000, "schemas and linkbases in one taxonomy (DTS)"),
  RELATIONSHIPS("relationships", 2_000_000, "arcs in the linkbases of one taxonomy"),
  ZIP_ENTRIES("zip-entries", 10_000, "entries (files and folders) in one archive"),
  ZIP_BYTES("zip-bytes", 1L << 30, "bytes of all entries of one archive, uncompressed"),
  ZIP_ENTRY_BYTES("zip-entry-bytes", 256L << 20, "bytes of one archive entry, uncompressed"),
  ZIP_RATIO("zip-ratio", 100, "uncompressed bytes per compressed byte of one archive entry, past its first MiB"),
  SHEET_CELLS("sheet-cells", 10_000_000, "cells of one worksheet, CSV document or HTML page read as tables");

  private final String key;
  private final long defaultValue;
  private final String counts;

  Limit(String key, long defaultValue, String counts) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.counts = counts;
  }

  /** The name on the command line and in messages, such as {@code depth}. */
  public String key() {
    return key;
  }

  public long defaultValue() {
    return defaultValue;
  }

  /** What the limit counts, for help texts. */
  public String counts() {
    return counts;
  }

  /** The value in force ({@link Limits#current()}). */
  public long value() {
    return Limits.current().get(this);
  }

  /** The value in force, for limits that are counts held in an {@code int}. */
  public int intValue() {
    return (int) Math.min(Integer.MAX_VALUE, value());
  }

  /**
   * The end of a message for input past this limit: {@code "(limit depth=256; raise it with
   * --limit depth=N)"}.
   */
  public String advice() {
    return advice(value());
  }

  /** The same for a value of this limit set elsewhere (a library caller's own). */
  public String advice(long value) {
    return "(limit " + key + "=" + format(value) + "; raise it with --limit " + key + "=N)";
  }

  /** {@code what} followed by the {@link #advice()}, as an {@link InputException} at {@code where}. */
  public LimitException exceeded(String where, String what) {
    return new LimitException(where, what + " " + advice());
  }

  /**
   * Refuses {@code file} when it has more bytes than this limit allows (an exit 3 before a byte
   * is read). A file that cannot be sized is left to the reading, which reports it.
   */
  public void checkSize(java.nio.file.Path file) throws LimitException {
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException | SecurityException e) {
      return;
    }
    if (size > value()) {
      throw exceeded(file.toString(), "a file of " + size + " bytes");
    }
  }

  /** {@link #checkSize(java.nio.file.Path)} for a {@code file:} URL; other URLs are not sized. */
  public void checkSize(java.net.URL url) throws LimitException {
    if ("file".equals(url.getProtocol())) {
      try {
        checkSize(java.nio.file.Path.of(url.toURI()));
      } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        // not a path this machine can size: left to the reading
      }
    }
  }

  /**
   * {@code value}, refused when written out in full (no exponent) it would have more than
   * {@link #NUMBER_CHARS} digits: {@code 1E999999} is short to write but a million digits long.
   */
  public static java.math.BigDecimal writtenOut(java.math.BigDecimal value, String where) throws LimitException {
    long max = NUMBER_CHARS.value();
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > max || value.scale() > max) {
      throw NUMBER_CHARS.exceeded(where, "a number of more than " + max + " digits written out");
    }
    return value;
  }

  /** A value as users write it: {@code 1g}, {@code 256m}, {@code 64k} for whole binary units. */
  public static String format(long value) {
    for (char unit : new char[] {'g', 'm', 'k'}) {
      int shift = switch (unit) { case 'g' -> 30; case 'm' -> 20; default -> 10; };
      if (value >= (1L << shift) && value % (1L << shift) == 0) {
        return (value >> shift) + String.valueOf(unit);
      }
    }
    return Long.toString(value);
  }

  /** The limit named {@code key}, or an {@link IllegalArgumentException} listing the names. */
  public static Limit named(String key) {
    for (Limit l : values()) {
      if (l.key.equals(key.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Limit l : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(l.key);
    }
    throw new IllegalArgumentException("no limit is named '" + InputException.clip(key) + "' (limits: " + names + ")");
  }
}
