package org.finfile.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a document: a run of consecutive lines that hold tab characters, and the
 * heading lines above it (the non-blank lines since the previous table, which hold its title,
 * period and scale).
 *
 * <p>{@code line} numbers of rows and heading lines are unique within a document and grow down
 * it (a text or CSV file's line; for a workbook or HTML page, a running count); messages name a
 * row by its {@link Row#where}.
 *
 * @param index the table's position in the document, from 1
 * @param heading the non-blank lines between the previous table and this one, in order
 * @param rows the table's lines split at tabs
 */
public record TabBlock(int index, List<Line> heading, List<Row> rows) {
  public TabBlock {
    heading = List.copyOf(heading);
    rows = List.copyOf(rows);
  }

  /**
   * A heading line of the document and its number, from 1 ({@code number} orders and tells
   * rows apart within a document; {@code where} is how messages name it).
   */
  public record Line(int number, String text, Where where) {
    public Line {
      java.util.Objects.requireNonNull(where, "where");
    }

    /** A line of a text document. */
    public Line(int number, String text) {
      this(number, text, new Where.Line(number));
    }

    /** Where the line is, for messages: {@code 12}, {@code Income!A3}. */
    public String at() {
      return where.text();
    }
  }

  /**
   * One line of the table. {@code cells.get(0)} is the label column; cells count from 1 in
   * locations, so the label is column 1.
   */
  public record Row(int line, List<String> cells, Where where) {
    public Row {
      cells = List.copyOf(cells);
      java.util.Objects.requireNonNull(where, "where");
    }

    /** A line of a text document. */
    public Row(int line, List<String> cells) {
      this(line, cells, new Where.Line(line));
    }

    /** Where the row is, for messages: {@code 12}, {@code Income!A7}, {@code table 2, row 7}. */
    public String at() {
      return where.text();
    }

    /** Where cell {@code c} (from 1) is, for messages. */
    public String at(int c) {
      return where.cell(c);
    }

    /** The cell in column {@code c} (from 1), or "" past the end of the line. */
    public String cell(int c) {
      return c <= cells.size() ? cells.get(c - 1) : "";
    }

    /** True when no cell after the label holds anything. */
    public boolean hasNoValues() {
      return cells.stream().skip(1).allMatch(s -> Cells.clean(s).isEmpty());
    }
  }

  /** The line of the first row. */
  public int firstLine() {
    return rows.get(0).line();
  }

  /** Where the first row is, for messages. */
  public String firstAt() {
    return rows.get(0).at();
  }

  static List<TabBlock> find(TextDocument document) {
    List<TabBlock> blocks = new ArrayList<>();
    List<Line> heading = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> lines = document.lines();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.indexOf('\t') >= 0) {
        rows.add(new Row(i + 1, List.of(text.split("\t", -1))));
        continue;
      }
      if (!rows.isEmpty()) {
        blocks.add(new TabBlock(blocks.size() + 1, heading, rows));
        heading = new ArrayList<>();
        rows = new ArrayList<>();
      }
      if (!text.isBlank()) {
        heading.add(new Line(i + 1, text.strip()));
      }
    }
    if (!rows.isEmpty()) {
      blocks.add(new TabBlock(blocks.size() + 1, heading, rows));
    }
    return blocks;
  }
}
