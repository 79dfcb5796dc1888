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

  @Test
  void aLongStatementTitleMakesAShortFileNameAndAnIndentedFormulaIsGuarded() throws Exception {
    Path out = dir.resolve("filing");
    java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
    assertThat(Main.run(new String[] {"convert", TestFiles.example().toString(), "--out", out.toString()}, quiet, quiet)).isZero();
    Path schema = out.resolve("iij-2003-03-31.xsd");
    Files.writeString(schema, Files.readString(schema).replace("<link:definition>Table 1. Number of contracts</link:definition>",
        "<link:definition>Table 1. " + "Number of contracts ".repeat(20) + "</link:definition>"));
    Path labels = out.resolve("iij-2003-03-31-lab.xml");
    Files.writeString(labels, Files.readString(labels).replace(">Dedicated access services<", ">=cmd|' /C calc'!A0<"));
    Path csv = dir.resolve("csv");
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Main.run(new String[] {"render", out.resolve("iij-fy2002.xml").toString(), "--to", "statements-csv", "--out",
        csv.toString()}, quiet, new java.io.PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    try (var files = Files.list(csv)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(80))
          .anySatisfy(name -> assertThat(name).startsWith("iij-fy2002-02-table-1-number-of-contracts-number"));
    }
    String operations = Files.readString(csv.resolve("iij-fy2002-09-consolidated-statements-of-operations-three-months.csv"));
    assertThat(operations).containsPattern("\\n'  +=cmd").doesNotContainPattern("\\n +=cmd");
  }
}
