package org.finfile.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes examples/titan-2016/titan-2016.xlsx: the Titan Cement group's IFRS statements in EUR
 * thousands (figures from the sources named in examples/titan-2016/SOURCE.md), laid out as a
 * finance team's workbook would be: one sheet per statement, numbers as numeric cells with a
 * thousands format that shows negatives in parentheses, a merged period heading over the year
 * columns, bold totals.
 *
 * <p>Run from the project folder: {@code mvn -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}, then {@code java -cp
 * target/test-classes:target/classes:$(cat cp.txt) org.finfile.examples.TitanWorkbook}. {@code ExamplesTest} checks that the committed workbook holds the
 * figures this class writes.
 */
public final class TitanWorkbook {
  private TitanWorkbook() {}

  /** One line of a statement: its label, its values (null: no value), whether it is a total or a heading. */
  record Line(String label, Number[] values, boolean total) {
    static Line heading(String label) {
      return new Line(label, null, false);
    }

    static Line of(String label, Number... values) {
      return new Line(label, values, false);
    }

    static Line total(String label, Number... values) {
      return new Line(label, values, true);
    }
  }

  /** A statement sheet: its name, title lines, column headings over the values and lines. */
  record Statement(String sheet, String title, String periodHeading, List<String> columns, List<Line> lines) {}

  static final String COMPANY = "TITAN CEMENT COMPANY S.A. - GROUP";
  static final String UNITS = "(all amounts in Euro thousands)";

  static List<Statement> statements() {
    return List.of(
        new Statement("Income statement", "Consolidated income statement", "Year ended 31 December",
            List.of("2016", "2015"), List.of(
                Line.of("Turnover", 1_509_153, 1_397_818),
                Line.of("Cost of sales", -1_072_139, -1_039_425),
                Line.total("Gross profit before depreciation, amortization and impairment", 437_014, 358_393),
                Line.of("Other income", 8_972, 9_508),
                Line.of("Administrative expenses", -122_108, -114_169),
                Line.of("Selling and marketing expenses", -21_628, -21_236),
                Line.of("Other expenses", -23_651, -16_074),
                Line.total("Profit before interest, taxes, depreciation, amortization and impairment", 278_599, 216_422),
                Line.of("Depreciation and amortization related to cost of sales", -109_421, -107_442),
                Line.of("Depreciation and amortization related to administrative and selling expenses", -6_872, -6_208),
                Line.of("Impairment of tangible and intangible assets related to cost of sales", -10_814, -17_045),
                Line.total("Profit before interest and taxes", 151_492, 85_727),
                Line.of("Income from participations and investments", 1_926, 1_565),
                Line.of("Losses from participations and investments", null, -2_805),
                Line.of("Finance income", 2_900, 1_767),
                Line.of("Finance expense", -67_303, -67_360),
                Line.of("(Losses)/gains from foreign exchange differences", -25_982, 17_435),
                Line.of("Share of profit of associates and joint ventures", 492, 5_815),
                Line.total("Profit before taxes", 63_525, 42_144),
                Line.of("Income tax", 63_805, -6_848),
                Line.total("Profit after taxes", 127_330, 35_296),
                Line.heading("Attributable to:"),
                Line.of("Equity holders of the parent", 127_444, 33_754),
                Line.of("Non-controlling interests", -114, 1_542),
                Line.heading("Earnings per share (in EUR):"),
                Line.of("Basic", 1.5612, 0.4126),
                Line.of("Diluted", 1.5521, 0.4103))),
        new Statement("Financial position", "Consolidated statement of financial position", null,
            List.of("31 December 2017", "31 December 2016"), List.of(
                Line.heading("Assets"),
                Line.of("Property, plant & equipment", 1_466_046, 1_573_235),
                Line.of("Investment property", 12_130, 9_820),
                Line.of("Intangible assets and goodwill", 345_971, 375_116),
                Line.of("Investments in associates and joint ventures", 160_904, 170_803),
                Line.of("Derivative financial instruments", 1_434, 1_386),
                Line.of("Available-for-sale financial assets", 517, 1_065),
                Line.of("Other non-current assets", 11_442, 12_638),
                Line.of("Deferred income tax asset", 2_926, 20_971),
                Line.total("Non-current assets", 2_001_370, 2_165_034),
                Line.heading("Current assets"),
                Line.of("Inventories", 258_204, 248_924),
                Line.of("Receivables and prepayments", 179_634, 196_108),
                Line.of("Derivative financial instruments", 2_012, 1),
                Line.of("Cash and cash equivalents", 154_247, 179_710),
                Line.total("Current assets", 594_097, 624_743),
                Line.total("Total assets", 2_595_467, 2_789_777),
                Line.heading("Equity and liabilities"),
                Line.of("Share capital", 253_897, 338_530),
                Line.of("Share premium", 22_826, 22_826),
                Line.of("Share options", 3_003, 2_978),
                Line.of("Treasury shares", -105_384, -101_453),
                Line.of("Other reserves", 723_716, 839_364),
                Line.of("Retained earnings", 409_155, 374_106),
                Line.total("Equity attributable to equity holders of the parent", 1_307_213, 1_476_351),
                Line.of("Non-controlling interests", 62_459, 76_465),
                Line.total("Total equity", 1_369_672, 1_552_816),
                Line.of("Long-term borrowings", 820_382, 710_965),
                Line.of("Deferred income tax liability", 39_644, 56_597),
                Line.of("Retirement benefit obligations", 32_440, 33_961),
                Line.of("Provisions", 30_172, 22_498),
                Line.of("Other non-current liabilities", 6_711, 5_952),
                Line.total("Non-current liabilities", 929_349, 829_973),
                Line.of("Short-term borrowings", 56_825, 129_499),
                Line.of("Trade and other payables", 228_433, 266_584),
                Line.of("Other current liabilities (derived)", 11_188, 10_905),
                Line.total("Current liabilities", 296_446, 406_988),
                Line.total("Total equity and liabilities", 2_595_467, 2_789_777))),
        new Statement("Cash flows", "Consolidated cash flow statement", "Year ended 31 December",
            List.of("2016", "2015"), List.of(
                Line.heading("Cash flows from operating activities"),
                Line.of("Cash generated from operations", 275_283, 237_641),
                Line.of("Income tax paid", -6_065, -18_128),
                Line.total("Net cash generated from operating activities", 269_218, 219_513),
                Line.heading("Cash flows from investing activities"),
                Line.of("Payments for property, plant and equipment", -148_294, -172_465),
                Line.of("Payments for intangible assets", -2_262, -1_011),
                Line.of("Proceeds from sale of PPE, intangible assets and investment property", 1_024, 1_305),
                Line.of("Proceeds from dividends", 5_266, 2_218),
                Line.of("Payments for acquisition of subsidiaries, net of cash acquired", -11_781, null),
                Line.of("Payments for investing in associates and joint ventures", -84_953, -400),
                Line.of("Share capital increase in associates and joint ventures", -2_234, null),
                Line.of("Net proceeds/(payments) from the sale/(acquisition) of available-for-sale financial assets", 2_128, -1_836),
                Line.of("Interest received", 1_059, 1_767),
                Line.total("Net cash flows (used in)/from investing activities", -240_047, -170_422),
                Line.total("Net cash flows after investing activities", 29_171, 49_091),
                Line.heading("Cash flows from financing activities"),
                Line.of("Proceeds from non-controlling interest's participation in subsidiary's establishment", null, 35),
                Line.of("Payments for shares bought back", -25_193, null),
                Line.of("Proceeds from sale of treasury shares", 436, 638),
                Line.of("Proceeds from government grants", null, 227),
                Line.of("Interest paid", -64_713, -56_318),
                Line.of("Dividends written-off and paid to the Greek State", -24, -36),
                Line.of("Dividends & reserves paid to shareholders", -25_243, -25_316),
                Line.of("Dividends paid to non-controlling interests", -5_281, -5_635),
                Line.of("Acquisition of non-controlling interests", null, -10_591),
                Line.of("Proceeds from borrowings", 674_505, 396_812),
                Line.of("Payments of borrowings", -511_820, -370_366))));
  }

