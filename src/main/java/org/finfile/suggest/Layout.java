package org.finfile.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.finfile.tables.Cells;
import org.finfile.tables.Numbers;
import org.finfile.tables.TabBlock;

/**
 * How one block is laid out: its header rows, what each value column is (an amount, with its
 * currency header if any; a derived figure; a caption), the dates and fiscal labels of its
 * headers, its scale and currency, and what kind of statement it is.
 */
final class Layout {
  /** What a statement is: it decides period types and balances of new concepts. */
  enum Kind { BALANCE_SHEET, INCOME, CASH_FLOW, OTHER }

  /** What a value column is. */
  sealed interface Col permits Amount, Derived, Unknown {}

  /** Amounts; {@code currencyHeader} is the header cell naming its currency, or null. */
  record Amount(String currencyHeader, String currency) implements Col {}

  /** Derived figures (a percentage, a change): not facts. */
  record Derived(String header) implements Col {}

  /** A column whose own header is none of the above: its values are skipped (check it). */
  record Unknown(String header) implements Col {}

  /** Currencies a header cell or heading may name by code. */
  static final Set<String> CODES = Set.of("USD", "EUR", "JPY", "GBP", "CHF", "CAD", "AUD", "CNY", "HKD", "KRW", "INR",
      "SEK", "NOK", "DKK", "SGD", "BRL", "MXN", "ZAR", "NZD", "TWD", "PLN", "CZK", "HUF", "ILS", "RUB", "TRY");
  private static final Pattern DERIVED = Pattern.compile("(?i)%|\\bchg\\b|\\bchange\\b|\\bvariance\\b|\\bratio\\b");

  final TabBlock block;
  final List<String> heading;
  final int headerRows;
  final List<Col> columns;
  /** Per value column: the caption of a spanning header row over it (not a currency or period), or "". */
  final List<String> captions = new ArrayList<>();
  /** Per value column: what its period and currency are, as header text. */
  private final List<String> periodKeys = new ArrayList<>();
  final Set<String> currencyHeaders = new LinkedHashSet<>();
  final Set<String> derivedHeaders = new LinkedHashSet<>();
  final List<LocalDate> dates = new ArrayList<>();
  final List<Integer> fiscalYears = new ArrayList<>();
  final Integer scale;
  final String currency;
  final Kind kind;
  final int months;

  /** The layout of a block; {@code continued} is the layout of the table it continues, or null. */
  Layout(TabBlock block, Layout continued) {
    this.block = block;
    this.heading = block.heading().stream().map(TabBlock.Line::text).toList();
    this.headerRows = continued != null ? 0 : headerRows(block);
    this.columns = continued != null ? continued.columns : columns();
    if (continued != null) {
      periodKeys.addAll(continued.periodKeys);
      captions.addAll(continued.captions);
    }
    this.scale = continued != null ? continued.scale : org.finfile.tables.Cells.statedScale(heading).orElse(null);
    this.currency = continued != null ? continued.currency : headingCurrency(heading);
    int found = -1;
    for (String line : heading) {
      int m = org.finfile.tables.PeriodPhrases.lineMonths(line);
      if (m != -1) {
        found = m;
        break;
      }
    }
    this.months = continued != null ? continued.months : found;
    this.kind = continued != null ? continued.kind : kind(heading, found, body());
  }

