package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} on CSV, XLSX and HTML documents, and {@code --encoding}. */
class ConvertInputsTest {
  /** The statement's mapping, on the base taxonomy (convert writes the extension). */
  private static final String MAPPING = org.finfile.tables.InputFormatsTestAccess.mapping();

  @TempDir
  Path dir;

  @Test
  void aWindows1252CsvConvertsWithEncodingAndNamesItsBadByteWithout() throws Exception {
    String csv = org.finfile.tables.InputFormatsTestAccess.csv() + "Owners’ note,,\n";
    Path doc = Files.write(dir.resolve("acme.csv"), csv.getBytes("windows-1252"));
    Path mapping = Files.writeString(dir.resolve("mapping.xml"), MAPPING);
    ConvertCommandTest.Run refused = ConvertCommandTest.run("convert", doc.toString(), "--out", dir.resolve("a").toString());
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err()).contains("acme.csv:").contains("is not valid UTF-8; give --encoding");
    ConvertCommandTest.Run done = ConvertCommandTest.run("convert", doc.toString(), "--mapping", mapping.toString(),
        "--encoding", "windows-1252", "--out", dir.resolve("b").toString());
    assertThat(done.code()).as(done.err()).isZero();
    assertThat(dir.resolve("b/acme.xml")).exists();
  }

  @Test
  void aFolderWithAWorkbookConvertsIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("acme"));
    org.finfile.tables.InputFormatsTestAccess.workbook(folder.resolve("acme.xlsx"));
    Files.writeString(folder.resolve("mapping.xml"), MAPPING);
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", folder.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Log4j");
    assertThat(dir.resolve("o/acme.xml")).exists();
  }

  @Test
  void anUnknownEncodingIsOneLine() throws Exception {
    Path doc = Files.writeString(dir.resolve("acme.csv"), "a,b\n");
    Files.writeString(dir.resolve("mapping.xml"), MAPPING);
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", doc.toString(), "--encoding", "latin-9000",
        "--out", dir.resolve("o").toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().asString().contains("'latin-9000' is no encoding");
  }

  /** The totals fixture as CSV (every field quoted) and as a workbook: a wrong total is told where the document has it. */
  @Test
  void aWrongTotalIsToldAtTheCsvLineAndTheWorkbookCell() throws Exception {
    String text = Files.readString(org.finfile.TestFiles.base().resolve("src/test/resources/totals/acme.txt"))
        .replace("Total current assets\t5,800\t", "Total current assets\t5,850\t")
        .replace("Total assets\t9,800\t", "Total assets\t9,850\t");
    StringBuilder csv = new StringBuilder();
    org.finfile.tables.Workbooks book = new org.finfile.tables.Workbooks().sheet("Balance");
    int r = 0;
    for (String line : text.split("\n", -1)) {
      r++;
      String[] cells = line.split("\t", -1);
      csv.append(String.join(",", java.util.Arrays.stream(cells).map(c -> "\"" + c + "\"").toList())).append('\n');
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          book.text(org.apache.poi.ss.util.CellReference.convertNumToColString(c) + r, cells[c]);
        }
      }
    }
    Path mapping = org.finfile.TestFiles.base().resolve("src/test/resources/totals/mapping.xml");
    Path doc = Files.writeString(dir.resolve("acme.csv"), csv);
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", doc.toString(), "--mapping", mapping.toString(),
        "--out", dir.resolve("o").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).containsExactly("acme.csv:10: Total current assets prints 5,850 but its lines sum to 5,800"
        + " (off by 50, USD thousands): Cash 2,600 (line 8), Receivables 3,200 (line 9)");
    Path xlsx = book.write(dir.resolve("acme.xlsx"));
    ConvertCommandTest.Run sheet = ConvertCommandTest.run("convert", xlsx.toString(), "--mapping", mapping.toString(),
        "--out", dir.resolve("x").toString());
    assertThat(sheet.code()).as(sheet.err()).isZero();
    assertThat(sheet.err().lines()).containsExactly("acme.xlsx:Balance!B10: Total current assets prints 5,850 but its lines"
        + " sum to 5,800 (off by 50, USD thousands): Cash 2,600 (Balance!B8), Receivables 3,200 (Balance!B9)");
  }
}
