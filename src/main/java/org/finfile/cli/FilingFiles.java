package org.finfile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The filings named on a command line: files as given, folders walked for the filings in them. */
final class FilingFiles {
  private FilingFiles() {}

  /**
   * Files as given; in a folder (and below), report packages ({@code .xbr}, {@code .xbri}) and
   * XBRL instances ({@code .xml}, {@code .xbrl} whose start names the instance root; not
   * linkbases, nothing under {@code META-INF}), in name order. With {@code everyFormat}, also
   * Inline XBRL pages ({@code .htm}, {@code .html}, {@code .xhtml} whose start names the Inline
   * XBRL namespace) and OIM reports ({@code .json} whose start names {@code documentInfo}).
   */
  static List<Path> expand(List<Path> paths, boolean everyFormat) throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.toString().contains("META-INF") && isFiling(f, everyFormat))
              .sorted()
              .forEach(all::add);
        }
      } else {
        all.add(p);
      }
    }
    return all;
  }

  private static boolean isFiling(Path f, boolean everyFormat) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".xbr") || n.endsWith(".xbri")) {
      return true;
    }
    if (n.endsWith(".xml") || n.endsWith(".xbrl")) {
      String head = head(f);
      return head == null || head.contains("http://www.xbrl.org/2003/instance") && head.matches("(?s).*<([A-Za-z_][\\w.-]*:)?xbrl[\\s>].*");
    }
    if (!everyFormat) {
      return false;
    }
    if (n.endsWith(".htm") || n.endsWith(".html") || n.endsWith(".xhtml")) {
      String head = head(f);
      return head != null && head.contains("http://www.xbrl.org/2013/inlineXBRL");
    }
    if (n.endsWith(".json")) {
      String head = head(f);
      return head != null && head.contains("\"documentInfo\"");
    }
    return false;
  }

  /** The first 64 KiB of a file as text (UTF-16 when it starts with a byte-order mark), or null when it cannot be read. */
  private static String head(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(65536);
      java.nio.charset.Charset charset = head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
          ? java.nio.charset.StandardCharsets.UTF_16BE
          : head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
              ? java.nio.charset.StandardCharsets.UTF_16LE : java.nio.charset.StandardCharsets.UTF_8;
      return new String(head, charset);
    } catch (IOException e) {
      return null;
    }
  }
}
