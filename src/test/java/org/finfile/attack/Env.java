package org.finfile.attack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.finfile.LoopbackServer;

/**
 * The world one payload is written into: its own folder, the suite's marker file (whose text must
 * never come out) and loopback server (which must see no request), and URLs on that server under
 * the payload's own name, so a stray request names its payload.
 */
final class Env {
  /** The secret a payload tries to exfiltrate. */
  static final String MARKER_TEXT = "FFATK-MARKER-4c1d9e-do-not-leak";

  private final Path dir;
  private final String name;
  private final Path marker;
  private final LoopbackServer server;

  Env(Path dir, String name, Path marker, LoopbackServer server) {
    this.dir = dir;
    this.name = name;
    this.marker = marker;
    this.server = server;
  }

  Path dir() {
    return dir;
  }

  String name() {
    return name;
  }

  /** The marker file, outside every payload's folder. */
  Path marker() {
    return marker;
  }

  String markerUri() {
    return marker.toUri().toString();
  }

  /** The marker reached from {@code dir} by {@code ../} steps up to the root. */
  String markerByDotDot() {
    return "../".repeat(dir.getNameCount() + 2) + marker.toString().substring(1);
  }

  /** {@code http://127.0.0.1:PORT/NAME/rest}. */
  String url(String rest) {
    return server.url("/" + name + "/" + rest);
  }

  /** How many requests came for this payload. */
  long requests() {
    return server.paths().stream().filter(p -> p.startsWith("/" + name + "/")).count();
  }

  Path write(String file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(String file, byte[] bytes) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
    return path;
  }

  /** A named pipe in the payload's folder (nothing ever writes into it). */
  Path fifo(String file) throws IOException, InterruptedException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("mkfifo " + path + " failed");
    }
    return path;
  }
}
