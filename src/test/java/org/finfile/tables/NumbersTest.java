package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "28,299         | 28299    | 0 | false",
      "(3,781)        | -3781    | 0 | false",
      "3,341,255      | 3341255  | 0 | false",
      "(8.3%)         | -8.3     | 1 | true",
      "25.6%          | 25.6     | 1 | true",
      "5.9            | 5.9      | 1 | false",
      "(0.1)          | -0.1     | 1 | false",
      "-905           | -905     | 0 | false",
      "-3,470         | -3470    | 0 | false",
      "1519           | 1519     | 0 | false",
      "0              | 0        | 0 | false",
      "0.0            | 0.0      | 1 | false",
      "(47.52)        | -47.52   | 2 | false",
      "(95,041)       | -95041   | 0 | false",
      "44,960,000     | 44960000 | 0 | false",
      "<u>188,860</u> | 188860   | 0 | false",
      "<u>(1.8)</u>   | -1.8     | 1 | false",
      "<u>(21.2%)</u> | -21.2    | 1 | true",
      "69.7%          | 69.7     | 1 | true",
      "32.1           | 32.1     | 1 | false",
      "(3,214.0)      | -3214.0  | 1 | false",
      "−12            | -12      | 0 | false",
      "(5)%           | -5       | 0 | true",
  })
  void readsEveryCellFormatOfTheRelease(String cell, String value, int fraction, boolean percent) throws Exception {
    ParsedNumber n = Numbers.parse(cell);
    assertThat(n.value()).isEqualByComparingTo(value);
    assertThat(n.value().toPlainString()).isEqualTo(new BigDecimal(value).toPlainString());
    assertThat(n.fractionDigits()).isEqualTo(fraction);
    assertThat(n.percent()).isEqualTo(percent);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1,234.50abc | text after the number",
      "1.234,50    | a comma after the decimal point",
      "((5))       | nested parentheses",
      "1,23        | commas that do not group digits in threes",
      "12,3456     | commas that do not group digits in threes",
      "1.2.3       | more than one decimal point",
      "abc         | not a number",
      "(5          | unbalanced parenthesis",
      "5)          | unbalanced parenthesis",
      "(-5)        | negative twice",
      "(5%)%       | two percent signs",
      "5)%         | unbalanced parenthesis",
      "1e3         | text after the number",
      "--5         | not a number",
  })
  void refusesMalformedNumbersWithAReason(String cell, String reason) {
    assertThatThrownBy(() -> Numbers.parse(cell))
        .isInstanceOf(Numbers.NotANumberException.class)
        .hasMessageStartingWith("'" + cell + "' ")
        .hasMessageContaining(reason);
  }

  @Test
  void keepsDigitsADoubleWouldLose() throws Exception {
    assertThat(Numbers.parse("12,345,678,901,234,567.89").value().toPlainString()).isEqualTo("12345678901234567.89");
  }

  @Test
  void tellsEmptyAndDashFromNumbers() throws Exception {
    assertThat(Numbers.read("")).isInstanceOf(Numbers.Empty.class);
    assertThat(Numbers.read("  ")).isInstanceOf(Numbers.Empty.class);
    assertThat(Numbers.read("-")).isInstanceOf(Numbers.Dash.class);
    assertThat(Numbers.read("–")).isInstanceOf(Numbers.Dash.class);
    assertThat(Numbers.read("1")).isInstanceOf(Numbers.Value.class);
  }

  @Test
  void scalesByTheTablesUnitAndStatesThePrecision() throws Exception {
    ParsedNumber.Scaled thousands = Numbers.parse("(446,432)").scale(3);
    assertThat(thousands.value().toPlainString()).isEqualTo("-446432000");
    assertThat(thousands.decimals()).isEqualTo(-3);
    ParsedNumber.Scaled perAds = Numbers.parse("(47.52)").scale(0);
    assertThat(perAds.value().toPlainString()).isEqualTo("-47.52");
    assertThat(perAds.decimals()).isEqualTo(2);
    ParsedNumber.Scaled ratio = Numbers.parse("69.7%").scale(0);
    assertThat(ratio.value().toPlainString()).isEqualTo("0.697");
    assertThat(ratio.decimals()).isEqualTo(3);
    ParsedNumber.Scaled millions = Numbers.parse("1,799").scale(6);
    assertThat(millions.value().toPlainString()).isEqualTo("1799000000");
    assertThat(millions.decimals()).isEqualTo(-6);
  }

  /** Every value cell of every table of the seed reads as a number, a dash or nothing. */
  @Test
  void everyCellOfTheSeedReads() throws Exception {
    assumeTrue(TestFiles.seedPresent(), "the seed is in ../shared");
    TextDocument doc = TextDocument.read(TestFiles.seed(), "seed");
    Set<String> seen = new LinkedHashSet<>();
    int values = 0;
    for (TabBlock b : doc.blocks()) {
      for (TabBlock.Row row : b.rows()) {
        for (int c = 2; c <= row.cells().size(); c++) {
          String cell = row.cell(c);
          if (Cells.clean(cell).isEmpty() || !Cells.clean(cell).matches(".*\\d.*") && !Cells.clean(cell).equals("-")) {
            continue;
          }
          if (isHeader(cell)) {
            continue;
          }
          seen.add(cell);
          Numbers.read(cell);
          values++;
        }
      }
    }
    assertThat(values).isGreaterThan(800);
    assertThat(seen).contains("(8.3%)", "<u>188,860</u>", "-905", "1519", "-", "69.7%", "(47.52)");
  }

  private static boolean isHeader(String cell) {
    String c = Cells.label(cell);
    return c.matches("(?i)[A-Z][a-z]{2,8} \\d{1,2}, \\d{4}|\\dQ\\d\\d|FY\\d{4}|(19|20)\\d\\d|.*Comparison|USD|JPY|%.*|.*Chg %");
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aCellOfTenMillionDigitsIsRefusedQuicklyNamingTheLimit() {
    String digits = "1" + "0".repeat(10_000_000);
    assertThatThrownBy(() -> Numbers.parse(digits))
        .isInstanceOf(Numbers.NotANumberException.class)
        .hasMessage("'" + "1" + "0".repeat(99) + "…' is not read: it has 10000001 characters"
            + " (limit number-chars=1000; raise it with --limit number-chars=N)");
  }

  @Test
  void aCellOfAThousandCharactersIsStillANumber() throws Exception {
    String digits = "1" + "0".repeat(org.finfile.Limit.NUMBER_CHARS.intValue() - 1);
    assertThat(Numbers.parse(digits).value()).isEqualByComparingTo(BigDecimal.TEN.pow(org.finfile.Limit.NUMBER_CHARS.intValue() - 1));
  }

  @Test
  void anUnreadableCellIsQuotedShort() {
    String text = "12abc" + "x".repeat(900);
    assertThatThrownBy(() -> Numbers.parse(text))
        .isInstanceOf(Numbers.NotANumberException.class)
        .hasMessage("'12abc" + "x".repeat(95) + "…' is not a number: text after the number");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$ 12,500     | 12500",
      "$12,500      | 12500",
      "€905         | 905",
      "-€905        | -905",
      "€ -905       | -905",
      "($1,234)     | -1234",
      "$(1,234)     | -1234",
      "(1,234)      | -1234",
      "'\"12,500\"' | 12500",
      "'12,500 '    | 12500",
      "US$ 3.5      | 3.5",
      "£0           | 0",
  })
  void spreadsheetFormsReadAsUsersExpect(String cell, String value) throws Exception {
    assertThat(Numbers.parse(cell).value()).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$",
      "$$12",
      "12 $",
      "-($12)",
      "$-(12)",
      "€ abc",
      "'\"12,500'",
  })
  void aCurrencySymbolOrQuoteDoesNotMakeAnythingANumber(String cell) {
    assertThatThrownBy(() -> Numbers.parse(cell)).isInstanceOf(Numbers.NotANumberException.class);
  }

  @Test
  void aDashWithASymbolIsStillNoNumberButADashAloneIsADash() throws Exception {
    assertThat(Numbers.read("—")).isInstanceOf(Numbers.Dash.class);
    assertThat(Numbers.read("\"—\"")).isInstanceOf(Numbers.Dash.class);
    assertThatThrownBy(() -> Numbers.read("n/a")).isInstanceOf(Numbers.NotANumberException.class);
  }
}
