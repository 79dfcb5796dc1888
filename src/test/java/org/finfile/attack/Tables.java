package org.finfile.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.finfile.TestFiles;

/**
 * The small, valid table document and mapping that {@code convert} payloads are planted in: one
 * table of two rows and two quarters, mapped onto the example's IIJ taxonomy (copied beside it).
 */
final class Tables {
  static final String TITLE = "ATTACK TRADING CO.";
  static final String HEADING = "Backbone Costs of ATTACK TRADING CO.";

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
        + " xmlns:iij=\"http://finfile.org/taxonomy/iij/2003-03-31\" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" version=\"1\">\n"
        + "  <taxonomy href=\"" + taxonomyHref + "\"/>\n"
        + "  <entity scheme=\"http://www.nasdaq.com/symbol\" identifier=\"ATK\" name-pattern=\"" + namePattern + "\""
        + " name-concept=\"base:EntityRegistrantName\" name-period=\"FY2002\"/>\n"
        + "  <fiscal-year end=\"--03-31\" named-by=\"start\"/>\n"
        + "  <units><unit item-type=\"xbrli:monetaryItemType\" currency=\"numerator\"/></units>\n"
        + "  <columns><currency header=\"JPY\" code=\"JPY\"/></columns>\n" + extra
        + "  <table id=\"costs\" title=\"Backbone costs\" " + tableAttributes + " currency=\"JPY\">\n"
        + "    <heading>" + HEADING + "</heading>\n"
        + "    <row label=\"International Backbone Costs\" concept=\"iij:InternationalBackboneCosts\"/>\n"
        + "    <row label=\"Domestic Backbone Costs\" concept=\"iij:DomesticBackboneCosts\"/>\n"
        + "  </table>\n</mapping>\n";
  }

  static String mapping() {
    return mapping("", "taxonomy/iij-2003-03-31.xsd", "^ATTACK TRADING CO\\.$", "header-rows=\"1\" scale=\"6\"", "");
  }

  /** Copies the example's taxonomy into {@code env}'s folder. */
  static void taxonomy(Env env) throws IOException {
    Path to = env.dir().resolve("taxonomy");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(TestFiles.example().resolve("taxonomy"))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
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
    taxonomy(env);
    return Inputs.convert(env.write("doc.txt", document), env.write("mapping.xml", mapping()));
  }

  static Inputs withDocument(Env env, String document) throws IOException {
    return withDocument(env, document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The default document and a mapping. */
  static Inputs withMapping(Env env, String mapping) throws IOException {
    taxonomy(env);
    return Inputs.convert(env.write("doc.txt", document()), env.write("mapping.xml", mapping));
  }
}