  /** Writes the workbook to {@code file}. */
  public static void write(Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle title = book.createCellStyle();
      title.setFont(bold);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
      short thousands = book.createDataFormat().getFormat("#,##0;(#,##0);\"-\"");
      short perShare = book.createDataFormat().getFormat("0.0000");
      CellStyle amount = book.createCellStyle();
      amount.setDataFormat(thousands);
      CellStyle totalAmount = book.createCellStyle();
      totalAmount.setDataFormat(thousands);
      totalAmount.setFont(bold);
      totalAmount.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      CellStyle ratio = book.createCellStyle();
      ratio.setDataFormat(perShare);
      for (Statement s : statements()) {
        Sheet sheet = book.createSheet(s.sheet());
        sheet.setColumnWidth(0, 80 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, COMPANY, title);
        text(sheet.createRow(r++), 0, s.title(), title);
        text(sheet.createRow(r++), 0, UNITS, null);
        r++;
        if (s.periodHeading() != null) {
          Row group = sheet.createRow(r);
          text(group, 1, s.periodHeading(), header);
          sheet.addMergedRegion(new CellRangeAddress(r, r, 1, s.columns().size()));
          r++;
        }
        Row columns = sheet.createRow(r++);
        for (int c = 0; c < s.columns().size(); c++) {
          text(columns, c + 1, s.columns().get(c), header);
          sheet.setColumnWidth(c + 1, 18 * 256);
        }
        for (Line line : s.lines()) {
          Row row = sheet.createRow(r++);
          text(row, 0, line.label(), line.total() || line.values() == null ? title : null);
          if (line.values() == null) {
            continue;
          }
          for (int c = 0; c < line.values().length; c++) {
            Number v = line.values()[c];
            Cell cell = row.createCell(c + 1);
            if (v == null) {
              cell.setCellValue("-");
              cell.setCellStyle(amount);
              continue;
            }
            cell.setCellValue(v.doubleValue());
            cell.setCellStyle(v instanceof Double ? ratio : line.total() ? totalAmount : amount);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** Writes the example's workbook; the first argument, if any, names another output file. */
  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : Path.of("examples/titan-2016/titan-2016.xlsx");
    write(out);
    System.out.println("wrote " + out);
  }
}
