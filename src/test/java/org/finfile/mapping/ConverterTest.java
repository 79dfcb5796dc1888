package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example release converted: every table, every numeric cell but the derived ones. */
class ConverterTest {
  static Conversion conversion;

  @BeforeAll
  static void convert() throws Exception {
    conversion = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
  }

  @Test
  void everyTableComesThroughWhole() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("cross-selling", 6);
    expected.put("contracts", 21);
    expected.put("contracts-dialup", 9);
    expected.put("dedicated-access-revenue", 6);
    expected.put("bandwidth", 9);
    expected.put("backbone-costs", 6);
    expected.put("statistics", 9);
    expected.put("reconciliation-ebitda", 15);
    expected.put("reconciliation-capex", 9);
    expected.put("operations-quarter", 104);
    expected.put("operations-year", 77);
    expected.put("balance-sheet", 132);
    expected.put("cash-flows-quarter", 112);
    expected.put("cash-flows-year", 90);
    assertThat(conversion.factsPerTable()).containsExactlyEntriesOf(expected);
    assertThat(conversion.filing().facts()).hasSize(605 + 1);
    assertThat(conversion.filing().contexts()).hasSize(11);
    assertThat(conversion.filing().units()).extracting(u -> u.id())
        .containsExactlyInAnyOrder("JPY", "USD", "JPY-per-shares", "JPY-per-ADS", "shares", "ADS", "pure", "Gbps");
  }

  @Test
  void derivedColumnsAreSkippedWithTheirReasons() {
    assertThat(conversion.skipped()).containsOnly(
        Map.entry("percentage of total revenues (derived)", 115),
        Map.entry("year-over-year change (derived)", 46),
        Map.entry("quarter-over-quarter change (derived)", 23),
        Map.entry("percentage of total assets (derived)", 99));
  }

  @Test
  void amountsInThousandsBecomeExactValuesWithTheirPrecision() {
    Fact total = fact("operations-quarter", "13,036,439");
    assertThat(total.concept().getLocalPart()).isEqualTo("Revenues");
    assertThat(value(total)).isEqualTo("13036439000");
    assertThat(total.accuracy()).isEqualTo(Accuracy.Decimals.of(-3));
    assertThat(total.unit().id()).isEqualTo("JPY");
    assertThat(total.context().period()).isEqualTo(Period.duration(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 3, 31)));
    Fact usd = fact("operations-quarter", "110,413");
    assertThat(value(usd)).isEqualTo("110413000");
    assertThat(usd.unit().id()).isEqualTo("USD");
  }

  @Test
  void negativesInParenthesesAndUnderlinedTotals() {
    assertThat(value(fact("operations-year", "<u>(1,670,889)</u>"))).isEqualTo("-1670889000");
    assertThat(value(fact("reconciliation-ebitda", "-3,470"))).isEqualTo("-3470000000");
  }

  @Test
  void perShareAndShareCountsAreNotInThousands() {
    Fact perShare = fact("operations-quarter", "(95,041)");
    assertThat(value(perShare)).isEqualTo("-95041");
    assertThat(perShare.unit().id()).isEqualTo("JPY-per-shares");
    Fact perAds = fact("operations-year", "(207.38)");
    assertThat(value(perAds)).isEqualTo("-207.38");
    assertThat(perAds.accuracy()).isEqualTo(Accuracy.Decimals.of(2));
    assertThat(perAds.unit().id()).isEqualTo("JPY-per-ADS");
    assertThat(value(fact("operations-quarter", "44,960,000"))).isEqualTo("44960000");
  }

  @Test
  void ratiosCountsAndBandwidth() {
    Fact rate = fact("cross-selling", "69.7%");
    assertThat(rate.concept().getLocalPart()).isEqualTo("CrossSellingRateValueAddedService");
    assertThat(value(rate)).isEqualTo("0.697");
    assertThat(rate.accuracy()).isEqualTo(Accuracy.Decimals.of(3));
    assertThat(rate.context().period()).isEqualTo(Period.duration(LocalDate.of(2001, 4, 1), LocalDate.of(2002, 3, 31)));
    Fact contracts = fact("contracts-dialup", "529,784");
    assertThat(value(contracts)).isEqualTo("529784");
    assertThat(contracts.unit().id()).isEqualTo("pure");
    assertThat(contracts.context().period()).isEqualTo(Period.instant(LocalDate.of(2003, 3, 31)));
    Fact gbps = fact("bandwidth", "32.1");
    assertThat(gbps.unit().id()).isEqualTo("Gbps");
    assertThat(gbps.accuracy()).isEqualTo(Accuracy.Decimals.of(1));
  }

  @Test
  void fiscalLabelsAndMillions() {
    Fact ebitda = fact("reconciliation-ebitda", "1,799");
    assertThat(value(ebitda)).isEqualTo("1799000000");
    assertThat(ebitda.accuracy()).isEqualTo(Accuracy.Decimals.of(-6));
    assertThat(ebitda.context().period()).isEqualTo(Period.duration(LocalDate.of(2002, 4, 1), LocalDate.of(2003, 3, 31)));
    Fact q = fact("statistics", "1519");
    assertThat(q.context().period()).isEqualTo(Period.duration(LocalDate.of(2002, 10, 1), LocalDate.of(2002, 12, 31)));
  }

  @Test
  void aDashIsANilFactAndABeginningBalanceIsAnInstantBeforeThePeriod() {
    long nil = conversion.filing().facts().stream().filter(f -> f.value() instanceof FactValue.Nil).count();
    assertThat(nil).isEqualTo(16);
    Fact beginning = conversion.filing().facts().stream()
        .filter(f -> f.source() != null && f.source().table().equals("cash-flows-quarter") && f.source().text().equals("11,166,077"))
        .findFirst().orElseThrow();
    assertThat(beginning.concept().getLocalPart()).isEqualTo("Cash");
    assertThat(beginning.context().period()).isEqualTo(Period.instant(LocalDate.of(2001, 12, 31)));
  }

  @Test
  void duplicateLabelsAreToldApartBySection() {
    Fact investingOther = fact("cash-flows-quarter", "6,057");
    Fact operatingOther = fact("cash-flows-quarter", "426,737");
    assertThat(investingOther.concept()).isNotEqualTo(operatingOther.concept());
  }

  @Test
  void labelVariantsOfTheYearTableMapToTheQuarterConcepts() {
    assertThat(fact("operations-year", "6,416,525").concept())
        .isEqualTo(fact("operations-quarter", "2,638,334").concept());
    assertThat(fact("operations-year", "(5,625,299)").concept())
        .isEqualTo(fact("operations-quarter", "(1,253,875)").concept());
  }

  @Test
  void theEntityComesFromTheTitlesAndTheTitleTypoIsReported() {
    Fact name = conversion.filing().facts().get(0);
    assertThat(name.value()).isEqualTo(new FactValue.Text("INTERNET INITIATIVE JAPAN INC."));
    assertThat(name.context().entity().identifier()).isEqualTo("IJJI");
    assertThat(conversion.warnings()).singleElement().asString()
        .contains("operations-year").contains("2003-12-31").contains("column headers");
  }

  @Test
  void everyFactKnowsItsSourceCell() {
    Fact f = fact("balance-sheet", "(27,532,204)");
    assertThat(f.source().location()).isEqualTo("iij-fy2002.txt:balance-sheet:" + f.source().row() + ":3");
    assertThat(f.source().line()).isPositive();
    assertThat(conversion.filing().facts()).allSatisfy(x -> assertThat(x.source()).isNotNull());
  }

  static Fact fact(String table, String text) {
    return conversion.filing().facts().stream()
        .filter(f -> f.source() != null && f.source().table().equals(table) && f.source().text().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no fact from " + table + " cell " + text));
  }

  static String value(Fact f) {
    return ((FactValue.Numeric) f.value()).value().toPlainString();
  }

}
