package org.finfile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.finfile.InputException;
import org.finfile.mapping.Conversion;
import org.finfile.output.Output;
import org.finfile.Finfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile convert}: a document's tables to an XBRL instance and its taxonomy. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert the tables of a document to an XBRL 2.1 instance and its taxonomy.",
        "The instance is written with the taxonomy it references (a taxonomy package) to the output folder, and beside"
            + " it as NAME.xbr, a report package of the same. INPUT is a text or TSV file, or a folder holding one such"
            + " file and its mapping.xml."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The document, or a folder with the document and mapping.xml.")
  Path input;

  @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping file (default: mapping.xml beside the document).")
  Path mapping;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "The output folder (default: ${DEFAULT-VALUE}); files there are replaced atomically, never the input.")
  Path out;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "The document's text encoding, such as windows-1252 or Shift_JIS (default: UTF-8; a byte-order"
          + " mark wins; an HTML page's <meta charset> is used when this is not given).")
  String encoding;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 on errors only (error, the default) or on warnings too (warning). A total whose lines do not"
          + " add up is a warning: printed, and the output"
          + " written; with --fail-on warning it makes convert exit 1 and write nothing. Derived-figure"
          + " disagreements and other warnings never stop convert.")
  String failOn;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String threshold = failOn.toLowerCase(java.util.Locale.ROOT);
    if (!threshold.equals("error") && !threshold.equals("warning")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fail-on must be one of error, warning, not '" + failOn + "'");
    }
    Path document = input;
    if (Files.isDirectory(input)) {
      document = documentIn(input);
    }
    regularFile(document, "no such file");
    Path mappingFile = mapping != null ? mapping : document.toAbsolutePath().getParent().resolve("mapping.xml");
    regularFile(mappingFile, "no such mapping file");
    Output.folder(out);
    String name = document.getFileName().toString();
    Conversion conversion = Finfile.convert(document, mappingFile,
        encoding == null ? null : org.finfile.tables.Documents.encoding(encoding));
    List<Conversion.Mismatch> mismatches = conversion.totals().mismatches();
    if (threshold.equals("warning") && !mismatches.isEmpty()) {
      // a total that does not add up fails the conversion before anything is staged: nothing is written
      mismatches.forEach(m -> stderr.println(m.line()));
      return ExitCodes.INVALID;
    }
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    List<Path> written = Finfile.write(conversion, out, stem + ".xml", List.of(document, mappingFile));
    for (String warning : conversion.warnings()) {
      stderr.println("warning: " + warning);
    }
    for (org.finfile.validate.Problem p : conversion.checks().mismatches()) {
      stderr.println(p.format());
    }
    mismatches.forEach(m -> stderr.println(m.line()));
    stdout.println(conversion.summary(name) + " -> " + written.get(0) + ", " + written.get(written.size() - 1));
    return ExitCodes.OK;
  }

  /** Refuses what is missing, or not a regular file (a FIFO would block the read, a device never end it). */
  private static void regularFile(Path file, String missing) throws InputException {
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), missing);
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "not a regular file");
    }
  }

  private static Path documentIn(Path folder) throws InputException, IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> documents = files.filter(p -> {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return org.finfile.tables.Documents.EXTENSIONS.stream().anyMatch(n::endsWith);
      }).sorted().toList();
      if (documents.size() != 1) {
        throw new InputException(folder.toString(), "a folder to convert holds exactly one document ("
            + String.join(", ", org.finfile.tables.Documents.EXTENSIONS) + "); this one holds "
            + documents.size());
      }
      return documents.get(0);
    }
  }
}
