package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.TestFiles;
import org.finfile.inline.InlineXbrl;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finfile render} as a user runs it: wherever the output goes, its references resolve. */
class RenderCommandTest {
  @TempDir
  Path dir;
  Path instance;

  @BeforeEach
  void convert() {
    Path converted = dir.resolve("filing");
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", converted.toString()).code()).isZero();
    instance = converted.resolve("iij-fy2002.xml");
  }

  @Test
  void aPageWrittenToAnotherFolderPointsAtTheTaxonomyFromThere() throws Exception {
    Path page = dir.resolve("site/pages/iij.xhtml");
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", instance.toString(), "--to", "ixbrl", "--out", page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Filing read;
    try (InputStream in = Files.newInputStream(page)) {
      read = InlineXbrl.read(in, page.toUri().toString(), page.toString());
    }
    assertThat(read.schemaRefs()).containsExactly("../../filing/iij-2003-03-31.xsd");
    Taxonomy taxonomy = Taxonomy.load(read.schemaRefs(), page.toUri().toString(), OfflineResolver.bundled());
    assertThat(taxonomy.labels().label(read.facts().get(1).concept(), org.finfile.taxonomy.Labels.STANDARD, "en"))
        .isNotBlank();
  }

  @Test
  void xbrlCsvMetadataInAFolderPointsAtTheTaxonomyFromThatFolder() throws Exception {
    Path out = dir.resolve("csv");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-csv", "--out", out.toString()).code()).isZero();
    var metadata = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("iij-fy2002-metadata.json").toFile());
    assertThat(metadata.path("documentInfo").path("taxonomy").get(0).asText()).isEqualTo("../filing/iij-2003-03-31.xsd");
  }

  @Test
  void besideTheInputTheReferenceIsUnchanged() throws Exception {
    Path page = instance.resolveSibling("page.xhtml");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "ixbrl", "--out", page.toString()).code()).isZero();
    assertThat(Files.readString(page)).contains("xlink:href=\"iij-2003-03-31.xsd\"");
  }

  @Test
  void aFilingOimCannotHoldIsRefusedWithExitThreeAndNothingWritten() throws Exception {
    Path source = TestFiles.base().resolve("src/test/resources/conservation");
    Path file = dir.resolve("precision-zero.xml");
    Files.copy(source.resolve("idless.xsd"), dir.resolve("idless.xsd"));
    Files.writeString(file, Files.readString(source.resolve("id-less.xml")).replace("unitRef=\"pure\" decimals=\"4\"",
        "unitRef=\"pure\" precision=\"0\""));
    Path json = dir.resolve("out/report.json");
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", file.toString(), "--to", "xbrl-json", "--out", json.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().strip()).doesNotContain("\n").contains("precision-zero.xml: cannot be written as xbrl-json without loss")
        .contains("precision=\"0\"");
    assertThat(json).doesNotExist();
  }

  @Test
  void anXml11ControlCharacterIsOneLineAndExitThreeWhereFinfileWouldWriteXml10() throws Exception {
    Path source = TestFiles.base().resolve("src/test/resources/conservation");
    Files.copy(source.resolve("idless.xsd"), dir.resolve("idless.xsd"));
    Path file = dir.resolve("xml11.xml");
    Files.writeString(file, Files.readString(source.resolve("id-less.xml"))
        .replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"").replace("=SUM(A1)", "bell&#x7;here"));
    assertThat(ConvertCommandTest.run("validate", file.toString()).code()).as("XML 1.1 is checked as it is").isZero();
    for (String[] args : new String[][] {{"render", file.toString(), "--to", "csv"}, {"render", file.toString(), "--to", "ixbrl"},
        {"roundtrip", file.toString()}}) {
      ConvertCommandTest.Run run = ConvertCommandTest.run(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(3);
      assertThat(run.err().strip()).doesNotContain("\n").contains("xml11.xml:").contains("U+0007");
    }
  }

  @Test
  void aFilingThatBindsIxToAnotherNamespaceRendersWithThePrefixRenamed() throws Exception {
    Path source = TestFiles.base().resolve("src/test/resources/conservation");
    Files.copy(source.resolve("idless.xsd"), dir.resolve("idless.xsd"));
    Path file = dir.resolve("ix-prefix.xml");
    Files.writeString(file, Files.readString(source.resolve("id-less.xml"))
        .replace("xmlns:t=\"http://finfile.org/test/idless\"", "xmlns:ix=\"http://finfile.org/test/idless\"")
        .replace("<t:", "<ix:").replace("</t:", "</ix:"));
    Path page = dir.resolve("page.xhtml");
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", file.toString(), "--to", "ixbrl", "--out", page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(page)).contains("xmlns:ix_1=\"http://finfile.org/test/idless\"").contains("name=\"ix_1:Cash\"");
    assertThat(ConvertCommandTest.run("roundtrip", page.toString()).out()).contains("lossless (11 facts");
  }
}
