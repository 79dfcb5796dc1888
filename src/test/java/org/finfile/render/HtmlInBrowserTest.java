package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed filing's HTML page in a real browser (Debian's headless Chromium): the DOM Chromium
 * builds shows the statements as the release printed them, and a screenshot is saved under
 * target/ for a person to look at.
 */
class HtmlInBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static Path page;

  @BeforeAll
  static void render() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    Renderer.render(c.filing(), c.taxonomy(), Renderer.Format.HTML, html);
    Path dir = TestFiles.base().resolve("target/render");
    Files.createDirectories(dir);
    page = dir.resolve("iij-fy2002.html");
    Files.write(page, html.toByteArray());
  }

  static boolean chromium() {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError("CI must have Debian's chromium at " + CHROMIUM + " (.ci/run installs it)");
    }
    return present;
  }

  static String run(Path profile, String... extra) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void theStatementOfOperationsShowsTotalRevenuesUnderTheQuarter(@TempDir Path profile) throws Exception {
    assumeTrue(chromium(), "Debian's chromium is installed");
    String dom = run(profile, "--dump-dom");
    int start = dom.indexOf("Consolidated statements of operations, three months");
    assertThat(start).as("the statement is in the DOM").isPositive();
    String section = dom.substring(start, dom.indexOf("</section>", start));
    Matcher header = Pattern.compile("<th data-column=\"(c\\d+)\">3 months to Mar 31, 2003<br>JPY</th>").matcher(section);
    assertThat(header.find()).as("a column for the quarter ended March 31, 2003 in JPY").isTrue();
    String column = header.group(1);
    Matcher row = Pattern.compile("<tr data-concept=\"base:Revenues\" class=\"total\">(.*?)</tr>").matcher(section);
    assertThat(row.find()).isTrue();
    assertThat(row.group(1)).contains("Total revenues")
        .contains("<td data-column=\"" + column + "\" class=\"num\">13,036,439</td>");
    assertThat(section).contains("(446,432)");
  }

  @Test
  void aScreenshotIsSavedForPeopleToLookAt(@TempDir Path profile) throws Exception {
    assumeTrue(chromium(), "Debian's chromium is installed");
    Path shot = TestFiles.base().resolve("target/render/iij-fy2002.png");
    Files.deleteIfExists(shot);
    run(profile, "--screenshot=" + shot, "--window-size=1400,2400", "--hide-scrollbars");
    assertThat(shot).exists();
    byte[] png = Files.readAllBytes(shot);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
