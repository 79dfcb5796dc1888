package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The command line as a user meets it: golden output, exit codes, one-line errors. */
class ConvertCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void convertsTheExampleToItsExpectedInstanceTwiceTheSameBytes() throws Exception {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    Run run = run("convert", TestFiles.example().toString(), "--out", first.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("iij-fy2002.txt: 606 facts (16 nil), 11 contexts, 8 units, 14 tables; 283 cells skipped (");
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains("warning: iij-fy2002.txt:").contains("2003-12-31");
    assertThat(run("convert", TestFiles.exampleDocument().toString(), "--out", second.toString()).code()).isZero();
    byte[] expected = Files.readAllBytes(TestFiles.expectedInstance());
    assertThat(Files.readAllBytes(first.resolve("iij-fy2002.xml"))).isEqualTo(expected);
    assertThat(Files.readAllBytes(second.resolve("iij-fy2002.xml"))).isEqualTo(expected);
    assertThat(first.resolve("iij-2003-03-31.xsd")).exists();
    assertThat(first.resolve("finfile.org/taxonomy/base/finfile-base.xsd")).exists();
    assertThat(first.resolve("META-INF/catalog.xml")).content().contains("<rewriteURI").doesNotContain("rewriteSystem");
    assertThat(first.resolve("META-INF/taxonomyPackage.xml")).exists();
    assertThat(run.out().strip()).endsWith(" -> " + first.resolve("iij-fy2002.xml") + ", " + first.resolve("iij-fy2002.xbr"));
    assertThat(Files.readAllBytes(first.resolve("iij-fy2002.xbr"))).isEqualTo(Files.readAllBytes(second.resolve("iij-fy2002.xbr")));
    try (Stream<Path> files = Files.walk(first)) {
      assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
    }
    Run validate = run("validate", first.resolve("iij-fy2002.xml").toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).endsWith("1 file: 0 errors, 0 warnings, 25 notes; valid" + System.lineSeparator());
    assertThat(run("roundtrip", first.resolve("iij-fy2002.xml").toString()).code()).isZero();
    Run withPackage = run("validate", first.resolve("iij-fy2002.xml").toString(), "--taxonomy", first.toString());
    assertThat(withPackage.out()).as(withPackage.err()).endsWith("1 file: 0 errors, 0 warnings, 25 notes; valid" + System.lineSeparator());
  }

  @Test
  void theSeedItselfGivesTheExamplesFacts() throws Exception {
    assumeTrue(TestFiles.seedPresent(), "the seed is in ../shared");
    Path out = dir.resolve("seed");
    Run run = run("convert", TestFiles.seed().toString(), "--mapping", TestFiles.exampleMapping().toString(),
        "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("606 facts (16 nil), 11 contexts, 8 units, 14 tables");
    Diff diff = DiffBuilder.compare(TestFiles.expectedInstance().toFile())
        .withTest(out.resolve("000_ae71f5ea76602d95.xml").toFile())
        .withAttributeFilter(a -> !"http://finfile.org/source/1.0".equals(a.getNamespaceURI()))
        .ignoreWhitespace().checkForSimilar().build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  @Test
  void aCellThatDoesNotParseLeavesNoPartialOutputAndKeepsEarlierOutput() throws Exception {
    Path input = exampleWith("\t42.0\t", "\t42.0x\t");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("iij-fy2002.xml"), "earlier output");
    Run run = run("convert", input.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().asString()
        .matches("finfile: iij-fy2002\\.txt:bandwidth:\\d+:2: '42\\.0x' is not a number: text after the number");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readString(out.resolve("iij-fy2002.xml"))).isEqualTo("earlier output");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void exitCodes() throws Exception {
    Run missing = run("convert", dir.resolve("none.txt").toString(), "--mapping", TestFiles.exampleMapping().toString(),
        "--out", dir.toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err().lines()).singleElement().asString().endsWith("none.txt: no such file");
    Run usage = run("convert");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(run("convert", "x", "--bogus").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
    Path bytes = dir.resolve("latin1.txt");
    Files.write(bytes, "Caf\u00e9\tx\n".getBytes(StandardCharsets.ISO_8859_1));
    Run undecodable = run("convert", bytes.toString(), "--mapping", TestFiles.exampleMapping().toString(),
        "--out", dir.resolve("o").toString());
    assertThat(undecodable.code()).isEqualTo(3);
    assertThat(undecodable.err()).startsWith("finfile: latin1.txt:1:4: byte 3 (0xE9) is not valid UTF-8; give --encoding");
    assertThat(dir.resolve("o")).doesNotExist();
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'>");
    assertThat(run("validate", bad.toString()).code()).isEqualTo(3);
  }

  /** A copy of the example folder (document and mapping) whose document has {@code from} replaced by {@code to}. */
  private Path exampleWith(String from, String to) throws Exception {
    String text = Files.readString(TestFiles.exampleDocument());
    assertThat(text).contains(from);
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("iij-fy2002.txt"), text.replace(from, to));
    Files.copy(TestFiles.exampleMapping(), input.resolve("mapping.xml"));
    return input;
  }

  @Test
  void aFailedMoveRestoresTheEarlierOutputAndLeavesNothingHalfWritten() throws Exception {
    Path out = dir.resolve("out");
    assertThat(run("convert", TestFiles.example().toString(), "--out", out.toString()).code()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("iij-fy2002.xml"));
    Files.delete(out.resolve("iij-2003-03-31-cal.xml"));
    Files.createDirectory(out.resolve("iij-2003-03-31-cal.xml"));
    Path input = exampleWith("\t42.0\t", "\t42.1\t");
    Run run = run("convert", input.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(4);
    assertThat(run.err().lines()).singleElement().asString().contains("is a folder");
    assertThat(Files.readAllBytes(out.resolve("iij-fy2002.xml"))).isEqualTo(before);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".finfile"));
    }
  }

  @Test
  void anInstanceThatWouldNotBeValidIsNotWritten() throws Exception {
    Path input = exampleWith("Others\t450,320\t", "Others\t(450,320)\t");
    Path out = dir.resolve("out");
    Run run = run("convert", input.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("the converted instance would not be valid, so nothing was written").contains("-450320");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
