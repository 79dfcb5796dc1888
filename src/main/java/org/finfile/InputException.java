package org.finfile;

import java.util.Objects;

/**
 * Input that cannot be read, decoded, parsed or trusted: a missing file, an undecodable byte,
 * malformed XML, a DOCTYPE, a table the mapping expects but the document lacks. The message is
 * one line: {@code location: what is wrong}. The command line turns it into exit code 3.
 *
 * <p>Input quoted in a message is bounded: {@link #quote} and {@link #clip} keep at most
 * {@value #QUOTE_CHARS} characters of it, and a problem longer than {@value #PROBLEM_CHARS}
 * characters (a parser's message echoing a huge value, say) keeps its beginning and its end
 * around an ellipsis. A 50 MB row label makes an error line of a few hundred characters.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  /** Most characters of input one message quotes. */
  public static final int QUOTE_CHARS = 100;
  /** Most characters of one problem (or location). */
  public static final int PROBLEM_CHARS = 400;
  private static final String ELLIPSIS = "…";

  private final String location;
  private final String problem;

  public InputException(String location, String problem) {
    this(location, problem, null);
  }

  public InputException(String location, String problem, Throwable cause) {
    super(fit(oneLine(Objects.requireNonNull(location, "location"))) + ": " + fit(oneLine(problem)), cause);
    this.location = fit(oneLine(location));
    this.problem = fit(oneLine(problem));
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
    if (text == null) {
      return "";
    }
    String s = text.strip();
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (!space(s.charAt(i))) {
        out.append(s.charAt(i++));
        continue;
      }
      int start = i;
      boolean lineEnd = false;
      for (; i < s.length() && space(s.charAt(i)); i++) {
        lineEnd |= s.charAt(i) == '\n' || s.charAt(i) == '\r';
      }
      out.append(lineEnd ? " " : s.substring(start, i));
    }
    return out.toString();
  }

  /** What a regular expression's {@code \s} matches. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Input text as a message quotes it, between single quotes: {@code 'Net revenues'}; at most
   * {@value #QUOTE_CHARS} characters of it, on one line, ending with {@code …} when cut.
   */
  public static String quote(String text) {
    return "'" + clip(text) + "'";
  }

  /**
   * At most {@value #QUOTE_CHARS} characters of input text, on one line, ending with {@code …}
   * when cut (never inside a surrogate pair). {@code null} is {@code "null"}.
   */
  public static String clip(String text) {
    if (text == null) {
      return "null";
    }
    String head = text.length() > 4 * QUOTE_CHARS ? text.substring(0, 4 * QUOTE_CHARS) : text;
    String line = oneLine(head);
    if (line.length() <= QUOTE_CHARS && head.length() == text.length()) {
      return line;
    }
    int end = Math.min(line.length(), QUOTE_CHARS);
    if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + ELLIPSIS;
  }

  private static final java.util.regex.Pattern LONG_QUOTE = java.util.regex.Pattern.compile(
      "'([^']{" + (QUOTE_CHARS + 1) + ",})'|\"([^\"]{" + (QUOTE_CHARS + 1) + ",})\"");

  /**
   * {@code message} with every quoted run longer than {@value #QUOTE_CHARS} characters cut as
   * {@link #clip} cuts: for messages of other libraries (Xerces quotes values and names whole).
   */
  public static String clipQuotes(String message) {
    if (message.length() <= QUOTE_CHARS) {
      return message;
    }
    java.util.regex.Matcher m = LONG_QUOTE.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inside = m.group(1) != null ? m.group(1) : m.group(2);
      char q = m.group(1) != null ? '\'' : '"';
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(q + clip(inside) + q));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A problem cut to {@value #PROBLEM_CHARS} characters: its beginning and its end around {@code …}. */
  private static String fit(String text) {
    return fit(text, PROBLEM_CHARS);
  }

  /** {@code text} cut to {@code max} characters: its beginning and its end around {@code …}. */
  public static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int tail = max / 3;
    int headEnd = max - tail;
    if (Character.isHighSurrogate(text.charAt(headEnd - 1))) {
      headEnd--;
    }
    int tailStart = text.length() - tail;
    if (Character.isLowSurrogate(text.charAt(tailStart))) {
      tailStart++;
    }
    return text.substring(0, headEnd) + ELLIPSIS + text.substring(tailStart);
  }
}
