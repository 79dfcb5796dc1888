package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.model.FactValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document that does not match its mapping fails with one line saying where and what. */
class ConverterBadInputTest {
  @TempDir
  Path dir;

  private Path variant(String from, String to) throws Exception {
    String text = Files.readString(TestFiles.exampleDocument(), StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new AssertionError("the example has no " + from);
    }
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aCellThatDoesNotParseNamesTableRowAndColumn() throws Exception {
    Path doc = variant("\t3,341,255\t", "\t3,341,255abc\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("bad\\.txt:operations-quarter:\\d+:3: '3,341,255abc' is not a number: text after the number");
  }

  @Test
  void aEuropeanDecimalCommaIsRefused() throws Exception {
    Path doc = variant("\t32.1\t", "\t3.201,5\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bad.txt:bandwidth:")
        .hasMessageContaining("comma after the decimal point");
  }

  @Test
  void aTableTheMappingExpectsButTheDocumentLacks() throws Exception {
    Path doc = variant("Table 4. Backbone Costs (JPY in millions)", "Table 4. Something else");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(TestFiles.exampleMapping() + ":" + lineOf(TestFiles.exampleMapping(), "<table id=\"backbone-costs\"")
            + ": bad.txt has no table that matches table backbone-costs (heading 'Table 4. Backbone Costs');"
            + " the document's headings, closest first: line ");
  }

  @Test
  void aMissingTableListsTheDocumentsHeadingsWithTheirLinesClosestFirst() throws Exception {
    Path doc = variant("Table 4. Backbone Costs (JPY in millions)", "Table 4. Backbone Cost (JPY millions)");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(TestFiles.exampleMapping() + ":" + lineOf(TestFiles.exampleMapping(), "<table id=\"backbone-costs\"")
            + ": bad.txt has no table that matches table backbone-costs (heading 'Table 4. Backbone Costs');"
            + " the document's headings, closest first: line 35 'Table 4. Backbone Cost (JPY millions)', line ")
        .satisfies(e -> assertThat(e.getMessage()).contains("line 7 'Table 1. Number of Contracts'")
            .doesNotEndWith("…").matches(".* and \\d+ more"));
  }

  @Test
  void aRowTheMappingDoesNotKnow() throws Exception {
    Path doc = variant("Domestic Backbone Costs\t1,075", "Satellite Costs\t1\t2\t3\nDomestic Backbone Costs\t1,075");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table backbone-costs: the row 'Satellite Costs' is not in the mapping");
  }

  @Test
  void aRowTheMappingExpectsButTheTableLacks() throws Exception {
    Path doc = variant("Domestic Backbone Costs\t1,075\t902\t836\n", "");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table backbone-costs has no row 'Domestic Backbone Costs'");
  }

  @Test
  void aScaleThatContradictsTheMappingIsNotSilentlyApplied() throws Exception {
    Path doc = variant("Table 4. Backbone Costs (JPY in millions)", "Table 4. Backbone Costs (JPY in thousands)");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table backbone-costs: the heading states amounts in units of 10^3 but the mapping says scale=\"6\"");
  }

  @Test
  void aPercentageWhereAnAmountBelongs() throws Exception {
    Path doc = variant("International Backbone Costs\t315\t", "International Backbone Costs\t31.5%\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'31.5%' is a percentage");
  }

  @Test
  void aMappingThatIsNotValidNamesItsLine() throws Exception {
    Path mapping = dir.resolve("mapping.xml");
    String text = Files.readString(TestFiles.exampleMapping()).replace("header-rows=\"2\"", "header-rows=\"two\"");
    Files.writeString(mapping, text);
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageMatching(".*mapping\\.xml:\\d+:\\d+: invalid mapping: .*two.*");
  }

  @Test
  void aProseLineGivingAnotherPeriodIsAConflictNotASilentChange() throws Exception {
    Path doc = variant("For the Years Ended Dec 31, 2003 and Mar 31, 2002",
        "For the Years Ended Dec 31, 2003 and Mar 31, 2002\n\nFor the three months ended March 31 revenue rose.");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table operations-year: the heading gives two period lengths (12 months and 3 months)");
    Path prose = variant("For the Years Ended Dec 31, 2003 and Mar 31, 2002",
        "For the Years Ended Dec 31, 2003 and Mar 31, 2002\n\nRevenue for the three months ended March 31 rose.");
    var facts = Finfile.convert(prose, TestFiles.exampleMapping()).filing().facts();
    assertThat(facts).filteredOn(f -> f.source() != null && f.source().table().equals("operations-year"))
        .allSatisfy(f -> assertThat(f.context().id()).isIn("D2002-04-01_2003-03-31", "D2001-04-01_2002-03-31"));
  }

  @Test
  void aSuperscriptMarkerIsDroppedNotMergedIntoTheNumber() throws Exception {
    Path doc = variant("Others\t823\t", "Others\t823<sup>4</sup>\t");
    var facts = Finfile.convert(doc, TestFiles.exampleMapping()).filing().facts();
    assertThat(facts).filteredOn(f -> f.source() != null && f.source().text().equals("823<sup>4</sup>")).singleElement()
        .satisfies(f -> assertThat(((FactValue.Numeric) f.value()).value().toPlainString()).isEqualTo("823000000"));
  }

  @Test
  void aRatioWithoutAPercentSignIsNotGuessed() throws Exception {
    Path doc = variant("\t70.6%\t", "\t70.6\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bad.txt:cross-selling:3:3: '70.6' has no % sign");
  }

  @Test
  void aControlCharacterIsRefusedWithItsPlace() throws Exception {
    Path doc = variant("\t42.0\t", "\t42.0\f\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("bad\\.txt:\\d+:\\d+: character U\\+000C is not allowed .*");
  }

  @Test
  void anUnknownCurrencyHeaderIsNotTakenForTheTablesCurrency() throws Exception {
    Path doc = variant("\tUSD ⁽¹⁾\tJPY\t%", "\tUS$ ⁽¹⁾\tJPY\t%");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:153: table balance-sheet, column 2: the column header 'US$' is no currency");
  }

  @Test
  void aHeaderThatGivesNoPeriodIsReportedAtTheHeaderRowNotTheRowBelow() throws Exception {
    Path doc = variant("\t4Q02\t3Q02\t4Q01\nInternational Backbone Costs", "\tJPY\t3Q02\t4Q01\nInternational Backbone Costs");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:37: table backbone-costs, column 2: the column's headers give no period");
  }

  @Test
  void aLeadingZeroGroupIsRefused() throws Exception {
    Path doc = variant("\t32.1\t", "\t0,321\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class).hasMessageContaining("'0,321' is not a number: a leading zero");
  }

  @Test
  void aNumberBeyondDoublePrecisionStaysExact() throws Exception {
    Path doc = variant("\t3,588,352\t9.2%", "\t12,345,678,901,234,567\t9.2%");
    var facts = Finfile.convert(doc, TestFiles.exampleMapping()).filing().facts();
    assertThat(facts).filteredOn(f -> f.source() != null && f.source().text().equals("12,345,678,901,234,567"))
        .singleElement()
        .satisfies(f -> assertThat(((FactValue.Numeric) f.value()).value().toPlainString()).isEqualTo("12345678901234567000"));
  }

  @Test
  void aMappingWhoseContinuationComesFirstIsAClearError() throws Exception {
    Path mapping = dir.resolve("mapping.xml");
    String text = Files.readString(TestFiles.exampleMapping());
    int start = text.indexOf("  <table id=\"contracts-dialup\"");
    int end = text.indexOf("</table>", start) + "</table>\n".length();
    String dialup = text.substring(start, end);
    String moved = text.substring(0, start) + text.substring(end);
    moved = moved.replace("  <table id=\"contracts\"", dialup + "\n  <table id=\"contracts\"");
    Files.writeString(mapping, moved);
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table contracts-dialup continues contracts, which must come before it");
  }

  @Test
  void anAbsurdScaleIsRefusedByTheMappingSchema() throws Exception {
    Path mapping = dir.resolve("mapping.xml");
    Files.writeString(mapping, Files.readString(TestFiles.exampleMapping()).replaceFirst("scale=\"6\"", "scale=\"-400000000\""));
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class).hasMessageContaining("invalid mapping");
  }

  @Test
  void aDayThatDoesNotExistInAColumnHeaderIsAnErrorNotTheLastDayOfTheMonth() throws Exception {
    Path doc = variant("\tMar 31, 2003\t\t\tMar 31, 2002\t\t\tDec 31, 2002", "\tFeb 30, 2003\t\t\tMar 31, 2002\t\t\tDec 31, 2002");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("bad\\.txt:72: table operations-quarter, column 2: 'Feb 30, 2003' is written as a date but there is"
            + " no such day \\(.*\\)");
  }

  @Test
  void aDayThatDoesNotExistInATitleIsAnErrorNamingItsLine() throws Exception {
    Path doc = variant("For the Three Months Ended Mar 31, 2003, Mar 31, 2002 and Dec 31, 2002",
        "For the Three Months Ended Mar 31, 2003, Mar 31, 2002 and Feb 30, 2002");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:67: table operations-quarter: the title's 'Feb 30, 2002' is written as a date but there is no such day");
  }

  @Test
  void aHugeRowLabelIsQuotedShort() throws Exception {
    String label = "Satellite Costs " + "x".repeat(5_000_000);
    Path doc = variant("Domestic Backbone Costs\t1,075", label + "\t1\t2\t3\nDomestic Backbone Costs\t1,075");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("table backbone-costs: the row 'Satellite Costs xxx")
        .hasMessageContaining("…' is not in the mapping")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  @Test
  void aHugeNumericCellIsRefusedNamingTheCellAndTheLimit() throws Exception {
    Path doc = variant("\t3,341,255\t", "\t" + "9".repeat(2_000_000) + "\t");
    assertThatThrownBy(() -> Finfile.convert(doc, TestFiles.exampleMapping()))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("bad\\.txt:operations-quarter:\\d+:3: '9{100}…' is not read: it has 2000000 characters"
            + " \\(limit number-chars=1000; raise it with --limit number-chars=N\\)")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  private static int lineOf(Path file, String marker) throws java.io.IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line has " + marker);
  }
}
