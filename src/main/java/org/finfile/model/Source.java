package org.finfile.model;

import java.util.Objects;

/**
 * Where a fact came from: one cell of one table of a document, or one line of the document
 * outside its tables (a heading, for a value read from a title, such as the entity's name).
 * A cell's rows and columns count from 1 within the table's tab block; a line has row and
 * column 0 and no table. {@code line} is the line of the document, from 1.
 */
public record Source(String document, String table, int row, int column, int line, String text) {
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1");
    }
    boolean heading = row == 0 && column == 0 && table.isEmpty();
    if (!heading && (row < 1 || column < 1 || table.isEmpty())) {
      throw new IllegalArgumentException("a cell is in a table, at a row and column counted from 1; a line outside tables"
          + " has row 0, column 0 and no table");
    }
  }

  /** A line of the document outside its tables, such as a heading a value was read from. */
  public static Source line(String document, int line, String text) {
    return new Source(document, "", 0, 0, line, text);
  }

  /** True for a table cell, false for a line outside tables. */
  public boolean isCell() {
    return row > 0;
  }

  /**
   * {@code document:table:row:col} for a cell, the location format of problems about table
   * cells; {@code document:line} for a line outside tables.
   */
  public String location() {
    return isCell() ? document + ":" + table + ":" + row + ":" + column : document + ":" + line;
  }
}
