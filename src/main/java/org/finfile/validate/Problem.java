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
  /**
   * Most characters of one message: room for every location of a duplicated fact, never a
   * megabyte of echoed input (which the rules quote at most {@value InputException#QUOTE_CHARS}
   * characters of).
   */
  public static final int MAX_CHARS = 4000;

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    message = printable(InputException.fit(InputException.clipQuotes(InputException.oneLine(
        Objects.requireNonNull(message, "message"))), MAX_CHARS));
    location = printable(InputException.fit(location, InputException.PROBLEM_CHARS));
  }

  /** Control characters (which XML 1.0 reports and terminals cannot carry) written as \\uXXXX. */
  private static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (bad && out == null) {
        out = new StringBuilder(s.substring(0, i));
      }
      if (out != null) {
        if (bad) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  static Problem error(String location, String code, String message) {
    return new Problem(location, Severity.ERROR, code, message);
  }

  /** {@code location: severity [code] message}, one line. */
  public String format() {
    return location + ": " + severity + " [" + code + "] " + message;
  }
}
