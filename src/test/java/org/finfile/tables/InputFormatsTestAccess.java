package org.finfile.tables;

import java.nio.file.Path;

/** The made-up statement of {@link InputFormatsTest}, for tests in other packages. */
public final class InputFormatsTestAccess {
  private InputFormatsTestAccess() {}

  public static String mapping() {
    return InputFormatsTest.MAPPING;
  }

  public static String csv() {
    return InputFormatsTest.CSV;
  }

  public static Path workbook(Path file) throws Exception {
    return InputFormatsTest.workbook(file);
  }
}
