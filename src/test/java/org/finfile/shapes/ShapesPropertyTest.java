package org.finfile.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.finfile.FinfileProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: every command, in a JVM of its own under {@code -Xmx256m}, finishes any
 * adversarial shape ({@link Shapes}) within a ceiling, without running out of memory or stack,
 * and ends as the README promises — exit 0 or 1, or exit 3 with one line (a limit) — with no
 * stack trace. Shapes are drawn from a seeded {@link Random}; the seed is in every case's name
 * and {@code -Dshapes.seed=N} replays it. The ceiling detects hangs: each shape costs 10^10
 * steps or more to a quadratic algorithm and never ends for an exponential one, seconds to a
 * linear one.
 *
 * <p>The largest shapes (50–60 MB instances: {@code chain-100000}, {@code wide-tree-100000-children},
 * {@code contexts-300000}, {@code facts-500000}) are tagged {@code large-shapes}; the build leaves them out
 * ({@code shapes.excluded} in the pom), {@code mvn test -Dtest=ShapesPropertyTest -Dshapes.excluded=} runs them, and
 * {@code -Dshapes.only=name,name} runs the shapes named.
 * Two runs go at a time, one per core.
 */
class ShapesPropertyTest {
  /**
   * A run taking longer than this hangs: linear work on any shape here takes seconds of CPU
   * (at most about 20 for the largest), a quadratic path hours. Generous, for shared CI machines.
   */
  static final Duration CEILING = Duration.ofSeconds(240);
  /** Fixed, so that CI runs the same shapes every time; {@code -Dshapes.seed=N} draws others. */
  static final long SEED = Long.getLong("shapes.seed", 20261203L);
  static final List<List<String>> FILING_COMMANDS = List.of(
      List.of("validate"), List.of("roundtrip"),
      List.of("render", "--to", "html"), List.of("render", "--to", "csv"),
      List.of("render", "--to", "statements-csv"), List.of("render", "--to", "ixbrl"),
      List.of("render", "--to", "xbrl-json"), List.of("render", "--to", "xbrl-csv"));

  /** The runs that ended at the heap's limit (exit 4, one line), listed when the test ends. */
  static final java.util.Set<String> HEAP_BOUND = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "shape-run");
    t.setDaemon(true);
    return t;
  });
  private static final Map<String, Long> TIMES = new ConcurrentHashMap<>();

  @TempDir
  static Path root;

  @TestFactory
  Stream<DynamicNode> shapes() {
    return cases(false);
  }

  @TestFactory
  @Tag("large-shapes")
  Stream<DynamicNode> largeShapes() {
    return cases(true);
  }

  @AfterAll
  static void printTimes() {
    List<Map.Entry<String, Long>> times = new ArrayList<>(TIMES.entrySet());
    times.sort(Comparator.comparing(Map.Entry::getKey));
    StringBuilder table = new StringBuilder("shape × command wall-clock times (seed " + SEED + "):\n");
    times.forEach(e -> table.append(String.format("  %-70s %7d ms%s%n", e.getKey(), e.getValue(),
        HEAP_BOUND.contains(e.getKey()) ? "  (out of heap: exit 4)" : "")));
    System.out.print(table);
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "shapes-times.txt"), table);
    } catch (java.io.IOException e) {
      // the table is on standard output as well
    }
  }

  private static Stream<DynamicNode> cases(boolean large) {
    String only = System.getProperty("shapes.only", "");
    return Shapes.all().stream().filter(s -> s.large() == large)
        .filter(s -> only.isEmpty() || List.of(only.split(",")).contains(s.name())).map(shape -> {
      ShapeRun run = new ShapeRun(shape);
      List<DynamicTest> tests = new ArrayList<>();
      for (List<String> command : run.commands.keySet()) {
        tests.add(DynamicTest.dynamicTest(String.join(" ", command), () -> check(shape, command, run.result(command))));
      }
      return DynamicContainer.dynamicContainer(shape.name() + " (seed " + SEED + ")", tests);
    });
  }

  private static void check(Shapes.Shape shape, List<String> command, FinfileProcess.Result result) {
    TIMES.put(shape.name() + " | " + String.join(" ", command), result.millis());
    System.out.println("shape " + shape.name() + " | " + String.join(" ", command) + ": exit " + result.code() + " in "
        + result.millis() + " ms");
    String replay = "replay with -Dshapes.seed=" + SEED + ": " + result;
    assertThat(result.timedOut()).as("hung past " + CEILING.toSeconds() + " s; " + replay).isFalse();
    String all = result.out() + result.err();
    assertThat(all).as(replay).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError")
        .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("please report");
    if (result.code() == 4) {
      // a filing larger than the heap holds: memory grows with the input, and the end is one line
      // saying so (README, "Hostile input"), never a trace or a half-written output
      assertThat(result.errLines()).as(replay).containsExactly(
          "finfile: out of memory (Java heap space); give Java more heap with JAVA_TOOL_OPTIONS=-Xmx...");
      HEAP_BOUND.add(shape.name() + " | " + String.join(" ", command));
      return;
    }
    assertThat(result.code()).as(replay).isIn(0, 1, 3);
    if (command.get(0).equals("validate")) {
      assertThat(result.err()).as("validate reports on stdout; " + replay).isEmpty();
    } else if (result.code() == 3) {
      assertThat(result.errLines()).as("one line; " + replay).hasSize(1);
      assertThat(result.err().length()).as(replay).isLessThan(1_000);
    }
    if (command.get(0).equals("convert")) {
      assertThat(result.code()).as(replay).isIn(0, 3);
    }
  }

  /** A shape's files, written once, and its commands, run two at a time as soon as the first is asked for. */
  private static final class ShapeRun {
    final Shapes.Shape shape;
    final Map<List<String>, Future<FinfileProcess.Result>> commands = new LinkedHashMap<>();
    private boolean started;
    private int left;

    ShapeRun(Shapes.Shape shape) {
      this.shape = shape;
      if (shape.kind() == Shapes.Kind.TABLES) {
        commands.put(List.of("convert"), null);
      } else {
        FILING_COMMANDS.forEach(c -> commands.put(c, null));
      }
      left = commands.size();
    }

    synchronized FinfileProcess.Result result(List<String> command) throws Exception {
      if (!started) {
        started = true;
        start();
      }
      try {
        return commands.get(command).get();
      } finally {
        if (--left == 0) {
          delete(root.resolve(shape.name()));
        }
      }
    }

    private void start() throws IOException {
      Path dir = Files.createDirectories(root.resolve(shape.name()));
      Path input = shape.maker().make(dir, new Random(SEED ^ shape.name().hashCode()));
      for (List<String> command : List.copyOf(commands.keySet())) {
        List<String> args = new ArrayList<>();
        args.add(command.get(0));
        args.add(input.toString());
        args.addAll(command.subList(1, command.size()));
        if (command.contains("--to")) {
          String format = command.get(command.size() - 1);
          args.add("--out");
          String extension = switch (format) {
            case "csv" -> ".csv";
            case "xbrl-json" -> ".json";
            case "statements-csv", "xbrl-csv" -> "";
            default -> ".html";
          };
          args.add(dir.resolve("out-" + format + extension).toString());
        } else if (command.get(0).equals("convert")) {
          args.add("--out");
          args.add(dir.resolve("out").toString());
        }
        commands.put(command, POOL.submit(() -> FinfileProcess.run(dir, CEILING, args.toArray(String[]::new))));
      }
    }

    private static void delete(Path dir) throws IOException {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
