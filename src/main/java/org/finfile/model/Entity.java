package org.finfile.model;

import java.util.Objects;

/** The reporting entity of a context: an identifier within a scheme (XBRL 2.1 §4.7.3). */
public record Entity(String scheme, String identifier) {
  public Entity {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(identifier, "identifier");
    if (scheme.isBlank() || identifier.isBlank()) {
      throw new IllegalArgumentException("entity scheme and identifier must not be blank");
    }
  }
}
