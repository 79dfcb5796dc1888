package org.finfile.validate;

import java.util.Locale;

/** How bad a problem is. */
public enum Severity {
  ERROR, WARNING;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
