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
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  public long infos() {
    return count(Severity.INFO);
  }

  private long count(Severity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }

  public boolean valid() {
    return errors() == 0 && !unreadable;
  }
}
