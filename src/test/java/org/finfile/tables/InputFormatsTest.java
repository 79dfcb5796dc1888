package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.Finfile;
import org.finfile.mapping.Conversion;
import org.finfile.model.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One made-up income statement as TSV, CSV, XLSX and HTML converts with one mapping to the same facts. */
class InputFormatsTest {
  static final String MAPPING = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:base="http://finfile.org/taxonomy/base"
               xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
        <taxonomy href="http://finfile.org/taxonomy/base/finfile-base.xsd"/>
        <entity scheme="http://www.sec.gov/CIK" identifier="0000000042"/>
        <fiscal-year end="--12-31" named-by="end"/>
        <units><unit item-type="xbrli:monetaryItemType" currency="numerator"/></units>
        <columns><empty text="n/a" reason="not applicable"/></columns>
        <table id="income" title="Income statement" header-rows="1" scale="6" currency="USD">
          <heading>Acme Widgets income statement</heading>
          <row label="Revenues" concept="base:Revenues"/>
          <row label="Cost of revenue" concept="base:CostOfRevenue"/>
          <row label="Operating income" concept="base:OperatingIncomeLoss"/>
          <row label="Other income, net" concept="base:OtherIncomeExpenseNet"/>
          <row label="Net income attributable to common shareholders" concept="base:NetIncomeLoss"/>
        </table>
      </mapping>
      """;

  static final String TSV = """
      Acme Widgets income statement
      (in millions, except per share data)

      \tFY2024\tFY2023
      Revenues\t12,500\t11,000
      Cost of revenue\t(2,851)\t(2,500)
      Operating income\t9,649\t8,500
      Other income, net\t—\tn/a
      Net income attributable to common shareholders\t9,649\t8,500
      """;

  static final String CSV = """
      Acme Widgets income statement,,
      "(in millions, except per share data)",,

      ,FY2024,FY2023
      Revenues,"$ 12,500","$11,000"
      Cost of revenue,"(2,851)","(2,500)"
      Operating income,"9,649 ","8,500"
      "Other income, net",—,N/A
      Net income attributable to common shareholders,"9,649","8,500"
      """;

  static final String HTML = """
      <html><head><meta charset="utf-8"><title>Acme</title></head><body>
      <p>Acme Widgets income statement</p>
      <table>
        <tr><td colspan="7">(in millions, except per share data)</td></tr>
        <tr><td></td><td></td><td colspan="3">FY2024<sup>(1)</sup></td><td colspan="2">FY2023</td></tr>
        <tr><td>Revenues</td><td></td><td>$</td><td>12,500</td><td></td><td>$</td><td>11,000</td></tr>
        <tr><td>Cost of revenue</td><td></td><td></td><td>(2,851</td><td>)</td><td></td><td>(2,500)</td></tr>
        <tr><td>Operating income</td><td></td><td></td><td>9,649</td><td></td><td></td><td>8,500</td></tr>
        <tr><td>Other income, net</td><td></td><td></td><td>&mdash;</td><td></td><td></td><td>n/a</td></tr>
        <tr><td>Net income attributable to</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
        <tr><td>common shareholders</td><td></td><td>$</td><td>9,649</td><td></td><td>$</td><td>8,500</td></tr>
      </table>
      <p>(1) Audited.</p>
      </body></html>
      """;

  @TempDir
  Path dir;
  Path mapping;

  @BeforeEach
  void writeMapping() throws Exception {
    mapping = Files.writeString(dir.resolve("mapping.xml"), MAPPING);
  }

  static Path workbook(Path file) throws Exception {
    return new Workbooks().sheet("Income")
        .text("B1", "Acme Widgets income statement")
        .text("B2", "(in millions, except per share data)")
        .text("C4", "FY2024").text("D4", "FY2023")
        .text("B5", "Revenues").number("C5", 12500, "\"$\"#,##0").number("D5", 11000, "#,##0")
        .text("B6", "Cost of revenue").number("C6", -2851, "#,##0;(#,##0)").number("D6", -2500, "#,##0;(#,##0)")
        .text("B7", "Operating income").formula("C7", "C5+C6", "#,##0").formula("D7", "D5+D6", "#,##0")
        .text("B8", "Other income, net").text("C8", "—").text("D8", "n/a")
        .text("B9", "Net income attributable to common shareholders").formula("C9", "C7", "#,##0").number("D9", 8500, null)
        .write(file);
  }

  private List<String> facts(Path document) throws Exception {
    Conversion c = Finfile.convert(document, mapping);
    return c.filing().facts().stream().map(InputFormatsTest::fact).sorted().toList();
  }

  static String fact(Fact f) {
    String value = f.value() instanceof org.finfile.model.FactValue.Numeric n ? n.value().toPlainString() : f.value().toString();
    return f.concept().getLocalPart() + " " + f.context().period() + " " + f.unit() + " " + value + " " + f.accuracy();
  }

  @Test
  void tsvCsvXlsxAndHtmlGiveTheSameFacts() throws Exception {
    List<String> tsv = facts(Files.writeString(dir.resolve("acme.tsv"), TSV));
    List<String> csv = facts(Files.writeString(dir.resolve("acme.csv"), CSV));
    List<String> xlsx = facts(workbook(dir.resolve("acme.xlsx")));
    List<String> html = facts(Files.writeString(dir.resolve("acme.html"), HTML));
    assertThat(tsv).hasSize(9); // ten cells, one n/a skipped; the dash is a nil
    assertThat(tsv.stream().filter(f -> f.startsWith("Revenues ") && f.contains("2024"))).singleElement()
        .asString().contains("12500000000");
    assertThat(csv).isEqualTo(tsv);
    assertThat(xlsx).isEqualTo(tsv);
    assertThat(html).isEqualTo(tsv);
  }

  @Test
  void theSkippedCellIsCountedWithTheMappingsReason() throws Exception {
    Conversion c = Finfile.convert(Files.writeString(dir.resolve("acme.csv"), CSV, StandardCharsets.UTF_8), mapping);
    assertThat(c.skipped()).containsEntry("not applicable", 1);
  }
}
