package org.finfile.validate;

import java.util.List;

/**
 * What validating one file found.
 *
 * @param unreadable true when the file could not be read as XML at all (missing, malformed,
 *     unsafe); its problems then say why
 */
public record Report(String file, List<Problem> problems, boolean unreadable) {
  public Report {
    problems = List.copyOf(problems);
  }

  public long errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
  }

  public boolean valid() {
    return errors() == 0 && !unreadable;
  }
}
