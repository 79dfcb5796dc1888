package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finfile roundtrip}: lossless files say so with exit 0; a loss is exit 1 with its differences. */
class RoundtripCommandTest {
  @TempDir
  Path dir;

  @Test
  void aRealFilingWithIdLessFactsCommentsAndAPrefixlessMeasureIsLossless() {
    Path file = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    assumeTrue(Files.isRegularFile(file), "the Netflix filing is in ../shared/filings");
    ConvertCommandTest.Run run = ConvertCommandTest.run("roundtrip", file.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).isEqualTo(file + ": lossless (303 facts, 11 contexts, 3 units, 1 footnote)"
        + System.lineSeparator());
  }

  @Test
  void tuplesAreCountedWhenThereAreSome() {
    Path file = TestFiles.base().resolve("src/test/resources/roundtrip/tuples.xml");
    ConvertCommandTest.Run run = ConvertCommandTest.run("roundtrip", file.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).containsPattern("lossless \\(14 facts, .* footnotes, [1-9][0-9]* tuples\\)");
  }

  @Test
  void referencesRootAttributesAndThePrologAreLossless() {
    Path file = TestFiles.base().resolve("src/test/resources/roundtrip/document-info.xml");
    ConvertCommandTest.Run run = ConvertCommandTest.run("roundtrip", file.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("lossless (3 facts");
  }

  @Test
  void whatTheModelDoesNotKeepIsReportedAsALoss() throws Exception {
    Path original = TestFiles.base().resolve("src/test/resources/roundtrip/document-info.xml");
    String text = Files.readString(original, StandardCharsets.UTF_8);
    Path file = dir.resolve("pi-inside.xml");
    Files.writeString(file, text.replace("<context id=\"c\">", "<?inside the root?>\n  <context id=\"c\">"),
        StandardCharsets.UTF_8);
    ConvertCommandTest.Run run = ConvertCommandTest.run("roundtrip", file.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("inside").contains("not lossless: 2 differences");
  }

  @Test
  void anInlinePageRoundTripsTheInstanceItCarriesAndAnOimReportIsAUsageError() {
    Path page = dir.resolve("page.xhtml");
    Path instance = TestFiles.expectedInstance();
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "ixbrl", "--out", page.toString()).code()).isZero();
    ConvertCommandTest.Run run = ConvertCommandTest.run("roundtrip", page.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("lossless (606 facts");
    Path csv = dir.resolve("csv");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-csv", "--out", csv.toString()).code()).isZero();
    ConvertCommandTest.Run oim = ConvertCommandTest.run("roundtrip", csv.resolve("iij-fy2002-metadata.json").toString());
    assertThat(oim.code()).isEqualTo(2);
    assertThat(oim.err()).contains("is an xBRL-CSV report: roundtrip compares XBRL 2.1 documents");
  }
}
