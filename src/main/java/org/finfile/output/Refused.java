package org.finfile.output;

import java.io.IOException;

/**
 * An output path finfile will not write a file at: a folder where a file is expected, a file
 * where a folder is, standard output for several files, the input itself, or a device or FIFO
 * inside an output folder. The message is one line; the command line turns it into exit code 2.
 */
public final class Refused extends IOException {
  private static final long serialVersionUID = 1L;

  Refused(String message) {
    super(message);
  }
}
