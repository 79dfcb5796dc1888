package org.finfile.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.finfile.Limit;
import org.finfile.LimitException;

/**
 * Tables from a grid of cells (a CSV file, a worksheet, an HTML table): blank rows end a table,
 * a lone text cell in the first column above a table is a heading, and each table is tidied as
 * a person reads it — a currency symbol in its own cell joins the number beside it, a closing
 * parenthesis in its own cell joins the negative before it, and columns empty in every row
 * (spacers) are dropped.
 */
final class Grid {
  /** Currency symbols printed apart from their numbers. */
  private static final Pattern SYMBOL = Pattern.compile("(?:US|C|A|HK|NZ|S)?\\$|€|£|¥|￥|₩|₹|CHF|Fr\\.");
  private static final Pattern OPEN_NEGATIVE = Pattern.compile("\\(\\s*\\S*[0-9][0-9,.]*%?");

  private Grid() {}

  /**
   * One row as read. {@code span} marks the cells of an HTML {@code colspan} (the same number for
   * the cells of one span, -1 for none); {@code where} makes the row's location from the columns
   * it keeps (positions in {@code cells}, from 0).
   */
  record Raw(int line, List<String> cells, int[] span, Function<List<Integer>, Where> where) {
    Raw(int line, List<String> cells, Function<List<Integer>, Where> where) {
      this(line, cells, null, where);
    }

    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    int span(int i) {
      return span == null || i >= span.length ? -1 : span[i];
    }

    boolean blank() {
      return cells.stream().allMatch(c -> Cells.clean(c).isEmpty());
    }

    /** The one non-empty cell's position, or -1 when none or more than one hold text. */
    int lone() {
      int found = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (!Cells.clean(cells.get(i)).isEmpty()) {
          if (found >= 0) {
            return -1;
          }
          found = i;
        }
      }
      return found;
    }
  }

  /**
   * Splits rows into tables: a blank row ends a table; outside a table, a row whose only text
   * is in the first column and is no number is a heading line of the next table.
   */
  static List<TabBlock> split(List<Raw> rows, int firstIndex, String name) throws LimitException {
    List<TabBlock> blocks = new ArrayList<>();
    List<TabBlock.Line> heading = new ArrayList<>();
    List<Raw> table = new ArrayList<>();
    for (Raw row : rows) {
      if (row.blank()) {
        if (!table.isEmpty()) {
          blocks.add(block(firstIndex + blocks.size(), heading, table, name));
          heading = new ArrayList<>();
          table = new ArrayList<>();
        }
        continue;
      }
      if (table.isEmpty() && row.lone() == 0 && !isNumber(row.cell(0))) {
        String text = Cells.clean(row.cell(0));
        heading.add(new TabBlock.Line(row.line(), text, row.where().apply(List.of(0))));
        continue;
      }
      table.add(row);
    }
    if (!table.isEmpty()) {
      blocks.add(block(firstIndex + blocks.size(), heading, table, name));
    }
    return blocks;
  }

  /**
   * A table from its rows, tidied; a table whose rows times columns pass
   * {@link Limit#SHEET_CELLS} is refused before it is laid out.
   */
  static TabBlock block(int index, List<TabBlock.Line> heading, List<Raw> rows, String name) throws LimitException {
    long width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    if (width * rows.size() > Limit.SHEET_CELLS.value()) {
      throw Limit.SHEET_CELLS.exceeded(name + ":" + rows.get(0).where().apply(List.of(0)).text(),
          "a table of " + rows.size() + " rows by " + width + " columns");
    }
    return new TabBlock(index, heading, tidy(rows));
  }

  private static boolean isNumber(String cell) {
    try {
      return Numbers.read(cell) instanceof Numbers.Value;
    } catch (Numbers.NotANumberException e) {
      return false;
    }
  }

  private static boolean isDash(String cell) {
    try {
      return Numbers.read(cell) instanceof Numbers.Dash;
    } catch (Numbers.NotANumberException e) {
      return false;
    }
  }

  /** Joins split numbers, then drops columns that hold nothing (or only the copies of a span). */
  static List<TabBlock.Row> tidy(List<Raw> rows) {
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<String[]> grid = new ArrayList<>();
    for (Raw raw : rows) {
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        cells[i] = raw.cell(i);
      }
      join(cells);
      grid.add(cells);
    }
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      boolean used = false;
      for (int r = 0; r < rows.size() && !used; r++) {
        used = !Cells.clean(grid.get(r)[c]).isEmpty() && rows.get(r).span(c) < 0;
      }
      if (used || c == 0) {
        kept.add(c);
      }
    }
    // a column that only a span covers is kept when no kept column holds that span
    for (int c = 0; c < width; c++) {
      if (kept.contains(c)) {
        continue;
      }
      for (int r = 0; r < rows.size(); r++) {
        int span = rows.get(r).span(c);
        if (span >= 0 && !Cells.clean(grid.get(r)[c]).isEmpty() && !spanKept(rows.get(r), kept, span)) {
          kept.add(c);
          kept.sort(null);
          break;
        }
      }
    }
    List<TabBlock.Row> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Raw raw = rows.get(r);
      List<String> cells = new ArrayList<>();
      int lastSpan = -1;
      for (int c : kept) {
        int span = raw.span(c);
        // a span's text goes to the first kept column it covers; the others are empty, so headers span as in text
        cells.add(span >= 0 && span == lastSpan ? "" : grid.get(r)[c]);
        lastSpan = span;
      }
      while (cells.size() > 1 && Cells.clean(cells.get(cells.size() - 1)).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      out.add(new TabBlock.Row(raw.line(), cells, raw.where().apply(kept.subList(0, cells.size()))));
    }
    return out;
  }

  private static boolean spanKept(Raw row, List<Integer> kept, int span) {
    for (int c : kept) {
      if (row.span(c) == span) {
        return true;
      }
    }
    return false;
  }

  /** {@code $ | 12,500} → {@code $12,500}; {@code (2,851 | )} → {@code (2,851)}. Cells from column 2 on. */
  private static void join(String[] cells) {
    for (int i = 2; i < cells.length; i++) {
      String here = Cells.clean(cells[i]);
      if (here.equals(")") || here.equals(")%") || here.equals("%)")) {
        int before = previousFilled(cells, i - 1);
        if (before > 0 && OPEN_NEGATIVE.matcher(Cells.clean(cells[before])).matches()) {
          cells[before] = Cells.clean(cells[before]) + here;
          cells[i] = "";
        }
      }
    }
    for (int i = 1; i < cells.length - 1; i++) {
      String here = Cells.clean(cells[i]);
      if (SYMBOL.matcher(here).matches()) {
        int next = nextFilled(cells, i + 1);
        if (next > 0 && isDash(cells[next])) {
          cells[i] = "";
        } else if (next > 0 && isNumber(here + Cells.clean(cells[next]))) {
          cells[next] = here + Cells.clean(cells[next]);
          cells[i] = "";
        }
      }
    }
  }

  private static int nextFilled(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!Cells.clean(cells[i]).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static int previousFilled(String[] cells, int from) {
    for (int i = from; i > 0; i--) {
      if (!Cells.clean(cells[i]).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
