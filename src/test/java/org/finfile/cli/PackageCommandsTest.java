package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report packages as input and output of the commands a user runs. */
class PackageCommandsTest {
  @TempDir
  Path dir;
  Path xbr;

  @BeforeEach
  void convert() {
    Path out = dir.resolve("filing");
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", out.toString()).code()).isZero();
    xbr = out.resolve("iij-fy2002.xbr");
    assertThat(xbr).isRegularFile();
  }

  @Test
  void aReportPackageIsValidatedRoundTrippedAndRenderedAsItIs() {
    ConvertCommandTest.Run valid = ConvertCommandTest.run("validate", xbr.toString());
    assertThat(valid.code()).as(valid.out()).isZero();
    assertThat(valid.out()).contains("iij-fy2002.xbr!/iij-fy2002/reports/iij-fy2002.xbrl:")
        .endsWith("1 file: 0 errors, 0 warnings, 25 notes; valid" + System.lineSeparator());
    ConvertCommandTest.Run lossless = ConvertCommandTest.run("roundtrip", xbr.toString());
    assertThat(lossless.out()).contains("lossless (606 facts");
    Path html = dir.resolve("page.html");
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", xbr.toString(), "--to", "html", "--out", html.toString());
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(render.err()).as("labels come from the package's taxonomy").isEmpty();
  }

  @Test
  void anInlineReportPackageCarriesItsTaxonomy() throws Exception {
    Path xbri = dir.resolve("site/iij.xbri");
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", xbr.toString(), "--to", "ixbrl", "--out", xbri.toString());
    assertThat(render.code()).as(render.err()).isZero();
    Files.delete(xbr);
    ConvertCommandTest.Run valid = ConvertCommandTest.run("validate", xbri.toString());
    assertThat(valid.code()).as(valid.out()).isZero();
    assertThat(valid.out()).contains("iij.xbri!/iij/reports/iij.xhtml").doesNotContain("[ix-schema]");
    assertThat(ConvertCommandTest.run("roundtrip", xbri.toString()).out()).contains("lossless (606 facts");
  }

  @Test
  void aRenderingOutsideThePackageReferencesItsTaxonomyByThePublishedUrl() throws Exception {
    Path json = dir.resolve("json/iij.json");
    assertThat(ConvertCommandTest.run("render", xbr.toString(), "--to", "xbrl-json", "--out", json.toString()).code()).isZero();
    String taxonomy = new ObjectMapper().readTree(json.toFile()).path("documentInfo").path("taxonomy").get(0).asText();
    assertThat(taxonomy).isEqualTo("http://finfile.org/taxonomy/iij/2003-03-31/iij-2003-03-31.xsd");
    assertThat(ConvertCommandTest.run("validate", json.toString()).code()).as("the taxonomy is not found alone").isEqualTo(1);
    ConvertCommandTest.Run withPackage = ConvertCommandTest.run("validate", "--taxonomy", xbr.toString(), json.toString());
    assertThat(withPackage.code()).as(withPackage.out()).isZero();
    assertThat(withPackage.out()).endsWith("1 file: 0 errors, 0 warnings, 25 notes; valid" + System.lineSeparator());
  }

  @Test
  void aHostileArchiveIsOneLineAndExitThree() throws Exception {
    Path bomb = dir.resolve("bomb.xbr");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("bomb/../../escape.xbrl"));
      zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    for (String command : new String[] {"validate", "roundtrip", "render"}) {
      ConvertCommandTest.Run run = command.equals("render")
          ? ConvertCommandTest.run(command, bomb.toString(), "--to", "csv")
          : ConvertCommandTest.run(command, bomb.toString());
      assertThat(run.code()).as(command).isEqualTo(3);
      assertThat((run.out() + run.err()).strip().lines().filter(l -> l.contains("bomb.xbr")).count()).as(command).isEqualTo(1);
      assertThat(run.out() + run.err()).contains("..");
    }
  }
}