  /**
   * The column groups: when the same period and currency head several amount columns, the
   * spanning captions over them tell them apart (one concept per caption). Per value column,
   * the caption, or empty when the table has no groups.
   */
  List<String> groups() {
    if (periodKeys.size() != columns.size()) {
      return List.of();
    }
    Set<String> seen = new java.util.HashSet<>();
    boolean repeated = false;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) instanceof Amount && !periodKeys.get(i).isEmpty() && !seen.add(periodKeys.get(i))) {
        repeated = true;
      }
    }
    if (!repeated) {
      return List.of();
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) instanceof Amount && captions.get(i).isEmpty()) {
        return List.of();
      }
    }
    return List.copyOf(captions);
  }

  /** What value column {@code i} (from 0) stands for: its period and currency headers, and the title's period length. */
  String periodKey(int i) {
    return (i < periodKeys.size() ? periodKeys.get(i) : "?" + i) + "|" + months;
  }

  /** The body rows: all rows below the header rows. */
  List<TabBlock.Row> body() {
    return block.rows().subList(headerRows, block.rows().size());
  }

  /** True when some value column holds amounts with no currency header of their own. */
  boolean hasBareAmounts() {
    return columns.stream().anyMatch(c -> c instanceof Amount a && a.currency() == null);
  }

  /** True when some column names a currency, or the heading does. */
  boolean monetary() {
    return currency != null || columns.stream().anyMatch(c -> c instanceof Amount a && a.currency() != null)
        || scale != null && scale > 0;
  }

  /**
   * Leading rows that are headers: a row with an empty label and something after it, or a row
   * whose cells after the label are captions, dates or fiscal labels rather than numbers.
   */
  static int headerRows(TabBlock block) {
    int n = 0;
    for (TabBlock.Row row : block.rows()) {
      if (n >= 100) {
        break;
      }
      boolean empty = Cells.label(row.cell(1)).isEmpty();
      boolean anyValue = false;
      boolean anyNumber = false;
      for (int c = 2; c <= row.cells().size(); c++) {
        String text = Cells.clean(row.cell(c));
        if (text.isEmpty()) {
          continue;
        }
        anyValue = true;
        if (isNumber(text) && Periods.fiscalYear(text).isEmpty()) {
          anyNumber = true;
        }
      }
      if (!anyValue) {
        if (empty) {
          n++;
          continue;
        }
        break;
      }
      if (!empty && anyNumber) {
        break;
      }
      if (empty && anyNumber && n > 0) {
        break;
      }
      n++;
    }
    return n;
  }

  static boolean isNumber(String cell) {
    try {
      return Numbers.read(cell) instanceof Numbers.Value;
    } catch (Numbers.NotANumberException e) {
      return false;
    }
  }

  private List<Col> columns() {
    int width = block.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
    List<TabBlock.Row> headers = block.rows().subList(0, headerRows);
    String[][] cells = new String[headers.size()][width + 1];
    for (int h = 0; h < headers.size(); h++) {
      String last = "";
      boolean spanning = h < headers.size() - 1;
      for (int c = 2; c <= width; c++) {
        String text = Cells.clean(headers.get(h).cell(c));
        if (spanning && text.isEmpty()) {
          text = last;
        }
        cells[h][c] = text;
        last = text;
      }
    }
    List<Col> cols = new ArrayList<>();
    for (int c = 2; c <= width; c++) {
      String currencyHeader = null;
      String code = null;
      String derived = null;
      boolean period = false;
      String own = headers.isEmpty() ? "" : cells[headers.size() - 1][c];
      String caption = "";
      StringBuilder periodKey = new StringBuilder();
      for (int h = 0; h < headers.size(); h++) {
        String text = cells[h][c];
        if (text.isEmpty()) {
          continue;
        }
        String bare = Cells.label(text).toUpperCase(Locale.ROOT);
        if (CODES.contains(bare)) {
          currencyHeader = Cells.label(text);
          code = bare;
          periodKey.append('|').append(bare);
        } else if (Periods.date(text).isPresent()) {
          dates.add(Periods.date(text).get());
          period = true;
          periodKey.append('|').append(Periods.date(text).get());
        } else if (Periods.fiscalYear(text).isPresent()) {
          fiscalYears.add(Periods.fiscalYear(text).get());
          period = true;
          periodKey.append('|').append(Cells.key(text));
        } else if (h == headers.size() - 1 && DERIVED.matcher(text).find()) {
          derived = Cells.label(text);
        } else if (h < headers.size() - 1) {
          caption = Cells.label(text);
        }
      }
      captions.add(caption);
      periodKeys.add(periodKey.toString());
      if (derived != null) {
        derivedHeaders.add(derived);
        cols.add(new Derived(derived));
      } else if (code != null || period || own.isEmpty()) {
        if (currencyHeader != null) {
          currencyHeaders.add(currencyHeader);
        }
        cols.add(new Amount(currencyHeader, code));
      } else {
        cols.add(new Unknown(Cells.label(own)));
      }
    }
    return cols;
  }

  /** The one currency the heading names ("(JPY in millions)", "in thousands of U.S. dollars"), or null. */
  static String headingCurrency(List<String> heading) {
    Set<String> found = new LinkedHashSet<>();
    for (String line : heading) {
      for (String word : line.split("[^A-Za-z$€£¥]+")) {
        if (CODES.contains(word)) {
          found.add(word);
        }
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (found.isEmpty()) {
        if (lower.contains("yen") || line.contains("¥")) {
          found.add("JPY");
        } else if (lower.contains("euro") || line.contains("€")) {
          found.add("EUR");
        } else if (lower.contains("dollars") || line.contains("$")) {
          found.add("USD");
        } else if (lower.contains("pounds") || line.contains("£")) {
          found.add("GBP");
        }
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static Kind kind(List<String> heading, int months, List<TabBlock.Row> body) {
    String text = String.join(" ", heading).toLowerCase(Locale.ROOT);
    StringBuilder labels = new StringBuilder();
    body.forEach(r -> labels.append(Cells.key(r.cell(1))).append('|'));
    String rows = labels.toString();
    if (rows.contains("net cash") && rows.contains("activities")) {
      return Kind.CASH_FLOW;
    }
    if (rows.contains("total assets") || rows.contains("total liabilities")) {
      return Kind.BALANCE_SHEET;
    }
    if (text.contains("balance sheet") || text.contains("financial position") || months == 0) {
      return Kind.BALANCE_SHEET;
    }
    if (text.contains("cash flow")) {
      return Kind.CASH_FLOW;
    }
    if (text.contains("statements of operations") || text.contains("statement of operations") || text.contains("income")
        || text.contains("profit or loss") || text.contains("earnings")) {
      return Kind.INCOME;
    }
    return Kind.OTHER;
  }
}
