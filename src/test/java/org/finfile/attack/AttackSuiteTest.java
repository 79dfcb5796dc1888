package org.finfile.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.assertj.core.api.SoftAssertions;
import org.finfile.FinfileProcess;
import org.finfile.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 8's attack suite: every payload of {@link XmlAttacks}, {@link HrefAttacks},
 * {@link TextAttacks}, {@link TableAttacks}, {@link OutputAttacks}, {@link ShapeAttacks},
 * {@link ArchiveAttacks} and {@link CatalogAttacks} through each entry point it applies to, in a
 * JVM of its own under {@code -Xmx256m}, one test case a pair ({@code xxe-file-entity via
 * validate}). Each case must show the documented exit code; one line on standard error (for
 * {@code validate}: none, and its problems as {@code path:line:col: severity [code] message} on
 * standard output); no stack trace; the marker file's text nowhere; no request on the loopback
 * server; on failure, no output left behind and what was there untouched; and an end within
 * 5 s ({@code -Dattack.ceilingMillis}; a run over it is measured once more, and the second run
 * counts if it ends the same way), a process still running at 30 s being killed as a hang.
 *
 * <p>Payloads run one at a time ({@code -Dattack.threads} for more), each payload's entry points
 * in turn in its own folder: the 5 s is a user's wait with the machine to itself, and two JVMs
 * starting at once on two cores each take half again as long. The counts per class and entry point are written to
 * {@code target/attack-suite-summary.md}.
 */
class AttackSuiteTest {
  private static final Duration KILL = Duration.ofSeconds(Long.getLong("attack.killSeconds", 30));
  private static final long CEILING = Long.getLong("attack.ceilingMillis", 5_000);
  private static final int THREADS = Integer.getInteger("attack.threads", 1);
  /** A regular expression: only the payloads whose names it finds run (for work on one class). */
  private static final Pattern ONLY = Pattern.compile(System.getProperty("attack.only", ""));
  private static final Path LOG = Path.of("target", "attack-suite-log.txt");
  /** A problem line: where (with line and column when the problem has a place in the file), severity, rule, message. */
  private static final Pattern PROBLEM = Pattern.compile("^.+?(:\\d+){0,2}: (error|warning|info) \\[[a-z0-9-]+\\] .+$");
  private static final Pattern SUMMARY = Pattern.compile("^\\d+ files?: .*$");

  private static Path root;
  private static Path marker;
  private static LoopbackServer server;
  private static ExecutorService pool;
  private static final Map<String, Map<String, Integer>> SUMMARY_COUNTS = new ConcurrentHashMap<>();

  /** One run of a door, as the worker saw it. */
  private record Outcome(Door door, String label, Attack.Run run, Map<String, String> before, Map<String, String> after,
      String leaks, long requests) {}

