package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.xml.namespace.QName;
import org.finfile.validate.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each transformation finfile reads, on what it reads and on what it refuses. */
class TransformsTest {
  private static QName format(String registry, String rule) {
    String ns = switch (registry) {
      case "tr3" -> Transforms.TR3;
      case "tr4" -> Transforms.TR4;
      case "tr5" -> Transforms.TR5;
      case "sec" -> SecTransforms.NS;
      default -> registry;
    };
    return new QName(ns, rule);
  }

  @ParameterizedTest(name = "{0}:{1} ''{2}''")
  @CsvSource(delimiter = '|', textBlock = """
      tr4 | num-dot-decimal            | 1,234.50                 | 1234.50
      tr4 | num-dot-decimal            | 1 234 567                | 1234567
      tr5 | num-dot-decimal            | 12                       | 12
      tr4 | num-comma-decimal          | 1.234,5                  | 1234.5
      tr4 | num-unit-decimal           | 5 dollars 7 cents        | 5.07
      tr4 | num-unit-decimal           | 1,200 euros              | 1200
      tr4 | num-word-en                | twenty-one               | 21
      tr4 | num-word-en                | one hundred and five     | 105
      tr4 | num-word-en                | three million two hundred thousand | 3200000
      tr4 | num-word-en                | none                     | 0
      tr4 | fixed-zero                 | -                        | 0
      tr4 | fixed-true                 | ☒                        | true
      tr4 | fixed-false                | ☐                        | false
      tr4 | date-monthname-day-year-en | March 29, 2025           | 2025-03-29
      tr4 | date-monthname-day-year-en | Sept. 3 2024             | 2024-09-03
      tr4 | date-day-monthname-year-en | 1st January 24           | 2024-01-01
      tr4 | date-day-month-year        | 29/03/2025               | 2025-03-29
      tr4 | date-month-day-year        | 03-29-2025               | 2025-03-29
      tr4 | date-year-month-day        | 2025.03.29               | 2025-03-29
      tr4 | date-monthname-year-en     | December 2024            | 2024-12
      tr4 | date-year-monthname-en     | 2024 Dec                 | 2024-12
      tr3 | numdotdecimal              | 1,234                    | 1234
      tr3 | zerodash                   | —                        | 0
      tr3 | booleantrue                | yes                      | true
      tr3 | datemonthdayyearen         | March 29, 2025           | 2025-03-29
      sec | duryear                    | 2.7                      | P2Y8M12D
      sec | duryear                    | 17                       | P17Y
      sec | duryear                    | 0.5                      | P6M
      sec | durmonth                   | 12                       | P12M
      sec | durmonth                   | 1.5                      | P1M15D
      sec | durday                     | 90                       | P90D
      sec | numwordsen                 | two                      | 2
      sec | durwordsen                 | two years and six months | P2Y6M
      sec | durwordsen                 | 18 months                | P18M
      sec | durwordsen                 | one week, three days     | P10D
      sec | durwordsen                 | three-year               | P3Y
      sec | boolballotbox              | ☒                        | true
      sec | boolballotbox              | ☐                        | false
      sec | entityfilercategoryen      | Large accelerated filer  | Large Accelerated Filer
      sec | entityfilercategoryen      | Non-accelerated filer    | Non-accelerated Filer
      sec | exchnameen                 | The Nasdaq Stock Market LLC | NASDAQ
      sec | exchnameen                 | New York Stock Exchange  | NYSE
      sec | exchnameen                 | NYSE Arca, Inc.          | NYSEArca
      sec | stateprovnameen            | California               | CA
      sec | stateprovnameen            | new  york                | NY
      """)
  void reads(String registry, String rule, String shown, String value) throws Exception {
    assertThat(Transforms.apply(format(registry, rule), shown, "t.xhtml:1:1")).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}:{1} ''{2}''")
  @CsvSource(delimiter = '|', textBlock = """
      tr4 | num-dot-decimal            | 1.234,5       | ix-format-value   | '1.234,5' does not match transformation num-dot-decimal
      tr4 | num-comma-decimal          | 12a           | ix-format-value   | '12a' does not match transformation num-comma-decimal
      tr4 | num-word-en                | two and a half | ix-format-value  | does not match transformation num-word-en
      tr4 | num-word-en                | one hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred | ix-format-value | does not match transformation num-word-en
      tr4 | date-monthname-day-year-en | Smarch 1, 2025 | ix-format-value  | does not match transformation date-monthname-day-year-en
      tr4 | date-day-month-year        | 30/02/2025    | ix-format-value   | '30/02/2025' does not match
      tr4 | num-roman                  | IV            | ix-format-unknown | format num-roman in http://www.xbrl.org/inlineXBRL/transformation/2020-02-12 is no transformation finfile knows
      urn:mine | num-dot-decimal        | 1             | ix-format-unknown | is no transformation finfile knows
      sec | duryear                    | about two     | ix-format-value   | does not match transformation duryear
      sec | stateprovnameen            | Atlantis      | ix-format-value   | 'Atlantis' does not match transformation stateprovnameen
      sec | exchnameen                 | Moon Exchange | ix-format-value   | does not match transformation exchnameen
      sec | durwordsen                 | several years | ix-format-value   | 'several years' does not match transformation durwordsen
      sec | durwordsen                 | five          | ix-format-value   | 'five' does not match transformation durwordsen
      sec | countrynameen              | France        | ix-format-unknown | SEC transformation countrynameen is not one finfile reads
      """)
  void refuses(String registry, String rule, String shown, String code, String message) {
    assertThatThrownBy(() -> Transforms.apply(format(registry, rule), shown, "t.xhtml:1:1"))
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith("t.xhtml:1:1: ").hasMessageContaining(message);
  }

  @ParameterizedTest(name = "''{0}'' scale {1} sign {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      1,234.5 | 3    | -    | -1234500
      1,234.5 | -2   | none | 12.345
      0       | 6    | -    | 0
      """)
  void numbersAreScaledAndSigned(String shown, String scale, String sign, String value) throws Exception {
    assertThat(Transforms.number(shown, format("tr4", "num-dot-decimal"), scale, sign, "w")).isEqualTo(value);
  }

  @ParameterizedTest(name = "sign ''{0}''")
  @CsvSource({"+", "minus"})
  void aSignOtherThanMinusIsRefused(String sign) {
    assertThatThrownBy(() -> Transforms.number("1", null, null, sign, "t.xhtml:2:3"))
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo(Rules.IX_NUMBER))
        .hasMessage("t.xhtml:2:3: sign must be \"-\", not '" + sign + "'");
  }

  @org.junit.jupiter.api.Test
  void aHugeTextIsRefusedBeforeAnyPatternRuns() {
    String huge = "1".repeat(Transforms.MAX_SHOWN) + " dollars";
    assertThatThrownBy(() -> Transforms.apply(format("tr4", "num-unit-decimal"), huge, "t.xhtml:1:1"))
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo(Rules.IX_FORMAT_VALUE))
        .hasMessage("t.xhtml:1:1: a text of 1008 characters is longer than 1000, more than transformation num-unit-decimal reads");
  }
}
