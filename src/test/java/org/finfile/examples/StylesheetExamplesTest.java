package org.finfile.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finfile.examples.UserStylesheets.csv;
import static org.finfile.examples.UserStylesheets.hostile;
import static org.finfile.examples.UserStylesheets.iij;
import static org.finfile.examples.UserStylesheets.render;
import static org.finfile.examples.UserStylesheets.shared;
import static org.finfile.examples.UserStylesheets.statements;
import static org.finfile.examples.UserStylesheets.stylesheet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.commons.csv.CSVRecord;
import org.finfile.Finfile;
import org.finfile.cli.Main;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example stylesheets of {@code examples/stylesheets} on the IIJ example, a public SEC filing
 * and a company whose labels are hostile: what each writes is checked against the release's
 * figures, finfile's own statements rendering and the instance's facts.
 */
class StylesheetExamplesTest {
  @TempDir
  Path dir;

  // ---- markdown-digest.xsl

  @Test
  void digestHeadsTheEntityAndTheStatementsInOrder() throws Exception {
    String md = render(iij(), "markdown-digest.xsl", dir);
    List<String> lines = md.lines().toList();
    assertThat(lines.get(0)).isEqualTo("# INTERNET INITIATIVE JAPAN INC.");
    assertThat(lines.get(2)).isEqualTo("Periods: 2002-04-01 to 2003-03-31, 2003-01-01 to 2003-03-31, 2002-10-01 to 2002-12-31,"
        + " 2001-04-01 to 2002-03-31, 2002-01-01 to 2002-03-31  ");
    assertThat(lines.get(3)).isEqualTo("As of: 2003-03-31, 2002-12-31, 2002-09-30, 2002-03-31, 2001-12-31, 2001-03-31");
    assertThat(headings(md)).containsExactlyElementsOf(statements(iij(), dir).stream().map(s -> s.title()).toList());
  }

  @Test
  void digestPrintsTheReleaseFiguresWithTotalsInBold() throws Exception {
    String md = render(iij(), "markdown-digest.xsl", dir);
    String year = section(md, "Consolidated statements of operations, fiscal year");
    assertThat(year).contains("\n_In thousands of USD and JPY, except per-share amounts, counts and percentages_\n");
    assertThat(year).contains("|  | Year to Mar 31, 2003 (USD) | Year to Mar 31, 2003 (JPY) | Year to Mar 31, 2002 (JPY) |\n"
        + "| :--- | ---: | ---: | ---: |\n");
    // the release, line 125 and 141: "Total revenues  372,809  44,017,561 ... 39,904,613", "Net loss (78,968) (9,323,735) ..."
    assertThat(year).contains("| " + "\u00a0".repeat(6) + "Dedicated access services | 117,007 | 13,814,977 | 14,303,342 |\n");
    assertThat(year).contains("\u00a0**Total revenues** | **372,809** | **44,017,561** | **39,904,613** |\n");
    assertThat(year).contains("\u00a0**Net income (loss)** | **(78,968)** | **(9,323,735)** | **(7,446,135)** |\n");
    assertThat(year).contains("| _Income statement_ |  |  |  |\n");
  }

  @Test
  void digestHasATableRowPerStatementLine() throws Exception {
    assertRowPerLine(iij());
  }

  @Test
  void digestOfAnSecFilingHasATableRowPerStatementLine() throws Exception {
    Path nflx = shared("nflx2010q3/nflx-20100930.xml");
    assertThat(render(nflx, "markdown-digest.xsl", dir)).startsWith("# NETFLIX INC\n");
    assertRowPerLine(nflx);
  }

  @Test
  void digestParametersChooseStatementsAndTheMinusSign() throws Exception {
    String md = render(iij(), "markdown-digest.xsl", dir, "statements=OPERATIONS, FISCAL", "negatives=minus");
    assertThat(headings(md)).containsExactly("Consolidated statements of operations, fiscal year");
    assertThat(md).contains("**Net income (loss)** | **\u221278,968** | **\u22129,323,735** | **\u22127,446,135** |")
        .doesNotContain("(78,968)");
  }

