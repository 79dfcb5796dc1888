package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.TestFiles;
import org.finfile.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apple's 2023 10-K (a partial taxonomy: its extension, not US GAAP) rendered as people read it:
 * text blocks folded, never escaped markup; amounts in millions with share counts and per-share
 * amounts as reported; the latest year first; and in a browser, a text block's row stays small.
 */
class ReadableRealFilingsTest {
  @TempDir
  Path dir;

  Path html() throws Exception {
    Path filing = TestFiles.base().resolve("../shared/filings/aapl2023/aapl-20230930_htm.xml").normalize();
    assumeTrue(Files.isRegularFile(filing), "the shared filing " + filing + " is not here");
    Path out = dir.resolve("aapl.html");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"render", filing.toString(), "--to", "html", "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return out;
  }

  static String section(String html, String title) {
    int start = html.indexOf(title + "</h2>");
    assertThat(start).as(title).isPositive();
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void aTenKReadsAsPrinted() throws Exception {
    String html = Files.readString(html(), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("&lt;div").doesNotContain("&lt;span").doesNotContain("&lt;table");
    assertThat(html.split("<details>", -1).length - 1).isGreaterThan(50);
    // no cell is wider than its fold: outside details, no cell holds more than a long sentence or two
    Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(html);
    int longest = 0;
    while (td.find()) {
      longest = Math.max(longest, td.group(1).replaceAll("(?s)<details>.*?</details>", "").length());
    }
    assertThat(longest).isLessThan(2_000);
    String operations = section(html, "CONSOLIDATED STATEMENTS OF OPERATIONS");
    assertThat(operations).contains("<p class=\"scale\">Amounts in millions, except per-share amounts and counts</p>");
    Matcher headers = Pattern.compile("<th data-column=\"c\\d+\">([^<]*)<br>").matcher(operations);
    List<String> columns = headers.results().map(m -> m.group(1)).limit(3).toList();
    assertThat(columns).containsExactly("Year to Sep 30, 2023", "Year to Sep 24, 2022", "Year to Sep 25, 2021");
    assertThat(operations).containsPattern("Net sales</th><td [^>]*>383,285</td><td [^>]*>394,328</td><td [^>]*>365,817</td>")
        .containsPattern("Basic \\(in dollars per share\\)</th><td [^>]*>6.16</td>")
        .containsPattern("Basic \\(in shares\\)</th><td [^>]*>15,744,231,000</td>");
  }

  @Test
  void inABrowserATextBlocksRowIsNoTallerThanItsSummary() throws Exception {
    assumeTrue(HtmlInBrowserTest.chromium(), "Debian's chromium is installed");
    Path page = html();
    // the test, not the page, measures: a script appended to a copy of the page writes the tallest
    // and widest text-block row into the DOM that Chromium dumps
    String measured = Files.readString(page, StandardCharsets.UTF_8).replace("</body>", "<script>"
        + "var h=0,w=0;document.querySelectorAll('td.block').forEach(function(td){var r=td.closest('tr')"
        + ".getBoundingClientRect();h=Math.max(h,r.height);w=Math.max(w,td.getBoundingClientRect().width);});"
        + "document.body.setAttribute('data-measured',Math.round(h)+'x'+Math.round(w));</script></body>");
    Path copy = Files.writeString(dir.resolve("measured.html"), measured);
    Process p = new ProcessBuilder(HtmlInBrowserTest.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1000", "--dump-dom",
        copy.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Matcher m = Pattern.compile("data-measured=\"(\\d+)x(\\d+)\"").matcher(dom);
    assertThat(m.find()).as("the measuring script ran").isTrue();
    // a folded summary of 200 characters in a cell at most 40em wide: some lines, never a page (an unfolded note is thousands of pixels)
    assertThat(Integer.parseInt(m.group(1))).isBetween(10, 400);
    assertThat(Integer.parseInt(m.group(2))).isBetween(50, 800);
  }
}
