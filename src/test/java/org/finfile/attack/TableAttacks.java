package org.finfile.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finfile.attack.Attack.codes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code convert}'s two inputs from strangers: the table document (bad bytes, malformed and
 * enormous numbers, impossible dates, huge labels) and the mapping (entities, references out,
 * catastrophic regular expressions, absurd numbers, enormous sizes).
 */
final class TableAttacks {
  private TableAttacks() {}

  private static final Map<Door, Integer> REFUSED = codes(Door.CONVERT, 3);
  private static final Map<Door, Integer> CONVERTS = codes(Door.CONVERT, 0);

  private static Attack document(String name, String kind, Map<Door, Integer> doors, byte[] document) {
    return new Attack(name, kind, env -> Tables.withDocument(env, document), doors, Attack.Check.NONE);
  }

  private static Attack cell(String name, String kind, String cell) {
    return new Attack(name, kind, env -> Tables.withDocument(env, Tables.document(Tables.TITLE, "International Backbone Costs", cell)),
        REFUSED, Attack.Check.NONE);
  }

  /** The document with {@code bad} bytes in its first data cell. */
  private static byte[] withBytes(byte[] bad) {
    String text = Tables.document(Tables.TITLE, "International Backbone Costs", "1,2@@34");
    int at = text.indexOf("@@");
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at + 2).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    return all;
  }

  static List<Attack> documents() {
    List<Attack> list = new ArrayList<>();
    String enc = "table encoding";
    list.add(document("table-invalid-utf8", enc, REFUSED, withBytes(new byte[] {(byte) 0xFF})));
    list.add(document("table-overlong-utf8", enc, REFUSED, withBytes(new byte[] {(byte) 0xC0, (byte) 0xB1})));
    list.add(document("table-lone-surrogate-utf8", enc, REFUSED, withBytes(new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80})));
    list.add(document("table-nul-byte", enc, REFUSED, withBytes(new byte[] {0})));
    list.add(document("table-utf16-without-bom", enc, REFUSED, Tables.document().getBytes(StandardCharsets.UTF_16LE)));
    byte[] plain = Tables.document().getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    list.add(document("table-utf8-bom", enc, CONVERTS, bom));
    String num = "table number";
    list.add(cell("number-trailing-garbage", num, "1,234.50abc"));
    list.add(cell("number-two-points", num, "12.3.4"));
    list.add(cell("number-misplaced-grouping", num, "1,23,4"));
    list.add(cell("number-european-decimal-comma", num, "1.234,50"));
    list.add(cell("number-exponent", num, "1e5"));
    list.add(cell("number-huge-exponent", num, "1E999999999"));
    list.add(cell("number-hexadecimal", num, "0x1F"));
    list.add(cell("number-arabic-indic-digits", num, "\u0661\u0662\u0663"));
    list.add(cell("number-unclosed-parenthesis", num, "(1,234"));
    list.add(cell("number-1001-digits", num, "9".repeat(1001)));
    list.add(cell("number-10-million-digits", num, "7".repeat(10_000_000)));
    list.add(new Attack("row-label-50mb", "messages echoing input",
        env -> Tables.withDocument(env, Tables.document(Tables.TITLE, "L".repeat(50_000_000), "1,234")), REFUSED, shortLines()));
    list.add(new Attack("date-feb-30-in-a-header", "impossible date",
        // where finfile reads a date: a column header (a line it does not read for periods is no date to it)
        env -> Tables.withDocument(env, Tables.document().replace("\t4Q02\t3Q02\n", "\tFeb 30, 2003\tDec 31, 2002\n")),
        REFUSED, Attack.Check.NONE));
    list.addAll(spreadsheets());
    return list;
  }

  /** A workbook, CSV or HTML document under its own name, with the default mapping. */
  private static Attack named(String name, String kind, String file, java.util.concurrent.Callable<byte[]> bytes) {
    return new Attack(name, kind,
        env -> Inputs.convert(env.write(file, bytes.call()), env.write("mapping.xml", Tables.mapping())), REFUSED, shortLines());
  }

  /** The inputs beyond text: zip bombs, sheets and tables that would lay out billions of cells, endless fields. */
  static List<Attack> spreadsheets() {
    List<Attack> list = new ArrayList<>();
    String kind = "spreadsheet and page inputs";
    list.add(named("xlsx-zip-bomb", kind, "doc.xlsx", () ->
        Tables.workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + " ".repeat(40 << 20))));
    list.add(named("xlsx-diagonal-sheet", kind, "doc.xlsx", () -> {
      StringBuilder diagonal = new StringBuilder();
      for (int i = 1; i <= 5_000; i++) {
        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(i - 1);
        diagonal.append("<row r=\"").append(i).append("\"><c r=\"").append(col).append(i).append("\"><v>1</v></c></row>");
      }
      return Tables.workbook(diagonal.toString());
    }));
    list.add(named("html-colspan-huge", kind, "doc.html", () -> {
      StringBuilder spans = new StringBuilder("<table>");
      for (int i = 0; i < 20_000; i++) {
        spans.append("<tr><td>x</td><td colspan=\"99999\">1</td></tr>");
      }
      return spans.append("</table>").toString().getBytes(StandardCharsets.UTF_8);
    }));
    list.add(named("csv-unclosed-quote-50mb", kind, "doc.csv", () -> ("a,\"" + "q".repeat(50_000_000)).getBytes(StandardCharsets.UTF_8)));
    return list;
  }

  /** No line of output longer than a message quoting 100 characters of input could be. */
  static Attack.Check shortLines() {
    return (door, run) -> {
      for (String line : (run.result().out() + "\n" + run.result().err()).split("\n")) {
        assertThat(line.length()).as("a message line's length").isLessThan(1000);
      }
    };
  }

  static List<Attack> mappings() {
    List<Attack> list = new ArrayList<>();
    String tax = Tables.BASE;
    String name = "^ATTACK TRADING CO\\.$";
    String table = "header-rows=\"1\" scale=\"6\"";
    String m = "mapping";
    list.add(mapping("mapping-doctype-file-entity", m, env -> Tables.mapping("<!DOCTYPE mapping [<!ENTITY leak SYSTEM \""
        + env.markerUri() + "\">]>\n", tax, name, table, "").replace(Tables.HEADING + "</heading>", "&leak;</heading>"), REFUSED));
    list.add(mapping("mapping-external-dtd-http", m, env -> Tables.mapping("<!DOCTYPE mapping SYSTEM \"" + env.url("mapping.dtd")
        + "\">\n", tax, name, table, ""), REFUSED));
    list.add(mapping("mapping-billion-laughs", m, env -> {
      StringBuilder d = new StringBuilder("<!DOCTYPE mapping [<!ENTITY l0 \"lol\">");
      for (int i = 1; i <= 10; i++) {
        d.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
      }
      return Tables.mapping(d.append("]>\n").toString(), tax, "&l10;", table, "");
    }, REFUSED));
    list.add(mapping("mapping-schemaLocation-http", m, env -> Tables.mapping("", tax, name, table, "").replace("version=\"1\">",
        "version=\"1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://finfile.org/mapping/1.0 "
            + env.url("mapping.xsd") + "\">"), CONVERTS));
    list.add(mapping("mapping-xinclude-marker", m, env -> Tables.mapping("", tax, name, table,
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"" + env.markerUri() + "\"/>\n"), REFUSED));
    list.add(mapping("mapping-taxonomy-http", m, env -> Tables.mapping("", env.url("tax.xsd"), name, table, ""), REFUSED));
    list.add(mapping("mapping-taxonomy-file-marker", m, env -> Tables.mapping("", env.markerUri(), name, table, ""), REFUSED));
    list.add(mapping("mapping-taxonomy-dotdot-marker", m, env -> Tables.mapping("", env.markerByDotDot(), name, table, ""), REFUSED));
    list.add(mapping("mapping-taxonomy-fifo", m, env -> Tables.mapping("", env.fifo("pipe.xsd").getFileName().toString(), name,
        table, ""), REFUSED));
    list.add(mapping("mapping-taxonomy-dev-zero", m, env -> Tables.mapping("", "/dev/zero", name, table, ""), REFUSED));
    String re = "regular expression";
    list.add(mapping("regex-repeat-of-star", re, env -> Tables.mapping("", tax, "(.*){1,32000}[bc]", table, ""), REFUSED));
    list.add(mapping("regex-backreference", re, env -> Tables.mapping("", tax, "^(ATTACK) \\1", table, ""), REFUSED));
    list.add(mapping("regex-lookahead", re, env -> Tables.mapping("", tax, "^(?=ATTACK)ATTACK TRADING CO\\.$", table, ""), REFUSED));
    list.add(mapping("regex-possessive", re, env -> Tables.mapping("", tax, "^A++TTACK TRADING CO\\.$", table, ""), REFUSED));
    list.add(new Attack("regex-nested-plus", re, env -> {
      return Inputs.convert(env.write("doc.txt", "A".repeat(48) + "!\n\n" + Tables.document()),
          env.write("mapping.xml", Tables.mapping("", tax, "^(A+)+TTACK TRADING CO\\.$", table, "")));
    }, CONVERTS, Attack.Check.NONE));
    list.add(new Attack("regex-alternation-blowup", re, env -> {
      return Inputs.convert(env.write("doc.txt", "x".repeat(64) + "\n\n" + Tables.document()),
          env.write("mapping.xml", Tables.mapping("", tax, "^(x|xx|[x]){1,1000}y|^ATTACK TRADING CO\\.$", table, "")));
    }, CONVERTS, Attack.Check.NONE));
    String n = "mapping numbers";
    list.add(mapping("header-rows-99999999999", n, env -> Tables.mapping("", tax, name, "header-rows=\"99999999999\" scale=\"6\"", ""),
        REFUSED));
    list.add(mapping("header-rows-negative", n, env -> Tables.mapping("", tax, name, "header-rows=\"-1\" scale=\"6\"", ""), REFUSED));
    list.add(mapping("scale-huge", n, env -> Tables.mapping("", tax, name, "header-rows=\"1\" scale=\"999999999\"", ""), REFUSED));
    list.add(mapping("rate-one-and-a-million-zeros", n, env -> Tables.mapping("", tax, name, table,
        "<translation from=\"JPY\" to=\"USD\" rate=\"1" + "0".repeat(1_000_000) + "\"/>\n"), REFUSED, shortLines()));
    list.add(mapping("rate-huge-exponent", n, env -> Tables.mapping("", tax, name, table,
        "<translation from=\"JPY\" to=\"USD\" rate=\"1E999999999\"/>\n"), REFUSED));
    list.add(mapping("table-id-10000-chars", n, env -> Tables.mapping("", tax, name, table, "").replace("id=\"costs\"",
        "id=\"" + "t".repeat(10_000) + "\""), REFUSED, shortLines()));
    String size = "mapping size";
    // 30,000 rows or columns: matched pairwise, 10^9 comparisons; by index, well within 5 s (the
    // 100,000 of the issue are in MappingBoundsTest and ShapesPropertyTest)
    list.add(new Attack("mapping-30000-rows", size, env -> {
      StringBuilder rows = new StringBuilder();
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 30_000; i++) {
        rows.append("    <row label=\"Filler line ").append(i).append("\" skip=\"filler\"/>\n");
        lines.append("Filler line ").append(29_999 - i).append("\t1\t2\n");
      }
      String mapping = Tables.mapping("", tax, name, table, "").replace("  </table>", rows + "  </table>");
      String doc = Tables.document().replace("Domestic Backbone Costs", lines + "Domestic Backbone Costs");
      return Inputs.convert(env.write("doc.txt", doc), env.write("mapping.xml", mapping));
    }, CONVERTS, Attack.Check.NONE));
    list.add(new Attack("mapping-30000-columns", size, env -> {
      StringBuilder columns = new StringBuilder("<columns><currency header=\"JPY\" code=\"JPY\"/>\n");
      StringBuilder header = new StringBuilder("\t4Q02\t3Q02");
      StringBuilder cells = new StringBuilder();
      for (int i = 0; i < 30_000; i++) {
        columns.append("<derived header=\"Extra ").append(i).append("\" reason=\"extra column\"/>\n");
        header.append("\tExtra ").append(29_999 - i);
        cells.append("\t5");
      }
      String mapping = Tables.mapping("", tax, name, table, "").replace("  <columns><currency header=\"JPY\" code=\"JPY\"/></columns>\n",
          columns + "</columns>\n");
      String doc = Tables.document().replace("\t4Q02\t3Q02", header).replace("\t1,111\n", "\t1,111" + cells + "\n")
          .replace("\t78\n", "\t78" + cells + "\n");
      return Inputs.convert(env.write("doc.txt", doc), env.write("mapping.xml", mapping));
    }, CONVERTS, Attack.Check.NONE));
    return list;
  }

  @FunctionalInterface
  private interface Text {
    String of(Env env) throws Exception;
  }

  private static Attack mapping(String name, String kind, Text mapping, Map<Door, Integer> doors) {
    return mapping(name, kind, mapping, doors, Attack.Check.NONE);
  }

  private static Attack mapping(String name, String kind, Text mapping, Map<Door, Integer> doors, Attack.Check check) {
    return new Attack(name, kind, env -> Tables.withMapping(env, mapping.of(env)), doors, check);
  }
}
