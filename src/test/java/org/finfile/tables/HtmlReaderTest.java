package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  @TempDir
  Path dir;

  private Document read(String body) throws Exception {
    Path file = Files.writeString(dir.resolve("acme.html"), "<html><body>" + body + "</body></html>");
    return Documents.read(file, "acme.html", null);
  }

  private static List<List<String>> cells(TabBlock b) {
    return b.rows().stream().map(TabBlock.Row::cells).toList();
  }

  @Test
  void eachTableIsABlockHeadedByTheTextBeforeIt() throws Exception {
    Document d = read("<h1>Acme Corp</h1><p>Consolidated balance sheets</p>"
        + "<table><tr><td></td><td>2024</td></tr><tr><td>Cash</td><td>1</td></tr></table>"
        + "<p>Income statement</p><div>unaudited</div>"
        + "<table><tr><td></td><td>2024</td></tr><tr><td>Revenue</td><td>2</td></tr></table>");
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.blocks().get(0).heading()).extracting(TabBlock.Line::text).containsExactly("Acme Corp", "Consolidated balance sheets");
    assertThat(d.blocks().get(1).heading()).extracting(TabBlock.Line::text).containsExactly("Income statement", "unaudited");
    assertThat(d.blocks().get(1).rows().get(1).at()).isEqualTo("table 2, row 2");
  }

  @Test
  void aCurrencySymbolInItsOwnCellJoinsItsNumberAndASplitNegativeIsOne() throws Exception {
    Document d = read("<table><tr><td></td><td colspan='3'>2024</td></tr>"
        + "<tr><td>Revenue</td><td>$</td><td>12,500</td><td></td></tr>"
        + "<tr><td>Costs</td><td></td><td>(2,851</td><td>)</td></tr>"
        + "<tr><td>Other</td><td>$</td><td>&#8212;</td><td></td></tr></table>");
    assertThat(cells(d.blocks().get(0))).containsExactly(
        List.of("", "2024"), List.of("Revenue", "$12,500"), List.of("Costs", "(2,851)"), List.of("Other", "—"));
    assertThat(Numbers.read("—")).as("an em-dash is a dash, as in text").isInstanceOf(Numbers.Dash.class);
  }

  @Test
  void columnSpansCoverPeriodGroupsTheirTextOverTheFirstColumnKept() throws Exception {
    Document d = read("<table>"
        + "<tr><td></td><td colspan='4'>Three months ended</td><td colspan='4'>Six months ended</td></tr>"
        + "<tr><td></td><td colspan='2'>Jun 30, 2024</td><td colspan='2'>Jun 30, 2023</td>"
        + "<td colspan='2'>Jun 30, 2024</td><td colspan='2'>Jun 30, 2023</td></tr>"
        + "<tr><td>Revenue</td><td>$</td><td>5</td><td>$</td><td>4</td><td>$</td><td>9</td><td>$</td><td>8</td></tr>"
        + "</table>");
    assertThat(cells(d.blocks().get(0))).containsExactly(
        List.of("", "Three months ended", "", "Six months ended"),
        List.of("", "Jun 30, 2024", "Jun 30, 2023", "Jun 30, 2024", "Jun 30, 2023"),
        List.of("Revenue", "$5", "$4", "$9", "$8"));
  }

  @Test
  void aScaleCaptionAndATitleRowJoinTheHeadingFootnoteMarkersAreDropped() throws Exception {
    Document d = read("<table>"
        + "<tr><td colspan='3'><b>Condensed statements of operations</b></td></tr>"
        + "<tr><td></td><td colspan='2'>(in millions, except per share data)</td></tr>"
        + "<tr><td></td><td>2024<sup>(1)</sup></td><td>2023</td></tr>"
        + "<tr><td>Revenue<sup>2</sup></td><td>5</td><td>4</td></tr></table>");
    TabBlock b = d.blocks().get(0);
    assertThat(b.heading()).extracting(TabBlock.Line::text)
        .containsExactly("Condensed statements of operations", "(in millions, except per share data)");
    assertThat(cells(b)).containsExactly(List.of("", "2024", "2023"), List.of("Revenue", "5", "4"));
    assertThat(b.rows().get(0).at()).isEqualTo("table 1, row 3");
  }

  @Test
  void spacerColumnsEmptyInEveryRowAreDropped() throws Exception {
    Document d = read("<table><tr><td></td><td></td><td>2024</td><td>&nbsp;</td><td>2023</td></tr>"
        + "<tr><td>Cash</td><td> </td><td>1</td><td></td><td>2</td></tr></table>");
    assertThat(cells(d.blocks().get(0))).containsExactly(List.of("", "2024", "2023"), List.of("Cash", "1", "2"));
  }

  @Test
  void aLabelWrappingOntoASecondRowIsOneLabel() throws Exception {
    Document d = read("<table><tr><td></td><td>2024</td></tr>"
        + "<tr><td>Net income attributable to</td><td></td></tr>"
        + "<tr><td>common shareholders</td><td>7</td></tr>"
        + "<tr><td>Current assets:</td><td></td></tr>"
        + "<tr><td>Cash</td><td>1</td></tr></table>");
    assertThat(cells(d.blocks().get(0))).containsExactly(List.of("", "2024"),
        List.of("Net income attributable to common shareholders", "7"),
        List.of("Current assets:"), List.of("Cash", "1"));
  }

  @Test
  void aLayoutTableAroundADataTableIsNotATable() throws Exception {
    Document d = read("<table><tr><td><p>Balance sheet</p>"
        + "<table><tr><td></td><td>2024</td></tr><tr><td>Cash</td><td>1</td></tr></table>"
        + "</td></tr></table>");
    assertThat(d.blocks()).hasSize(1);
    assertThat(d.blocks().get(0).heading()).extracting(TabBlock.Line::text).containsExactly("Balance sheet");
    assertThat(cells(d.blocks().get(0))).containsExactly(List.of("", "2024"), List.of("Cash", "1"));
  }

  @Test
  void scriptsAndStylesAreNoHeadingText() throws Exception {
    Document d = read("<script>var x = 1;</script><style>td{}</style><p>Title</p>"
        + "<table><tr><td></td><td>2024</td></tr><tr><td>Cash</td><td>1</td></tr></table>");
    assertThat(d.blocks().get(0).heading()).extracting(TabBlock.Line::text).containsExactly("Title");
  }
}
