package org.finfile.validate;

import java.util.Locale;

/** How bad a problem is. Errors make a filing invalid; warnings may (see --fail-on); notes never do. */
public enum Severity {
  ERROR, WARNING, INFO;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
