package org.finfile.model;

import java.util.Objects;

/**
 * A context: who and when a fact is about, and in what respect — the segment (part of the
 * entity, XBRL 2.1 §4.7.3.2) and the scenario (§4.7.4), both {@link Qualifiers#NONE} when absent.
 */
public record Context(String id, Entity entity, Period period, Qualifiers segment, Qualifiers scenario) {
  public Context {
    Ids.requireNcName(id, "context id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(scenario, "scenario");
  }

  /** A context without segment or scenario. */
  public Context(String id, Entity entity, Period period) {
    this(id, entity, period, Qualifiers.NONE, Qualifiers.NONE);
  }

  /** True when segment or scenario says anything. */
  public boolean isQualified() {
    return !segment.isEmpty() || !scenario.isEmpty();
  }

  /**
   * True when the two contexts are about the same thing whatever their ids (s-equal, XBRL 2.1
   * §4.10, with dimension members compared as a set).
   */
  public boolean sameAs(Context other) {
    return entity.equals(other.entity) && period.equals(other.period) && segment.equals(other.segment)
        && scenario.equals(other.scenario);
  }
}
