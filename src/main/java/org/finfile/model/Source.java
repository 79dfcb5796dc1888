package org.finfile.model;

import java.util.Objects;

/**
 * Where a fact came from: one cell of one table of a document. Rows and columns count from 1
 * within the table's tab block (row 0 is the heading above the table, for values read from a
 * title); {@code line} is the line of the document.
 */
public record Source(String document, String table, int row, int column, int line, String text) {
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(text, "text");
    if (row < 0 || column < 1 || line < 1) {
      throw new IllegalArgumentException("columns and lines count from 1, rows from 0 (the heading)");
    }
  }

  /** {@code document:table:row:col}, the location format of problems about table cells. */
  public String location() {
    return document + ":" + table + ":" + row + ":" + column;
  }
}
