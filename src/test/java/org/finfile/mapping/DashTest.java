package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dash in a value cell: no amount (a nil fact) by default, or a zero where the mapping says so. */
class DashTest {
  @TempDir
  Path dir;

  private static final String DOCUMENT = "Sales\n(in thousands)\n\n\tFY2002\tFY2001\nRevenue\t1,250\t—\nOther revenue\t-\t40\n";

  private static final String TABLE = """
        <table id="sales" title="Sales" header-rows="1" scale="3" currency="JPY">
          <heading>Sales</heading>
          <row label="Revenue" concept="base:Revenues"/>
          <row label="Other revenue" concept="base:OtherNonoperatingIncomeExpense"/>
        </table>
      </mapping>
      """;

  private List<Fact> dashes(String mapping) throws Exception {
    Conversion c = SmallDocument.convert(dir, "sales.txt", DOCUMENT, mapping);
    return c.filing().facts().stream().filter(f -> f.source() != null && "—-".contains(f.source().text())).toList();
  }

  @Test
  void aDashIsANilFactByDefault() throws Exception {
    List<Fact> facts = dashes(SmallDocument.head("") + TABLE);
    assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.value()).isEqualTo(FactValue.NIL));
  }

  @Test
  void aDashIsAZeroPreciseToTheTablesScaleWhenTheMappingSaysSo() throws Exception {
    List<Fact> facts = dashes(SmallDocument.head("").replace("<columns/>", "<columns dash=\"zero\"/>") + TABLE);
    assertThat(facts).hasSize(2).allSatisfy(f -> {
      assertThat(f.value()).isInstanceOf(FactValue.Numeric.class);
      assertThat(((FactValue.Numeric) f.value()).value()).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(f.accuracy()).isEqualTo(org.finfile.model.Accuracy.Decimals.of(-3));
    });
  }
}