  @Test
  void digestRefusesAMisspeltChoice() throws Exception {
    assertThat(fails(iij(), "markdown-digest.xsl", "negatives=red"))
        .contains("markdown-digest.xsl:", "negatives must be parentheses or minus, not red");
  }

  @Test
  void wideCsvRefusesAUnitWithoutFacts() throws Exception {
    assertThat(fails(iij(), "wide-csv.xsl", "unit=EUR"))
        .contains("wide-csv.xsl:", "no numeric facts of the whole entity are in unit EUR; the units are ", "iso4217:JPY", "iso4217:USD");
  }

  @Test
  void digestEscapesMarkdownAndHtmlInLabels() throws Exception {
    String md = render(hostile(dir), "markdown-digest.xsl", dir);
    assertThat(md).startsWith("# Evil \\<script\\>alert(1)\\</script\\> \\& Co \\| Ltd\n");
    assertThat(md).contains("\n## Income statement \\<script\\>alert(3)\\</script\\> \\| part\n");
    assertThat(md).contains("\u00a0Revenue \\| net \\<script\\>alert(2)\\</script\\> | 1,000 | 900 |");
    assertThat(md).contains("\u00a0\\*Costs\\* \\[link\\](javascript:x) \\&amp; \"quoted\", too | (300) | (250) |");
    assertThat(Pattern.compile("(?<!\\\\)[<\\[*]").matcher(md.replace("**", "")).find()).as("an unescaped < [ or *").isFalse();
    List<String> table = md.lines().filter(l -> l.startsWith("| ")).toList();
    assertThat(table).hasSize(2 + 5).allSatisfy(row -> assertThat(cells(row)).isEqualTo(3));
  }

  // ---- wide-csv.xsl

  @Test
  void wideCsvCellsAreTheExactValuesOfTheReportingCurrency() throws Exception {
    List<CSVRecord> rows = csv(render(iij(), "wide-csv.xsl", dir));
    assertThat(rows.get(0).values()).startsWith("concept", "label", "2001-03-31", "2001-12-31", "2001-04-01..2002-03-31");
    assertEveryCellAFact(rows, iij(), "JPY");
    // reported twice, in millions (933,000,000) and in thousands: the cell takes the more precise
    assertThat(cell(rows, "base:DepreciationAndAmortization", "2003-01-01..2003-03-31")).isEqualTo("933374000");
    assertThat(cell(rows, "base:Revenues", "2002-04-01..2003-03-31")).isEqualTo("44017561000");
  }

  @Test
  void wideCsvOfAnotherUnit() throws Exception {
    String text = render(iij(), "wide-csv.xsl", dir, "unit=iso4217:USD");
    List<CSVRecord> rows = csv(text);
    assertEveryCellAFact(rows, iij(), "USD");
    assertThat(cell(rows, "base:Revenues", "2002-04-01..2003-03-31")).isEqualTo("372809000");
    // the unit's id in the instance names it too
    assertThat(render(iij(), "wide-csv.xsl", dir, "unit=USD")).isEqualTo(text);
  }

