package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.inline.InlineXbrl;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;

/**
 * Statements people can read, on the tiny taxonomy src/test/resources/render/readable: text
 * blocks as plain text in a folded cell, negated labels flipping the sign shown, and columns in
 * the order filings print them.
 */
class ReadableStatementsTest {
  static final String NS = "http://finfile.org/test/readable";
  static final Entity ENTITY = new Entity("http://www.sec.gov/CIK", "0000320193");
  static final Unit USD = Unit.of("usd", new QName(Unit.ISO4217, "USD"));
  static final Period Y2022 = Period.duration(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
  static final Period Y2023 = Period.duration(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
  static final Period Q4 = Period.duration(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));
  static final String FILLER = "Revenue is recognized when control of the promised goods passes to the customer, "
      .repeat(4);
  /** A policy as filers escape it: a paragraph, a table, a script, a link and character references. */
  static final String POLICY = "<div style=\"margin-top:6pt\"><span>Revenue&nbsp;Recognition</span></div>"
      + "<p>" + FILLER + "Costs &amp; fees &#8212; net.</p>"
      + "<table><tr><td>Phones</td><td>$</td><td>600</td></tr><tr><td>Computers</td><td>$</td><td>400</td></tr></table>"
      + "<script>alert('x')</script><a href=\"http://evil.example/\">See&#160;note&#x20;7</a><style>p{}</style>";

  static Taxonomy taxonomy() throws Exception {
    return Taxonomy.load(TestFiles.base().resolve("src/test/resources/render/readable/readable.xsd").toUri().toString(),
        null, OfflineResolver.bundled());
  }

  static QName name(String local) {
    return new QName(NS, local, "r");
  }

  static Fact amount(String id, String concept, Context c, String value) {
    return new Fact(id, name(concept), c, USD, new FactValue.Numeric(new BigDecimal(value)), Accuracy.Decimals.of(0),
        null);
  }

  /** Filed out of reading order: the older year first, then a member the presentation lists second. */
  static Filing filing() {
    Context y2022 = new Context("y2022", ENTITY, Y2022);
    Context y2023 = new Context("y2023", ENTITY, Y2023);
    Context q4 = new Context("q4", ENTITY, Q4);
    Context computers = new Context("y2023-computers", ENTITY, Y2023, product("ComputerMember"), Qualifiers.NONE);
    Context phones = new Context("y2023-phones", ENTITY, Y2023, product("PhoneMember"), Qualifiers.NONE);
    Context unused = new Context("y2021", ENTITY, Period.duration(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    List<Fact> facts = new ArrayList<>(List.of(
        amount("rev-2022", "Revenues", y2022, "900"), amount("cost-2022", "Cost", y2022, "-50"),
        amount("rev-2023", "Revenues", y2023, "1000"), amount("cost-2023", "Cost", y2023, "300"),
        amount("rev-computers", "Revenues", computers, "400"), amount("rev-phones", "Revenues", phones, "600"),
        amount("rev-q4", "Revenues", q4, "250"),
        new Fact("policy", name("PolicyTextBlock"), y2023, null, new FactValue.Text(POLICY), null, null),
        new Fact("remark", name("Remark"), y2023, null, new FactValue.Text("<p>Unaudited</p><p>See &lt;note&gt;</p>"),
            null, null)));
    return new Filing(List.of("readable.xsd"), Map.of("r", NS), List.of(y2022, y2023, q4, computers, phones, unused),
        List.of(USD), facts, List.of(), org.finfile.model.DocumentInfo.NONE);
  }

  static Qualifiers product(String member) {
    return Qualifiers.of(new Qualifiers.ExplicitMember(name("ProductAxis"), name(member)));
  }

  static Statements.Statement statement() throws Exception {
    Set<Fact> tagged = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Statements.Statement> statements = Statements.of(filing(), taxonomy(), "en", tagged);
    assertThat(statements).hasSize(1);
    return statements.get(0);
  }

  static Statements.Row row(Statements.Statement s, String concept) {
    return s.rows().stream().filter(r -> r.concept().getLocalPart().equals(concept)).findFirst().orElseThrow();
  }

  /** The statements-csv files, one after the other. */
  static String csv() throws Exception {
    return String.join("", Renderer.renderFiles(filing(), taxonomy(), Renderer.Format.STATEMENTS_CSV, "r").values().stream()
        .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
  }

  static String render(Renderer.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(filing(), taxonomy(), format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markupBecomesLinesAndCellsWithReferencesDecodedAndNoScriptStyleOrUrl() {
    assertThat(TextBlocks.plain(POLICY)).isEqualTo("Revenue Recognition\n\n" + FILLER.strip()
        + " Costs & fees \u2014 net.\n\nPhones | $ 600\nComputers | $ 400\n\nSee note 7");
  }

  @Test
  void aCellsParagraphsStayOnItsRow() {
    assertThat(TextBlocks.plain("<table><tr><td><div><span>iPhone</span><sup>(1)</sup></div></td><td><p>$</p></td>"
        + "<td><div>200,583</div></td></tr><tr><td>Mac<br/>(1)</td><td>29,357</td></tr></table>"))
        .isEqualTo("iPhone(1) | $ 200,583\nMac (1) | 29,357");
  }

  @Test
  void tolerantOfStrayAndUnclosedMarkup() {
    assertThat(TextBlocks.plain("a < b &unknown; c &#xZZ; <br> d <td")).isEqualTo("a < b &unknown; c &#xZZ;\nd <td");
    assertThat(TextBlocks.plain("<SCRIPT type=\"x\">never</Script >after<!-- hidden -->")).isEqualTo("after");
  }

  @Test
  void aTextBlockIsKnownByItsTypeOrByItsMarkup() throws Exception {
    Statements.Statement s = statement();
    Statements.Cell policy = row(s, "PolicyTextBlock").cells().get(0);
    assertThat(policy.block()).isTrue();
    assertThat(policy.display()).startsWith("Revenue Recognition\n\n").endsWith("Computers | $ 400\n\nSee note 7");
    Statements.Cell remark = row(s, "Remark").cells().get(0);
    assertThat(remark.block()).as("a string whose value is markup").isTrue();
    assertThat(remark.display()).isEqualTo("Unaudited\n\nSee <note>");
    assertThat(TextBlocks.looksLikeMarkup("a < b and c > d")).isFalse();
    assertThat(TextBlocks.looksLikeMarkup("Financial Instruments<div style=\"x\">text</div>")).isTrue();
  }

  @Test
  void htmlShowsATextBlockAsTextFoldedUnderItsFirstCharacters() throws Exception {
    String html = render(Renderer.Format.HTML);
    assertThat(html).doesNotContain("<script").doesNotContain("evil.example").doesNotContain("alert(")
        .doesNotContain("&lt;div").doesNotContain("&lt;td").doesNotContain("<td>Phones");
    String summary = ("Revenue Recognition " + FILLER).substring(0, 200);
    assertThat(html).contains("class=\"block\"><details><summary>" + summary.replace("&", "&amp;")
        + "\u2026</summary><div class=\"block-text\">Revenue Recognition\n\n");
    assertThat(html).contains("Costs &amp; fees \u2014 net.\n\nPhones | $ 600\nComputers | $ 400\n\nSee note 7</div></details>");
    // the index of all facts shows it the same way, not as markup
    assertThat(html.split("<details>", -1)).hasSize(3);
    assertThat(html).contains("<td class=\"block\"><div class=\"block-text\">Unaudited\n\nSee &lt;note&gt;</div></td>");
  }

  @Test
  void statementsCsvHoldsATextBlocksPlainText() throws Exception {
    String csv = csv();
    assertThat(csv).doesNotContain("<div").doesNotContain("<script").doesNotContain("alert(")
        .contains("\"Revenue Recognition\n\n").contains("Phones | $ 600\nComputers | $ 400\n\nSee note 7\"")
        .contains("\"Unaudited\n\nSee <note>\"");
  }

  @Test
  void aNegatedLabelShowsItsLabelAndTheOppositeSign() throws Exception {
    Statements.Statement s = statement();
    Statements.Row cost = row(s, "Cost");
    assertThat(cost.label()).isEqualTo("Less: cost of sales");
    assertThat(cost.cells()).extracting(Statements.Cell::display).containsExactly("(300)", "50");
    assertThat(cost.cells()).extracting(Statements.Cell::negative).containsExactly(true, false);
    assertThat(row(s, "Revenues").cells()).extracting(Statements.Cell::display).contains("1,000", "900");
    String csv = csv();
    assertThat(csv).contains("Less: cost of sales,,-300,50,,\r\n");
  }

  @Test
  void inlineXbrlTagsTheFactsValueUnderANegatedLabel() throws Exception {
    byte[] page = render(Renderer.Format.IXBRL).getBytes(StandardCharsets.UTF_8);
    String text = new String(page, StandardCharsets.UTF_8);
    assertThat(text).containsPattern("\\(<ix:nonFraction [^>]*name=\"r:Cost\"[^>]*>300</ix:nonFraction>\\)");
    assertThat(text).containsPattern("<ix:nonFraction [^>]*name=\"r:Cost\"[^>]*sign=\"-\"[^>]*>50</ix:nonFraction>");
    Filing back = InlineXbrl.read(new ByteArrayInputStream(page), "memory:readable.html", "readable.html");
    Map<String, BigDecimal> costs = new java.util.HashMap<>();
    back.facts().stream().filter(f -> f.concept().getLocalPart().equals("Cost"))
        .forEach(f -> costs.put(f.context().period().toString(), ((FactValue.Numeric) f.value()).value()));
    assertThat(costs.values()).extracting(BigDecimal::toPlainString).containsExactlyInAnyOrder("300", "-50");
  }

  @Test
  void columnsReadWholeEntityFirstLatestFirstAndMembersInPresentationOrder() throws Exception {
    Statements.Statement s = statement();
    assertThat(s.columns()).extracting(Statements.Column::header).containsExactly(
        "3 months to Dec 31, 2023", "Year to Dec 31, 2023", "Year to Dec 31, 2022",
        "Year to Dec 31, 2023 \u2014 Phones", "Year to Dec 31, 2023 \u2014 Computers");
  }
}
