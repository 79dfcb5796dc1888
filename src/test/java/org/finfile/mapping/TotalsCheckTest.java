package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.model.Unit;
import org.finfile.validate.Report;
import org.finfile.validate.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * convert checks totals with its taxonomy's calculations and tells each one that does not add
 * up in the document's terms: the total's line, the rows as printed, the table's scale.
 */
class TotalsCheckTest {
  @TempDir
  Path dir;

  static Path acme() {
    return TestFiles.base().resolve("src/test/resources/totals");
  }

  /** acme.txt with each {@code from} replaced by the {@code to} after it, converted with the acme mapping. */
  private Conversion convert(String... fromTo) throws Exception {
    return convert(List.of(fromTo), List.of());
  }

  /** As {@link #convert(String...)}, the mapping edited too (beside a copy of the taxonomy). */
  private Conversion convert(List<String> documentFromTo, List<String> mappingFromTo) throws Exception {
    for (String file : List.of("acme.xsd", "acme-cal.xml")) {
      Files.copy(acme().resolve(file), dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Path doc = dir.resolve("acme.txt");
    Files.writeString(doc, edited(acme().resolve("acme.txt"), documentFromTo), StandardCharsets.UTF_8);
    Path mapping = dir.resolve("mapping.xml");
    Files.writeString(mapping, edited(acme().resolve("mapping.xml"), mappingFromTo), StandardCharsets.UTF_8);
    return Finfile.convert(doc, mapping);
  }

  private static String edited(Path file, List<String> fromTo) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (int i = 0; i < fromTo.size(); i += 2) {
      assertThat(text).as(file.getFileName() + " holds " + fromTo.get(i)).contains(fromTo.get(i));
      text = text.replace(fromTo.get(i), fromTo.get(i + 1));
    }
    return text;
  }

  private static List<String> lines(Conversion c) {
    return c.totals().mismatches().stream().map(Conversion.Mismatch::line).toList();
  }

  @Test
  void totalsThatAddUpGiveNoMismatchAndAreCounted() throws Exception {
    Conversion c = convert();
    // 2 columns × (current assets, total assets, property, gross profit)
    assertThat(c.totals().checked()).isEqualTo(8);
    assertThat(c.totals().mismatches()).isEmpty();
    assertThat(c.summary("acme.txt")).endsWith("; 8 totals checked, 0 do not add up");
  }

  @Test
  void aWrongTotalIsToldInTheDocumentsTerms() throws Exception {
    Conversion c = convert("Total current assets\t5,800", "Total current assets\t5,850",
        "Total assets\t9,800", "Total assets\t9,850");
    assertThat(lines(c)).containsExactly("acme.txt:10: Total current assets prints 5,850 but its lines sum to 5,800"
        + " (off by 50, USD thousands): Cash 2,600 (line 8), Receivables 3,200 (line 9)");
    assertThat(c.totals().mismatches().get(0).location()).isEqualTo("acme.txt:10");
    assertThat(c.summary("acme.txt")).endsWith("; 8 totals checked, 1 does not add up");
  }

  @Test
  void aLineSubtractedIsShownWithLess() throws Exception {
    Conversion c = convert("Gross profit\t4,000", "Gross profit\t4,100");
    assertThat(lines(c)).containsExactly("acme.txt:29: Gross profit prints 4,100 but its lines sum to 4,000"
        + " (off by 100, USD thousands): Revenues 10,000 (line 27), less Cost of revenues 6,000 (line 28)");
  }

  @Test
  void anItemFromAnotherTableNamesItsTable() throws Exception {
    Conversion c = convert("Total assets\t9,800", "Total assets\t9,850");
    assertThat(lines(c)).containsExactly("acme.txt:12: Total assets prints 9,850 but its lines sum to 9,800"
        + " (off by 50, USD thousands): Total current assets 5,800 (line 10),"
        + " Property and equipment, net 4,000 (table property, line 21)");
  }

  @Test
  void theEarlierColumnIsCheckedToo() throws Exception {
    Conversion c = convert("Receivables\t3,200\t3,000", "Receivables\t3,200\t3,100");
    assertThat(lines(c)).containsExactly("acme.txt:10: Total current assets prints 5,000 but its lines sum to 5,100"
        + " (off by 100, USD thousands): Cash 2,000 (line 8), Receivables 3,100 (line 9)");
  }

  @Test
  void aDifferenceTheRoundingOfThePrintedFiguresExplainsIsNoMismatch() throws Exception {
    // 5,801 thousand stands for [5,800.5, 5,801.5]; 2,600 + 3,200 for [5,799, 5,801]: they meet
    assertThat(convert("Total current assets\t5,800", "Total current assets\t5,801").totals().mismatches()).isEmpty();
    // 5,802 stands for [5,801.5, 5,802.5]: out of reach; total assets 9,800 no longer meets 5,802 + 4,000 either
    assertThat(lines(convert("Total current assets\t5,800", "Total current assets\t5,802"))).containsExactly(
        "acme.txt:10: Total current assets prints 5,802 but its lines sum to 5,800 (off by 2, USD thousands):"
            + " Cash 2,600 (line 8), Receivables 3,200 (line 9)",
        "acme.txt:12: Total assets prints 9,800 but its lines sum to 9,802 (off by 2, USD thousands):"
            + " Total current assets 5,802 (line 10), Property and equipment, net 4,000 (table property, line 21)");
  }

  @Test
  void labelsAreShownWholeWithTheirApostrophesAndNoControlCharacters() throws Exception {
    // two apostrophes far apart once clipped the text between them as if it were a long quotation
    Conversion c = convert(List.of("Cash\t", "Owners' cash, the company's own, held at banks and in hand\t",
        "Receivables\t", "Customers' receivables \u009b31mnet\t",
        "Total current assets\t5,800", "Total current assets\t5,850",
        "Total assets\t9,800", "Total assets\t9,850"),
        List.of("label=\"Cash\"", "label=\"Owners' cash, the company's own, held at banks and in hand\"",
            "label=\"Receivables\"", "label=\"Customers' receivables &#x9b;31mnet\""));
    assertThat(lines(c)).containsExactly("acme.txt:10: Total current assets prints 5,850 but its lines sum to 5,800"
        + " (off by 50, USD thousands): Owners' cash, the company's own, held at banks and in hand 2,600 (line 8),"
        + " Customers' receivables \\u009b31mnet 3,200 (line 9)");
  }

  @Test
  void negativeAndFractionalFiguresKeepTheirPrintedDigits() {
    assertThat(TotalsCheck.Printed.format(new BigDecimal("-1234500"), 3, 1)).isEqualTo("-1,234.5");
    assertThat(TotalsCheck.Printed.format(new BigDecimal("1234567890"), 6, 0)).isEqualTo("1,234.56789");
    assertThat(TotalsCheck.Printed.format(new BigDecimal("999"), 0, 2)).isEqualTo("999.00");
    assertThat(TotalsCheck.Printed.format(new BigDecimal("1500"), 3, 0)).isEqualTo("1.5");
  }

  @Test
  void theUnitIsItsCurrencyAndScaleWord() {
    Unit usd = Unit.of("USD", new QName(Unit.ISO4217, "USD"));
    assertThat(TotalsCheck.unitWords(usd, 0)).isEqualTo("USD");
    assertThat(TotalsCheck.unitWords(usd, 3)).isEqualTo("USD thousands");
    assertThat(TotalsCheck.unitWords(usd, 6)).isEqualTo("USD millions");
    assertThat(TotalsCheck.unitWords(usd, 9)).isEqualTo("USD billions");
    assertThat(TotalsCheck.unitWords(usd, 2)).isEqualTo("USD ×10^2");
    assertThat(TotalsCheck.unitWords(Unit.of("pure", Unit.PURE), -2)).isEqualTo("percent");
    Unit perShare = new Unit("JPYPerShare", List.of(new QName(Unit.ISO4217, "JPY")), List.of(Unit.SHARES));
    assertThat(TotalsCheck.unitWords(perShare, 0)).isEqualTo("JPY/shares");
  }

  @Test
  void aTotalOfThousandsOfLinesNamesTheFirstAndCountsTheRest() {
    Unit usd = Unit.of("USD", new QName(Unit.ISO4217, "USD"));
    org.finfile.model.Context ctx = new org.finfile.model.Context("c", new org.finfile.model.Entity("http://x.example", "X"),
        new org.finfile.model.Period.Instant(java.time.LocalDate.of(2024, 12, 31)));
    java.util.function.BiFunction<Integer, String, org.finfile.model.Fact> fact = (line, printed) -> new org.finfile.model.Fact(
        "f" + line, new QName("http://x.example", "Line" + line), ctx, usd,
        new org.finfile.model.FactValue.Numeric(new BigDecimal(printed.replace(",", "")).movePointRight(3)),
        org.finfile.model.Accuracy.Decimals.of(-3), new org.finfile.model.Source("big.txt", "t", line, 2, line, printed));
    List<org.finfile.validate.FilingCalculations.Item> items = new java.util.ArrayList<>();
    for (int i = 1; i <= 5_000; i++) {
      items.add(new org.finfile.validate.FilingCalculations.Item(fact.apply(i, "1"), BigDecimal.ONE));
    }
    org.finfile.model.Fact total = fact.apply(5_001, "5,001");
    org.finfile.taxonomy.Calculations.Summation s = new org.finfile.taxonomy.Calculations.Summation("r", total.concept(),
        List.of());
    Conversion.Mismatch p = new TotalsCheck(List.of()).mismatch(new org.finfile.validate.FilingCalculations.Inconsistency(s, total,
        org.finfile.validate.Interval.printed(new BigDecimal("5001000"), -3), null, items));
    assertThat(p.location()).isEqualTo("big.txt:5001");
    assertThat(p.message()).startsWith("Line5001 prints 5,001 but its lines sum to 5,000 (off by 1, USD thousands):"
        + " Line1 1 (line 1), Line2 1 (line 2), ");
    assertThat(p.message()).matches(".* \\(line \\d+\\), … \\(\\d+ more\\)").hasSizeLessThan(2_200);
  }

  @Test
  void theIijExampleAddsUp() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    assertThat(c.totals().checked()).isEqualTo(121);
    assertThat(lines(c)).isEmpty();
  }

