package org.finfile.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Period;
import org.finfile.render.Renderer;
import org.finfile.tables.Document;
import org.finfile.tables.Documents;
import org.finfile.tables.TabBlock;
import org.finfile.validate.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples beside the IIJ release, each converted from its mapping alone: a US GAAP quarterly
 * release as an HTML exhibit (Netflix, third quarter 2010) and an IFRS annual statement in EUR as
 * an XLSX workbook (the Titan Cement group, 2016).
 */
class ExamplesTest {
  static Conversion netflix;
  static Conversion titan;

  @BeforeAll
  static void convert() throws Exception {
    netflix = Finfile.convert(document("netflix-2010q3", "netflix-2010q3.html"), mapping("netflix-2010q3"));
    titan = Finfile.convert(document("titan-2016", "titan-2016.xlsx"), mapping("titan-2016"));
  }

  static Path document(String example, String file) {
    return TestFiles.base().resolve("examples").resolve(example).resolve(file);
  }

  static Path mapping(String example) {
    return TestFiles.base().resolve("examples").resolve(example).resolve("mapping.xml");
  }

  static Conversion conversion(String example) {
    return example.startsWith("netflix") ? netflix : titan;
  }

  @ParameterizedTest
  @ValueSource(strings = {"netflix-2010q3", "titan-2016"})
  void convertsAndValidatesWithNoErrorsAndEveryTotalAddsUp(String example, @TempDir Path dir) throws Exception {
    Conversion c = conversion(example);
    List<Path> written = Finfile.write(c, dir, example + ".xml");
    Report report = Finfile.validate(written.get(0));
    assertThat(report.problems()).filteredOn(p -> p.severity() == org.finfile.validate.Severity.ERROR).isEmpty();
    assertThat(report.errors()).isZero();
    assertThat(c.totals().mismatches()).isEmpty();
    assertThat(c.totals().checked()).isPositive();
  }

  @Test
  void netflixFactsPerStatement() {
    // operations: 20 rows x 4 columns; balance sheet: 26 rows x 2; cash flows: 35 rows x 4; the entity's name
    assertThat(netflix.factsPerTable()).containsExactly(
        Map.entry("operations", 80), Map.entry("balance-sheet", 52), Map.entry("cash-flows", 140));
    assertThat(netflix.filing().facts()).hasSize(80 + 52 + 140 + 1);
  }

