package org.finfile.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Period;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;

/**
 * What a value column is, from the header cells above it: a period, a currency, a column group,
 * or derived values. A header cell of every header row but the last spans the empty cells to
 * its right, as merged cells do when a spreadsheet is saved as text. A header cell such as
 * "Three Months Ended" or "Nine Months Ended" gives the length of the columns under it
 * ({@code months}; -1 when no header says, and the table's title decides).
 *
 * @param headerAt where a problem with the column's headers is reported: {@code document:line}
 *     of its last header row (of the table's first row when it has none)
 */
record Column(Headers.ColumnPeriod period, int months, String currency, QName group, Mapping.Derived derived,
    String unknownHeader, String headerAt) {

  /** The value columns of a table, from column 2 on; index 0 is column 2. */
  static List<Column> read(TabBlock block, Mapping.TableSpec spec, Mapping mapping, String document) throws InputException {
    int width = block.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<TabBlock.Row> headers = block.rows().subList(0, Math.min(spec.headerRows(), block.rows().size()));
    Map<String, Mapping.Derived> derivedByKey = new HashMap<>();
    mapping.derived().forEach(d -> derivedByKey.put(Cells.key(d.header()), d));
    Map<String, String> currencyByKey = new HashMap<>();
    mapping.currencies().forEach(cur -> currencyByKey.put(Cells.key(cur.text()), cur.meaning()));
    Map<String, QName> groupByKey = new HashMap<>();
    spec.groups().forEach(g -> groupByKey.put(Cells.key(g.header()), g.concept()));
    List<HeaderCell[]> cells = new ArrayList<>();
    for (int h = 0; h < headers.size(); h++) {
      cells.add(cells(headers.get(h), width, h < headers.size() - 1, mapping));
    }
    List<Column> columns = new ArrayList<>();
    String headerAt = headers.isEmpty() ? block.firstAt() : headers.get(headers.size() - 1).at();
    for (int c = 2; c <= width; c++) {
      Headers.ColumnPeriod period = null;
      int months = -1;
      String currency = null;
      QName group = null;
      Mapping.Derived derived = null;
      String unknown = null;
      for (int h = 0; h < headers.size(); h++) {
        boolean own = h == headers.size() - 1;
        HeaderCell cell = cells.get(h)[c];
        String key = cell.key();
        if (key.isEmpty()) {
          continue;
        }
        boolean known = false;
        if (derivedByKey.containsKey(key)) {
          derived = derivedByKey.get(key);
          known = true;
        }
        if (currencyByKey.containsKey(key)) {
          currency = currencyByKey.get(key);
          known = true;
        }
        if (groupByKey.containsKey(key)) {
          group = groupByKey.get(key);
          known = true;
        }
        String at = document + ":" + headers.get(h).at();
        if (cell.badDate() != null) {
          throw new InputException(at, "table " + spec.id() + ", column " + c + ": " + cell.badDate());
        }
        if (cell.months() != -1) {
          if (months != -1 && months != cell.months()) {
            throw new InputException(at, "table " + spec.id() + ", column " + c + ": two header cells give different period lengths ("
                + months + " and " + cell.months() + " months)");
          }
          months = cell.months();
          known = true;
        }
        Headers.ColumnPeriod p = cell.period();
        if (p != null) {
          if (period != null && !period.equals(p)) {
            throw new InputException(at, "table " + spec.id() + ", column " + c + ": two header cells give different periods");
          }
          period = p;
          known = true;
        }
        if (own && !known) {
          unknown = Cells.label(cell.text());
        }
      }
      columns.add(new Column(period, months, currency, group, derived, unknown, document + ":" + headerAt));
    }
    return columns;
  }

  private static Headers.ColumnPeriod periodOf(String text, Mapping mapping) {
    Optional<java.time.LocalDate> date = Headers.date(text).or(() -> Headers.cellMonthsDate(text));
    if (date.isPresent()) {
      return new Headers.EndDate(date.get());
    }
    Optional<Period.Duration> fiscal = Headers.fiscal(text, mapping.fiscal());
    return fiscal.map(Headers.Fiscal::new).orElse(null);
  }

  /** A header cell read once: its text, compared form, and the period it gives (or why its date is no date). */
  private record HeaderCell(String text, String key, Headers.ColumnPeriod period, int months, String badDate) {
    static final HeaderCell EMPTY = new HeaderCell("", "", null, -1, null);

    static HeaderCell of(String text, Mapping mapping) {
      String key = Cells.key(text);
      if (key.isEmpty()) {
        return new HeaderCell(text, key, null, -1, null);
      }
      int months = Headers.cellMonths(text);
      try {
        return new HeaderCell(text, key, periodOf(text, mapping), months, null);
      } catch (IllegalArgumentException e) {
        return new HeaderCell(text, key, null, months, e.getMessage());
      }
    }
  }

  /**
   * The header cell over each column of a header row, indexed by column (from 1). A spanning row's
   * cell also covers the empty cells to its right. Each cell is read once, left to right.
   */
  private static HeaderCell[] cells(TabBlock.Row row, int width, boolean spanning, Mapping mapping) {
    HeaderCell[] cells = new HeaderCell[width + 1];
    HeaderCell last = HeaderCell.EMPTY;
    for (int c = 2; c <= width; c++) {
      HeaderCell cell = HeaderCell.of(row.cell(c), mapping);
      if (spanning && Cells.clean(cell.text()).isEmpty()) {
        cells[c] = last;
      } else {
        cells[c] = cell;
        last = cell;
      }
    }
    return cells;
  }
}
