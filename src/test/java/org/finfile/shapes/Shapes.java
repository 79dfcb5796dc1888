package org.finfile.shapes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.finfile.shapes.FilingWriter.Arc;
import org.finfile.shapes.FilingWriter.Instance;

/**
 * The adversarial shapes of the property test, each drawn from a {@link Random}: sizes vary
 * around a base chosen so that an algorithm quadratic in the shape's count takes minutes (10^10
 * steps and more) while a linear one takes seconds, and so that an exponential one never ends.
 * A shape writes its files into a folder and says which input the commands take.
 */
final class Shapes {
  private Shapes() {}

  /** What a shape is fed to: the filing commands (validate, roundtrip, render) or convert. */
  enum Kind { FILING, TABLES }

  /** Writes a shape into a folder and returns the input path (the instance, or the document). */
  interface Maker {
    Path make(Path dir, Random random) throws IOException;
  }

  /** A named shape; {@code large} ones are tagged so a quick local run can leave them out. */
  record Shape(String name, Kind kind, boolean large, Maker maker) {}

  static List<Shape> all() {
    return List.of(
        new Shape("presentation-and-calculation-lattice", Kind.FILING, false, Shapes::lattice),
        new Shape("chain-100000", Kind.FILING, true, Shapes::chain),
        new Shape("wide-tree-100000-children", Kind.FILING, true, Shapes::wide),
        new Shape("deep-and-wide-tree", Kind.FILING, false, Shapes::deepAndWide),
        new Shape("random-graph-with-cycles", Kind.FILING, false, Shapes::cycles),
        new Shape("many-roles", Kind.FILING, false, Shapes::roles),
        new Shape("contexts-300000", Kind.FILING, true, Shapes::contexts),
        new Shape("many-units", Kind.FILING, false, Shapes::units),
        new Shape("facts-500000", Kind.FILING, true, Shapes::facts),
        new Shape("duplicates-of-one-fact", Kind.FILING, false, Shapes::duplicates),
        new Shape("namespaces-200000-on-root", Kind.FILING, false, (d, r) -> namespacesInOneTag(d, r, true)),
        new Shape("namespaces-200000-on-a-fact", Kind.FILING, false, (d, r) -> namespacesInOneTag(d, r, false)),
        new Shape("a-namespace-per-fact", Kind.FILING, false, Shapes::namespacePerFact),
        // large: its roundtrip runs out of a 256 MB heap slowly (over 120 s of collection); open in issue 8
        new Shape("many-footnotes-and-arcs", Kind.FILING, true, Shapes::footnotes),
        new Shape("long-text-facts", Kind.FILING, false, Shapes::longText),
        new Shape("deep-segment", Kind.FILING, false, Shapes::deepSegment),
        new Shape("document-of-10000-blocks", Kind.TABLES, false, Shapes::blocks),
        new Shape("continued-tables-without-headings", Kind.TABLES, false, Shapes::continued),
        new Shape("row-of-100000-cells", Kind.TABLES, false, Shapes::wideRow),
        new Shape("table-of-100000-rows", Kind.TABLES, false, Shapes::manyRows));
  }

  private static int around(Random r, int base) {
    return base + r.nextInt(base / 5 + 1);
  }

  private static Map<String, List<Arc>> one(String role, List<Arc> arcs) {
    Map<String, List<Arc>> m = new LinkedHashMap<>();
    m.put(role, arcs);
    return m;
  }

