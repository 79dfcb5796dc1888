package org.finfile.attack;

import java.io.IOException;

/**
 * The small, valid table document and mapping that {@code convert} payloads are planted in: one
 * table of two rows and two quarters, mapped onto the base taxonomy and two concepts the mapping declares.
 */
final class Tables {
  static final String TITLE = "ATTACK TRADING CO.";
  static final String HEADING = "Backbone Costs of ATTACK TRADING CO.";
  /** The base taxonomy, by its URL (finfile's catalog has it). */
  static final String BASE = "http://finfile.org/taxonomy/base/finfile-base.xsd";

  private Tables() {}

  /** The document: {@code title}, then the table with {@code label} and {@code cell} in its first data row. */
  static String document(String title, String label, String cell) {
    return title + "\n\n" + HEADING + "\n\n\t4Q02\t3Q02\n" + label + "\t" + cell + "\t1,111\nDomestic Backbone Costs\t(56)\t78\n";
  }

  static String document() {
    return document(TITLE, "International Backbone Costs", "1,234");
  }

  /** The mapping with {@code prolog} before its root, {@code taxonomyHref}, {@code namePattern} and {@code tableAttributes}. */
  static String mapping(String prolog, String taxonomyHref, String namePattern, String tableAttributes, String extra) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
        + "<mapping xmlns=\"http://finfile.org/mapping/1.0\" xmlns:base=\"http://finfile.org/taxonomy/base\""
        + " xmlns:atk=\"http://attack.example/xbrl/2003\" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" version=\"1\">\n"
        + "  <taxonomy href=\"" + taxonomyHref + "\"/>\n"
        + "  <extension name=\"atk-2003\" namespace=\"http://attack.example/xbrl/2003\" prefix=\"atk\"/>\n"
        + "  <concept name=\"atk:InternationalBackboneCosts\" type=\"xbrli:monetaryItemType\" period=\"duration\" balance=\"debit\"/>\n"
        + "  <concept name=\"atk:DomesticBackboneCosts\" type=\"xbrli:monetaryItemType\" period=\"duration\" balance=\"debit\"/>\n"
        + "  <entity scheme=\"http://www.nasdaq.com/symbol\" identifier=\"ATK\" name-pattern=\"" + namePattern + "\""
        + " name-concept=\"base:EntityRegistrantName\" name-period=\"FY2002\"/>\n"
        + "  <fiscal-year end=\"--03-31\" named-by=\"start\"/>\n"
        + "  <units><unit item-type=\"xbrli:monetaryItemType\" currency=\"numerator\"/></units>\n"
        + "  <columns><currency header=\"JPY\" code=\"JPY\"/></columns>\n" + extra
        + "  <table id=\"costs\" title=\"Backbone costs\" " + tableAttributes + " currency=\"JPY\">\n"
        + "    <heading>" + HEADING + "</heading>\n"
        + "    <row label=\"International Backbone Costs\" concept=\"atk:InternationalBackboneCosts\"/>\n"
        + "    <row label=\"Domestic Backbone Costs\" concept=\"atk:DomesticBackboneCosts\"/>\n"
        + "  </table>\n</mapping>\n";
  }

  static String mapping() {
    return mapping("", BASE, "^ATTACK TRADING CO\\.$", "header-rows=\"1\" scale=\"6\"", "");
  }

  /** A one-sheet .xlsx workbook whose sheet data is {@code rows} (stored compressed, as Excel does). */
  static byte[] workbook(String rows) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    String main = "http://schemas.openxmlformats.org/";
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      String[][] parts = {
          {"[Content_Types].xml", "<Types xmlns=\"" + main + "package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
          {"_rels/.rels", "<Relationships xmlns=\"" + main + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
              + main + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
          {"xl/workbook.xml", "<workbook xmlns=\"" + main + "spreadsheetml/2006/main\" xmlns:r=\"" + main
              + "officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
          {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + main + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
              + main + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
          {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "spreadsheetml/2006/main\"><sheetData>" + rows
              + "</sheetData></worksheet>"}};
      for (String[] part : parts) {
        zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
        zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A document and the default mapping. */
  static Inputs withDocument(Env env, byte[] document) throws IOException {
    return Inputs.convert(env.write("doc.txt", document), env.write("mapping.xml", mapping()));
  }

  static Inputs withDocument(Env env, String document) throws IOException {
    return withDocument(env, document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The default document and a mapping. */
  static Inputs withMapping(Env env, String mapping) throws IOException {
    return Inputs.convert(env.write("doc.txt", document()), env.write("mapping.xml", mapping));
  }
}