  @Test
  void convertAndValidateFindTheSameWrongTotalsInTheExample() throws Exception {
    String text = Files.readString(TestFiles.exampleDocument(), StandardCharsets.UTF_8);
    String from = "Total current assets\t";
    int at = text.indexOf(from);
    assertThat(at).as("the example has a total current assets line").isNotNegative();
    int end = text.indexOf('\n', at);
    String line = text.substring(at, end);
    // the JPY figure of the latest balance sheet, one thousand yen higher
    String[] cells = line.split("\t", -1);
    String jpy = cells[2];
    long value = Long.parseLong(jpy.replace(",", ""));
    cells[2] = String.format(java.util.Locale.ROOT, "%,d", value + 1_000);
    Path doc = dir.resolve("iij-fy2002.txt");
    Files.writeString(doc, text.substring(0, at) + String.join("\t", cells) + text.substring(end), StandardCharsets.UTF_8);
    int lineNumber = (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;

    Conversion c = Finfile.convert(doc, TestFiles.exampleMapping());
    List<String> found = lines(c);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0)).startsWith("iij-fy2002.txt:" + lineNumber + ": Total current assets prints " + cells[2]
        + " but its lines sum to " + jpy + " (off by 1,000, JPY thousands): ");
    Path out = dir.resolve("out");
    Finfile.write(c, out, "iij-fy2002.xml");
    Report report = Finfile.validate(out.resolve("iij-fy2002.xml"));
    long inconsistent = report.problems().stream().filter(p -> p.code().equals(Rules.CALC)).count();
    assertThat(inconsistent).as(report.problems().toString()).isEqualTo(found.size());
  }
}
