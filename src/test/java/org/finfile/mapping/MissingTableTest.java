package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table the mapping expects and the document lacks: the message lists what the document has,
 * with lines, closest first, a bounded number of them.
 */
class MissingTableTest {
  private static final String SALES = """
      <table id="sales" title="Sales" header-rows="1" scale="0" currency="JPY">%s
        <row label="Revenue" concept="base:Revenues"/>
      </table>
    </mapping>
    """;

  @TempDir
  Path dir;

  @Test
  void theClosestHeadingComesFirstWhateverItsPlace() throws Exception {
    String doc = "Income statement\n\n\tFY2002\nRevenue\t5\n\nNotes\n\n\tFY2002\nRevenue\t5\n\n"
        + "Consolidated Balance Sheet\n\n\tFY2002\nRevenue\t5\n";
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", doc,
        SmallDocument.head("") + SALES.formatted("<heading>Balance sheets</heading>")))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(": acme.txt has no table that matches table sales (heading 'Balance sheets'); the document's headings, closest first:"
            + " line 11 'Consolidated Balance Sheet', line 1 'Income statement', line 6 'Notes'");
  }

  @Test
  void aTableFoundByItsFirstLabelListsTheTablesFirstLabels() throws Exception {
    String doc = "One\n\n\tFY2002\nNet sales\t5\n\nTwo\n\n\tFY2002\nRevenues\t5\n";
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", doc,
        SmallDocument.head("") + SALES.formatted("").replace("header-rows", "first-label=\"Revenue\" header-rows")))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(": acme.txt has no table that matches table sales (first row 'Revenue'); the document's first labels below 1 header"
            + " rows, closest first: line 9 'Revenues', line 4 'Net sales'");
  }

  @Test
  void manyHeadingsAreListedAtMostEightAndCounted() throws Exception {
    StringBuilder doc = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      doc.append("Part ").append(i).append("\n\n\tFY2002\nRevenue\t5\n\n");
    }
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", doc.toString(),
        SmallDocument.head("") + SALES.formatted("<heading>Part 77</heading>")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("closest first: line 31 'Part 7', line ")
        .hasMessageEndingWith(" and 32 more");
  }
}
