package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.finfile.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial shapes through the command line: each input's naive cost is astronomically larger
 * than its fixed cost (2^30 paths, 10^10 steps), so the timeouts detect hangs, not speed.
 */
class HostileShapesTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static void oneLineNoTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("please report");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLatticeOfThirtyLevelsIsWalkedAsAGraph() throws Exception {
    HostileShapes.taxonomy(dir, 60, HostileShapes.lattice(30));
    assertThat(Files.size(dir.resolve("t-pre.xml")) + Files.size(dir.resolve("t.xsd"))).isLessThan(60_000);
    Path instance = HostileShapes.instance(dir, "lattice.xml", 1, 0, new int[] {0, 59}, "1000");
    Run validate = run("validate", instance.toString());
    oneLineNoTrace(validate);
    assertThat(validate.code()).as(validate.err()).isZero();
    Path html = dir.resolve("lattice.html");
    Run render = run("render", instance.toString(), "--to", "html", "--out", html.toString());
    oneLineNoTrace(render);
    assertThat(render.code()).as(render.err()).isZero();
    // every node once, expanded at its first occurrence; later occurrences are single lines
    String page = Files.readString(html);
    assertThat(page).contains("Hostile statement").contains("1,000");
    assertThat(page.split("<tr").length).isLessThan(400);
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Run statements = run("render", instance.toString(), "--to", "statements-csv", "--out", csv.resolve("s").toString());
    oneLineNoTrace(statements);
    assertThat(statements.code()).as(statements.err()).isZero();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aChainOneHundredThousandDeepNeedsNoRecursion() throws Exception {
    int n = 100_000;
    HostileShapes.taxonomy(dir, n, HostileShapes.chain(n));
    Path instance = HostileShapes.instance(dir, "chain.xml", 1, 0, new int[] {0, n - 1}, "5");
    Run validate = run("validate", instance.toString());
    oneLineNoTrace(validate);
    assertThat(validate.code()).as(validate.err()).isZero();
    Path html = dir.resolve("chain.html");
    Run render = run("render", instance.toString(), "--to", "html", "--out", html.toString());
    oneLineNoTrace(render);
    assertThat(render.code()).as(render.err()).isZero();
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Run statements = run("render", instance.toString(), "--to", "statements-csv", "--out", csv.resolve("s").toString());
    oneLineNoTrace(statements);
    assertThat(statements.code()).as(statements.err()).isZero();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPresentationCycleIsCut() throws Exception {
    // c0 → c1 → c2 → c1, and c3 → c4 → c3 with no root at all
    HostileShapes.taxonomy(dir, 5, java.util.List.of(new HostileShapes.Arc(0, 1), new HostileShapes.Arc(1, 2),
        new HostileShapes.Arc(2, 1), new HostileShapes.Arc(3, 4), new HostileShapes.Arc(4, 3)));
    Path instance = HostileShapes.instance(dir, "cycle.xml", 1, 0, new int[] {2, 4}, "7");
    Run validate = run("validate", instance.toString());
    oneLineNoTrace(validate);
    // a directed parent-child cycle is an XBRL 2.1 error; finding it must not loop
    assertThat(validate.code()).as(validate.err()).isEqualTo(1);
    assertThat(validate.out()).contains("[dts-cycle]");
    Path html = dir.resolve("cycle.html");
    Run render = run("render", instance.toString(), "--to", "html", "--out", html.toString());
    oneLineNoTrace(render);
    assertThat(render.code()).as(render.err()).isZero();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNumberOfAMillionDigitsIsOneLineAndExitThree() throws Exception {
    HostileShapes.taxonomy(dir, 2, java.util.List.of());
    Path instance = HostileShapes.instance(dir, "big.xml", 1, 0, new int[] {0}, "9".repeat(1_000_000));
    for (String[] args : new String[][] {{"render", instance.toString(), "--to", "html", "--out", dir.resolve("b.html").toString()},
        {"roundtrip", instance.toString()}}) {
      Run run = run(args);
      oneLineNoTrace(run);
      assertThat(run.code()).as(run.err()).isEqualTo(3);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).contains("1000000 characters").contains("(limit number-chars=1000;").hasSizeLessThan(300);
    }
    assertThat(dir.resolve("b.html")).doesNotExist();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aValueOfOneEBillionIsAProblemNotACrash() throws Exception {
    HostileShapes.taxonomy(dir, 2, java.util.List.of());
    Path instance = HostileShapes.instance(dir, "exp.xml", 1, 0, new int[] {0, 0}, "1E999999999");
    Run run = run("validate", instance.toString());
    oneLineNoTrace(run);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("'1E999999999' is not a valid value for 'decimal'");
  }

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRoundTripOfManyContextsIsLinear() throws Exception {
    HostileShapes.taxonomy(dir, 2, java.util.List.of());
    Path instance = HostileShapes.instance(dir, "contexts.xml", 150_000, 0, new int[] {0, 1}, "5");
    Run run = run("roundtrip", instance.toString());
    oneLineNoTrace(run);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("lossless").contains("150000 contexts");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twoHundredThousandNamespacesAreRefusedInOneLineBeforeAnyParserSeesThem() throws Exception {
    // a parser checks each declaration against those before it in the tag: minutes for 200,000
    HostileShapes.taxonomy(dir, 2, java.util.List.of());
    Path instance = HostileShapes.instance(dir, "namespaces.xml", 1, 200_000, new int[] {0, 1}, "5");
    for (String[] command : new String[][] {{"render", instance.toString(), "--to", "html", "--out", dir.resolve("n.html").toString()},
        {"roundtrip", instance.toString()}}) {
      Run run = run(command);
      oneLineNoTrace(run);
      assertThat(run.code()).as(run.err()).isEqualTo(3);
      assertThat(run.err()).contains("namespaces.xml:2:").contains("an element with more than 1000 attributes and namespace declarations")
          .contains("(limit attributes=1000; raise it with --limit attributes=N)");
    }
    Run validate = run("validate", instance.toString());
    assertThat(validate.code()).isEqualTo(3);
    assertThat(validate.out()).contains("error [xml] an element with more than 1000 attributes");
    assertThat(dir.resolve("n.html")).doesNotExist();
  }
}
