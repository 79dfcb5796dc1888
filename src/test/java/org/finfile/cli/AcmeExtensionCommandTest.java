package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-up company's statements mapped onto the base taxonomy alone: convert writes the
 * extension, the filing validates, renders with the company's own titles and lines, and a
 * wrong total is told by convert in the document's terms.
 */
class AcmeExtensionCommandTest {
  @TempDir
  Path dir;

  private static Path acme() {
    return TestFiles.base().resolve("src/test/resources/org/finfile/mapping/acme");
  }

  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  @Test
  void convertsValidatesAndRendersTheCompanysOwnStatements() throws Exception {
    Path out = dir.resolve("out");
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", acme().resolve("acme.txt").toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("0 do not add up");
    for (String file : List.of("acme.xml", "acme.xbr")) {
      ConvertCommandTest.Run validate = ConvertCommandTest.run("validate", out.resolve(file).toString());
      assertThat(validate.code()).as(validate.out()).isZero();
      assertThat(validate.out()).contains("0 errors");
    }
    Path csv = dir.resolve("csv");
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", "--to", "statements-csv", "--out", csv.toString(),
        out.resolve("acme.xml").toString());
    assertThat(render.code()).as(render.err()).isZero();
    List<String> files;
    try (Stream<Path> s = Files.list(csv)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).containsExactly("acme-01-statements-of-income.csv", "acme-02-balance-sheets.csv");
    List<String> income = Files.readAllLines(csv.resolve(files.get(0)), StandardCharsets.UTF_8);
    assertThat(income.get(0)).startsWith("Statements of income,").contains("Year to Dec 31, 2024");
    assertThat(income).contains("  Widget sales,9400000,8100000", "  Cost of revenues,6200000,5500000", "  Net income,2100000,1610000");
    List<String> balance = Files.readAllLines(csv.resolve(files.get(1)), StandardCharsets.UTF_8);
    assertThat(balance.get(0)).isEqualTo("Balance sheets,\"Dec 31, 2024 USD\",\"Dec 31, 2023 USD\"");
    assertThat(balance).contains("      Total current assets,5800000,4600000", "  Retained earnings,5400000,4100000")
        .noneMatch(l -> l.contains("Accumulated deficit") || l.contains("Net loss"));
  }

  @Test
  void aWrongTotalIsToldByConvertWithTheExtensionsCalculations() throws Exception {
    String text = Files.readString(acme().resolve("acme.txt"), StandardCharsets.UTF_8);
    assertThat(text).contains("Total current assets\t5,800\t").contains("Total assets\t9,900\t");
    Path doc = dir.resolve("in/acme.txt");
    Files.createDirectories(doc.getParent());
    Files.copy(acme().resolve("mapping.xml"), dir.resolve("in/mapping.xml"));
    String wrong = text.replace("Total current assets\t5,800\t", "Total current assets\t5,850\t")
        .replace("Total assets\t9,900\t", "Total assets\t9,950\t");
    Files.writeString(doc, wrong, StandardCharsets.UTF_8);
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", doc.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).containsExactly("acme.txt:" + lineOf(wrong, "Total current assets")
        + ": Total current assets prints 5,850 but its lines sum to 5,800 (off by 50, USD thousands): Cash 2,600 (line "
        + lineOf(wrong, "Cash") + "), Receivables 3,200 (line " + lineOf(wrong, "Receivables") + ")");
    assertThat(run.out()).contains("1 does not add up");
  }
}
