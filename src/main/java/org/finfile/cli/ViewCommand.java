package org.finfile.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.output.Output;
import org.finfile.render.References;
import org.finfile.render.Renderer;
import org.finfile.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile view}: the resolved view of a filing, the document every stylesheet transforms. */
@Command(name = "view", mixinStandardHelpOptions = true,
    description = {"Write the resolved view of a filing: the XML document that finfile's stylesheets and yours"
        + " (render --xslt) transform. Each fact has its label, period, unit and exact value; each statement its"
        + " lines, depths, columns and cells as printed. Its vocabulary is schemas/finfile/view.xsd.",
        "Labels come from the instance's taxonomy; when it cannot be found, concept names stand in."})
final class ViewCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The filing: an XBRL instance, an Inline XBRL document, an xBRL-JSON or xBRL-CSV report, or a report package.")
  Path file;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The output file (default, or -: standard output). A regular file is replaced atomically.")
  Path out;

  @Option(names = "--taxonomy", paramLabel = "DIR|PACKAGE", description = RenderCommand.TAXONOMY_HELP)
  java.util.List<Path> taxonomies = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InputException, IOException {
    Output.Target target = out == null ? new Output.StandardOutput(spec.commandLine().getOut())
        : Output.file(out, spec.commandLine().getOut(), java.util.List.of(file));
    try (TaxonomySources sources = new TaxonomySources(java.util.List.of(), taxonomies);
        Input input = Input.open(file, sources.resolver())) {
      Filing filing = input.filing();
      Taxonomy taxonomy = RenderCommand.taxonomy(input, spec.commandLine().getErr(), null);
      java.util.Optional<Path> folder = target.folder();
      if (folder.isPresent()) {
        filing = References.relocate(input.filingOutside(), input.document(), folder.get());
      }
      try {
        target.write(Renderer.viewDocumentIndented(filing, taxonomy));
      } catch (org.finfile.render.OverLimit e) {
        throw e.limit();
      }
      return ExitCodes.OK;
    }
  }
}
