package org.finfile.model;

import java.util.Objects;

/** A context: who and when a fact is about. */
public record Context(String id, Entity entity, Period period) {
  public Context {
    Ids.requireNcName(id, "context id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(period, "period");
  }
}
