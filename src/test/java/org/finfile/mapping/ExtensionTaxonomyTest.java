package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.model.Period;
import org.finfile.taxonomy.Calculations;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Presentation;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.validate.Report;
import org.finfile.validate.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extension taxonomy convert writes from the ACME mapping: its concepts, labels, statements and sums, valid. */
class ExtensionTaxonomyTest {
  static final String BASE = MappingExtensionTest.BASE;
  static final String EXT = MappingExtensionTest.EXT;
  static final String NAME = "acme-2024-12-31";
  static Conversion conversion;

  @TempDir
  Path dir;

  @BeforeAll
  static void convert() throws Exception {
    conversion = Finfile.convert(MappingExtensionTest.acme().resolve("acme.txt"), MappingExtensionTest.acme().resolve("mapping.xml"));
  }

  private static Taxonomy taxonomy() {
    return conversion.taxonomy();
  }

  private static QName base(String local) {
    return new QName(BASE, local);
  }

  private static Presentation.Network network(String title) {
    return taxonomy().presentation().networks().stream().filter(n -> title.equals(n.definition())).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + title));
  }

  @Test
  void theInstanceReferencesTheExtensionNamedAfterTheEntityAndTheLatestDate() {
    assertThat(conversion.filing().schemaRefs()).containsExactly(NAME + ".xsd");
    assertThat(taxonomy().schemas().get(0).uri()).endsWith("/acme/" + NAME + ".xsd");
    assertThat(taxonomy().schemas()).extracting(Taxonomy.Document::uri)
        .contains("http://finfile.org/taxonomy/base/finfile-base.xsd");
    assertThat(taxonomy().problems()).isEmpty();
  }

  @Test
  void theDefaultNameIsTheIdentifierInLowerCaseAndTheLastEndDate() {
    var entity = new org.finfile.model.Entity("http://x", "ACME Corp.");
    List<org.finfile.model.Context> contexts = List.of(
        new org.finfile.model.Context("a", entity, Period.instant(java.time.LocalDate.of(2023, 12, 31))),
        new org.finfile.model.Context("b", entity, Period.duration(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 6, 30))));
    assertThat(Converter.defaultName("ACME Corp.", contexts)).isEqualTo("acme-corp-2024-06-30");
    assertThat(Converter.defaultName("ACME Corp.", List.of())).isEqualTo("acme-corp");
  }

  @Test
  void declaredConceptsAreItemsWithTheirPeriodTypeAndBalance() {
    Concept widget = taxonomy().concept(new QName(EXT, "WidgetSales")).orElseThrow();
    assertThat(widget.id()).isEqualTo("ext_WidgetSales");
    assertThat(widget.periodType()).isEqualTo(Concept.PeriodType.DURATION);
    assertThat(widget.balance()).isEqualTo(Concept.Balance.CREDIT);
    assertThat(widget.isMonetary()).isTrue();
    assertThat(widget.nillable()).isTrue();
    assertThat(widget.isAbstract()).isFalse();
    assertThat(taxonomy().labels().label(widget.name(), null, "en")).isEqualTo("Widget sales");
    assertThat(taxonomy().labels().label(widget.name(), "http://www.xbrl.org/2003/role/documentation", "en"))
        .isEqualTo("Revenue from widgets sold.");
    assertThat(taxonomy().labels().label(base("Revenues"), EXT + "/role/statementTotal", "en"))
        .isEqualTo("Total revenues");
    assertThat(taxonomy().dts().roleTypes().get(EXT + "/role/statementTotal").usedOn())
        .containsExactly(new QName(org.finfile.xml.Namespaces.LINK, "label"));
  }

  @Test
  void eachTableIsAStatementTitledAsTheMappingSays() {
    assertThat(taxonomy().presentation().networks()).extracting(Presentation.Network::role)
        .contains(EXT + "/role/IncomeStatement", EXT + "/role/BalanceSheet");
    assertThat(taxonomy().dts().roleTypes().get(EXT + "/role/BalanceSheet").usedOn())
        .containsExactlyInAnyOrder(new QName(org.finfile.xml.Namespaces.LINK, "presentationLink"),
            new QName(org.finfile.xml.Namespaces.LINK, "calculationLink"));
  }

  /** Each line of a statement: its depth in spaces and the label it is shown with. */
  private static List<String> shown(Presentation.Network n) {
    List<String> lines = new ArrayList<>();
    for (Presentation.Line l : n.lines()) {
      lines.add("  ".repeat(l.depth()) + taxonomy().labels().label(l.concept(), l.preferredLabel(), "en"));
    }
    return lines;
  }

  @Test
  void theBalanceSheetShowsTheDocumentsLinesNestedByTheMappingsLines() {
    List<String> lines = shown(network("Balance sheets"));
    assertThat(lines.get(0)).isEqualTo("Balance sheets");
    assertThat(lines.subList(3, lines.size())).containsExactly(
        "      Cash", "      Receivables", "      Total current assets", "    Equipment, net", "    Total assets",
        "  Payables", "  Total liabilities", "  Common stock", "  Retained earnings", "  Total equity",
        "  Total liabilities and equity");
    assertThat(network("Balance sheets").lines()).extracting(Presentation.Line::concept)
        .containsSubsequence(base("AssetsAbstract"), base("CurrentAssetsAbstract"), base("Cash"));
  }

  @Test
  void theIncomeStatementShowsEveryRowInOrderWithTheDocumentsLabels() {
    assertThat(shown(network("Statements of income"))).containsExactly("Statements of income",
        "  Widget sales", "  Installation services", "  Total revenues", "  Cost of revenues", "  Selling and marketing",
        "  General and administrative", "  Operating income", "  Income taxes", "  Net income");
  }

  @Test
  void declaredSumsBecomeCalculationsInTheStatementsRole() {
    Map<String, List<String>> sums = new TreeMap<>();
    for (Calculations.Summation s : taxonomy().calculations().summations()) {
      if (s.role().equals(EXT + "/role/BalanceSheet") || s.role().equals(EXT + "/role/IncomeStatement")) {
        sums.put(s.total().getLocalPart(), s.items().stream()
            .map(i -> i.concept().getLocalPart() + " " + i.weight().stripTrailingZeros().toPlainString()).toList());
      }
    }
    assertThat(sums).containsEntry("CurrentAssets", List.of("Cash 1", "AccountsReceivableNet 1"))
        .containsEntry("OperatingIncomeLoss", List.of("Revenues 1", "CostOfRevenue -1", "SalesAndMarketingExpense -1",
            "GeneralAndAdministrativeExpense -1"))
        .containsEntry("Revenues", List.of("WidgetSales 1", "InstallationServiceRevenue 1"))
        .containsEntry("LiabilitiesAndShareholdersEquity", List.of("Liabilities 1", "ShareholdersEquity 1"));
    assertThat(conversion.totals().checked()).isGreaterThanOrEqualTo(14);
    assertThat(conversion.totals().mismatches()).isEmpty();
  }

  @Test
  void aNegatedLabelUsesTheRegistrysRoleWithItsRoleRef() throws Exception {
    String text = MappingExtensionTest.acmeMapping()
        .replace("  <entity ", "  <label concept=\"base:CostOfRevenue\" role=\"negatedLabel\">Cost of revenues</label>\n  <entity ")
        .replace("concept=\"base:CostOfRevenue\" sum=", "concept=\"base:CostOfRevenue\" preferred-label=\"negatedLabel\" sum=");
    Path folder = dir.resolve("n");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("mapping.xml"), text, StandardCharsets.UTF_8);
    Conversion c = Finfile.convert(MappingExtensionTest.acme().resolve("acme.txt"), folder.resolve("mapping.xml"));
    String negated = "http://www.xbrl.org/2009/role/negatedLabel";
    assertThat(c.taxonomy().labels().label(base("CostOfRevenue"), negated, "en")).isEqualTo("Cost of revenues");
    assertThat(network(c, "Statements of income").lines()).filteredOn(l -> l.concept().equals(base("CostOfRevenue")))
        .extracting(Presentation.Line::preferredLabel).containsExactly(negated);
    Finfile.write(c, dir.resolve("out"), "acme.xml");
    assertThat(Files.readString(dir.resolve("out/" + NAME + "-lab.xml"), StandardCharsets.UTF_8))
        .contains("<link:roleRef roleURI=\"" + negated + "\" xlink:type=\"simple\""
            + " xlink:href=\"http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#negatedLabel\"/>");
    assertThat(Finfile.validate(dir.resolve("out/acme.xml")).problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void aLabelThatWouldBeATaxonomyConceptsSecondOfItsRoleIsRefused() throws Exception {
    String text = MappingExtensionTest.acmeMapping()
        .replace("  <entity ", "  <label concept=\"base:Cash\">Cash on hand</label>\n  <entity ");
    Path folder = dir.resolve("d");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("mapping.xml"), text, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Finfile.convert(MappingExtensionTest.acme().resolve("acme.txt"),
        folder.resolve("mapping.xml")))
        .hasMessageContaining("mapping.xml:" + MappingExtensionTest.lineOf(text, "Cash on hand"))
        .hasMessageContaining("base:Cash already has a label of role label in the taxonomy");
  }

  private static Presentation.Network network(Conversion c, String title) {
    return c.taxonomy().presentation().networks().stream().filter(n -> title.equals(n.definition())).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + title));
  }

  @Test
  void calculationsNoneWritesNoSumsForThatStatement() throws Exception {
    String text = MappingExtensionTest.acmeMapping().replace("<table id=\"balance-sheet\" title=\"Balance sheets\"",
        "<table id=\"balance-sheet\" title=\"Balance sheets\" calculations=\"none\"");
    Path folder = dir.resolve("m");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("mapping.xml"), text, StandardCharsets.UTF_8);
    Conversion c = Finfile.convert(MappingExtensionTest.acme().resolve("acme.txt"), folder.resolve("mapping.xml"));
    assertThat(c.taxonomy().calculations().summations()).extracting(Calculations.Summation::role)
        .doesNotContain(EXT + "/role/BalanceSheet").contains(EXT + "/role/IncomeStatement");
  }

  @Test
  void theWrittenFilesAreValidAndTheSameEveryRun() throws Exception {
    List<Path> first = Finfile.write(conversion, dir.resolve("a"), "acme.xml");
    Finfile.write(Finfile.convert(MappingExtensionTest.acme().resolve("acme.txt"), MappingExtensionTest.acme().resolve("mapping.xml")),
        dir.resolve("b"), "acme.xml");
    assertThat(first).extracting(p -> p.getFileName().toString())
        .contains("acme.xml", NAME + ".xsd", NAME + "-lab.xml", NAME + "-pre.xml", NAME + "-cal.xml", "acme.xbr");
    for (String f : List.of("acme.xml", NAME + ".xsd", NAME + "-lab.xml", NAME + "-pre.xml", NAME + "-cal.xml")) {
      assertThat(dir.resolve("b").resolve(f)).as(f).hasSameBinaryContentAs(dir.resolve("a").resolve(f));
    }
    Report report = Finfile.validate(dir.resolve("a/acme.xml"));
    assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    List<String> entries = new ArrayList<>();
    try (var zip = new java.util.zip.ZipFile(dir.resolve("a/acme.xbr").toFile())) {
      zip.stream().forEach(e -> entries.add(e.getName()));
    }
    assertThat(entries).anyMatch(e -> e.endsWith("/" + NAME + ".xsd")).anyMatch(e -> e.endsWith("/" + NAME + "-cal.xml"))
        .contains("acme/reports/acme.xbrl");
    String xsd = Files.readString(dir.resolve("a").resolve(NAME + ".xsd"), StandardCharsets.UTF_8);
    assertThat(xsd).contains("<xs:import namespace=\"http://finfile.org/taxonomy/base\" schemaLocation=\"http://finfile.org/taxonomy/base/finfile-base.xsd\"/>")
        .contains("<xs:element name=\"WidgetSales\" id=\"ext_WidgetSales\" type=\"xbrli:monetaryItemType\" substitutionGroup=\"xbrli:item\""
            + " xbrli:periodType=\"duration\" xbrli:balance=\"credit\" nillable=\"true\"/>")
        .contains("<link:definition>Balance sheets</link:definition>");
    assertThat(Files.readString(dir.resolve("a/acme.xml"), StandardCharsets.UTF_8)).contains("xlink:href=\"" + NAME + ".xsd\"");
  }

  @Test
  void balanceSheetFactsAreAtInstantsAndIncomeStatementFactsOverTheYear() {
    conversion.filing().facts().stream().filter(f -> f.concept().equals(base("Cash"))).forEach(f ->
        assertThat(f.context().period()).isInstanceOf(Period.Instant.class));
    conversion.filing().facts().stream().filter(f -> f.concept().equals(new QName(EXT, "WidgetSales"))).forEach(f ->
        assertThat(f.context().period()).isEqualTo(Period.duration(java.time.LocalDate.of(
            f.context().period() instanceof Period.Duration d ? d.end().getYear() : 0, 1, 1),
            ((Period.Duration) f.context().period()).end())));
    assertThat(conversion.filing().facts()).hasSize(40);
  }

  /** The totals fixture (a hand-written acme.xsd beside its mapping) with {@code extension} after its taxonomy. */
  private Path handWrittenWith(String extension) throws Exception {
    Path from = org.finfile.TestFiles.base().resolve("src/test/resources/totals");
    Path folder = dir.resolve("hand");
    Files.createDirectories(folder);
    for (String f : List.of("acme.txt", "acme.xsd", "acme-cal.xml")) {
      Files.copy(from.resolve(f), folder.resolve(f));
    }
    String text = Files.readString(from.resolve("mapping.xml"), StandardCharsets.UTF_8);
    String taxonomyElement = "<taxonomy href=\"acme.xsd\"/>";
    assertThat(text).contains(taxonomyElement);
    Files.writeString(folder.resolve("mapping.xml"), text.replace(taxonomyElement, taxonomyElement + "\n  " + extension),
        StandardCharsets.UTF_8);
    return folder;
  }

  @Test
  void anExtensionOverAHandWrittenTaxonomyIsPackagedWithIt() throws Exception {
    Path folder = handWrittenWith("<extension name=\"acme-ext\" namespace=\"http://acme.example/ext\" prefix=\"x\"/>");
    Conversion c = Finfile.convert(folder.resolve("acme.txt"), folder.resolve("mapping.xml"));
    assertThat(c.filing().schemaRefs()).containsExactly("acme-ext.xsd");
    assertThat(c.taxonomy().presentation().networks()).extracting(Presentation.Network::definition)
        .contains("Consolidated balance sheets", "Property and equipment");
    List<Path> written = Finfile.write(c, dir.resolve("out"), "acme.xml");
    assertThat(written).extracting(p -> p.getFileName().toString()).contains("acme-ext.xsd", "acme-ext-pre.xml", "acme.xsd", "acme-cal.xml");
    assertThat(Finfile.validate(dir.resolve("out/acme.xml")).problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    // the hand-written calculations still apply
    assertThat(c.totals().checked()).isPositive();
  }

  @Test
  void anExtensionInTheTaxonomysOwnNamespaceIsRefused() throws Exception {
    Path folder = handWrittenWith("<extension name=\"acme-ext\" namespace=\"http://acme.example/xbrl/2024-12-31\" prefix=\"x\"/>");
    String text = Files.readString(folder.resolve("mapping.xml"), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Finfile.convert(folder.resolve("acme.txt"), folder.resolve("mapping.xml")))
        .hasMessageContaining("mapping.xml:" + MappingExtensionTest.lineOf(text, "<extension ")
            + ": the extension's namespace http://acme.example/xbrl/2024-12-31 is a namespace of the taxonomy");
  }

  @Test
  void aTableThatContinuesAnotherJoinsItsStatement() throws Exception {
    String doc = Files.readString(MappingExtensionTest.acme().resolve("acme.txt"), StandardCharsets.UTF_8);
    assertThat(doc).contains("Total assets\t9,900\t8,500\nPayables");
    String mapping = MappingExtensionTest.acmeMapping();
    String split = "    <row label=\"Total assets\" concept=\"base:Assets\"/>\n    </line>\n";
    assertThat(mapping).contains(split);
    String liabilities = mapping.substring(mapping.indexOf(split) + split.length(), mapping.lastIndexOf("  </table>"));
    String changed = mapping.replace(split + liabilities, split)
        .replace("</table>\n</mapping>", "</table>\n  <table id=\"balance-sheet-2\" title=\"(continued)\" continues=\"balance-sheet\""
            + " first-label=\"Payables\" header-rows=\"0\">\n" + liabilities + "  </table>\n</mapping>");
    Path folder = dir.resolve("c");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("acme.txt"), doc.replace("Total assets\t9,900\t8,500\nPayables", "Total assets\t9,900\t8,500\n\nPayables"),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("mapping.xml"), changed, StandardCharsets.UTF_8);
    Conversion c = Finfile.convert(folder.resolve("acme.txt"), folder.resolve("mapping.xml"));
    assertThat(c.factsPerTable()).containsKeys("balance-sheet", "balance-sheet-2");
    Presentation.Network bs = network(c, "Balance sheets");
    assertThat(bs.lines()).extracting(l -> l.concept().getLocalPart()).containsSubsequence("Cash", "Assets", "AccountsPayable",
        "LiabilitiesAndShareholdersEquity");
    assertThat(c.taxonomy().presentation().networks()).noneMatch(n -> "(continued)".equals(n.definition()));
    assertThat(c.totals().mismatches()).isEmpty();
  }

  @Test
  void aBeginningBalanceIsShownWithThePeriodStartLabelAndTheEndingBalanceToo() throws Exception {
    String doc = Files.readString(MappingExtensionTest.acme().resolve("acme.txt"), StandardCharsets.UTF_8)
        + "\nSTATEMENTS OF CASH FLOWS\nFor the Year Ended December 31, 2024\n(in thousands of U.S. dollars)\n\n\tDec 31, 2024\n"
        + "Net income\t2,100\nOther changes\t-1,400\nIncrease in cash\t700\n"
        + "Cash at beginning of year\t1,900\nCash at end of year\t2,600\n";
    String text = MappingExtensionTest.acmeMapping().replace("</mapping>", """
          <table id="cash-flows" title="Statements of cash flows" header-rows="1" scale="3" currency="USD" calculations="none">
            <heading>STATEMENTS OF CASH FLOWS</heading>
            <row label="Net income" concept="base:NetIncomeLoss"/>
            <row label="Other changes" skip="not in this test"/>
            <row label="Increase in cash" skip="not in this test"/>
            <row label="Cash at beginning of year" concept="base:Cash" at="start"/>
            <row label="Cash at end of year" concept="base:Cash"/>
          </table>
        </mapping>""");
    Path folder = dir.resolve("cf");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("acme.txt"), doc, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("mapping.xml"), text, StandardCharsets.UTF_8);
    Conversion c = Finfile.convert(folder.resolve("acme.txt"), folder.resolve("mapping.xml"));
    String start = "http://www.xbrl.org/2003/role/periodStartLabel";
    List<Presentation.Line> cash = network(c, "Statements of cash flows").lines().stream()
        .filter(l -> l.concept().equals(base("Cash"))).toList();
    assertThat(cash).extracting(Presentation.Line::preferredLabel).hasSize(2).contains(start);
    assertThat(c.taxonomy().labels().label(base("Cash"), start, "en")).isNotBlank();
    Finfile.write(c, dir.resolve("cf-out"), "acme.xml");
    assertThat(Finfile.validate(dir.resolve("cf-out/acme.xml")).problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    // XLink: no two arcs of one extended link share their from and to; the second Cash line has a locator of its own
    String pre = Files.readString(dir.resolve("cf-out/" + NAME + "-pre.xml"), StandardCharsets.UTF_8);
    for (String link : pre.split("</link:presentationLink>")) {
      List<String> pairs = java.util.regex.Pattern.compile("xlink:from=\"([^\"]+)\" xlink:to=\"([^\"]+)\"").matcher(link)
          .results().map(m -> m.group(1) + " -> " + m.group(2)).toList();
      assertThat(pairs).doesNotHaveDuplicates();
    }
    assertThat(pre).contains("xlink:label=\"loc_base_Cash_2\"");
  }
}
