package org.finfile.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Period;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;

/**
 * What a value column is, from the header cells above it: a period, a currency, a column group,
 * or derived values. A header cell of every header row but the last spans the empty cells to
 * its right, as merged cells do when a spreadsheet is saved as text.
 */
record Column(Headers.ColumnPeriod period, String currency, QName group, Mapping.Derived derived, String unknownHeader) {

  /** The value columns of a table, from column 2 on; index 0 is column 2. */
  static List<Column> read(TabBlock block, Mapping.TableSpec spec, Mapping mapping, String document) throws InputException {
    int width = block.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<TabBlock.Row> headers = block.rows().subList(0, Math.min(spec.headerRows(), block.rows().size()));
    List<Column> columns = new ArrayList<>();
    for (int c = 2; c <= width; c++) {
      Headers.ColumnPeriod period = null;
      String currency = null;
      QName group = null;
      Mapping.Derived derived = null;
      String unknown = null;
      for (int h = 0; h < headers.size(); h++) {
        boolean own = h == headers.size() - 1;
        String text = own ? headers.get(h).cell(c) : spanning(headers.get(h), c);
        String key = Cells.key(text);
        if (key.isEmpty()) {
          continue;
        }
        boolean known = false;
        for (Mapping.Derived d : mapping.derived()) {
          if (Cells.key(d.header()).equals(key)) {
            derived = d;
            known = true;
          }
        }
        for (Mapping.Header cur : mapping.currencies()) {
          if (Cells.key(cur.text()).equals(key)) {
            currency = cur.meaning();
            known = true;
          }
        }
        for (Mapping.ColumnGroup g : spec.groups()) {
          if (Cells.key(g.header()).equals(key)) {
            group = g.concept();
            known = true;
          }
        }
        Headers.ColumnPeriod p = periodOf(text, mapping);
        if (p != null) {
          if (period != null && !period.equals(p)) {
            throw new InputException(document + ":" + headers.get(h).line(), "table " + spec.id() + ", column " + c
                + ": two header cells give different periods");
          }
          period = p;
          known = true;
        }
        if (own && !known) {
          unknown = Cells.label(text);
        }
      }
      columns.add(new Column(period, currency, group, derived, unknown));
    }
    return columns;
  }

  private static Headers.ColumnPeriod periodOf(String text, Mapping mapping) {
    Optional<java.time.LocalDate> date = Headers.date(text);
    if (date.isPresent()) {
      return new Headers.EndDate(date.get());
    }
    Optional<Period.Duration> fiscal = Headers.fiscal(text, mapping.fiscal());
    return fiscal.map(Headers.Fiscal::new).orElse(null);
  }

  private static String spanning(TabBlock.Row row, int c) {
    for (int i = c; i >= 2; i--) {
      if (!Cells.clean(row.cell(i)).isEmpty()) {
        return row.cell(i);
      }
    }
    return "";
  }
}
