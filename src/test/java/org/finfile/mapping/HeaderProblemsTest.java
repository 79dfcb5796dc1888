package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem with a column's headers is reported at the header row's line, not at the first value below it. */
class HeaderProblemsTest {
  @TempDir
  Path dir;

  private static String mapping(String tableAttributes) {
    return SmallDocument.head("") + """
          <table id="sales" title="Sales" header-rows="1" scale="0"%s><heading>Sales</heading>
            <row label="Revenue" concept="base:Revenues"/>
          </table>
        </mapping>
        """.formatted(tableAttributes);
  }

  @Test
  void aColumnWithoutACurrencyIsTheHeadersProblem() throws Exception {
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", "Sales\n\n\tFY2002\nRevenue\t5\n", mapping("")))
        .isInstanceOf(InputException.class)
        .hasMessage("acme.txt:3: table sales, column 2: the column's headers name no currency and the table sets none,"
            + " but Revenues at sales:2:2 is an amount of money");
  }

  @Test
  void anUnknownHeaderIsReportedAtItsOwnRowOfTwo() throws Exception {
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", "Sales\n\n\tFY2002\n\tEUR\nRevenue\t5\n",
        mapping(" currency=\"JPY\"").replace("header-rows=\"1\"", "header-rows=\"2\"")))
        .isInstanceOf(InputException.class)
        .hasMessage("acme.txt:4: table sales, column 2: the column header 'EUR' is no currency, date, fiscal period,"
            + " column group or derived column the mapping knows");
  }

  @Test
  void aColumnWithoutAPeriodIsReportedAtTheHeaderRow() throws Exception {
    assertThatThrownBy(() -> SmallDocument.convert(dir, "acme.txt", "Sales\n\n\tFY2002\tFY2001\nRevenue\t5\t\t7\n",
        mapping(" currency=\"JPY\"")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("acme.txt:3: table sales, column 4: the column's headers give no period");
  }
}