  @Test
  void wideCsvOfADimensionalFilingLeavesOutTheParts() throws Exception {
    Path aapl = shared("aapl2023/aapl-20230930_htm.xml");
    List<CSVRecord> rows = csv(render(aapl, "wide-csv.xsl", dir));
    assertEveryCellAFact(rows, aapl, "USD");
    // net sales of the whole company, not of the iPhone (200,583 million) nor of services
    assertThat(cell(rows, "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "2022-09-25..2023-09-30"))
        .isEqualTo("383285000000");
  }

  @Test
  void wideCsvQuotesAndDefusesFormulas() throws Exception {
    String text = render(hostile(dir), "wide-csv.xsl", dir);
    assertThat(text).contains("\r\n").doesNotContain(",=").doesNotContain("\n=");
    List<CSVRecord> rows = csv(text);
    assertThat(rows).extracting(r -> r.get(1)).contains("'=cmd|' /C calc'!A0",
        "*Costs* [link](javascript:x) &amp; \"quoted\", too", "Revenue | net <script>alert(2)</script>");
    assertThat(cell(rows, "ext:Costs", "2024-01-01..2024-12-31")).isEqualTo("-300000");
  }

  // ---- house-style.xsl

  @Test
  void housePageHasATablePerStatementAndAContentsList() throws Exception {
    String html = render(iij(), "house-style.xsl", dir);
    assertThat(html).startsWith("<!DOCTYPE HTML>");
    Document page = Jsoup.parse(html);
    assertStatementsPage(page, statements(iij(), dir));
    assertSelfContained(page);
    Element year = page.select("section.statement").stream()
        .filter(s -> s.selectFirst("h2").text().equals("Consolidated statements of operations, fiscal year")).findFirst().orElseThrow();
    assertThat(year.select("thead th").eachText()).containsExactly("Year to Mar 31, 2003 USD thousands",
        "Year to Mar 31, 2003 JPY thousands", "Year to Mar 31, 2002 JPY thousands");
    Element revenues = row(year, "Total revenues");
    assertThat(revenues.classNames()).contains("total");
    assertThat(revenues.select("td").eachText()).containsExactly("372,809", "44,017,561", "39,904,613");
    Element loss = row(year, "Net income (loss)");
    assertThat(loss.select("td.figure.negative").eachText()).containsExactly("(78,968)", "(9,323,735)", "(7,446,135)");
    // per-share amounts are in yen, not thousands: set apart, with a note under the table
    assertThat(row(year, "Basic net income (loss) per share").select("td.unscaled").eachText()).containsExactly("(414,757)", "(331,234)");
    assertThat(row(year, "Total revenues").select("td.unscaled")).isEmpty();
    assertThat(year.select("p.note").text()).startsWith("Figures in italics are not in thousands");
    assertThat(year.select("tr.grand-total")).hasSize(1);
  }

  @Test
  void housePageOfADimensionalFiling() throws Exception {
    Path aapl = shared("aapl2023/aapl-20230930_htm.xml");
    String html = render(aapl, "house-style.xsl", dir, "title=Annual report 2023");
    Document page = Jsoup.parse(html);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Annual report 2023");
    assertThat(page.selectFirst("p.entity").text()).isEqualTo("Apple Inc.");
    // text blocks (the notes) fold under their first words
    assertThat(page.select("td.text > details > summary")).isNotEmpty()
        .allSatisfy(summary -> assertThat(summary.text()).hasSizeLessThanOrEqualTo(101).endsWith("\u2026"));
    assertStatementsPage(page, statements(aapl, dir));
    assertSelfContained(page);
  }

  @Test
  void housePageShowsHostileTextAsText() throws Exception {
    String html = render(hostile(dir), "house-style.xsl", dir, "negative-colour=red;}body{background:url(x)");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
    Document page = Jsoup.parse(html);
    assertSelfContained(page);
    assertThat(page.title()).isEqualTo("Evil <script>alert(1)</script> & Co | Ltd — Financial statements");
    assertThat(page.select("tbody th").eachText()).containsExactly("Income statement <script>alert(3)</script> | part",
        "Revenue | net <script>alert(2)</script>", "=cmd|' /C calc'!A0", "*Costs* [link](javascript:x) &amp; \"quoted\", too",
        "Operating income");
    assertThat(page.select("td.negative").eachText()).containsExactly("(300)", "(250)");
  }

  // ---- breakdown.xsl

  @Test
  void breakdownOfRevenueByProduct() throws Exception {
    Path aapl = shared("aapl2023/aapl-20230930_htm.xml");
    String revenue = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax";
    String md = render(aapl, "breakdown.xsl", dir, "concept=" + revenue, "axis=srt:ProductOrServiceAxis");
    List<String> lines = md.lines().toList();
    assertThat(lines.get(0)).isEqualTo("## Revenue from Contract with Customer, Excluding Assessed Tax by Product and Service \\[Axis\\]");
    assertThat(lines).contains("| Member | 2022-09-25 to 2023-09-30 | 2021-09-26 to 2022-09-24 | 2020-09-27 to 2021-09-25 |",
        "| **Whole entity** | 383285000000 | 394328000000 | 365817000000 |",
        "| iPhone \\[Member\\] | 200583000000 | 205489000000 | 191973000000 |");
    // the member rows are, value for value, the filing's facts of each member of the axis alone
    Filing filing = Finfile.read(aapl);
    List<String> periods = List.of(lines.get(4).substring(2, lines.get(4).length() - 2).split(" \\| ")).subList(1, 4);
    Map<QName, Map<String, String>> members = new LinkedHashMap<>();
    for (Fact f : filing.facts()) {
      if (prefixed(f.concept(), filing).equals(revenue) && f.context().scenario().members().isEmpty()
          && f.context().segment().members().size() == 1
          && f.context().segment().members().get(0) instanceof Qualifiers.ExplicitMember m
          && m.dimension().getLocalPart().equals("ProductOrServiceAxis")) {
        members.computeIfAbsent(m.member(), k -> new HashMap<>())
            .put(period(f.context().period()).replace("..", " to "), plain(((FactValue.Numeric) f.value()).value().toString()));
      }
    }
    List<List<String>> rows = lines.subList(7, lines.size()).stream()
        .map(r -> List.of(r.substring(2, r.length() - 2).split(" \\| ")).subList(1, 4).stream().map(v -> plain(v)).toList()).toList();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(
        members.values().stream().map(m -> periods.stream().map(p -> m.getOrDefault(p, "")).toList()).toList());
    assertThat(members).hasSize(6);
  }

  @Test
  void breakdownSaysSoWhenTheFilingHasNoDimensions() throws Exception {
    assertThat(render(iij(), "breakdown.xsl", dir)).isEqualTo("No numeric facts of any concept are broken down by any axis alone.\n");
  }

  // ---- helpers

  /** What finfile says when {@code stylesheet} stops with a message: exit 1, nothing written. */
  private String fails(Path filing, String stylesheet, String parameter) {
    StringWriter err = new StringWriter();
    Path out = dir.resolve("refused.out");
    int code = Main.run(new String[] {"render", filing.toString(), "--xslt", stylesheet(stylesheet).toString(),
        "--param", parameter, "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    assertThat(code).as("exit code; %s", err).isEqualTo(1);
    assertThat(out).doesNotExist();
    return err.toString();
  }

  /** A number's text compared by value: 1.50 and 1.5 are one. */
  private static String plain(String number) {
    return number.isEmpty() ? "" : new BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  /** Each statement a section: its title, one table of a row per line, a contents entry that links to it. */
  private static void assertStatementsPage(Document page, List<UserStylesheets.Statement> statements) {
    List<Element> sections = page.select("main > section.statement");
    assertThat(sections).extracting(s -> s.selectFirst("h2").text())
        .containsExactlyElementsOf(statements.stream().map(s -> s.title()).toList());
    assertThat(page.select("nav#contents a")).extracting(a -> a.attr("href"))
        .containsExactlyElementsOf(sections.stream().map(s -> "#" + s.id()).toList());
    for (int i = 0; i < sections.size(); i++) {
      Element section = sections.get(i);
      assertThat(section.select("table")).as(section.id()).hasSize(1);
      assertThat(section.select("tbody tr")).as(section.id()).hasSize(statements.get(i).rows());
      int columns = section.select("thead th").size();
      assertThat(section.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(columns));
    }
    // a figure in parentheses is marked negative, and only those
    for (Element td : page.select("td.figure")) {
      assertThat(td.hasClass("negative")).as(td.outerHtml()).isEqualTo(td.text().matches("\\(.+\\)"));
    }
    assertThat(page.select("tr.total")).isNotEmpty();
  }

  /** No script, nothing fetched from elsewhere, no link out of the page. */
  private static void assertSelfContained(Document page) {
    assertThat(page.select("script, link, img, iframe, object, embed, [src], [srcset], [on*]")).isEmpty();
    assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    for (Element e : page.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getValue()).as(e.tagName() + "@" + a.getKey()).doesNotContain("//", "javascript:"));
    }
  }

  private static Element row(Element section, String label) {
    return section.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  private void assertRowPerLine(Path filing) throws Exception {
    String md = render(filing, "markdown-digest.xsl", dir);
    List<String> titles = headings(md);
    List<UserStylesheets.Statement> statements = statements(filing, dir);
    assertThat(titles).hasSize(statements.size());
    for (int i = 0; i < titles.size(); i++) {
      List<String> table = section(md, titles.get(i)).lines().filter(l -> l.startsWith("| ")).toList();
      int columns = cells(table.get(0));
      assertThat(table).as(titles.get(i)).hasSize(2 + statements.get(i).rows())
          .allSatisfy(row -> assertThat(cells(row)).as(row).isEqualTo(columns));
    }
  }

  /** The statement headings of a digest, unescaped. */
  private static List<String> headings(String md) {
    return md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).replaceAll("\\\\(.)", "$1")).toList();
  }

  /** A digest's section, from its heading to the next. */
  private static String section(String md, String title) {
    int start = md.indexOf("\n## " + title + "\n");
    assertThat(start).as("a section %s", title).isNotNegative();
    int end = md.indexOf("\n## ", start + 1);
    return md.substring(start, end < 0 ? md.length() : end + 1);
  }

  /** The cells of a pipe-table row: its unescaped pipes, less one. */
  private static int cells(String row) {
    Matcher pipes = Pattern.compile("(?<!\\\\)\\|").matcher(row);
    int n = 0;
    while (pipes.find()) {
      n++;
    }
    return n - 1;
  }

  private static String cell(List<CSVRecord> rows, String concept, String period) {
    int column = rows.get(0).toList().indexOf(period);
    assertThat(column).as("a column %s", period).isPositive();
    return rows.stream().filter(r -> r.get(0).equals(concept)).findFirst().orElseThrow().get(column);
  }

  /**
   * Every value cell of the wide CSV is, exactly, a fact of its row's concept and its column's
   * period in the instance (numeric, of the whole entity, in {@code currency}); every such fact
   * has its cell (duplicates share one), and the columns are ordered by end, then start.
   */
  private static void assertEveryCellAFact(List<CSVRecord> rows, Path instance, String currency) throws Exception {
    Filing filing = Finfile.read(instance);
    Map<List<String>, List<BigDecimal>> facts = new HashMap<>();
    for (Fact f : filing.facts()) {
      if (f.value() instanceof FactValue.Numeric n && !f.context().isQualified() && f.unit().denominator().isEmpty()
          && f.unit().numerator().equals(List.of(new QName("http://www.xbrl.org/2003/iso4217", currency)))) {
        facts.computeIfAbsent(List.of(prefixed(f.concept(), filing), period(f.context().period())), k -> new ArrayList<>())
            .add(n.value());
      }
    }
    List<String> header = rows.get(0).toList();
    assertThat(header.subList(2, header.size())).isSortedAccordingTo((a, b) -> {
      String[] x = a.split("\\.\\.");
      String[] y = b.split("\\.\\.");
      int byEnd = x[x.length - 1].compareTo(y[y.length - 1]);
      return byEnd != 0 ? byEnd : x[0].compareTo(y[0]);
    });
    int cells = 0;
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertThat(row.size()).isEqualTo(header.size());
      for (int i = 2; i < row.size(); i++) {
        if (row.get(i).isEmpty()) {
          assertThat(facts).doesNotContainKey(List.of(row.get(0), header.get(i)));
          continue;
        }
        cells++;
        BigDecimal value = new BigDecimal(row.get(i));
        assertThat(facts.get(List.of(row.get(0), header.get(i)))).as("%s in %s", row.get(0), header.get(i))
            .isNotNull().anySatisfy(v -> assertThat(v).isEqualByComparingTo(value));
      }
    }
    assertThat(cells).isEqualTo(facts.size()).isPositive();
  }

  private static String prefixed(QName concept, Filing filing) {
    return filing.namespaces().entrySet().stream().filter(e -> e.getValue().equals(concept.getNamespaceURI()))
        .map(e -> e.getKey() + ":" + concept.getLocalPart()).findFirst().orElseThrow();
  }

  private static String period(Period p) {
    if (p instanceof Period.Instant i) {
      return i.lexical();
    }
    if (p instanceof Period.Duration d) {
      return d.startLexical() + ".." + d.endLexical();
    }
    return "forever";
  }
}
