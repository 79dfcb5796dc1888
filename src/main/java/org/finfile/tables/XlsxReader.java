package org.finfile.tables;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.finfile.InputException;
import org.finfile.Limit;
import org.finfile.LimitException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook ({@code .xlsx}) sheet by sheet, streaming each sheet's XML (never the
 * whole workbook as a tree), into tables split as {@link Grid#split} does. A cell gives its
 * value as displayed ({@code #,##0} shows 12500 as {@code 12,500}); a number whose display is no
 * number finfile reads (an accounting zero shown as {@code $ -}: a zero, where a dash typed as text
 * is no value) gives its stored value. A
 * formula cell gives its cached result. The archive is bounded by finfile's zip limits, each
 * sheet by {@link Limit#SHEET_CELLS}.
 */
final class XlsxReader {
  static {
    // POI logs through the Log4j API; with no provider on the class path the API prints an error on
    // first use. finfile reports what matters itself: a silent simple provider, unless the user chose one.
    if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      if (System.getProperty("log4j2.simplelogLevel") == null) {
        System.setProperty("log4j2.simplelogLevel", "OFF");
      }
    }
  }

  private XlsxReader() {}

  static Document read(Path file, String name) throws InputException {
    Limit.INPUT_BYTES.checkSize(file);
    guard();
    List<TabBlock> blocks = new ArrayList<>();
    int[] line = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String sheetName = sheets.getSheetName();
          Cells cells = new Cells(name, sheetName);
          Formatter formatter = new Formatter(cells);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, cells, formatter, false));
          xml.parse(new InputSource(sheet));
          blocks.addAll(Grid.split(cells.rows(line), blocks.size() + 1, name));
        }
      }
    } catch (TooManyCells e) {
      throw e.exception;
    } catch (InputException e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
      throw refused(name, e);
    }
    return new Document(name, blocks);
  }

  /** POI's zip bounds from finfile's limits (they are process-wide in POI). */
  private static synchronized void guard() {
    ZipSecureFile.setMinInflateRatio(1.0 / Math.max(1, Limit.ZIP_RATIO.value()));
    ZipSecureFile.setMaxEntrySize(Math.min(Limit.ZIP_ENTRY_BYTES.value(), Integer.MAX_VALUE - 8L));
    ZipSecureFile.setMaxFileCount(Limit.ZIP_ENTRIES.value());
  }

  private static InputException refused(String name, Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb") || message.contains("zip bomb")) {
      return Limit.ZIP_RATIO.exceeded(name, "a workbook part that inflates far more than its size (a zip bomb?)");
    }
    if (message.contains("exceeds the max entry size") || message.contains("MAX_ENTRY_SIZE")) {
      return Limit.ZIP_ENTRY_BYTES.exceeded(name, "a workbook part larger than the limit");
    }
    if (message.contains("MaxFileCount") || message.contains("max file count")) {
      return Limit.ZIP_ENTRIES.exceeded(name, "a workbook with too many parts");
    }
    String first = message.lines().findFirst().orElse("");
    return new InputException(name, "not a readable .xlsx workbook: " + InputException.clip(first), e);
  }

  /** A limit met inside POI's callbacks, carried out of the SAX parse. */
  private static final class TooManyCells extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient LimitException exception;

    TooManyCells(LimitException exception) {
      super(exception.getMessage(), null, false, false);
      this.exception = exception;
    }
  }

  /** Remembers the stored value of the number last formatted. */
  private static final class Formatter extends DataFormatter {
    private final Cells cells;

    Formatter(Cells cells) {
      super(Locale.US);
      this.cells = cells;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      cells.stored = value;
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /** One sheet's non-empty cells, by row and column. */
  private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String document;
    private final String sheet;
    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private long count;
    Double stored;

    Cells(String document, String sheet) {
      this.document = document;
      this.sheet = sheet;
    }

    @Override
    public void startRow(int rowNum) {}

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String reference, String formatted, XSSFComment comment) {
      Double value = stored;
      stored = null;
      if (reference == null || formatted == null) {
        return;
      }
      String text = formatted;
      if (value != null && !readable(text)) {
        text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
      if (org.finfile.tables.Cells.clean(text).isEmpty()) {
        return;
      }
      if (++count > Limit.SHEET_CELLS.value()) {
        throw new TooManyCells(Limit.SHEET_CELLS.exceeded(document + ":" + sheet, "a sheet of more than "
            + Limit.SHEET_CELLS.value() + " cells"));
      }
      if (text.length() > Limit.TEXT_CHARS.value()) {
        throw new TooManyCells(Limit.TEXT_CHARS.exceeded(document + ":" + sheet + "!" + reference,
            "a cell of more than " + Limit.TEXT_CHARS.value() + " characters"));
      }
      CellReference ref = new CellReference(reference);
      rows.computeIfAbsent(ref.getRow(), k -> new TreeMap<>()).put((int) ref.getCol(), text);
    }

    /** A number cell whose display is a number; one shown as a dash ({@code $ -}) holds a zero, not a nil. */
    private static boolean readable(String text) {
      try {
        return Numbers.read(text) instanceof Numbers.Value;
      } catch (Numbers.NotANumberException e) {
        return false;
      }
    }

    /**
     * The rows from the sheet's first used column on, a blank row for each row the sheet skips;
     * {@code line} counts rows across the workbook.
     */
    List<Grid.Raw> rows(int[] line) {
      // dense columns: only those used somewhere in the sheet, so a far-right cell costs no width
      TreeMap<Integer, Integer> dense = new TreeMap<>();
      rows.values().forEach(r -> r.keySet().forEach(c -> dense.putIfAbsent(c, 0)));
      List<Integer> sheetColumns = new ArrayList<>(dense.keySet());
      for (int i = 0; i < sheetColumns.size(); i++) {
        dense.put(sheetColumns.get(i), i);
      }
      List<Grid.Raw> out = new ArrayList<>();
      int previous = -1;
      for (var e : rows.entrySet()) {
        if (previous >= 0 && e.getKey() > previous + 1) {
          out.add(new Grid.Raw(++line[0], List.of(), columns -> new Where.Line(1)));
        }
        previous = e.getKey();
        List<String> cells = new ArrayList<>();
        for (var c : e.getValue().entrySet()) {
          int at = dense.get(c.getKey());
          while (cells.size() < at) {
            cells.add("");
          }
          cells.add(c.getValue());
        }
        int rowNumber = e.getKey() + 1;
        out.add(new Grid.Raw(++line[0], cells, kept -> new Where.SheetRow(sheet, rowNumber,
            kept.stream().map(sheetColumns::get).toList())));
      }
      return out;
    }
  }
}
