package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.tables.TabBlock;
import org.finfile.tables.TextDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locating tables costs the mapping's specs plus the document's blocks, not their product:
 * 50,000 specs against 50,000 blocks were 2.5 × 10^9 heading comparisons, most of an hour; by
 * index they take a fraction of a second. What a spec matches is unchanged (a heading is a prefix, a first
 * label an exact key, a continuation the next match), so are the messages.
 */
class TableLocatorScaleTest {
  private static final String HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:base="http://finfile.org/taxonomy/base"
               xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
        <taxonomy href="http://finfile.org/taxonomy/base/finfile-base.xsd"/>
        <entity scheme="http://www.nasdaq.com/symbol" identifier="IJJI"/>
        <fiscal-year end="--03-31" named-by="start"/>
        <units><unit item-type="xbrli:monetaryItemType" currency="numerator"/></units>
        <columns/>
      """;

  @TempDir
  Path dir;

  private Conversion convert(CharSequence document, CharSequence mapping) throws Exception {
    Path doc = dir.resolve("doc.txt");
    Files.writeString(doc, document, StandardCharsets.UTF_8);
    Path map = dir.resolve("mapping.xml");
    Files.writeString(map, mapping, StandardCharsets.UTF_8);
    return Finfile.convert(doc, map);
  }

  private static String table(String id, String heading, String attributes, String rowLabel) {
    return "<table id=\"" + id + "\" title=\"" + id + "\" header-rows=\"1\" scale=\"0\" currency=\"JPY\"" + attributes + ">"
        + (heading == null ? "" : "<heading>" + heading + "</heading>") + "<row label=\"" + rowLabel
        + "\" skip=\"not needed\"/></table>\n";
  }

  private static Mapping.TableSpec spec(String id, String heading, String firstLabel, String continues, int headerRows) {
    return new Mapping.TableSpec(id, id, heading == null ? List.of() : List.of(heading), firstLabel, continues, headerRows, 0,
        "JPY", List.of(), List.of());
  }

  private static Mapping mapping(List<Mapping.TableSpec> specs) {
    return new Mapping("mapping.xml", null, null, null, null, List.of(), List.of(), List.of(), List.of(), specs);
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fiftyThousandSpecsFindFiftyThousandBlocksByIndex() throws Exception {
    int n = 50_000;
    StringBuilder doc = new StringBuilder();
    List<Mapping.TableSpec> specs = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      doc.append("Block ").append(k).append(". Figures\n\n\tFY2002\nRow ").append(k).append("\t1\n\n");
      specs.add(spec("t" + (n - 1 - k), "Block " + (n - 1 - k) + ". Figures", null, null, 1));
    }
    List<TabBlock> blocks = TextDocument.of("doc.txt", doc.toString()).blocks();

    Map<String, TabBlock> located = TableLocator.locate(mapping(specs), blocks, "doc.txt");

    assertThat(located).hasSize(n);
    assertThat(located.get("t0").index()).isEqualTo(1);
    assertThat(located.get("t" + (n - 1)).index()).isEqualTo(n);
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fiftyThousandContinuationsByFirstLabelTakeTheNextMatchingBlock() throws Exception {
    int n = 50_000;
    StringBuilder doc = new StringBuilder("Start\n\n\tFY2002\nRow\t0\n\n");
    List<Mapping.TableSpec> specs = new ArrayList<>(List.of(spec("t0", "Start", null, null, 1)));
    for (int k = 1; k < n; k++) {
      // every block's first label is "Row": each continuation takes the first block after the one it continues
      doc.append("Row\t").append(k).append("\n\n");
      specs.add(spec("t" + k, null, "Row", "t" + (k - 1), 0));
    }
    List<TabBlock> blocks = TextDocument.of("doc.txt", doc.toString()).blocks();

    Map<String, TabBlock> located = TableLocator.locate(mapping(specs), blocks, "doc.txt");

    assertThat(located).hasSize(n);
    assertThat(located.get("t" + (n - 1)).index()).isEqualTo(n);
  }

  @Test
  void aHeadingIsAPrefixOfAHeadingLineAndTwoMatchesAreNamed() throws Exception {
    String doc = "Table 1. Sales (JPY)\n\n\tFY2002\nRow\t1\n\nTable 10. Costs\n\n\tFY2002\nRow\t2\n\n";
    assertThat(convert(doc, HEAD + table("sales", "table 1.", "", "Row") + "</mapping>\n").skipped())
        .containsEntry("not needed", 1);
    assertThatThrownBy(() -> convert(doc, HEAD + table("any", "Table 1", "", "Row") + "</mapping>\n"))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("table any (heading 'Table 1') matches the tables at lines [3, 8]; add a heading or first-label");
  }

  @Test
  void aSpecWithTwoHeadingsNeedsBoth() throws Exception {
    String doc = "Sales\nFirst year\n\n\tFY2002\nRow\t1\n\nSales\nSecond year\n\n\tFY2002\nRow\t2\n\n";
    Conversion c = convert(doc, HEAD + "<table id=\"s\" title=\"s\" header-rows=\"1\" scale=\"0\" currency=\"JPY\">"
        + "<heading>Sales</heading><heading>Second</heading><row label=\"Row\" skip=\"second\"/></table></mapping>\n");
    assertThat(c.skipped()).containsEntry("second", 1);
  }
}
