package org.finfile.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.TestFiles;
import org.finfile.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suggested mapping as it is: convert accepts it, and the filing validates with no errors. */
class SuggestConvertTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private void suggestConvertValidate(Path document, String instance) {
    Path mapping = dir.resolve("mapping");
    Run suggest = run("mapping", "suggest", document.toString(), "--out", mapping.toString());
    assertThat(suggest.code()).as(suggest.err()).isZero();
    Path out = dir.resolve("out");
    Run convert = run("convert", document.toString(), "--mapping", mapping.resolve("mapping.xml").toString(),
        "--out", out.toString(), "--fail-on", "warning");
    assertThat(convert.code()).as(convert.err()).isZero();
    assertThat(convert.out()).contains(" 0 do not add up");
    Run validate = run("validate", out.resolve(instance).toString());
    assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).contains(": 0 errors, 0 warnings");
  }

  @Test
  void theIijReleaseConvertsAndValidates() {
    suggestConvertValidate(TestFiles.exampleDocument(), "iij-fy2002.xml");
  }

  @Test
  void aMadeUpCompanysTablesConvertAndValidate() {
    suggestConvertValidate(TestFiles.base().resolve("examples/acme/acme.tsv"), "acme.xml");
  }

  @Test
  void theMadeUpCompanysTablesAsCsvConvertAndValidate() throws Exception {
    // the same statements saved as CSV: every field quoted, as spreadsheets write figures with commas
    List<String> csv = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(TestFiles.base().resolve("examples/acme/acme.tsv"))) {
      csv.add(line.isEmpty() ? "" : java.util.Arrays.stream(line.split("\t", -1))
          .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(java.util.stream.Collectors.joining(",")));
    }
    Path file = Files.write(dir.resolve("acme.csv"), csv);
    suggestConvertValidate(file, "acme.xml");
    assertThat(Files.readString(dir.resolve("mapping/mapping.xml"))).contains("<row label=\"Inventories\"");
  }

  @Test
  void aTinyTsvWithATotalConvertsAndItsTotalIsChecked() throws Exception {
    Path tsv = Files.writeString(dir.resolve("tiny.tsv"), String.join("\n",
        "Gizmo Ltd",
        "Statement of profit or loss",
        "For the Year Ended Dec 31, 2024",
        "(in thousands of euros)",
        "\tDec 31, 2024\tDec 31, 2023",
        "Gizmo sales\t700\t650",
        "Gadget sales\t300\t250",
        "Total sales\t1,000\t900",
        "") );
    suggestConvertValidate(tsv, "tiny.xml");
    String mapping = Files.readString(dir.resolve("mapping/mapping.xml"));
    assertThat(mapping).contains("currency=\"EUR\"").contains("scale=\"3\"").contains("sum=\"");
    // the same tables with a total that does not add up: convert says so in the document's terms
    Path wrong = Files.writeString(dir.resolve("wrong.tsv"), Files.readString(tsv).replace("Total sales\t1,000", "Total sales\t1,050"));
    Run convert = run("convert", wrong.toString(), "--mapping", dir.resolve("mapping/mapping.xml").toString(),
        "--out", dir.resolve("wrong-out").toString());
    assertThat(convert.code()).isZero();
    assertThat(convert.err()).contains("wrong.tsv:8: Total sales prints 1,050 but its lines sum to 1,000");
  }
}
