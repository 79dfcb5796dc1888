package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.cli.Main;
import org.finfile.mapping.Conversion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsCsvTest {
  @TempDir
  Path dir;

  @Test
  void oneCsvPerStatementWithLinesAsRowsAndPeriodsAsColumns() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    Map<String, byte[]> files = Renderer.renderFiles(c.filing(), c.taxonomy(), Renderer.Format.STATEMENTS_CSV, "iij");
    assertThat(files).hasSize(13);
    String balance = new String(files.get("iij-11-consolidated-balance-sheets.csv"), StandardCharsets.UTF_8);
    assertThat(balance.lines().findFirst().orElseThrow()).startsWith("Consolidated balance sheets,");
    assertThat(balance).contains("\r\n").containsPattern("\n +Total assets,[^\r]*39219388000");
  }

  @Test
  void aThirdPartyFilingWithoutItsTaxonomyRendersWithConceptNames() throws Exception {
    Path file = dir.resolve("third-party.xml");
    Files.writeString(file, Files.readString(TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml"))
        .replace("http://finfile.org/taxonomy/base/finfile-base.xsd", "http://example.invalid/unknown.xsd"));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Main.run(new String[] {"render", file.toString(), "--to", "csv"}, new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(err, true));
    assertThat(code).isZero();
    assertThat(err.toString()).startsWith("warning: ").contains("concept names stand in");
    assertThat(out.toString()).contains(",base:Cash,Cash,").contains(",base:BasicNetIncomeLossPerShare,BasicNetIncomeLossPerShare,");
    Path html = dir.resolve("page.html");
    assertThat(Main.run(new String[] {"render", file.toString(), "--to", "html", "--out", html.toString()},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true))).isZero();
    assertThat(Files.readString(html)).contains("Translated at JPY 118.07");
  }
}
