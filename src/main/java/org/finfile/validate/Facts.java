package org.finfile.validate;

import java.time.LocalDateTime;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;

/** The records a validation keeps: one per context and unit, one per fact in a calculation. */
final class Facts {
  private Facts() {}

  /** The kind of a context's period. */
  enum PeriodKind { INSTANT, DURATION, FOREVER, UNKNOWN }

  /**
   * A context as far as validation needs it.
   *
   * @param key equal for s-equal contexts (same entity, period and segment/scenario content)
   */
  static final class Ctx {
    final String id;
    final int line;
    final int column;
    final PeriodKind kind;
    /** Equal for s-equal contexts. */
    final int cls;
    boolean used;

    Ctx(String id, int line, int column, PeriodKind kind, int cls) {
      this.id = id;
      this.line = line;
      this.column = column;
      this.kind = kind;
      this.cls = cls;
    }

    String where(String name) {
      return line < 0 ? name : name + ":" + line + ":" + column;
    }
  }

  /** A unit as far as validation needs it; {@code key} is equal for units with the same measures. */
  static final class Un {
    final String id;
    final String where;
    final List<QName> numerator;
    final List<QName> denominator;
    /** Equal for units with the same measures. */
    int cls;
    boolean used;

    Un(String id, String where, List<QName> numerator, List<QName> denominator) {
      this.id = id;
      this.where = where;
      this.numerator = List.copyOf(numerator);
      this.denominator = List.copyOf(denominator);
    }

    String key() {
      return numerator.stream().map(QName::toString).sorted().toList() + "/"
          + denominator.stream().map(QName::toString).sorted().toList();
    }
  }

  /**
   * A numeric fact of a concept that takes part in a calculation: as small as it can be, since
   * a calculation keeps every such fact until the end.
   */
  static final class CalcFact {
    final QName concept;
    final String contextRef;
    final String unitRef;
    private final long unscaled;
    private final int scale;
    private final java.math.BigDecimal big;
    final Accuracy accuracy;
    final int line;
    final int column;
    final String source;
    /** A nil fact: kept only because XBRL 2.1 counts it as a duplicate of a calculation's item (its value is 0 and unused). */
    boolean nil;
    /** The element depth: 2 for a fact at the top level, more inside tuples. */
    int depth = 2;
    /** Which fact of the document this is, counted at fact ends from 0. */
    int ordinal = -1;
    /**
     * Inside a tuple (filled by {@link TupleScopes}): the fact's element number in document
     * order, its parent's, and the number after the parent's last descendant. At the top level
     * the parent is the document element, number 0, spanning everything.
     */
    int start = -1;
    int parentStart;
    int parentEnd = Integer.MAX_VALUE;
    /** The text of a non-numeric fact (kept for essence-alias); null for a number. */
    String text;
    /** The binding (context class, unit class), known once the context and unit are. */
    int contextClass = -1;
    int unitClass = -1;

    CalcFact(QName concept, String contextRef, String unitRef, java.math.BigDecimal value, Accuracy accuracy,
        int line, int column, String source) {
      this.concept = concept;
      this.contextRef = contextRef;
      this.unitRef = unitRef;
      boolean compact = value.precision() - value.scale() < 18 && value.scale() > -1000 && value.scale() < 1000;
      java.math.BigInteger digits = value.unscaledValue();
      if (compact && digits.bitLength() < 63) {
        this.unscaled = digits.longValue();
        this.scale = value.scale();
        this.big = null;
      } else {
        this.unscaled = 0;
        this.scale = 0;
        this.big = value;
      }
      this.accuracy = accuracy;
      this.line = line;
      this.column = column;
      this.source = source;
    }

    /** True when the fact's place is known: at the top level, or found by {@link TupleScopes}. */
    boolean placed() {
      return depth == 2 || start >= 0;
    }

    java.math.BigDecimal value() {
      return big != null ? big : java.math.BigDecimal.valueOf(unscaled, scale);
    }

    String where(String name) {
      return name + ":" + line + ":" + column;
    }
  }

  /** The instant a period boundary stands for: a date's start, or a date's end (the next day's start). */
  static LocalDateTime moment(String text, boolean endOfDay) {
    String t = text.strip();
    java.time.ZoneOffset offset = null;
    java.util.regex.Matcher zone = ZONE.matcher(t);
    if (zone.find()) {
      offset = zone.group().equals("Z") ? java.time.ZoneOffset.UTC : java.time.ZoneOffset.of(zone.group());
      t = t.substring(0, zone.start());
    }
    LocalDateTime moment;
    if (t.contains("T")) {
      boolean midnight = t.endsWith("T24:00:00");
      moment = midnight ? java.time.LocalDate.parse(t.substring(0, t.indexOf('T'))).plusDays(1).atStartOfDay()
          : LocalDateTime.parse(t);
    } else {
      LocalDateTime start = java.time.LocalDate.parse(t).atStartOfDay();
      moment = endOfDay ? start.plusDays(1) : start;
    }
    return offset == null ? moment : moment.atOffset(offset).withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
  }

  /** "z" for a boundary with a timezone: XML Schema never equates a dated value with and without one. */
  static String zone(String text) {
    return ZONE.matcher(text.strip()).find() ? "z" : "";
  }

  private static final java.util.regex.Pattern ZONE = java.util.regex.Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$");
}
