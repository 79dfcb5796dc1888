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
    description = {"Render an XBRL instance through finfile's XSLT 3.0 stylesheets (Saxon-HE), or through your own"
        + " with --xslt: it reads the resolved view that 'finfile view' writes (schemas/finfile/view.xsd).",
        "Labels come from the instance's taxonomy; when it cannot be found, concept names stand in."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The filing: an XBRL instance, an Inline XBRL document, an xBRL-JSON or xBRL-CSV report, or a report package."
          + " With --xslt, several filings or folders of them may be given: the stylesheet is compiled once and"
          + " each filing is written into the --out folder.")
  java.util.List<Path> files;

  Path file;

  @Option(names = "--to", paramLabel = "FORMAT", description = "The format: csv, statements-csv, html, ixbrl, xbrl-json or xbrl-csv.")
  String to;

  @Option(names = "--xslt", paramLabel = "STYLESHEET",
      description = "Your own XSLT 3.0 stylesheet instead of --to: it transforms the resolved view, and its xsl:output"
          + " says how the result is written. It runs sandboxed: no extension functions, no xsl:result-document,"
          + " no network, and no file but its own modules (its folder and below) unless --allow-read grants one.")
  Path xslt;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "A parameter of the --xslt stylesheet (one it declares with xsl:param; NAME or {NAMESPACE}NAME),"
          + " cast from text to its declared type; repeatable.")
  java.util.List<String> params = new java.util.ArrayList<>();

  @Option(names = "--allow-read", paramLabel = "DIR",
      description = "Lets the --xslt stylesheet read files in DIR and below with doc(), unparsed-text() or json-doc();"
          + " repeatable. Off by default.")
  java.util.List<Path> allowRead = new java.util.ArrayList<>();

  @Option(names = "--out", paramLabel = "PATH",
      description = "The output file (default, or -: standard output); for xbrl-csv and statements-csv, the output"
          + " folder (required). References to the taxonomy are rewritten to resolve from there. With --to ixbrl,"
          + " a path ending in .xbri writes an inline report package: the page with its taxonomy. A device or"
          + " FIFO is written into, a symbolic link followed, a regular file replaced atomically. With --xslt and"
          + " several filings or a folder, the folder the outputs go into.")
  Path out;

  /** The help of {@code --taxonomy} for the commands that lay out statements. */
  static final String TAXONOMY_HELP = "A taxonomy package (folder or .zip/.xbr archive) for labels and statements,"
      + " beside finfile's catalog; repeatable.";

  @Option(names = "--taxonomy", paramLabel = "DIR|PACKAGE", description = TAXONOMY_HELP)
  java.util.List<Path> taxonomies = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InputException, IOException {
    if (xslt != null) {
      if (to != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --to FORMAT or --xslt STYLESHEET, not both");
      }
      return new StylesheetRun(spec, files, out, taxonomies).run(xslt, params, allowRead);
    }
    if (to == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --to FORMAT or --xslt STYLESHEET");
    }
    if (!params.isEmpty() || !allowRead.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--param and --allow-read go with --xslt");
    }
    if (files.size() > 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to renders one filing; several go with --xslt");
    }
    file = files.get(0);
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

  /**
   * The filing's taxonomy for labels and statements, or null when it cannot be found (a warning
   * to {@code err}: concept names stand in); a partial taxonomy is warned about too. When
   * {@code needs} names what needs the taxonomy, a missing one is an error instead.
   */
  static Taxonomy taxonomy(Input input, java.io.PrintWriter err, String needs) throws InputException {
    Taxonomy taxonomy = null;
    try {
      taxonomy = input.taxonomy();
    } catch (org.finfile.LimitException e) {
      throw e;
    } catch (InputException e) {
      if (needs != null) {
        throw new InputException(e.location(), e.problem() + "; " + needs + " needs the filing's taxonomy", e);
      }
      err.println("warning: " + e.getMessage() + "; concept names stand in for labels");
    }
    if (taxonomy != null && taxonomy.isPartial()) {
      err.println("warning: " + input.name() + ": the taxonomy is partial: "
          + taxonomy.missing().stream().map(Taxonomy.Missing::url).collect(java.util.stream.Collectors.joining(", "))
          + " cannot be had offline; labels and presentation come from the documents at hand (--taxonomy PACKAGE.zip adds the rest)");
    }
    return taxonomy;
  }

  /** Renders to {@code target}, or, when it is null, to the files of a folder. */
  private int render(Input input, Renderer.Format format, Output.Target target) throws InputException, IOException {
    boolean several = target == null;
    Filing filing = input.filing();
    String stem = input.document().getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("-metadata$", "");
    boolean inlinePackage = format == Renderer.Format.IXBRL && out != null && !Output.isStandardOutput(out)
        && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xbri");
    Taxonomy taxonomy = taxonomy(input, spec.commandLine().getErr(), inlinePackage ? "an inline report package" : null);
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
