package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mappings from strangers: their regular expressions run in linear time, their numbers are
 * bounded, and matching them against a table grows with the two sizes added, not multiplied.
 * The timeouts detect hangs; they are no benchmark.
 */
class MappingBoundsTest {
  private static final String HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
        <taxonomy href="http://finfile.org/taxonomy/base/finfile-base.xsd"/>
        <entity scheme="http://www.nasdaq.com/symbol" identifier="IJJI"/>
        <fiscal-year end="--03-31" named-by="start"/>
        <units><unit item-type="xbrli:monetaryItemType" currency="numerator"/></units>
      """;

  @TempDir
  Path dir;

  private Path exampleMapping(String from, String to) throws Exception {
    String text = Files.readString(TestFiles.exampleMapping(), StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new AssertionError("the example mapping has no " + from);
    }
    Path file = dir.resolve("mapping.xml");
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  private Path write(String name, CharSequence text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String NAME_PATTERN = "name-pattern=\"^INTERNET INITIATIVE JAPAN INC\\.$\"";

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamePatternThatBacktracksCatastrophicallyRunsInLinearTime() throws Exception {
    Path mapping = exampleMapping(NAME_PATTERN, "name-pattern=\"(x|xx){1,1000}y\"");
    String text = Files.readString(TestFiles.exampleDocument(), StandardCharsets.UTF_8);
    Path doc = write("doc.txt", "x".repeat(64) + "\n\n" + text);
    assertThatThrownBy(() -> Finfile.convert(doc, mapping))
        .isInstanceOf(InputException.class)
        .hasMessage("doc.txt: no table title names the entity (name-pattern '(x|xx){1,1000}y')");
  }

  @Test
  void aNamePatternWithABackreferenceIsRefusedInOneLine() throws Exception {
    Path mapping = exampleMapping(NAME_PATTERN, "name-pattern=\"(INTERNET) \\1\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(mapping + ": entity name-pattern '(INTERNET) \\1' is not a regular expression finfile reads")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aNamePatternWithLookaheadIsRefused() throws Exception {
    Path mapping = exampleMapping(NAME_PATTERN, "name-pattern=\"^(?=INTERNET)\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class).hasMessageContaining("is not a regular expression finfile reads");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamePatternWithAHugeRepeatIsRefusedQuickly() throws Exception {
    Path mapping = exampleMapping(NAME_PATTERN, "name-pattern=\"(.*){1,32000}[bc]\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("entity name-pattern '(.*){1,32000}[bc]' is not a regular expression finfile reads");
  }

  @Test
  void anAbsurdHeaderRowCountIsAnInvalidMappingNotAnInternalError() throws Exception {
    Path mapping = exampleMapping("header-rows=\"2\"", "header-rows=\"99999999999\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageMatching(".*mapping\\.xml:\\d+:\\d+: invalid mapping: .*99999999999.*maxInclusive.*")
        .hasMessageNotContaining("\n");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRateOfAMillionDigitsIsRefusedQuicklyInOneShortLine() throws Exception {
    Path mapping = exampleMapping("rate=\"118.07\"", "rate=\"1" + "0".repeat(1_000_000) + "\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("invalid mapping")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(InputException.PROBLEM_CHARS + 300));
  }

  @Test
  void aRateWithTooManyDecimalsIsRefused() throws Exception {
    Path mapping = exampleMapping("rate=\"118.07\"", "rate=\"118." + "0".repeat(10_000) + "7\"");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class).hasMessageContaining("invalid mapping");
  }

  @Test
  void theSameTranslationTwiceIsRefused() throws Exception {
    Path mapping = exampleMapping("<translation from=\"JPY\" to=\"USD\" rate=\"118.07\"/>",
        "<translation from=\"JPY\" to=\"USD\" rate=\"118.07\"/><translation from=\"JPY\" to=\"USD\" rate=\"118\"/>");
    assertThatThrownBy(() -> Finfile.convert(TestFiles.exampleDocument(), mapping))
        .isInstanceOf(InputException.class).hasMessageEndingWith("the translation from JPY to USD is given twice");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandMappingRowsMatchATableOfAHundredThousandRows() throws Exception {
    int n = 100_000;
    StringBuilder mapping = new StringBuilder(HEAD).append("<columns/>\n")
        .append("<table id=\"t\" title=\"T\" header-rows=\"1\" scale=\"0\" currency=\"JPY\"><heading>Big table</heading>\n");
    StringBuilder doc = new StringBuilder("Big table\n\n\t4Q02\n");
    for (int i = 0; i < n; i++) {
      mapping.append("<row label=\"Row ").append(i).append("\" skip=\"not needed\"/>\n");
      doc.append("Row ").append(n - 1 - i).append("\t1\n");
    }
    mapping.append("</table></mapping>\n");
    Conversion c = Finfile.convert(write("big.txt", doc), write("big.xml", mapping));
    assertThat(c.skipped()).containsEntry("not needed", n);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandDerivedColumnsMatchAHeaderOfAHundredThousandCells() throws Exception {
    int n = 100_000;
    StringBuilder mapping = new StringBuilder(HEAD).append("<columns>\n");
    StringBuilder header = new StringBuilder("\tFY2002");
    StringBuilder row = new StringBuilder("Revenues\t1");
    for (int i = 0; i < n; i++) {
      mapping.append("<derived header=\"D").append(i).append("\" reason=\"derived\"/>\n");
      header.append("\tD").append(n - 1 - i);
      row.append("\t2");
    }
    mapping.append("</columns>\n<table id=\"t\" title=\"T\" header-rows=\"2\" scale=\"0\" currency=\"JPY\">"
        + "<heading>Wide table</heading><row label=\"Revenues\" skip=\"not needed\"/></table></mapping>\n");
    String spanning = "\tAll of them" + "\t".repeat(n);
    Conversion c = Finfile.convert(write("wide.txt", "Wide table\n\n" + spanning + "\n" + header + "\n" + row + "\n"),
        write("wide.xml", mapping));
    assertThat(c.skipped()).containsEntry("derived", n).containsEntry("not needed", 1);
  }
}