  /** One context x0, a JPY unit, and a fact of each listed concept. */
  private static Path simpleInstance(Path dir, int[] concepts, Random r) throws IOException {
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      i.context(0, 0, null).unit("JPY", "iso4217:JPY");
      for (int c : concepts) {
        i.fact("c" + c, "x0", "JPY", Integer.toString(r.nextInt(1000)), null);
      }
    }
    return dir.resolve("i.xml");
  }

  private static int[] range(int n) {
    return java.util.stream.IntStream.range(0, n).toArray();
  }

  /** Each level's nodes link to every node of the next: width^levels paths (2^30 or 3^20 and more). */
  static Path lattice(Path dir, Random r) throws IOException {
    int width = 2 + r.nextInt(2);
    int levels = width == 2 ? 30 + r.nextInt(5) : 20 + r.nextInt(3);
    List<Arc> arcs = new ArrayList<>();
    for (int level = 0; level + 1 < levels; level++) {
      for (int a = 0; a < width; a++) {
        for (int b = 0; b < width; b++) {
          arcs.add(new Arc(width * level + a, width * (level + 1) + b));
        }
      }
    }
    java.util.Collections.shuffle(arcs, r);
    FilingWriter.taxonomy(dir, width * levels, one("Lattice", arcs), one("Lattice", arcs));
    return simpleInstance(dir, range(width * levels), r);
  }

  /** c0 → c1 → … in presentation and calculation: recursion over it overflows any stack. */
  static Path chain(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      arcs.add(new Arc(i, i + 1));
    }
    FilingWriter.taxonomy(dir, n, one("Chain", arcs), one("Chain", arcs));
    int[] facts = r.ints(1_000, 0, n).distinct().toArray();
    return simpleInstance(dir, facts, r);
  }

  /** One parent of 100,000 children, in presentation and calculation, each child reported. */
  static Path wide(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      arcs.add(new Arc(0, i));
    }
    FilingWriter.taxonomy(dir, n, one("Wide", arcs), one("Wide", arcs));
    return simpleInstance(dir, range(n), r);
  }

  /** Hundreds of levels, each node with hundreds of children, one of which goes on down. */
  static Path deepAndWide(Path dir, Random r) throws IOException {
    int depth = around(r, 150);
    int width = around(r, 150);
    List<Arc> arcs = new ArrayList<>();
    int parent = 0;
    int next = 1;
    for (int level = 0; level < depth; level++) {
      int goesOn = next + r.nextInt(width);
      for (int k = 0; k < width; k++) {
        arcs.add(new Arc(parent, next++));
      }
      parent = goesOn;
    }
    FilingWriter.taxonomy(dir, next, one("DeepWide", arcs), one("DeepWide", arcs));
    return simpleInstance(dir, r.ints(10_000, 0, next).distinct().toArray(), r);
  }

  /** A random graph of three arcs a node: full of cycles, no root guaranteed. */
  static Path cycles(Path dir, Random r) throws IOException {
    int n = around(r, 20_000);
    List<Arc> arcs = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 3; k++) {
        int to = r.nextInt(n);
        if (to != i && seen.add((long) i * n + to)) {
          arcs.add(new Arc(i, to));
        }
      }
    }
    FilingWriter.taxonomy(dir, n, one("Cycles", arcs), one("Cycles", arcs));
    return simpleInstance(dir, r.ints(5_000, 0, n).distinct().toArray(), r);
  }

  /** Thousands of roles, each a small tree of its own concepts: work per role must not scan every fact. */
  static Path roles(Path dir, Random r) throws IOException {
    int roles = around(r, 2_000);
    Map<String, List<Arc>> pre = new LinkedHashMap<>();
    Map<String, List<Arc>> cal = new LinkedHashMap<>();
    for (int k = 0; k < roles; k++) {
      int root = 4 * k;
      List<Arc> arcs = List.of(new Arc(root, root + 1), new Arc(root, root + 2), new Arc(root + 2, root + 3));
      pre.put("R" + k, arcs);
      cal.put("R" + k, arcs);
    }
    FilingWriter.taxonomy(dir, 4 * roles, pre, cal);
    return simpleInstance(dir, range(4 * roles), r);
  }

  /** 300,000 contexts of distinct dates, two concepts reported in each: a statement with 300,000 columns. */
  static Path contexts(Path dir, Random r) throws IOException {
    int n = around(r, 300_000);
    FilingWriter.taxonomy(dir, 2, one("Contexts", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      for (int c = 0; c < n; c++) {
        i.context(c, c, null);
      }
      i.unit("JPY", "iso4217:JPY");
      for (int c = 0; c < n; c++) {
        if (r.nextInt(10) < 9) {
          i.fact("c" + r.nextInt(2), "x" + c, "JPY", Integer.toString(c), null);
        }
      }
    }
    return dir.resolve("i.xml");
  }

  /** Every ISO 4217-shaped currency AAA…ZZZ as a unit (17,576 currency columns), and 50,000 other units. */
  static Path units(Path dir, Random r) throws IOException {
    int others = around(r, 50_000);
    FilingWriter.taxonomy(dir, 2, one("Units", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      i.context(0, 0, null).context(1, 1, null);
      List<String> codes = new ArrayList<>();
      for (char a = 'A'; a <= 'Z'; a++) {
        for (char b = 'A'; b <= 'Z'; b++) {
          for (char c = 'A'; c <= 'Z'; c++) {
            codes.add("" + a + b + c);
          }
        }
      }
      java.util.Collections.shuffle(codes, r);
      for (String code : codes) {
        i.unit(code, "iso4217:" + code);
      }
      for (int u = 0; u < others; u++) {
        i.unit("u" + u, "h:m" + u);
      }
      for (String code : codes) {
        i.fact("c" + r.nextInt(2), "x" + r.nextInt(2), code, Integer.toString(r.nextInt(1000)), null);
      }
      for (int u = 0; u < others; u++) {
        i.raw("<h:count contextRef=\"x" + r.nextInt(2) + "\" unitRef=\"u" + u + "\" decimals=\"0\">" + u + "</h:count>\n");
      }
    }
    return dir.resolve("i.xml");
  }

  /** 500,000 small facts: a thousand concepts in a tree, each in 500 contexts. */
  static Path facts(Path dir, Random r) throws IOException {
    int concepts = 1_000;
    int contexts = around(r, 500);
    List<Arc> arcs = new ArrayList<>();
    for (int c = 1; c < concepts; c++) {
      arcs.add(new Arc(r.nextInt(c), c));
    }
    FilingWriter.taxonomy(dir, concepts, one("Facts", arcs), one("Facts", arcs));
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      for (int x = 0; x < contexts; x++) {
        i.context(x, x, null);
      }
      i.unit("JPY", "iso4217:JPY");
      for (int x = 0; x < contexts; x++) {
        for (int c = 0; c < concepts; c++) {
          i.fact("c" + c, "x" + x, "JPY", Integer.toString(r.nextInt(100)), null);
        }
      }
    }
    return dir.resolve("i.xml");
  }

  /** 300,000 copies of one fact, a few of them contradicting the rest. */
  static Path duplicates(Path dir, Random r) throws IOException {
    int n = around(r, 300_000);
    FilingWriter.taxonomy(dir, 2, one("Duplicates", List.of(new Arc(0, 1))), one("Duplicates", List.of(new Arc(0, 1))));
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      i.context(0, 0, null).unit("JPY", "iso4217:JPY");
      for (int k = 0; k < n; k++) {
        i.fact("c" + (k % 7 == 0 ? 1 : 0), "x0", "JPY", r.nextInt(1000) == 0 ? "6" : "5", null);
      }
    }
    return dir.resolve("i.xml");
  }

  /** 200,000 namespace declarations in one start tag: the root's, or a fact's. */
  static Path namespacesInOneTag(Path dir, Random r, boolean onRoot) throws IOException {
    int n = around(r, 200_000);
    FilingWriter.taxonomy(dir, 2, one("Namespaces", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", onRoot ? n : 0)) {
      i.context(0, 0, null).unit("JPY", "iso4217:JPY").fact("c0", "x0", "JPY", "1", null);
      if (!onRoot) {
        i.raw("<h:c1 contextRef=\"x0\" unitRef=\"JPY\" decimals=\"0\"").namespaces(n, "m").raw(">2</h:c1>\n");
      }
    }
    return dir.resolve("i.xml");
  }

  /** 100,000 facts, each declaring a prefix of its own for the taxonomy's namespace and an unused one. */
  static Path namespacePerFact(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    FilingWriter.taxonomy(dir, 2, one("Prefixes", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      for (int x = 0; x < n; x++) {
        i.context(x, x % 5000, null);
      }
      i.unit("JPY", "iso4217:JPY");
      for (int k = 0; k < n; k++) {
        i.raw("<p" + k + ":c" + (k % 2) + " xmlns:p" + k + "=\"" + FilingWriter.NS + "\" xmlns:q" + k
            + "=\"http://example.com/q/" + k + "\" contextRef=\"x" + k + "\" unitRef=\"JPY\" decimals=\"0\">" + k + "</p"
            + k + ":c" + (k % 2) + ">\n");
      }
    }
    return dir.resolve("i.xml");
  }

  /**
   * 100,000 facts with a footnote each, and a group of thousands of locators and thousands of
   * footnotes sharing one label each, joined by one arc (their product in relationships).
   */
  static Path footnotes(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    int group = around(r, 2_000);
    FilingWriter.taxonomy(dir, 2, one("Footnotes", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      for (int x = 0; x < n; x++) {
        i.context(x, x % 5000, null);
      }
      i.unit("JPY", "iso4217:JPY");
      for (int k = 0; k < n; k++) {
        i.fact("c" + (k % 2), "x" + k, "JPY", Integer.toString(k), "f" + k);
      }
      i.raw("<link:footnoteLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n");
      for (int k = 0; k < n; k++) {
        i.raw("<link:loc xlink:type=\"locator\" xlink:href=\"#f" + k + "\" xlink:label=\"l" + k + "\"/>"
            + "<link:footnote xlink:type=\"resource\" xlink:label=\"n" + k + "\" xlink:role=\"http://www.xbrl.org/2003/role/footnote\""
            + " xml:lang=\"en\">Note " + k + "</link:footnote>"
            + "<link:footnoteArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\""
            + " xlink:from=\"l" + k + "\" xlink:to=\"n" + k + "\"/>\n");
      }
      for (int k = 0; k < group; k++) {
        i.raw("<link:loc xlink:type=\"locator\" xlink:href=\"#f" + r.nextInt(n) + "\" xlink:label=\"g\"/>"
            + "<link:footnote xlink:type=\"resource\" xlink:label=\"m\" xlink:role=\"http://www.xbrl.org/2003/role/footnote\""
            + " xml:lang=\"en\">Shared " + k + "</link:footnote>\n");
      }
      i.raw("<link:footnoteArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\""
          + " xlink:from=\"g\" xlink:to=\"m\"/>\n");
      i.raw("</link:footnoteLink>\n");
    }
    return dir.resolve("i.xml");
  }

  /** A text fact of megabytes and thousands of text facts of kilobytes. */
  static Path longText(Path dir, Random r) throws IOException {
    FilingWriter.taxonomy(dir, 2, one("Text", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      i.context(0, 0, null).context(1, 1, null);
      StringBuilder big = new StringBuilder();
      int words = around(r, 1_000_000);
      for (int k = 0; k < words; k++) {
        big.append("word").append(k % 10).append(' ');
      }
      i.text("x0", big, null);
      String kilo = "Lorem &amp; ipsum &lt;b&gt; ".repeat(100);
      for (int k = 0; k < 5_000; k++) {
        i.text("x1", kilo + k, null);
      }
    }
    return dir.resolve("i.xml");
  }

  /** A segment nested 100,000 elements deep, and thousands of contexts whose segments are 200 deep. */
  static Path deepSegment(Path dir, Random r) throws IOException {
    int depth = around(r, 100_000);
    FilingWriter.taxonomy(dir, 2, one("Segments", List.of(new Arc(0, 1))), Map.of());
    try (Instance i = new Instance(dir, "i.xml", 0)) {
      String shallow = "<h:d>".repeat(200) + "x" + "</h:d>".repeat(200);
      for (int x = 1; x <= 5_000; x++) {
        i.context(x, x, shallow + "<h:k>" + x + "</h:k>");
      }
      i.context(0, 0, "<h:d>".repeat(depth) + "</h:d>".repeat(depth));
      i.unit("JPY", "iso4217:JPY");
      for (int x = 0; x <= 5_000; x++) {
        i.fact("c" + (x % 2), "x" + x, "JPY", Integer.toString(x), null);
      }
    }
    return dir.resolve("i.xml");
  }

  // ---------------------------------------------------------------- tables for convert

  private static final String MAPPING_HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:base="http://finfile.org/taxonomy/base"
               xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
        <taxonomy href="http://finfile.org/taxonomy/base/finfile-base.xsd"/>
        <entity scheme="http://www.nasdaq.com/symbol" identifier="IJJI"/>
        <fiscal-year end="--03-31" named-by="start"/>
        <units><unit item-type="xbrli:monetaryItemType" currency="numerator"/></units>
      """;

  private static Path tables(Path dir, CharSequence document, CharSequence mapping) throws IOException {
    Files.writeString(dir.resolve("mapping.xml"), mapping, StandardCharsets.UTF_8);
    Path doc = dir.resolve("doc.txt");
    Files.writeString(doc, document, StandardCharsets.UTF_8);
    return doc;
  }

  /** 10,000 blocks, each found by a table spec of its own heading, the specs in random order. */
  static Path blocks(Path dir, Random r) throws IOException {
    int n = around(r, 10_000);
    StringBuilder doc = new StringBuilder();
    for (int k = 0; k < n; k++) {
      doc.append("Block ").append(k).append(". Figures\n\n\tFY2002\nRow ").append(k).append("\t1\n\n");
    }
    List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
    java.util.Collections.shuffle(order, r);
    StringBuilder mapping = new StringBuilder(MAPPING_HEAD).append("<columns/>\n");
    // one real fact, so the instance is not empty
    mapping.append("<table id=\"first\" title=\"Block 0\" header-rows=\"1\" scale=\"0\" currency=\"JPY\">")
        .append("<heading>Block 0. Figures</heading><row label=\"Row 0\" concept=\"base:Revenues\"/></table>\n");
    for (int k : order) {
      if (k != 0) {
        mapping.append("<table id=\"t").append(k).append("\" title=\"Block ").append(k)
            .append("\" header-rows=\"1\" scale=\"0\" currency=\"JPY\"><heading>Block ").append(k)
            .append(". Figures</heading><row label=\"Row ").append(k).append("\" skip=\"not needed\"/></table>\n");
      }
    }
    return tables(dir, doc, mapping.append("</mapping>\n"));
  }

  /** Thousands of headless blocks, each a table spec that continues the one before and is found by its first label. */
  static Path continued(Path dir, Random r) throws IOException {
    int n = around(r, 5_000);
    StringBuilder doc = new StringBuilder("Start of figures\n\n\tFY2002\nRow 0\t1\n\n");
    StringBuilder mapping = new StringBuilder(MAPPING_HEAD).append("<columns/>\n")
        .append("<table id=\"t0\" title=\"Start\" header-rows=\"1\" scale=\"0\" currency=\"JPY\">")
        .append("<heading>Start of figures</heading><row label=\"Row 0\" concept=\"base:Revenues\"/></table>\n");
    for (int k = 1; k < n; k++) {
      doc.append("Row ").append(k).append("\t1\n\n");
      mapping.append("<table id=\"t").append(k).append("\" title=\"Part ").append(k).append("\" first-label=\"Row ")
          .append(k).append("\" continues=\"t").append(k - 1).append("\" header-rows=\"0\" scale=\"0\" currency=\"JPY\">")
          .append("<row label=\"Row ").append(k).append("\" skip=\"not needed\"/></table>\n");
    }
    return tables(dir, doc, mapping.append("</mapping>\n"));
  }

  /** A header of 100,000 derived columns, matched by as many mapping columns in reverse order. */
  static Path wideRow(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    StringBuilder mapping = new StringBuilder(MAPPING_HEAD).append("<columns>\n");
    StringBuilder header = new StringBuilder("\tFY2002");
    StringBuilder row = new StringBuilder("Revenues\t1");
    for (int i = 0; i < n; i++) {
      mapping.append("<derived header=\"D").append(i).append("\" reason=\"derived\"/>\n");
      header.append("\tD").append(n - 1 - i);
      row.append('\t').append(r.nextInt(10));
    }
    mapping.append("</columns>\n<table id=\"t\" title=\"T\" header-rows=\"1\" scale=\"0\" currency=\"JPY\">"
        + "<heading>Wide table</heading><row label=\"Revenues\" concept=\"base:Revenues\"/></table></mapping>\n");
    return tables(dir, "Wide table\n\n" + header + "\n" + row + "\n", mapping);
  }

  /** 100,000 rows, each named by a mapping row, in shuffled order. */
  static Path manyRows(Path dir, Random r) throws IOException {
    int n = around(r, 100_000);
    StringBuilder mapping = new StringBuilder(MAPPING_HEAD).append("<columns/>\n")
        .append("<table id=\"t\" title=\"T\" header-rows=\"1\" scale=\"0\" currency=\"JPY\"><heading>Big table</heading>\n");
    StringBuilder doc = new StringBuilder("Big table\n\n\tFY2002\n");
    List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
    java.util.Collections.shuffle(order, r);
    mapping.append("<row label=\"Revenues\" concept=\"base:Revenues\"/>\n");
    doc.append("Revenues\t7\n");
    for (int i : order) {
      mapping.append("<row label=\"Row ").append(i).append("\" skip=\"not needed\"/>\n");
    }
    for (int i = 0; i < n; i++) {
      doc.append("Row ").append(i).append('\t').append(r.nextInt(1000)).append('\n');
    }
    mapping.append("</table></mapping>\n");
    return tables(dir, doc, mapping);
  }

  /** Writes {@code text} to {@code file} (for tests that add a shape of their own). */
  static void write(Path file, CharSequence text) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.append(text);
    }
  }
}
