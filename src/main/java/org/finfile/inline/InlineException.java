package org.finfile.inline;

import java.util.Objects;
import org.finfile.InputException;

/**
 * An Inline XBRL page that breaks one of the inline rules: the page cannot be read, and the
 * rule it breaks has a stable code (one of the {@code ix-*} codes of
 * {@link org.finfile.validate.Rules}), so {@code validate} reports it under that code.
 */
public final class InlineException extends InputException {
  private static final long serialVersionUID = 1L;
  private final String code;

  InlineException(String location, String code, String problem) {
    super(location, problem);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The rule code, {@code ix-format-value} say. */
  public String code() {
    return code;
  }
}
