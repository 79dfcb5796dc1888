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

/** {@code convert} tells a total that does not add up, and with {@code --fail-on warning} writes nothing. */
class ConvertTotalsCommandTest {
  private static final String WRONG_LINE = "acme.txt:10: Total current assets prints 5,850 but its lines sum to 5,800"
      + " (off by 50, USD thousands): Cash 2,600 (line 8), Receivables 3,200 (line 9)";

  @TempDir
  Path dir;

  private static Path mapping() {
    return TestFiles.base().resolve("src/test/resources/totals/mapping.xml");
  }

  /** The acme document with total current assets printed 5,850 over lines summing to 5,800 (total assets adjusted). */
  private Path wrongTotal() throws Exception {
    String text = Files.readString(TestFiles.base().resolve("src/test/resources/totals/acme.txt"), StandardCharsets.UTF_8);
    assertThat(text).contains("Total current assets\t5,800\t").contains("Total assets\t9,800\t");
    Path doc = dir.resolve("in/acme.txt");
    Files.createDirectories(doc.getParent());
    Files.writeString(doc, text.replace("Total current assets\t5,800\t", "Total current assets\t5,850\t")
        .replace("Total assets\t9,800\t", "Total assets\t9,850\t"), StandardCharsets.UTF_8);
    return doc;
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aWrongTotalIsAWarningByDefaultAndTheOutputIsWritten() throws Exception {
    Path out = dir.resolve("out");
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", wrongTotal().toString(), "--mapping", mapping().toString(),
        "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).containsExactly(WRONG_LINE);
    assertThat(run.out()).contains("; 8 totals checked, 1 does not add up -> ");
    assertThat(out.resolve("acme.xml")).exists();
    // validate, with Calculations 1.1, finds the same total in XBRL terms
    ConvertCommandTest.Run validate = ConvertCommandTest.run("validate", out.resolve("acme.xml").toString());
    assertThat(validate.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(validate.out()).contains("[calc-inconsistent]").contains("CurrentAssets is reported as 5850000")
        .endsWith("1 file: 1 error, 0 warnings, 0 notes; 1 invalid" + System.lineSeparator());
  }

  @Test
  void failOnWarningExitsOneWithTheLinesAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("acme.xml"), "earlier output", StandardCharsets.UTF_8);
    List<String> before = listing(out);
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", wrongTotal().toString(), "--mapping", mapping().toString(),
        "--out", out.toString(), "--fail-on", "warning");
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).isEqualTo(WRONG_LINE + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(listing(out)).isEqualTo(before);
    assertThat(out.resolve("acme.xml")).hasContent("earlier output");

    Path fresh = dir.resolve("fresh");
    ConvertCommandTest.Run again = ConvertCommandTest.run("convert", wrongTotal().toString(), "--mapping", mapping().toString(),
        "--out", fresh.toString(), "--fail-on", "WARNING");
    assertThat(again.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(fresh).doesNotExist();
  }

  @Test
  void failOnWarningPassesTotalsThatAddUp() throws Exception {
    Path out = dir.resolve("out");
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert",
        TestFiles.base().resolve("src/test/resources/totals/acme.txt").toString(), "--out", out.toString(), "--fail-on", "warning");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("; 8 totals checked, 0 do not add up -> ");
    assertThat(out.resolve("acme.xml")).exists();
  }

  @Test
  void failOnErrorIsTheDefaultAndAnythingElseIsAUsageError() throws Exception {
    Path out = dir.resolve("out");
    ConvertCommandTest.Run error = ConvertCommandTest.run("convert", wrongTotal().toString(), "--mapping", mapping().toString(),
        "--out", out.toString(), "--fail-on", "error");
    assertThat(error.code()).isZero();
    assertThat(error.err().lines()).containsExactly(WRONG_LINE);
    ConvertCommandTest.Run bad = ConvertCommandTest.run("convert", wrongTotal().toString(), "--mapping", mapping().toString(),
        "--out", dir.resolve("other").toString(), "--fail-on", "never");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).startsWith("finfile: --fail-on must be one of error, warning, not 'never'");
    assertThat(dir.resolve("other")).doesNotExist();
  }

  @Test
  void theExampleConvertsWithFailOnWarning() throws Exception {
    Path out = dir.resolve("iij");
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", out.toString(),
        "--fail-on", "warning");
    // its 34 derived-figure disagreements are warnings that never stop convert; its totals add up
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("417 derived figures checked, 34 disagree; 121 totals checked, 0 do not add up -> ");
    assertThat(out.resolve("iij-fy2002.xml")).exists();
  }
}