  @Test
  void netflixQuarterAndNineMonthColumnsAreTheirOwnPeriods() {
    Fact quarter = fact(netflix, "Revenues", Period.duration(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 9, 30)));
    assertThat(value(quarter)).isEqualByComparingTo("553219000");
    assertThat(quarter.unit().id()).isEqualTo("USD");
    assertThat(quarter.accuracy()).isEqualTo(Accuracy.Decimals.of(-3));
    Fact nineMonths = fact(netflix, "Revenues", Period.duration(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 9, 30)));
    assertThat(value(nineMonths)).isEqualByComparingTo("1566703000");
    Fact lastYear = fact(netflix, "NetIncomeLoss", Period.duration(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 9, 30)));
    assertThat(value(lastYear)).isEqualByComparingTo("84947000");
  }

  @Test
  void netflixPerShareAmountsAreNotInThousands() {
    Fact diluted = fact(netflix, "EarningsPerShareDiluted", Period.duration(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 9, 30)));
    assertThat(value(diluted)).isEqualByComparingTo("2.09");
    assertThat(diluted.unit().id()).isEqualTo("USD-per-shares");
    assertThat(diluted.accuracy()).isEqualTo(Accuracy.Decimals.of(2));
    Fact shares = fact(netflix, "WeightedAverageNumberOfSharesOutstandingBasic",
        Period.duration(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 9, 30)));
    assertThat(value(shares)).isEqualByComparingTo("52142000");
    assertThat(shares.unit().id()).isEqualTo("shares");
  }

  @Test
  void netflixSplitNegativesEmDashesWrappedLabelAndBeginningBalance() {
    Fact gain = fact(netflix, "DvdDisposalsInOperatingExpenses", Period.duration(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 9, 30)));
    assertThat(value(gain)).isEqualByComparingTo("-1232000");
    assertThat(gain.source().text()).isEqualTo("(1,232)");
    Fact paidIn = fact(netflix, "AdditionalPaidInCapital", Period.instant(LocalDate.of(2010, 9, 30)));
    // the exhibit prints zeros as em-dashes, and the mapping says so (<columns dash="zero">)
    assertThat(value(paidIn)).isEqualByComparingTo("0");
    assertThat(paidIn.source().text()).isEqualTo("—");
    Fact common = fact(netflix, "CommonStockValue", Period.instant(LocalDate.of(2009, 12, 31)));
    assertThat(value(common)).isEqualByComparingTo("53000");
    List<Fact> cashAtStart = netflix.filing().facts().stream()
        .filter(f -> f.concept().getLocalPart().equals("CashAndCashEquivalentsAtCarryingValue")
            && f.context().period().equals(Period.instant(LocalDate.of(2009, 12, 31))))
        .toList();
    assertThat(cashAtStart).extracting(f -> f.source().table()).contains("balance-sheet", "cash-flows");
    assertThat(cashAtStart).allSatisfy(f -> assertThat(value(f)).isEqualByComparingTo("134224000"));
  }

  @Test
  void titanFactsPerStatement() {
    // income statement: 25 rows x 2 columns; financial position: 35 rows x 2; cash flows: 25 rows x 2; the entity's name
    assertThat(titan.factsPerTable()).containsExactly(
        Map.entry("income-statement", 50), Map.entry("financial-position", 70), Map.entry("cash-flows", 50));
    assertThat(titan.filing().facts()).hasSize(50 + 70 + 50 + 1);
  }

  @Test
  void titanEurosInThousandsFromAWorkbook() {
    Fact turnover = fact(titan, "Revenue", Period.duration(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
    assertThat(value(turnover)).isEqualByComparingTo("1509153000");
    assertThat(turnover.unit().id()).isEqualTo("EUR");
    Fact cost = fact(titan, "CostOfSales", Period.duration(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
    assertThat(value(cost)).isEqualByComparingTo("-1039425000");
    Fact assets = fact(titan, "Assets", Period.instant(LocalDate.of(2017, 12, 31)));
    assertThat(value(assets)).isEqualByComparingTo("2595467000");
    Fact basic = fact(titan, "BasicEarningsLossPerShare", Period.duration(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
    assertThat(value(basic)).isEqualByComparingTo("1.5612");
    assertThat(basic.unit().id()).isEqualTo("EUR-per-shares");
    assertThat(basic.accuracy()).isEqualTo(Accuracy.Decimals.of(4));
    Fact noLosses = fact(titan, "LossesFromParticipationsAndInvestments",
        Period.duration(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
    assertThat(noLosses.value()).isInstanceOf(FactValue.Nil.class);
  }

  @Test
  void titanCurrentLiabilitiesAndFinancingLinesAsPublished() {
    Period end2017 = Period.instant(LocalDate.of(2017, 12, 31));
    assertThat(value(fact(titan, "ShortTermBorrowings", end2017))).isEqualByComparingTo("56825000");
    assertThat(value(fact(titan, "TradeAndOtherCurrentPayables", end2017))).isEqualByComparingTo("228433000");
    BigDecimal parts = value(fact(titan, "ShortTermBorrowings", end2017))
        .add(value(fact(titan, "TradeAndOtherCurrentPayables", end2017)))
        .add(value(fact(titan, "OtherCurrentLiabilities", end2017)));
    assertThat(parts).isEqualByComparingTo(value(fact(titan, "CurrentLiabilities", end2017)));
    Period year2016 = Period.duration(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));
    Fact repaid = fact(titan, "PaymentsOfBorrowings", year2016);
    assertThat(value(repaid)).isEqualByComparingTo("-511820000");
    assertThat(repaid.source().table()).isEqualTo("cash-flows");
    assertThat(value(fact(titan, "ProceedsFromBorrowings", year2016))).isEqualByComparingTo("674505000");
    assertThat(fact(titan, "ProceedsFromGovernmentGrants", year2016).value()).isInstanceOf(FactValue.Nil.class);
    assertThat(value(fact(titan, "ProceedsFromGovernmentGrants",
        Period.duration(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31))))).isEqualByComparingTo("227000");
  }

  @Test
  void statementsAreRenderedWithTheExamplesOwnTitlesAndLines() throws Exception {
    Map<String, byte[]> files = Renderer.renderFiles(netflix.filing(), netflix.taxonomy(), Renderer.Format.STATEMENTS_CSV, "nflx");
    Map<String, String> firstLines = files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> new String(e.getValue(), StandardCharsets.UTF_8).lines().findFirst().orElse("")));
    assertThat(firstLines.values()).anySatisfy(l -> assertThat(l).startsWith("Consolidated statements of operations,"))
        .anySatisfy(l -> assertThat(l).startsWith("Consolidated balance sheets,"))
        .anySatisfy(l -> assertThat(l).startsWith("Consolidated statements of cash flows,"));
    assertThat(files).hasSize(3);
    String cash = files.entrySet().stream().filter(e -> firstLines.get(e.getKey()).startsWith("Consolidated statements of cash"))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    assertThat(cash).contains("    Gain on disposal of DVDs,-2142000,-2491000,-8428000,-5030000")
        .containsPattern("beginning of period\"?,107327000,87471000,134224000,139881000")
        .containsPattern("end of period\"?,113108000,55717000,113108000,55717000");
    Map<String, byte[]> titanFiles = Renderer.renderFiles(titan.filing(), titan.taxonomy(), Renderer.Format.STATEMENTS_CSV, "titan");
    assertThat(titanFiles.values()).extracting(b -> new String(b, StandardCharsets.UTF_8).lines().findFirst().orElse(""))
        .anySatisfy(l -> assertThat(l).startsWith("Consolidated income statement,"))
        .anySatisfy(l -> assertThat(l).startsWith("Consolidated statement of financial position,"))
        .anySatisfy(l -> assertThat(l).startsWith("Consolidated cash flow statement,"));
  }

  @Test
  void theCommittedWorkbookHoldsWhatItsGeneratorWrites(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("titan-2016.xlsx");
    TitanWorkbook.write(fresh);
    Document committed = Documents.read(document("titan-2016", "titan-2016.xlsx"), "titan-2016.xlsx", null);
    Document written = Documents.read(fresh, "titan-2016.xlsx", null);
    assertThat(cells(committed)).isEqualTo(cells(written)).isNotEmpty();
  }

  private static List<List<String>> cells(Document d) {
    return d.blocks().stream().flatMap(b -> java.util.stream.Stream.concat(
        b.heading().stream().map(l -> List.of(l.text())), b.rows().stream().map(TabBlock.Row::cells))).toList();
  }

  private static Fact fact(Conversion c, String localName, Period period) {
    List<Fact> found = c.filing().facts().stream()
        .filter(f -> f.concept().getLocalPart().equals(localName) && f.context().period().equals(period)).toList();
    assertThat(found).as(localName + " " + period).isNotEmpty();
    return found.get(0);
  }

  private static BigDecimal value(Fact f) {
    assertThat(f.value()).as(f.concept().getLocalPart()).isInstanceOf(FactValue.Numeric.class);
    return ((FactValue.Numeric) f.value()).value();
  }
}
