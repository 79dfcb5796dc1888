package org.finfile.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.finfile.InputException;
import org.finfile.output.Output;
import org.finfile.suggest.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finfile mapping suggest}: a starter mapping for a document, for convert to accept as it is. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = {"Writes DIR/mapping.xml: a starter mapping for the tables of INPUT that 'finfile convert' accepts as it is.",
        "Each table's headings, header rows, scale and currency are read from the document.",
        "Each row is matched to a base taxonomy concept by its label, or declared as a new concept named after it.",
        "A row equal to the sum of the rows above it is their total.",
        "Guesses to check are marked <!-- check: ... -->."})
final class SuggestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  LimitOption limits;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The document: a text or TSV file with tab-separated tables, a CSV file, an XLSX workbook or an HTML page.")
  Path input;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write mapping.xml in (made if missing).")
  Path out;

  @Option(names = "--force", description = "Replaces an existing DIR/mapping.xml.")
  boolean force;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "The document's text encoding, such as windows-1252 or Shift_JIS (default: UTF-8; a byte-order mark wins).")
  String encoding;

  @Override
  public Integer call() throws InputException, IOException {
    if (!Files.exists(input)) {
      throw new InputException(input.toString(), "no such file");
    }
    if (!Files.isRegularFile(input)) {
      throw new InputException(input.toString(), "not a regular file");
    }
    Path target = out.resolve("mapping.xml");
    if (Files.exists(target) && !force) {
      spec.commandLine().getErr().println("finfile: " + target + " exists; give --force to replace it");
      return ExitCodes.USAGE;
    }
    String name = input.getFileName().toString();
    Suggest.Suggestion suggestion = Suggest.suggest(name, org.finfile.tables.Documents.read(input, name,
        encoding == null ? null : org.finfile.tables.Documents.encoding(encoding)).blocks());
    Output.folder(out);
    Files.createDirectories(out);
    new Output.Replace(target).write(suggestion.xml().getBytes(StandardCharsets.UTF_8));
    int rows = suggestion.tables().stream().mapToInt(t -> t.rows().size()).sum();
    long base = suggestion.tables().stream().flatMap(t -> t.rows().stream())
        .filter(r -> r.concept() != null && r.concept().startsWith("base:")).count();
    long checks = suggestion.xml().lines().filter(l -> l.contains("<!-- check:")).count();
    spec.commandLine().getOut().println(name + ": " + count(suggestion.tables().size(), "table") + ", " + count(rows, "row")
        + " (" + base + " matched to base concepts, " + count(suggestion.conceptsDeclared(), "concept") + " declared), "
        + count((int) checks, "guess") + " to check -> " + target);
    return ExitCodes.OK;
  }

  private static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
  }
}
