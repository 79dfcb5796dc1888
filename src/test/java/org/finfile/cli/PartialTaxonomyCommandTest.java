package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.finfile.taxonomy.PartialFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and render of a filing whose official taxonomy is not at hand, and with it from --taxonomy PACKAGE.zip. */
class PartialTaxonomyCommandTest {
  @TempDir
  Path dir;

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  @Test
  void validateNamesEachMissingDocumentOnceNotesWhatIsSkippedAndChecksTheRest() throws Exception {
    Path filing = PartialFixture.write(dir, "100");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", filing.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    List<String> partial = run.out().lines().filter(l -> l.contains("the taxonomy is partial")).toList();
    assertThat(partial).singleElement().asString().startsWith(filing + ": warning [schema-ref] the taxonomy is partial: 2 documents")
        .contains(PartialFixture.FAKE_URL + " (from ext.xsd, ext_lab.xml, ext_pre.xml, ext_cal.xml)")
        .contains(PartialFixture.OTHER_URL + " (from ext.xsd, ext_lab.xml)").contains("--taxonomy");
    assertThat(count(run.out(), PartialFixture.FAKE_URL)).isEqualTo(1);
    assertThat(run.out()).contains("info [schema-ref] skipped for the missing part of the taxonomy: XML Schema validity")
        .endsWith("1 file: 0 errors, 2 warnings, 1 note; valid" + System.lineSeparator());
  }

  @Test
  void aCalculationOfConceptsOfAMissingSchemaIsSkippedAndCheckedWithThePackage() throws Exception {
    Path filing = PartialFixture.write(dir, "90");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", filing.toString());
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("calc-inconsistent").contains("the calculation check of the 1 of 1 summations that involve them");
    Path zip = PartialFixture.taxonomyPackage(dir.resolve("fake-2023.zip"));
    ConvertCommandTest.Run full = ConvertCommandTest.run("validate", filing.toString(), "--taxonomy", zip.toString());
    assertThat(full.code()).isEqualTo(1);
    assertThat(full.out()).contains("error [calc-inconsistent]").contains("Revenues is reported as 90");
  }

  @Test
  void withTheOfficialTaxonomyPackageTheFullCheckRuns() throws Exception {
    Path zip = PartialFixture.taxonomyPackage(dir.resolve("fake-2023.zip"));
    Path filing = PartialFixture.write(dir, "100");
    ConvertCommandTest.Run ok = ConvertCommandTest.run("validate", filing.toString(), "--taxonomy", zip.toString());
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).doesNotContain("partial").endsWith("1 file: 0 errors, 0 warnings, 0 notes; valid" + System.lineSeparator());
    // a value only the official schema can find wrong: found with the package, not without it
    Path bad = PartialFixture.write(Files.createDirectories(dir.resolve("bad")), "lots");
    assertThat(ConvertCommandTest.run("validate", bad.toString()).code()).isZero();
    ConvertCommandTest.Run full = ConvertCommandTest.run("validate", bad.toString(), "--taxonomy", zip.toString());
    assertThat(full.code()).isEqualTo(1);
    assertThat(full.out()).contains("error [xsd]").contains("lots");
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", filing.toString(), "--to", "html", "--taxonomy", zip.toString(), "--out", dir.resolve("f.html").toString());
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(render.err()).doesNotContain("partial");
    assertThat(Files.readString(dir.resolve("f.html"))).contains("Net sales of the extension");
  }

  @Test
  void renderUsesTheExtensionsLabelsAndSaysTheTaxonomyIsPartial() throws Exception {
    Path filing = PartialFixture.write(dir, "100");
    Path out = dir.resolve("statements");
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", filing.toString(), "--to", "statements-csv", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: " + filing + ": the taxonomy is partial: " + PartialFixture.FAKE_URL + ", "
        + PartialFixture.OTHER_URL + " cannot be had offline");
    try (Stream<Path> files = Files.list(out)) {
      Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
      assertThat(Files.readString(csv)).contains("Net sales of the extension,100").contains("Widgets sold,70")
          .contains("Costs of widgets,30");
    }
  }

  @Test
  void netflix2010RendersItsStatementsWithItsOwnLabels() throws Exception {
    Path filing = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    assumeTrue(Files.isRegularFile(filing), "the real filings are in ../shared/filings (absent here)");
    Path out = dir.resolve("nflx");
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", filing.toString(), "--to", "statements-csv", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("the taxonomy is partial").contains("http://taxonomies.xbrl.us/us-gaap/2009/elts/us-gaap-2009-01-31.xsd");
    Path operations = out.resolve("nflx-20100930-02-103-statement-consolidated-statements-of-operations.csv");
    assertThat(operations).exists();
    assertThat(Files.readString(operations)).startsWith("103 - Statement - Consolidated Statements of Operations,")
        .doesNotContain("CostOfGoodsSoldSubscription");
    // quarter before year to date, latest first
    assertThat(Files.readAllLines(operations)).contains("      Revenues,553219000,423120000,1566703000,1225727000",
        "        Subscription,292406000,233091000,817353000,677863000", "      Net income,37967000,30141000,113758000,84947000");
    Path html = dir.resolve("nflx.html");
    assertThat(ConvertCommandTest.run("render", filing.toString(), "--to", "html", "--out", html.toString()).code()).isZero();
    assertThat(Files.readString(html)).contains("Consolidated Balance Sheets").contains("Subscription")
        .doesNotContain(">CostOfGoodsSoldSubscription<");
  }

  @Test
  void validateOfNetflix2010IsValidWithTheMissingUsGaapNamedOnce() throws Exception {
    Path filing = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    assumeTrue(Files.isRegularFile(filing), "the real filings are in ../shared/filings (absent here)");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", filing.toString());
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(count(run.out(), "http://taxonomies.xbrl.us/us-gaap/2009/elts/us-gaap-2009-01-31.xsd (")).isEqualTo(1);
    assertThat(run.out()).doesNotContain("error [").doesNotContain("the taxonomy cannot be loaded");
  }
}
