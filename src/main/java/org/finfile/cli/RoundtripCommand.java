package org.finfile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.finfile.Counts;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.RoundTrip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile roundtrip}: read, write, and compare. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
    description = {"Read an instance into finfile's model and write it back; report whether the two are the same XBRL.",
        "XMLUnit compares them: the same elements, attributes and values, measures as QNames, the same comments and"
            + " processing instructions before the root; prefixes, formatting, the order of siblings and comments inside"
            + " the root may differ. Exit 0 when lossless, 1 when not."})
final class RoundtripCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "An instance, an Inline XBRL document (its instance is compared), or a package holding one.")
  Path file;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    Filing filing;
    byte[] original;
    try (Input input = Input.open(file, OfflineResolver.bundled())) {
      if (input.kind() != Input.Kind.INSTANCE && input.kind() != Input.Kind.INLINE) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), file + " is " + input.kind().description()
            + ": roundtrip compares XBRL 2.1 documents (an instance, or the one an Inline XBRL document carries)");
      }
      filing = input.filing();
      original = input.instanceBytes();
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    InstanceWriter.write(filing, written);
    java.util.List<String> differences;
    try {
      differences = RoundTrip.differences(original, written.toByteArray());
    } catch (IllegalArgumentException e) {
      throw new InputException(file.toString(), InputException.clip(e.getMessage()), e);
    }
    if (differences.isEmpty()) {
      out.println(file + ": lossless (" + Counts.of(filing.facts().size(), "fact") + ", "
          + Counts.of(filing.contexts().size(), "context") + ", " + Counts.of(filing.units().size(), "unit") + ", "
          + Counts.of(filing.footnotes().size(), "footnote")
          + (filing.tuples().isEmpty() ? "" : ", " + Counts.of(filing.tuples().size(), "tuple")) + ")");
      return ExitCodes.OK;
    }
    differences.stream().limit(20).forEach(d -> out.println(file + ": " + d));
    out.println(file + ": not lossless: " + Counts.of(differences.size(), "difference"));
    return ExitCodes.INVALID;
  }
}
