package org.finfile.tables;

import java.util.List;

/**
 * Where a row of a table was read, as messages name it after the document's name and a colon:
 * {@code acme.txt:12}, {@code acme.xlsx:Income!B7}, {@code acme.html:table 2, row 7}.
 */
public sealed interface Where permits Where.Line, Where.SheetRow, Where.TableRow {

  /** The row as a whole. */
  String text();

  /** Cell {@code column} of the row, counting from 1 as {@link TabBlock.Row#cell} does. */
  String cell(int column);

  /** A line of a text or CSV file, from 1. */
  record Line(int number) implements Where {
    public Line {
      if (number < 1) {
        throw new IllegalArgumentException("lines count from 1");
      }
    }

    @Override
    public String text() {
      return Integer.toString(number);
    }

    @Override
    public String cell(int column) {
      return text();
    }
  }

  /**
   * A row of a worksheet: {@code columns} are the sheet's column numbers (0 for A) of the
   * row's cells after spacer columns were dropped.
   */
  record SheetRow(String sheet, int number, List<Integer> columns) implements Where {
    public SheetRow {
      columns = List.copyOf(columns);
    }

    @Override
    public String text() {
      return cell(1);
    }

    @Override
    public String cell(int column) {
      int sheetColumn = column - 1 < columns.size() ? columns.get(column - 1)
          : (columns.isEmpty() ? -1 : columns.get(columns.size() - 1)) + column - columns.size();
      return sheetName() + "!" + letters(Math.max(0, sheetColumn)) + number;
    }

    private String sheetName() {
      return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** Column letters: 0 is A, 25 Z, 26 AA. */
    static String letters(int column) {
      StringBuilder s = new StringBuilder();
      for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        s.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return s.toString();
    }
  }

  /** Row {@code row} (from 1) of the {@code table}-th table of an HTML page; row 0 is the text above it. */
  record TableRow(int table, int row) implements Where {
    @Override
    public String text() {
      return row == 0 ? "above table " + table : "table " + table + ", row " + row;
    }

    @Override
    public String cell(int column) {
      return text() + ", column " + column;
    }
  }
}
