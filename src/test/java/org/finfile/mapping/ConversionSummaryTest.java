package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.finfile.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary line convert prints counts in words that agree with their numbers. */
class ConversionSummaryTest {
  @TempDir
  Path dir;

  @Test
  void oneOfEachIsSingularNotOneUnitsOneTables() throws Exception {
    Conversion c = SmallDocument.convert(dir, "acme.txt", "Sales\n\n\tFY2002\nRevenue\t5\nMargin\t3\n",
        SmallDocument.head("") + """
          <table id="sales" title="Sales" header-rows="1" scale="0" currency="JPY"><heading>Sales</heading>
            <row label="Revenue" concept="base:Revenues"/>
            <row label="Margin" skip="not needed"/>
          </table>
        </mapping>
        """);
    assertThat(c.summary("acme.txt"))
        .startsWith("acme.txt: 1 fact (0 nil), 1 context, 1 unit, 1 table; 1 cell skipped (1 not needed);"
            + " 0 derived figures checked, 0 disagree; ")
        .doesNotContain("1 facts").doesNotContain("1 units").doesNotContain("1 tables");
  }

  @Test
  void manyArePlural() throws Exception {
    Conversion c = SmallDocument.convert(dir, "acme.txt",
        "Sales\n\n\tFY2002\tFY2001\nRevenue\t5\t4\nMargin\t3\t2\n\nCosts\n\n\tFY2002\nRent\t1\n",
        SmallDocument.head("") + """
          <columns/>
          <table id="sales" title="Sales" header-rows="1" scale="0" currency="JPY"><heading>Sales</heading>
            <row label="Revenue" concept="base:Revenues"/>
            <row label="Margin" skip="not needed"/>
          </table>
          <table id="costs" title="Costs" header-rows="1" scale="0" currency="USD"><heading>Costs</heading>
            <row label="Rent" skip="not needed"/>
          </table>
        </mapping>
        """.replace("<columns/>\n", ""));
    assertThat(c.summary("acme.txt"))
        .startsWith("acme.txt: 2 facts (0 nil), 2 contexts, 1 unit, 2 tables; 3 cells skipped (3 not needed);");
  }

  @Test
  void countsAgreeWithTheirNumber() {
    assertThat(Counts.of(0, "table")).isEqualTo("0 tables");
    assertThat(Counts.of(1, "table")).isEqualTo("1 table");
    assertThat(Counts.of(2, "cell skipped", "cells skipped")).isEqualTo("2 cells skipped");
    assertThat(Counts.of(1, "does not add up", "do not add up")).isEqualTo("1 does not add up");
  }
}