  @BeforeAll
  static void start() throws IOException {
    Files.deleteIfExists(LOG);
    root = Files.createTempDirectory("finfile-attack");
    marker = root.resolve("secret").resolve("marker.txt");
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, Env.MARKER_TEXT + "\n", StandardCharsets.UTF_8);
    server = new LoopbackServer();
    pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "attack-runner");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      pool.shutdownNow();
      writeSummary();
      assertThat(server.paths()).as("requests to the loopback server during the whole suite").isEmpty();
    } finally {
      server.close();
      deleteTree(root);
    }
  }

  static List<Attack> attacks() {
    return Stream.of(Controls.all(), XmlAttacks.all(), XmlAttacks.encodings(), HrefAttacks.all(), TextAttacks.formulas(),
        TextAttacks.markup(), TableAttacks.documents(), TableAttacks.mappings(), OutputAttacks.all(), ShapeAttacks.all(),
        ArchiveAttacks.all(), CatalogAttacks.catalogs(), CatalogAttacks.folders()).flatMap(List::stream).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyPayloadThroughEveryEntryPoint() {
    List<Attack> attacks = attacks().stream().filter(a -> ONLY.matcher(a.name()).find()).toList();
    Set<String> names = new HashSet<>();
    for (Attack a : attacks) {
      assertThat(names.add(a.name())).as("payload names are unique: %s", a.name()).isTrue();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Attack attack : attacks) {
      Future<Map<Door, Outcome>> outcomes = pool.submit(() -> runAll(attack));
      for (Map.Entry<Door, Integer> door : attack.doors().entrySet()) {
        tests.add(DynamicTest.dynamicTest(attack.name() + " via " + door.getKey().label,
            () -> verify(attack, door.getKey(), door.getValue(), outcomes.get().get(door.getKey()))));
      }
    }
    return tests.stream();
  }

  /** Writes the payload and runs each of its doors in turn (they share its folder). */
  private static Map<Door, Outcome> runAll(Attack attack) throws Exception {
    Env env = new Env(root.resolve(attack.name()), attack.name(), marker, server);
    Files.createDirectories(env.dir());
    Inputs in = attack.setup().write(env);
    Map<Door, Outcome> outcomes = new TreeMap<>();
    for (Door door : attack.doors().keySet()) {
      outcomes.put(door, runOne(env, in, door));
    }
    return outcomes;
  }

  private static Outcome runOne(Env env, Inputs in, Door door) throws Exception {
    Path out = door.out(in);
    Map<String, String> before = snapshot(env.dir());
    AtomicReference<byte[]> drained = new AtomicReference<>(new byte[0]);
    Thread drain = null;
    if (in.drainOut()) {
      drain = new Thread(() -> {
        try (InputStream s = Files.newInputStream(out)) {
          drained.set(s.readAllBytes());
        } catch (IOException e) {
          drained.set(("drain failed: " + e).getBytes(StandardCharsets.UTF_8));
        }
      }, "fifo-drain");
      drain.setDaemon(true);
      drain.start();
    }
    FinfileProcess.Result result = FinfileProcess.run(env.dir(), KILL, door.args(in).toArray(String[]::new));
    if (drain == null && !result.timedOut() && result.millis() >= CEILING) {
      // measured once more when over the ceiling: a JVM that started while the machine was busy is
      // slow once, a slow path every time (the second run must end the same way to count)
      FinfileProcess.Result again = FinfileProcess.run(env.dir(), KILL, door.args(in).toArray(String[]::new));
      if (again.code() == result.code()) {
        result = again;
      }
    }
    if (drain != null) {
      drain.join(2_000);
      if (drain.isAlive() && isFifo(out)) {
        try (OutputStream release = Files.newOutputStream(out, StandardOpenOption.WRITE)) {
          release.flush();
        }
        drain.join(2_000);
      }
    }
    Map<String, String> after = snapshot(env.dir());
    String written = Fixture.contents(out) + new String(drained.get(), StandardCharsets.ISO_8859_1);
    StringBuilder leaks = new StringBuilder();
    if (result.out().contains(Env.MARKER_TEXT)) {
      leaks.append("stdout ");
    }
    if (result.err().contains(Env.MARKER_TEXT)) {
      leaks.append("stderr ");
    }
    if (written.contains(Env.MARKER_TEXT)) {
      leaks.append("output files ");
    }
    log(env.name() + " via " + door.label(in) + ": exit " + result.code() + " in " + result.millis() + " ms"
        + (leaks.length() > 0 ? " LEAK " + leaks : "") + " | err: " + clip(result.err().strip()) + " | out: "
        + clip(result.out().strip()));
    SUMMARY_COUNTS.computeIfAbsent(env.name(), k -> new ConcurrentHashMap<>()).merge(door.label(in), 1, Integer::sum);
    return new Outcome(door, door.label(in), new Attack.Run(result, out, env, drained.get()), before, after,
        leaks.toString(), env.requests());
  }

  private static void verify(Attack attack, Door door, int expected, Outcome o) throws Exception {
    FinfileProcess.Result r = o.run().result();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(r.timedOut()).as("%s: still running after %s s, killed (a hang); %s", o.label(), KILL.toSeconds(), r).isFalse();
    soft.assertThat(r.code()).as("%s: exit code; %s", o.label(), r).isEqualTo(expected);
    if (door == Door.VALIDATE && r.out().isBlank() && (r.code() == 2 || r.code() == 3)) {
      // refused before any filing is read (a --catalog, --taxonomy or --out argument): one line on stderr
      soft.assertThat(r.errLines()).as("one line on stderr for a refused argument; %s", r).hasSize(1);
      soft.assertThat(r.err()).as("%s", r).doesNotContain("\tat ").doesNotContain("please report");
    } else if (door == Door.VALIDATE) {
      soft.assertThat(r.err()).as("validate writes nothing on stderr; %s", r).isEmpty();
      List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
      soft.assertThat(lines).as("validate's report lines; %s", r)
          .allSatisfy(l -> assertThat(PROBLEM.matcher(l).matches() || SUMMARY.matcher(l).matches())
              .as("a problem as path:line:col: severity [code] message, or the summary: %s", clip(l)).isTrue());
      if (r.code() == 1 || r.code() == 3) {
        soft.assertThat(lines).as("an error problem on stdout; %s", r).anyMatch(l -> PROBLEM.matcher(l).matches() && l.contains(": error ["));
      }
    } else {
      soft.assertThat(r.errLines().size()).as("non-blank stderr lines; %s", r).isLessThanOrEqualTo(1);
      if (r.code() != 0) {
        soft.assertThat(r.errLines()).as("one line saying what is wrong; %s", r).hasSize(1);
      }
    }
    String both = r.out() + "\n" + r.err();
    soft.assertThat(both).as("no stack trace; %s", r).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContainIgnoringCase("please report");
    soft.assertThat(both).as("no NUL, raw or escaped; %s", r).doesNotContain("\u0000").doesNotContain("\\u0000");
    soft.assertThat(o.leaks()).as("where the marker's text came out; %s", r).isEmpty();
    soft.assertThat(o.requests()).as("requests to the loopback server for %s: %s", attack.name(), server.paths()).isZero();
    if (r.code() != 0) {
      soft.assertThat(o.after()).as("after a failure, no output left behind and nothing changed; %s", r).isEqualTo(o.before());
    }
    soft.assertThat(r.millis()).as("%s: wall-clock milliseconds, JVM start included (ceiling %s)", o.label(), CEILING)
        .isLessThan(CEILING);
    soft.assertThatCode(() -> attack.check().check(door, o.run())).as("%s's own check; %s", attack.name(), r)
        .doesNotThrowAnyException();
    soft.assertAll();
  }

  /** One line a run in {@code target/attack-suite-log.txt}, as runs end: to watch a long run. */
  private static synchronized void log(String line) {
    try {
      if (Files.isDirectory(LOG.getParent())) {
        Files.writeString(LOG, line.replace('\n', '⏎') + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private static boolean isFifo(Path p) throws IOException {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
        && Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
  }

  /** Every path under {@code dir} with its type, size, time and (for files up to 1 MB) checksum. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> state = new TreeMap<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
        state.put(dir.relativize(d) + "/", "dir");
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
        String kind = a.isRegularFile() ? "file" : a.isSymbolicLink() ? "link" : "other";
        String sum = "";
        if (a.isRegularFile() && a.size() <= 1 << 20) {
          CRC32 crc = new CRC32();
          crc.update(Files.readAllBytes(f));
          sum = Long.toHexString(crc.getValue());
        }
        state.put(dir.relativize(f).toString(), kind + " " + a.size() + " " + a.lastModifiedTime().toMillis() + " " + sum);
        return FileVisitResult.CONTINUE;
      }
    });
    return state;
  }

  /** Payloads per class and entry point, as a Markdown table for the README. */
  private static void writeSummary() throws IOException {
    Map<String, String> kinds = new TreeMap<>();
    for (Attack a : attacks()) {
      kinds.put(a.name(), a.name().startsWith("control-") ? Controls.KIND : a.kind());
    }
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    Set<String> columns = new java.util.TreeSet<>();
    SUMMARY_COUNTS.forEach((name, doors) -> doors.forEach((door, n) -> {
      table.computeIfAbsent(kinds.getOrDefault(name, "?"), k -> new TreeMap<>()).merge(door, 1, Integer::sum);
      columns.add(door);
    }));
    Map<String, Long> payloads = new TreeMap<>();
    kinds.forEach((name, kind) -> payloads.merge(kind, 1L, Long::sum));
    StringBuilder md = new StringBuilder("| class | payloads |");
    columns.forEach(c -> md.append(' ').append(c).append(" |"));
    md.append("\n|---|---|");
    columns.forEach(c -> md.append("---|"));
    for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
      md.append("\n| ").append(row.getKey()).append(" | ").append(payloads.get(row.getKey())).append(" |");
      columns.forEach(c -> md.append(' ').append(row.getValue().getOrDefault(c, 0) == 0 ? "" : row.getValue().get(c)).append(" |"));
    }
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("attack-suite-summary.md"), md.append('\n'), StandardCharsets.UTF_8);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
