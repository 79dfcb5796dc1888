package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.finfile.Limit;
import org.finfile.Limits;
import org.finfile.TestFiles;
import org.finfile.cli.ConvertCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit holds on every path that reads what it counts: each is lowered below what the
 * example has, and each command on the example must then stop with exit 3 and one line naming
 * the limit and how to raise it. Without the check on that path the command would succeed.
 */
class LimitsEverywhereTest {
  @TempDir static Path dir;
  static Path instance;
  static Path xbr;
  static Path json;

  @BeforeAll
  static void example() {
    Path out = dir.resolve("out");
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", out.toString()).code()).isZero();
    instance = out.resolve("iij-fy2002.xml");
    xbr = out.resolve("iij-fy2002.xbr");
    json = dir.resolve("iij.json");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-json", "--out", json.toString()).code()).isZero();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String limit : List.of("input-bytes=1k", "depth=2", "attributes=2", "text-chars=8")) {
      convert(cases, limit);
      everyCommand(cases, limit, "{instance}");
    }
    convert(cases, "number-chars=3");
    cases.add(Arguments.of("number-chars=3", List.of("render", "{instance}", "--to", "csv", "--out", "{out}/a.csv")));
    cases.add(Arguments.of("number-chars=3", List.of("roundtrip", "{instance}")));
    cases.add(Arguments.of("number-chars=3", List.of("render", "{json}", "--to", "csv", "--out", "{out}/a.csv")));
    convert(cases, "mapping-entries=5");
    for (String limit : List.of("taxonomy-files=1", "relationships=10")) {
      convert(cases, limit);
      cases.add(Arguments.of(limit, List.of("validate", "{instance}")));
      cases.add(Arguments.of(limit, List.of("render", "{instance}", "--to", "html", "--out", "{out}/a.html")));
      cases.add(Arguments.of(limit, List.of("render", "{xbr}", "--to", "statements-csv", "--out", "{out}/s")));
    }
    for (String limit : List.of("zip-entries=2", "zip-bytes=1k", "zip-entry-bytes=1k")) {
      everyCommand(cases, limit, "{xbr}");
    }
    cases.add(Arguments.of("json-bytes=1k", List.of("validate", "{json}")));
    cases.add(Arguments.of("json-bytes=1k", List.of("render", "{json}", "--to", "csv", "--out", "{out}/a.csv")));
    cases.add(Arguments.of("input-bytes=1k", List.of("validate", "{json}")));
    return cases.stream();
  }

  private static void convert(List<Arguments> cases, String limit) {
    cases.add(Arguments.of(limit, List.of("convert", "{example}", "--out", "{out}/c")));
  }

  private static void everyCommand(List<Arguments> cases, String limit, String f) {
    cases.add(Arguments.of(limit, List.of("validate", f)));
    cases.add(Arguments.of(limit, List.of("roundtrip", f)));
    for (String to : List.of("html", "csv", "ixbrl", "xbrl-json")) {
      String ext = to.equals("xbrl-json") ? "json" : to.equals("ixbrl") ? "xhtml" : to;
      cases.add(Arguments.of(limit, List.of("render", f, "--to", to, "--out", "{out}/a." + ext)));
    }
  }

  @ParameterizedTest(name = "--limit {0}: {1}")
  @MethodSource("cases")
  void aLoweredLimitStopsTheCommandInOneLine(String limit, List<String> command, @TempDir Path out) {
    List<String> args = new ArrayList<>();
    for (String a : command) {
      args.add(a.replace("{instance}", instance.toString()).replace("{xbr}", xbr.toString())
          .replace("{json}", json.toString()).replace("{example}", TestFiles.example().toString())
          .replace("{out}", out.toString()));
    }
    String key = limit.substring(0, limit.indexOf('='));
    Run without = ConvertCommandTest.run(args.toArray(String[]::new));
    assertThat(without.code()).as("the command succeeds at the default limits: %s", without).isIn(0, 1);
    args.add("--limit");
    args.add(limit);
    Run run = ConvertCommandTest.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.toString()).isEqualTo(3);
    String advice = "raise it with --limit " + key + "=N";
    if (command.get(0).equals("validate")) {
      assertThat(run.out().lines().filter(l -> l.contains(advice))).as(run.toString()).isNotEmpty();
      assertThat(run.err()).isEmpty();
    } else {
      assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
      assertThat(run.err()).contains(advice).doesNotContain("please report");
    }
    assertThat(Limits.current()).as("a run's limits end with the run").isSameAs(Limits.defaults());
  }

  @Test
  void raisingALimitLetsTheInputThrough() {
    Run lowered = ConvertCommandTest.run("roundtrip", instance.toString(), "--limit", "depth=3");
    assertThat(lowered.code()).isEqualTo(3);
    Run raised = ConvertCommandTest.run("roundtrip", instance.toString(), "--limit", "depth=3", "--limit", "depth=" + 300);
    assertThat(raised.code()).as(raised.toString()).isZero();
  }

  @Test
  void aBadSettingIsAUsageError() {
    Run run = ConvertCommandTest.run("validate", instance.toString(), "--limit", "deepness=3");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no limit is named 'deepness'");
  }

  @Test
  void limitsListsEveryLimitWithItsValueAndDefault() {
    Run run = ConvertCommandTest.run("limits", "--limit", "depth=1k");
    assertThat(run.code()).isZero();
    for (Limit l : Limit.values()) {
      assertThat(run.out()).contains(l.key());
    }
    assertThat(run.out().lines().filter(l -> l.startsWith("depth ")).findFirst().orElseThrow()).contains("1k").contains("256");
  }
}
