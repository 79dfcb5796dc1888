package org.finfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs finfile's command line in a JVM of its own, as a user would, with a small heap: for
 * tests whose point is what a fresh process does with hostile input (exit code, standard error,
 * time, memory), which a call in the test JVM cannot show.
 */
public final class FinfileProcess {
  /** The heap every run gets: what the issue tracker's security promises are measured under. */
  public static final String HEAP = "-Xmx256m";

  /** How a run ended; {@code code} is -1 when it was killed at the time limit. */
  public record Result(int code, String out, String err, long millis) {
    public boolean timedOut() {
      return code == -1;
    }

    /** Standard error's non-blank lines. */
    public List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
      return "exit " + code + " in " + millis + " ms; stderr: " + clip(err) + "; stdout: " + clip(out);
    }

    private static String clip(String s) {
      return s.length() > 600 ? s.substring(0, 600) + "…(" + s.length() + " chars)" : s;
    }
  }

  private FinfileProcess() {}

  /**
   * Runs {@code finfile args...} in {@code workDir} under {@link #HEAP}, with standard input
   * closed, killing it after {@code limit}.
   */
  public static Result run(Path workDir, Duration limit, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.finfile.cli.Main");
    command.addAll(List.of(args));
    Path out = Files.createTempFile("finfile-out", ".txt");
    Path err = Files.createTempFile("finfile-err", ".txt");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      boolean done = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), millis);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
