package org.finfile.tables;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx fixtures, built with POI's workbook model (fine in tests; finfile streams them). */
public final class Workbooks {
  static {
    try {
      Class.forName(XlsxReader.class.getName()); // its quiet logging set-up, before POI's first log call
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private final XSSFWorkbook book = new XSSFWorkbook();
  private Sheet sheet;

  public Workbooks sheet(String name) {
    sheet = book.createSheet(name);
    return this;
  }

  private Cell cell(String ref) {
    org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
    Row row = sheet.getRow(r.getRow()) != null ? sheet.getRow(r.getRow()) : sheet.createRow(r.getRow());
    return row.createCell(r.getCol());
  }

  public Workbooks text(String ref, String value) {
    cell(ref).setCellValue(value);
    return this;
  }

  Workbooks number(String ref, double value, String format) {
    Cell c = cell(ref);
    c.setCellValue(value);
    if (format != null) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat(book.createDataFormat().getFormat(format));
      c.setCellStyle(style);
    }
    return this;
  }

  Workbooks formula(String ref, String formula, String format) {
    Cell c = cell(ref);
    c.setCellFormula(formula);
    if (format != null) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat(book.createDataFormat().getFormat(format));
      c.setCellStyle(style);
    }
    return this;
  }

  /** Writes the workbook with every formula's cached value computed. */
  public Path write(Path file) throws Exception {
    book.getCreationHelper().createFormulaEvaluator().evaluateAll();
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.close();
    return file;
  }
}
