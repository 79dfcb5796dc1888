package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finfile mapping suggest} as a user meets it: the file written, refusals, exit codes, one-line errors. */
class SuggestCommandTest {
  @TempDir
  Path dir;

  private static ConvertCommandTest.Run run(String... args) {
    return ConvertCommandTest.run(args);
  }

  private static Path acme() {
    return TestFiles.base().resolve("examples/acme/acme.tsv");
  }

  @Test
  void writesMappingXmlAndSaysWhatItFound() throws Exception {
    Path out = dir.resolve("new/folder");
    ConvertCommandTest.Run r = run("mapping", "suggest", acme().toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).startsWith("acme.tsv: 2 tables, 28 rows (").contains(" -> " + out.resolve("mapping.xml"));
    assertThat(out.resolve("mapping.xml")).content().startsWith("<?xml").contains("<table id=\"consolidated-balance-sheets\"");
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Files.writeString(dir.resolve("mapping.xml"), "mine");
    ConvertCommandTest.Run r = run("mapping", "suggest", acme().toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("mapping.xml exists").contains("--force");
    assertThat(dir.resolve("mapping.xml")).hasContent("mine");
    ConvertCommandTest.Run forced = run("mapping", "suggest", acme().toString(), "--out", dir.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(dir.resolve("mapping.xml")).content().contains("<mapping ");
  }

  @Test
  void aMissingOrUnreadableInputIsExitCode3InOneLine() throws Exception {
    ConvertCommandTest.Run missing = run("mapping", "suggest", dir.resolve("nope.txt").toString(), "--out", dir.toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).contains("nope.txt").contains("no such file");
    Path prose = Files.writeString(dir.resolve("prose.txt"), "No tables here.\nNone at all.\n");
    ConvertCommandTest.Run none = run("mapping", "suggest", prose.toString(), "--out", dir.resolve("o").toString());
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err().lines()).hasSize(1);
    assertThat(none.err()).contains("prose.txt").contains("no tables");
    assertThat(dir.resolve("o/mapping.xml")).doesNotExist();
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\t', (byte) 0xC3, '\n'});
    ConvertCommandTest.Run undecodable = run("mapping", "suggest", bad.toString(), "--out", dir.resolve("p").toString());
    assertThat(undecodable.code()).isEqualTo(3);
    assertThat(undecodable.err().lines()).hasSize(1);
  }

  @Test
  void usageErrorsAreExitCode2() throws Exception {
    ConvertCommandTest.Run noOut = run("mapping", "suggest", acme().toString());
    assertThat(noOut.code()).isEqualTo(2);
    assertThat(noOut.err().lines()).hasSize(1);
    assertThat(noOut.err()).contains("--out");
    ConvertCommandTest.Run noSub = run("mapping");
    assertThat(noSub.code()).isEqualTo(2);
    assertThat(noSub.err()).contains("suggest");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    ConvertCommandTest.Run outIsFile = run("mapping", "suggest", acme().toString(), "--out", file.toString());
    assertThat(outIsFile.code()).isEqualTo(2);
    assertThat(outIsFile.err().lines()).hasSize(1);
  }
}
