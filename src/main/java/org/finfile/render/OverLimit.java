package org.finfile.render;

import java.io.IOException;
import org.finfile.LimitException;

/**
 * A filing whose rendering would pass one of finfile's limits (such as the relationships its
 * footnote links spell out): refused before anything is written, as the limit says.
 */
public final class OverLimit extends IOException {
  private static final long serialVersionUID = 1L;
  private final LimitException limit;

  OverLimit(LimitException limit) {
    super(limit.getMessage(), limit);
    this.limit = limit;
  }

  /** The limit passed, with its message. */
  public LimitException limit() {
    return limit;
  }
}
