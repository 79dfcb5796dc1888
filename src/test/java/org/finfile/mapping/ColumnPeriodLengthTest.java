package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.model.Fact;
import org.finfile.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarter and year-to-date columns in one table: a header cell such as "Three Months Ended" or
 * "Nine Months Ended" over the date columns gives each column its own length.
 */
class ColumnPeriodLengthTest {
  @TempDir
  Path dir;

  private static final String MAPPING = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:base="http://finfile.org/taxonomy/base"
               xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
        <taxonomy href="BASE"/>
        <entity scheme="http://acme.example/id" identifier="ACME"/>
        <units>
          <unit item-type="xbrli:monetaryItemType" currency="numerator"/>
        </units>
        <columns/>
        <table id="income" title="Statements of income" header-rows="HEADER_ROWS" scale="3" currency="USD">
          <heading>STATEMENTS OF INCOME</heading>
          <row label="Revenues" concept="base:Revenues"/>
          <row label="Cash" concept="base:Cash"/>
        </table>
      </mapping>
      """;

  private Conversion convert(String headers, int headerRows) throws Exception {
    String document = "ACME CORP.\nSTATEMENTS OF INCOME\n(in thousands)\n\n" + headers
        + "Revenues\t553\t423\t1,566\t1,225\nCash\t113\t55\t113\t55\n";
    Path doc = dir.resolve("acme.txt");
    Files.writeString(doc, document, StandardCharsets.UTF_8);
    Path mapping = dir.resolve("mapping.xml");
    String base = TestFiles.base().resolve("schemas/taxonomy/base/finfile-base.xsd").toUri().toString();
    Files.writeString(mapping, MAPPING.replace("BASE", base).replace("HEADER_ROWS", Integer.toString(headerRows)),
        StandardCharsets.UTF_8);
    return Finfile.convert(doc, mapping);
  }

  private static List<Period> periods(Conversion c, String concept) {
    return c.filing().facts().stream().filter(f -> f.concept().getLocalPart().equals(concept))
        .sorted(java.util.Comparator.comparingInt(f -> f.source().column()))
        .map(Fact::context).map(x -> x.period()).toList();
  }

  @Test
  void groupHeadersGiveQuarterAndNineMonthColumns() throws Exception {
    Conversion c = convert("\tThree Months Ended\t\tNine Months Ended\t\n"
        + "\tSep 30, 2010\tSep 30, 2009\tSep 30, 2010\tSep 30, 2009\n", 2);
    assertThat(periods(c, "Revenues")).containsExactly(
        Period.duration(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 9, 30)),
        Period.duration(LocalDate.of(2009, 7, 1), LocalDate.of(2009, 9, 30)),
        Period.duration(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 9, 30)),
        Period.duration(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 9, 30)));
  }

  @Test
  void anInstantConceptUnderALengthIsAtTheColumnsDate() throws Exception {
    Conversion c = convert("\tThree Months Ended\t\tNine Months Ended\t\n"
        + "\tSep 30, 2010\tSep 30, 2009\tSep 30, 2010\tSep 30, 2009\n", 2);
    assertThat(periods(c, "Cash")).containsExactly(
        Period.instant(LocalDate.of(2010, 9, 30)), Period.instant(LocalDate.of(2009, 9, 30)),
        Period.instant(LocalDate.of(2010, 9, 30)), Period.instant(LocalDate.of(2009, 9, 30)));
  }

  @Test
  void oneHeaderCellMayGiveLengthAndDate() throws Exception {
    Conversion c = convert("\tThree Months Ended Sep 30, 2010\tThree Months Ended Sep 30, 2009"
        + "\tSix Months Ended Sep 30, 2010\tYear Ended Sep 30, 2009\n", 1);
    assertThat(periods(c, "Revenues")).containsExactly(
        Period.duration(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 9, 30)),
        Period.duration(LocalDate.of(2009, 7, 1), LocalDate.of(2009, 9, 30)),
        Period.duration(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 9, 30)),
        Period.duration(LocalDate.of(2008, 10, 1), LocalDate.of(2009, 9, 30)));
  }

  @Test
  void withoutAnyLengthADurationIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> convert("\tSep 30, 2010\tSep 30, 2009\tSep 30, 2010\tSep 30, 2009\n", 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("acme.txt:income:")
        .hasMessageContaining("Revenues is reported for a period, but the table is as of a date");
  }

  @Test
  void twoHeaderCellsGivingDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> convert("\tThree Months Ended\t\tNine Months Ended\t\n"
        + "\tSix Months Ended Sep 30, 2010\tSep 30, 2009\tSep 30, 2010\tSep 30, 2009\n", 2))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("acme.txt:6: table income, column 2: two header cells give different period lengths (3 and 6 months)");
  }

  @Test
  void dayFirstDatesAsEuropeanStatementsWriteThem() throws Exception {
    Conversion c = convert("\tYear Ended\t\t\t\n\t31 December 2016\t31 Dec 2015\t30 June 2016\t30 Jun 2015\n", 2);
    assertThat(periods(c, "Revenues")).containsExactly(
        Period.duration(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
        Period.duration(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)),
        Period.duration(LocalDate.of(2015, 7, 1), LocalDate.of(2016, 6, 30)),
        Period.duration(LocalDate.of(2014, 7, 1), LocalDate.of(2015, 6, 30)));
    assertThatThrownBy(() -> Headers.date("31 February 2016")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such day");
  }

  @Test
  void headerCellsSayingALength() {
    assertThat(Headers.cellMonths("Three Months Ended")).isEqualTo(3);
    assertThat(Headers.cellMonths("For the nine months ended")).isEqualTo(9);
    assertThat(Headers.cellMonths("Nine Months Ended September 30, 2010")).isEqualTo(9);
    assertThat(Headers.cellMonths("Year Ended")).isEqualTo(12);
    assertThat(Headers.cellMonths("As of")).isEqualTo(0);
    assertThat(Headers.cellMonths("Months ended")).isEqualTo(-1);
    assertThat(Headers.cellMonths("Three months of data")).isEqualTo(-1);
    assertThat(Headers.cellMonthsDate("Nine Months Ended September 30, 2010")).contains(LocalDate.of(2010, 9, 30));
    assertThat(Headers.cellMonthsDate("Nine Months Ended")).isEmpty();
    assertThat(Headers.cellMonthsDate("As of Dec 31, 2009")).contains(LocalDate.of(2009, 12, 31));
  }
}
