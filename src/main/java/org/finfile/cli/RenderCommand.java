package org.finfile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.render.References;
import org.finfile.render.Renderer;
import org.finfile.render.Unrepresentable;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.output.Output;
import org.finfile.output.Staged;
import org.finfile.packages.ReportPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile render}: a filing in a form people or programs read. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Render an XBRL instance through finfile's XSLT 3.0 stylesheets (Saxon-HE).",
        "Labels come from the instance's taxonomy; when it cannot be found, concept names stand in."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The filing: an XBRL instance, an Inline XBRL document, an xBRL-JSON or xBRL-CSV report, or a report package.")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format: csv, statements-csv, html, ixbrl, xbrl-json or xbrl-csv.")
  String to;

  @Option(names = "--out", paramLabel = "PATH",
      description = "The output file (default, or -: standard output); for xbrl-csv and statements-csv, the output"
          + " folder (required). References to the taxonomy are rewritten to resolve from there. With --to ixbrl,"
          + " a path ending in .xbri writes an inline report package: the page with its taxonomy. A device or"
          + " FIFO is written into, a symbolic link followed, a regular file replaced atomically.")
  Path out;

  @Option(names = "--taxonomy", paramLabel = "DIR|PACKAGE",
      description = "A taxonomy package (folder or .zip/.xbr archive) for labels and statements, beside finfile's catalog;"
          + " repeatable.")
  java.util.List<Path> taxonomies = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InputException, IOException {
    Renderer.Format format;
    try {
      format = Renderer.Format.named(to);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--to must be csv, statements-csv, html, ixbrl, xbrl-json or xbrl-csv, not '" + to + "'");
    }
    boolean several = format == Renderer.Format.XBRL_CSV || format == Renderer.Format.STATEMENTS_CSV;
    if (several && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), to + " writes several files: give --out FOLDER");
    }
    Output.Target target = null;
    if (several) {
      Output.folder(out);
    } else {
      target = out == null ? new Output.StandardOutput(spec.commandLine().getOut())
          : Output.file(out, spec.commandLine().getOut(), java.util.List.of(file));
    }
    try (TaxonomySources sources = new TaxonomySources(java.util.List.of(), taxonomies);
        Input input = Input.open(file, sources.resolver())) {
      try {
        return render(input, format, target);
      } catch (Unrepresentable e) {
        throw new InputException(input.name(), e.getMessage(), e);
      } catch (org.finfile.render.OverLimit e) {
        throw e.limit();
      }
    }
  }

  /** Renders to {@code target}, or, when it is null, to the files of a folder. */
  private int render(Input input, Renderer.Format format, Output.Target target) throws InputException, IOException {
    boolean several = target == null;
    Filing filing = input.filing();
    String stem = input.document().getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("-metadata$", "");
    boolean inlinePackage = format == Renderer.Format.IXBRL && out != null && !Output.isStandardOutput(out)
        && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xbri");
    Taxonomy taxonomy = null;
    try {
      taxonomy = input.taxonomy();
    } catch (org.finfile.LimitException e) {
      throw e;
    } catch (InputException e) {
      if (inlinePackage) {
        throw new InputException(e.location(), e.problem() + "; an inline report package needs the filing's taxonomy", e);
      }
      spec.commandLine().getErr().println("warning: " + e.getMessage() + "; concept names stand in for labels");
    }
    if (taxonomy != null && taxonomy.isPartial()) {
      spec.commandLine().getErr().println("warning: " + input.name() + ": the taxonomy is partial: "
          + taxonomy.missing().stream().map(Taxonomy.Missing::url).collect(java.util.stream.Collectors.joining(", "))
          + " cannot be had offline; labels and presentation come from the documents at hand (--taxonomy PACKAGE.zip adds the rest)");
    }
    if (inlinePackage) {
      ByteArrayOutputStream page = new ByteArrayOutputStream();
      Renderer.render(ReportPackage.inReports(filing, input.document().toUri().toString(), taxonomy), taxonomy, format, page);
      String name = out.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      target.write(ReportPackage.xbri(name, page.toByteArray(), taxonomy));
      return ExitCodes.OK;
    }
    java.util.Optional<Path> folder = several ? java.util.Optional.of(out) : target.folder();
    if (folder.isPresent()) {
      filing = References.relocate(input.filingOutside(), input.document(), folder.get());
    }
    if (several) {
      try (Staged staged = Staged.of(out, Renderer.renderFiles(filing, taxonomy, format, stem))) {
        staged.commit(java.util.List.of(file));
      }
      return ExitCodes.OK;
    }
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    Renderer.render(filing, taxonomy, format, rendered);
    target.write(rendered.toByteArray());
    return ExitCodes.OK;
  }
}
