package org.finfile.render;

import java.io.IOException;

/**
 * A filing the chosen format cannot hold without loss (OIM has no {@code precision="0"}, no
 * footnote in a non-standard role...): refused before anything is written. The message says
 * which format and why, in one line.
 */
public final class Unrepresentable extends IOException {
  private static final long serialVersionUID = 1L;

  Unrepresentable(String message) {
    super(message);
  }
}
