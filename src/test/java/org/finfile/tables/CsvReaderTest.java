package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.InputException;
import org.finfile.LimitException;
import org.finfile.Limits;
import org.finfile.Limit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir
  Path dir;

  private Document read(String text) throws Exception {
    return Documents.read(Files.writeString(dir.resolve("acme.csv"), text), "acme.csv", null);
  }

  @Test
  void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws Exception {
    Document d = read("Title\n,2024\n\"Cash, \"\"restricted\"\"\",\"1,200\"\n\"Two\nlines\",5\nLast,6\n");
    List<TabBlock.Row> rows = d.blocks().get(0).rows();
    assertThat(rows.get(1).cells()).containsExactly("Cash, \"restricted\"", "1,200");
    assertThat(rows.get(2).cells()).containsExactly("Two\nlines", "5");
    assertThat(rows.get(2).at()).isEqualTo("4");
    assertThat(rows.get(3).at()).as("the line after a field with a line break").isEqualTo("6");
  }

  @Test
  void blankRowsSeparateTablesAndLoneTextAboveIsTheirHeading() throws Exception {
    Document d = read("Acme Corp,,\nBalance sheet,,\n,2024,2023\nCash,1,2\nCurrent assets:,,\nStock,3,4\n,,\n"
        + "Income statement,,\n,2024,2023\nRevenue,5,6\n");
    assertThat(d.blocks()).hasSize(2);
    TabBlock first = d.blocks().get(0);
    assertThat(first.heading()).extracting(TabBlock.Line::text).containsExactly("Acme Corp", "Balance sheet");
    assertThat(first.rows()).as("a label without values inside a table is a section row").hasSize(4);
    assertThat(first.rows().get(2).cells()).containsExactly("Current assets:");
    assertThat(d.blocks().get(1).heading()).extracting(TabBlock.Line::text).containsExactly("Income statement");
    assertThat(d.blocks().get(1).index()).isEqualTo(2);
  }

  @Test
  void aLoneNumberAboveATableStartsTheTable() throws Exception {
    Document d = read("Title\n2024\nCash,1\n");
    assertThat(d.blocks().get(0).heading()).extracting(TabBlock.Line::text).containsExactly("Title");
    assertThat(d.blocks().get(0).rows()).hasSize(2);
  }

  @Test
  void semicolonsAreTheDelimiterWhenTheFileUsesThem() throws Exception {
    Document d = read("Title\n;2024;2023\nCash;\"1,200\";900\n");
    assertThat(d.blocks().get(0).rows().get(1).cells()).containsExactly("Cash", "1,200", "900");
    assertThat(CsvReader.delimiter("a,b;c,d")).isEqualTo(',');
    assertThat(CsvReader.delimiter("\"a;b;c\",d")).as("semicolons inside quotes do not count").isEqualTo(',');
  }

  @Test
  void spacerColumnsAreDropped() throws Exception {
    Document d = read(",,2024,,2023\nCash,,1,,2\n");
    assertThat(d.blocks().get(0).rows().get(1).cells()).containsExactly("Cash", "1", "2");
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() {
    assertThatThrownBy(() -> read("Title\n,2024\nCash,\"1,200\nMore,5\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("acme.csv:3: a quoted field opened on this line never closes");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertThatThrownBy(() -> read("a,\"12\"x,3\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("acme.csv:1: text after the closing quote");
  }

  @Test
  void windowsLineEndsCountAsOneLine() throws Exception {
    Document d = read("Title\r\n,2024\r\nCash,1\r\n");
    assertThat(d.blocks().get(0).rows().get(1).at()).isEqualTo("3");
    assertThat(d.blocks().get(0).rows().get(1).cells()).containsExactly("Cash", "1");
  }

  @Test
  void moreCellsThanTheLimitAreRefused() throws Exception {
    Limits before = Limits.current();
    try {
      Limits.install(Limits.defaults().with(Limit.SHEET_CELLS, 5));
      assertThatThrownBy(() -> read("a,b,c\nd,e,f\n"))
          .isInstanceOf(LimitException.class)
          .hasMessageContaining("acme.csv:2")
          .hasMessageContaining("sheet-cells=5");
    } finally {
      Limits.install(before);
    }
  }
}
