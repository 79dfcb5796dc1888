package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several inline documents making one target document. */
class InlineDocumentSetTest {
  private static final String SECOND = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\" xmlns:t=\"urn:t\""
      + " xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\" xml:lang=\"de\"><head><title>2</title></head><body>"
      + "<p><ix:continuation id=\"k\"> and continued in part two</ix:continuation></p>"
      + "<p><ix:nonFraction name=\"t:Amount\" contextRef=\"c\" unitRef=\"u\" id=\"f2\" decimals=\"0\" format=\"ixt:num-dot-decimal\""
      + " scale=\"3\">1,500</ix:nonFraction></p>BODY</body></html>";

  @TempDir
  Path dir;

  private List<Path> set(String secondBody) throws Exception {
    Path one = dir.resolve("part1.xhtml");
    Path two = dir.resolve("part2.xhtml");
    Files.writeString(one, InlineSchemaTest.page(
        "<p><ix:nonNumeric name=\"t:Note\" contextRef=\"c\" id=\"f1\" continuedAt=\"k\">Begun in part one</ix:nonNumeric></p>"));
    Files.writeString(two, SECOND.replace("BODY", secondBody));
    return List.of(one, two);
  }

  @Test
  void factsOfBothDocumentsWithAChainAcrossThemMakeOneFiling() throws Exception {
    Filing filing = InlineXbrl.read(set(""));
    assertThat(filing.facts()).hasSize(2);
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "f1").value()).text())
        .isEqualTo("Begun in part one and continued in part two");
    assertThat(((FactValue.Numeric) InlineReaderTest.fact(filing, "f2").value()).value()).isEqualByComparingTo("1500000");
    assertThat(filing.lang()).as("the first document's language").isEqualTo("en");
    assertThat(new String(InlineXbrl.extract(set("")), java.nio.charset.StandardCharsets.UTF_8))
        .containsOnlyOnce("<link:schemaRef");
  }

  @Test
  void anIdRepeatedInAnotherDocumentIsRefusedNamingBoth() throws Exception {
    List<Path> set = set("<p><ix:nonNumeric name=\"t:Other\" contextRef=\"c\" id=\"f1\">again</ix:nonNumeric></p>");
    assertThatThrownBy(() -> InlineXbrl.read(set))
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo("ix-duplicate-id"))
        .hasMessageStartingWith(set.get(1).toString() + ":1:")
        .hasMessageContaining("the id f1 is already that of the ix element at " + set.get(0) + ":1:");
  }

  @Test
  void aMissingDocumentIsNamed() {
    Path absent = dir.resolve("absent.xhtml");
    assertThatThrownBy(() -> InlineXbrl.read(List.of(absent, absent))).hasMessage(absent + ": no such file");
  }

  @Test
  void anInlineReportPackageWithTwoDocumentsInOneReportFolderIsOneFiling() throws Exception {
    List<Path> set = set("");
    Path xbri = dir.resolve("set.xbri");
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xbri))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("set/META-INF/reportPackage.json"));
      zip.write("{\"documentInfo\": {\"documentType\": \"https://xbrl.org/report-package/2023/xbri\"}}"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Path part : set) {
        zip.putNextEntry(new java.util.zip.ZipEntry("set/reports/q1/" + part.getFileName()));
        zip.write(Files.readAllBytes(part));
      }
    }
    try (org.finfile.Input input = org.finfile.Input.open(xbri, org.finfile.xml.OfflineResolver.bundled())) {
      Filing filing = input.filing();
      assertThat(filing.facts()).as("the facts of both documents").hasSize(2);
      assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "f1").value()).text())
          .isEqualTo("Begun in part one and continued in part two");
    }
  }
}
