package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.TestFiles;
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
        .hasMessageStartingWith("bad.txt: the mapping expects table backbone-costs");
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
}
