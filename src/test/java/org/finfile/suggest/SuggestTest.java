package org.finfile.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.finfile.InputException;
import org.finfile.tables.TextDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Units of {@code mapping suggest}: tables, headers, scale, currency, totals, names, escaping. */
class SuggestTest {
  private static final String NS = "http://finfile.org/mapping/1.0";

  static Suggest.Suggestion suggest(String... lines) throws InputException {
    return Suggest.suggest("t.txt", TextDocument.of("t.txt", String.join("\n", lines) + "\n").blocks());
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document d, String name) {
    NodeList list = d.getElementsByTagNameNS(NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  static Suggest.RowSummary row(Suggest.TableSummary t, String label) {
    return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
  }

  @Test
  void findsTablesTheirHeaderRowsAndAContinuedTable() throws Exception {
    Suggest.Suggestion s = suggest(
        "Some prose about the year.",
        "Table 1. Widgets sold",
        "\tFY2024\tFY2023",
        "Blue widgets\t120\t100",
        "Red widgets\t80\t70",
        "",
        "Green widgets\t5\t4",
        "",
        "Balance sheet",
        "As of Dec 31, 2024",
        "(in thousands)",
        "\tDec 31, 2024\tDec 31, 2023",
        "\tUSD\tUSD",
        "Cash\t10\t9",
        "Inventories\t5\t4");
    assertThat(s.tables()).hasSize(3);
    Suggest.TableSummary widgets = s.tables().get(0);
    assertThat(widgets.headerRows()).isEqualTo(1);
    assertThat(widgets.scale()).isZero();
    Suggest.TableSummary continued = s.tables().get(1);
    assertThat(continued.continues()).isEqualTo(widgets.id());
    assertThat(continued.headerRows()).isZero();
    Suggest.TableSummary balance = s.tables().get(2);
    assertThat(balance.headerRows()).isEqualTo(2);
    assertThat(balance.scale()).isEqualTo(3);
    assertThat(balance.currency()).as("the columns say USD").isNull();
    Document d = parse(s.xml());
    assertThat(elements(d, "currency")).extracting(e -> e.getAttribute("header") + "=" + e.getAttribute("code"))
        .containsExactly("USD=USD");
    assertThat(elements(d, "fiscal-year")).hasSize(1);
    assertThat(elements(d, "table").get(0).getAttribute("id")).isEqualTo("widgets-sold");
    assertThat(elements(d, "heading")).extracting(Element::getTextContent).contains("Table 1. Widgets sold");
  }

  @Test
  void readsScaleAndCurrencyFromTheHeading() throws Exception {
    Suggest.Suggestion s = suggest(
        "Sales (in millions of yen)",
        "\t4Q24\t3Q24",
        "Sales of gadgets\t12\t11",
        "",
        "Costs, expressed in thousands of euros",
        "\t4Q24\t3Q24",
        "Cost of gadgets\t7\t6",
        "",
        "Headcount",
        "\t4Q24\t3Q24",
        "Engineers\t70\t66");
    assertThat(s.tables()).extracting(Suggest.TableSummary::scale).containsExactly(6, 3, 0);
    assertThat(s.tables()).extracting(Suggest.TableSummary::currency).containsExactly("JPY", "EUR", null);
    Document d = parse(s.xml());
    Element engineers = elements(d, "concept").stream().filter(e -> e.getAttribute("name").equals("ext:Engineers"))
        .findFirst().orElseThrow();
    assertThat(engineers.getAttribute("type")).isEqualTo("base:countItemType");
  }

  @Test
  void aRowEqualToTheSumOfTheRowsAboveIsTheirTotal() throws Exception {
    Suggest.Suggestion s = suggest(
        "Balance sheet (in thousands of U.S. dollars)",
        "As of Dec 31, 2024",
        "\tDec 31, 2024\tDec 31, 2023",
        "Widgets on hand\t100\t90",
        "Gadgets on hand\t50\t45",
        "Gizmos on hand\t30\t20",
        "All stock on hand\t180\t155",
        "Sprockets on hand\t7\t8",
        "Not a total of anything\t12\t99");
    Suggest.TableSummary t = s.tables().get(0);
    String total = row(t, "All stock on hand").concept();
    assertThat(row(t, "Widgets on hand").sum()).isEqualTo(total);
    assertThat(row(t, "Gadgets on hand").sum()).isEqualTo(total);
    assertThat(row(t, "Gizmos on hand").sum()).isEqualTo(total);
    assertThat(row(t, "All stock on hand").sum()).isNull();
    assertThat(row(t, "Sprockets on hand").sum()).isNull();
    assertThat(row(t, "Not a total of anything").sum()).isNull();
    assertThat(s.xml()).contains("period=\"instant\"").contains("balance=\"debit\"");
  }

  @Test
  void totalsTolerateRoundingButNeedOneExactColumnAndFindDifferencesOfTwo() {
    List<Totals.Figures> rows = List.of(
        figures("10.4", "104"), figures("20.4", "204"), figures("30.9", "308"), // 30.8 by sum: off by 0.1 in the first column
        figures("5", "5"), figures("25.9", "303"));                             // 30.9 − 5 = 25.9 and 308 − 5 = 303
    List<Totals.Arc> arcs = Totals.find(rows);
    assertThat(arcs).contains(new Totals.Arc(0, 2, 1), new Totals.Arc(1, 2, 1));
    assertThat(arcs).contains(new Totals.Arc(2, 4, 1), new Totals.Arc(3, 4, -1));
    assertThat(Totals.find(List.of(figures("1", "1"), figures("2", "2"), figures("3.1", "4")))).isEmpty();
    assertThat(Totals.find(List.of(figures("1", "1"), figures("2", "2"), new Totals.Figures(list("3", "3"), "other"))))
        .as("rows of another kind never add up").isEmpty();
  }

  private static Totals.Figures figures(String... values) {
    return new Totals.Figures(list(values), "xbrli:monetaryItemType");
  }

  private static List<BigDecimal> list(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void namesConceptsAfterLabels() {
    assertThat(Names.upperCamel("Accounts receivable, net")).isEqualTo("AccountsReceivableNet");
    assertThat(Names.upperCamel("EBITDA margin")).isEqualTo("EbitdaMargin");
    assertThat(Names.upperCamel("Shareholders' equity (deficit)")).isEqualTo("ShareholdersEquityDeficit");
    assertThat(Names.upperCamel("3Mbps – 1.2Gbps")).isEqualTo("Line3Mbps12Gbps");
    assertThat(Names.upperCamel("Café sales ⁽²⁾")).isEqualTo("CafeSales");
    assertThat(Names.upperCamel("R&D <i>credits</i>")).isEqualTo("RAndDCredits");
    assertThat(Names.upperCamel("x".repeat(300))).hasSize(Names.MAX);
    assertThat(Names.id("Table 1. Number of Contracts")).isEqualTo("table-1-number-of-contracts");
    assertThat(Names.id("2024 results")).isEqualTo("table-2024-results");
  }

  @Test
  void sameLineInTwoTablesIsOneConceptAndSameNameOfAnotherKindIsNumbered() throws Exception {
    Suggest.Suggestion s = suggest(
        "Statements of operations (in thousands of U.S. dollars)",
        "For the Three Months Ended Dec 31, 2024",
        "\tDec 31, 2024",
        "Widget revenue\t10",
        "",
        "Statements of operations (in thousands of U.S. dollars)",
        "For the Year Ended Dec 31, 2024",
        "\tDec 31, 2024",
        "Widget revenue\t40",
        "",
        "Widget statistics",
        "\tDec 31, 2024",
        "Widget revenue\t4.5%");
    assertThat(s.tables()).extracting(t -> t.rows().get(0).concept())
        .containsExactly("ext:WidgetRevenue", "ext:WidgetRevenue", "ext:WidgetRevenue2");
    assertThat(s.xml()).containsPattern("<concept name=\"ext:WidgetRevenue2\" type=\"(base:percent|xbrli:pure)ItemType\"");
    assertThat(s.tables()).extracting(Suggest.TableSummary::id)
        .containsExactly("statements-of-operations", "statements-of-operations-year", "widget-statistics");
  }

  @Test
  void matchesBaseConceptsByLabelAndSection() throws Exception {
    Suggest.Suggestion s = suggest(
        "Statements of cash flows",
        "For the Year Ended Dec 31, 2024",
        "(in thousands of U.S. dollars)",
        "\tDec 31, 2024",
        "Operating activities:\t",
        "Net loss\t(50)",
        "Other\t8",
        "Investing activities:\t",
        "Other\t3",
        "Cash, beginning of period\t100",
        "Cash, end of period\t61");
    Suggest.TableSummary t = s.tables().get(0);
    assertThat(t.rows().get(0).concept()).isEqualTo("base:NetIncomeLoss");
    assertThat(t.rows().get(1).concept()).isEqualTo("base:OtherOperatingActivities");
    assertThat(t.rows().get(1).section()).isEqualTo("Operating activities");
    assertThat(t.rows().get(2).concept()).isEqualTo("base:OtherInvestingActivities");
    assertThat(s.xml()).contains("<row label=\"Cash, beginning of period\" concept=\"base:Cash\" preferred-label=\"periodStartLabel\" at=\"start\"/>");
  }

  @Test
  void rowsWithoutFiguresBecomeLinesThatTheirTotalCloses() throws Exception {
    Suggest.Suggestion s = suggest(
        "Balance sheets",
        "As of Dec 31, 2024",
        "(in thousands of U.S. dollars)",
        "\tDec 31, 2024",
        "Assets\t",
        "Current assets:\t",
        "Cash\t10",
        "Widgets in the warehouse\t5",
        "Total current assets\t15",
        "Land\t20",
        "Total assets\t35",
        "Spare gizmo reserves:\t",
        "Reserve one\t1");
    Document d = parse(s.xml());
    List<Element> lines = elements(d, "line");
    assertThat(lines).hasSize(3);
    Element assets = lines.get(0);
    Element current = lines.get(1);
    assertThat(current.getParentNode()).isSameAs(assets);
    assertThat(elements(d, "row")).filteredOn(r -> r.getAttribute("label").equals("Total current assets"))
        .allMatch(r -> r.getParentNode() == current);
    assertThat(elements(d, "row")).filteredOn(r -> r.getAttribute("label").equals("Land"))
        .allMatch(r -> r.getParentNode() == assets);
    assertThat(elements(d, "row")).filteredOn(r -> r.getAttribute("label").equals("Total assets"))
        .allMatch(r -> r.getParentNode() == assets);
    assertThat(lines.get(2).getParentNode().getLocalName()).as("after its total, a new section is a root").isEqualTo("table");
    assertThat(lines.get(2).getAttribute("concept")).isEqualTo("ext:SpareGizmoReservesAbstract");
    assertThat(s.xml()).contains("<concept name=\"ext:SpareGizmoReservesAbstract\" type=\"xbrli:stringItemType\" period=\"duration\" abstract=\"true\">");
  }

  @Test
  void escapesLabelsAndComments() throws Exception {
    Suggest.Suggestion s = suggest(
        "Q&A <b>\"quoted\"</b> table -- with dashes",
        "\tFY2024",
        "Fees & \"charges\" <i>net</i> -- old\t12");
    Document d = parse(s.xml());
    Element row = elements(d, "row").get(0);
    assertThat(row.getAttribute("label")).isEqualTo("Fees & \"charges\" net -- old");
    assertThat(elements(d, "heading").get(0).getTextContent()).isEqualTo("Q&A <b>\"quoted\"</b> table -- with dashes");
    assertThat(MappingXml.comment("a -- b -")).doesNotContain("--").doesNotEndWith("-");
    assertThat(MappingXml.attr("<&\">\t")).isEqualTo("&lt;&amp;&quot;&gt;&#9;");
  }

  @Test
  void aDocumentWithoutTablesIsRefusedWithItsName() {
    assertThatThrownBy(() -> suggest("Just prose.", "No tabs here."))
        .isInstanceOf(InputException.class).hasMessageContaining("t.txt").hasMessageContaining("no tables");
    assertThatThrownBy(() -> suggest("Title", "\tA\tB", "\tC\tD"))
        .isInstanceOf(InputException.class).hasMessageContaining("t.txt");
  }
}
