package org.finfile.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a document: a run of consecutive lines that hold tab characters, and the
 * heading lines above it (the non-blank lines since the previous table, which hold its title,
 * period and scale).
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

  /** A line of the document and its number, from 1. */
  public record Line(int number, String text) {}

  /**
   * One line of the table. {@code cells.get(0)} is the label column; cells count from 1 in
   * locations, so the label is column 1.
   */
  public record Row(int line, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
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
