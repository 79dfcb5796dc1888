package org.finfile;

import java.util.EnumMap;
import java.util.Map;

/**
 * The values of every {@link Limit} in force for this process: the defaults, or what the user
 * raised (or lowered) with {@code --limit NAME=VALUE}. Every reader asks here, so one setting
 * bounds convert, validate, render and roundtrip alike.
 *
 * <pre>{@code
 * Limits.install(Limits.defaults().with(Limit.DEPTH, 1_000));   // for the whole process
 * }</pre>
 */
public final class Limits {
  private static final Limits DEFAULTS = new Limits(new EnumMap<>(Limit.class));
  private static volatile Limits current = DEFAULTS;

  private final EnumMap<Limit, Long> values;

  private Limits(EnumMap<Limit, Long> values) {
    this.values = values;
  }

  /** Every limit at its default. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** The limits in force. */
  public static Limits current() {
    return current;
  }

  /** Puts {@code limits} in force for the whole process (the command line does this once). */
  public static void install(Limits limits) {
    current = java.util.Objects.requireNonNull(limits, "limits");
  }

  /** The value of {@code limit} here. */
  public long get(Limit limit) {
    return values.getOrDefault(limit, limit.defaultValue());
  }

  /** These limits with {@code limit} set to {@code value}, which must be positive. */
  public Limits with(Limit limit, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("a limit is a positive number: --limit " + limit.key() + "=" + value);
    }
    EnumMap<Limit, Long> copy = new EnumMap<>(Limit.class);
    copy.putAll(values);
    copy.put(limit, value);
    return new Limits(copy);
  }

  /**
   * These limits with one setting as the command line gives it, {@code NAME=VALUE}; the value is
   * a whole number, optionally followed by {@code k}, {@code m} or {@code g} (binary units).
   * A malformed setting is an {@link IllegalArgumentException} saying what is wrong.
   */
  public Limits with(String setting) {
    int eq = setting.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("--limit takes NAME=VALUE, such as depth=512, not '" + InputException.clip(setting) + "'");
    }
    Limit limit = Limit.named(setting.substring(0, eq).strip());
    return with(limit, parse(limit, setting.substring(eq + 1).strip()));
  }

  private static long parse(Limit limit, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,18})([kKmMgG]?)").matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("--limit " + limit.key() + " takes a whole number, optionally with k, m or g, not '"
          + InputException.clip(text) + "'");
    }
    int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    long number = Long.parseLong(m.group(1));
    if (number > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("--limit " + limit.key() + "=" + text + " is too large");
    }
    return number << shift;
  }

  /** The values that differ from the defaults. */
  public Map<Limit, Long> changed() {
    return java.util.Collections.unmodifiableMap(values);
  }
}
