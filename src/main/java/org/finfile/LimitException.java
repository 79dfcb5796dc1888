package org.finfile;

/**
 * Input past one of the {@link Limit}s: an {@link InputException} that no fallback may absorb
 * (a taxonomy over a limit is not "missing"; the command stops with exit 3 and the message says
 * which limit and how to raise it).
 */
public class LimitException extends InputException {
  private static final long serialVersionUID = 1L;

  public LimitException(String location, String problem) {
    super(location, problem);
  }

  public LimitException(String location, String problem, Throwable cause) {
    super(location, problem, cause);
  }

  /** Whether a message of a parser or reader reports a limit (it carries {@link Limit#advice()}). */
  public static boolean describes(String message) {
    return message != null && message.contains("(limit ") && message.contains("; raise it with --limit ");
  }
}
