package org.finfile;

import java.util.Objects;

/**
 * Input that cannot be read, decoded, parsed or trusted: a missing file, an undecodable byte,
 * malformed XML, a DOCTYPE, a table the mapping expects but the document lacks. The message is
 * one line: {@code location: what is wrong}. The command line turns it into exit code 3.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String location;
  private final String problem;

  public InputException(String location, String problem) {
    this(location, problem, null);
  }

  public InputException(String location, String problem, Throwable cause) {
    super(Objects.requireNonNull(location, "location") + ": " + oneLine(problem), cause);
    this.location = location;
    this.problem = oneLine(problem);
  }

  /** Where: {@code path}, {@code path:line:col} or {@code path:table:row:col}. */
  public String location() {
    return location;
  }

  /** What, without the location. */
  public String problem() {
    return problem;
  }

  /** Folds a message onto one line. */
  public static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
