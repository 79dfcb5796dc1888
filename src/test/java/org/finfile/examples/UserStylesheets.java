package org.finfile.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.finfile.TestFiles;
import org.finfile.cli.Main;

/**
 * The example stylesheets of {@code examples/stylesheets} run on filings as a user runs them, and
 * finfile's own statements rendering to check what they write against.
 */
final class UserStylesheets {
  private UserStylesheets() {}

  /** A statement as finfile's statements-csv lays it out: its title and its number of lines. */
  record Statement(String title, int rows) {}

  static Path stylesheet(String name) {
    return TestFiles.base().resolve("examples/stylesheets").resolve(name);
  }

  /** The IIJ example converted, with its extension taxonomy beside it. */
  static Path iij() {
    return TestFiles.exampleTaxonomy().resolveSibling("iij-fy2002.xml");
  }

  /** A public SEC filing of {@code ../shared/filings}; the test is skipped when the folder is not there. */
  static Path shared(String file) {
    Path path = TestFiles.base().resolve("../shared/filings").resolve(file).normalize();
    assumeTrue(Files.isRegularFile(path), "skipped: the shared SEC filing " + path + " is not here");
    return path;
  }

  /**
   * A company whose name, statement title and labels hold Markdown, HTML and a spreadsheet
   * formula, converted from its table and mapping (test resources) into {@code dir}.
   */
  static Path hostile(Path dir) throws IOException {
    Path fixture = TestFiles.base().resolve("src/test/resources/org/finfile/examples/hostile");
    run("convert", fixture.resolve("hostile.tsv").toString(), "--mapping", fixture.resolve("mapping.xml").toString(),
        "--out", dir.resolve("hostile").toString());
    return dir.resolve("hostile/hostile.xml");
  }

  /**
   * What {@code stylesheet} writes for {@code filing}, with parameters {@code name=value}, run
   * as a user runs it: {@code finfile render FILE --xslt STYLESHEET --param ... --out FILE}.
   */
  static String render(Path filing, String stylesheet, Path dir, String... parameters) throws IOException {
    Path out = Files.createTempFile(dir, stylesheet, ".out");
    List<String> args = new ArrayList<>(List.of("render", filing.toString(), "--xslt", stylesheet(stylesheet).toString()));
    for (String p : parameters) {
      args.addAll(List.of("--param", p));
    }
    args.addAll(List.of("--out", out.toString()));
    run(args.toArray(String[]::new));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The statements finfile's own statements-csv rendering writes for {@code filing}, in order. */
  static List<Statement> statements(Path filing, Path dir) throws IOException {
    Path out = Files.createTempDirectory(dir, "statements");
    run("render", filing.toString(), "--to", "statements-csv", "--out", out.toString());
    List<Statement> statements = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      String stem = filing.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      for (Path file : files.sorted(Comparator.comparingInt(f -> number(stem, f))).toList()) {
        List<CSVRecord> records = csv(Files.readString(file, StandardCharsets.UTF_8));
        statements.add(new Statement(records.get(0).get(0), records.size() - 1));
      }
    }
    return statements;
  }

  /** A statement file's number: {@code iij-fy2002-10-consolidated-...csv}, of the filing {@code iij-fy2002}, is 10. */
  private static int number(String stem, Path file) {
    String name = file.getFileName().toString();
    assertThat(name).startsWith(stem + "-");
    return Integer.parseInt(name.substring(stem.length() + 1).replaceFirst("-.*", ""));
  }

  /** RFC 4180 records, read strictly (a stray quote is an error). */
  static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  /** Runs finfile's command line; anything but exit 0 fails the test with what it printed. */
  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("finfile %s exited %d: %s", String.join(" ", args), code, err).isZero();
    return out.toString();
  }
}
