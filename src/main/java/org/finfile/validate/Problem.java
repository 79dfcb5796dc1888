package org.finfile.validate;

import java.util.Objects;
import org.finfile.InputException;

/**
 * One thing wrong with a filing.
 *
 * @param location {@code path:line:col} (or {@code path} when no line is known)
 * @param code a stable rule code, documented in the README
 */
public record Problem(String location, Severity severity, String code, String message) {
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    message = InputException.oneLine(Objects.requireNonNull(message, "message"));
  }

  static Problem error(String location, String code, String message) {
    return new Problem(location, Severity.ERROR, code, message);
  }

  /** {@code location: severity [code] message}, one line. */
  public String format() {
    return location + ": " + severity + " [" + code + "] " + message;
  }
}
