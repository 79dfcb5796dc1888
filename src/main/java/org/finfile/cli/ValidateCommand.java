package org.finfile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.inline.InlineXbrl;
import org.finfile.output.Output;
import org.finfile.validate.Problem;
import org.finfile.validate.Report;
import org.finfile.validate.Reports;
import org.finfile.validate.Rules;
import org.finfile.validate.Severity;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile validate}: XML Schema, XBRL 2.1 and Calculations 1.1 checks, for one file or a batch. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate XBRL 2.1 instances: XML Schema (Apache Xerces), the XBRL 2.1 rules and Calculations 1.1, offline.",
        "FILE may also be an Inline XBRL document, an xBRL-JSON or xBRL-CSV report, or a report package (.xbr, .xbri,"
            + " .zip). Folders are searched for *.xml and *.xbrl instances and *.xbr and *.xbri packages. One JVM and one"
            + " compiled taxonomy serve the whole batch; a file that cannot be read does not stop the others."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LimitOption limits;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filings (instances, inline XBRL, OIM reports, packages), or folders of them.")
  List<Path> files;

  @Option(names = "--calc", paramLabel = "MODE", defaultValue = "c11r",
      description = "The calculation check: c11r (Calculations 1.1, round to nearest), c10 (XBRL 2.1 section 5.2.5.2:"
          + " values rounded to their decimals, half to even, duplicates make a summation inapplicable) or none"
          + " (default: ${DEFAULT-VALUE}). Essence-alias consistency is checked whichever is chosen.")
  String calc;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The report format: text, json or junit (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 on errors only, or on warnings too: error or warning (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--taxonomy", paramLabel = "DIR",
      description = "A taxonomy package (a folder with META-INF/catalog.xml, or a .zip/.xbr archive), or a folder of"
          + " files laid out as host/path; repeatable.")
  List<Path> taxonomyFolders = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE", description = "An XML catalog mapping taxonomy URLs to local files; repeatable.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output (- is standard output); a device or FIFO"
          + " is written into, a symbolic link followed, a regular file replaced atomically.")
  Path out;

  @Override
  public Integer call() throws IOException, InputException {
    Validator.Calc calcMode = choice(calc, "--calc", Validator.Calc.class, "c11r", "c10", "none");
    Reports.Format reportFormat = choice(format, "--format", Reports.Format.class, "text", "json", "junit");
    Severity threshold = choice(failOn, "--fail-on", Severity.class, "error", "warning");
    TaxonomySources sources;
    try {
      sources = new TaxonomySources(catalogs, taxonomyFolders);
    } catch (InputException e) {
      if (e.problem().startsWith("no such")) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      throw e;
    }
    try (sources) {
      return validate(sources.resolver(), calcMode, reportFormat, threshold);
    }
  }

  private int validate(OfflineResolver resolver, Validator.Calc calcMode, Reports.Format reportFormat, Severity threshold)
      throws IOException {
    Validator validator = Validator.create(resolver, calcMode);
    List<Path> instances = FilingFiles.expand(files, false);
    Output.Target target = out == null ? null : Output.file(out, spec.commandLine().getOut(), instances);
    for (Path p : files) {
      if (Files.isDirectory(p) && instances.stream().noneMatch(i -> i.startsWith(p))) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), p + ": no XBRL instance in this folder");
      }
    }
    List<Report> reports = new ArrayList<>();
    boolean progress = System.console() != null && instances.size() > 1;
    PrintWriter err = spec.commandLine().getErr();
    for (int i = 0; i < instances.size(); i++) {
      if (progress) {
        err.print("\rvalidating " + (i + 1) + "/" + instances.size() + ": " + instances.get(i) + "\u001b[K");
        err.flush();
      }
      reports.add(validate(validator, resolver, calcMode, instances.get(i)));
    }
    if (progress) {
      err.print("\r\u001b[K");
      err.flush();
    }
    if (target != null) {
      java.io.StringWriter buffer = new java.io.StringWriter();
      Reports.write(reportFormat, reports, threshold, buffer);
      target.write(buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (!(target instanceof Output.StandardOutput)) {
        spec.commandLine().getOut().println(Reports.summary(reports, threshold));
      }
    } else {
      Reports.write(reportFormat, reports, threshold, spec.commandLine().getOut());
    }
    if (reports.stream().anyMatch(Report::unreadable)) {
      return ExitCodes.UNREADABLE;
    }
    return reports.stream().anyMatch(r -> Reports.fails(r, threshold)) ? ExitCodes.INVALID : ExitCodes.OK;
  }

  /**
   * An instance (or what is no other format: the validator says what is wrong with it) is
   * validated as it streams; any other format through the XBRL 2.1 instance it carries, and an
   * Inline XBRL page as XHTML 1.1 with Inline XBRL 1.1 too.
   */
  private static Report validate(Validator validator, OfflineResolver resolver, Validator.Calc calc, Path file) {
    Input.Kind kind;
    try {
      kind = Input.kindOf(file);
    } catch (InputException e) {
      kind = Input.Kind.INSTANCE;
    }
    if (kind == Input.Kind.INSTANCE) {
      return validator.validate(file);
    }
    try (Input input = Input.open(file, resolver)) {
      Validator checker = input.packaged() ? Validator.create(input.resolver(), calc) : validator;
      if (input.kind() == Input.Kind.INSTANCE) {
        return checker.validate(input.document(), input.name());
      }
      Report report = checker.validate(input.instance(), input.name() + " (its XBRL instance)");
      if (input.kind() != Input.Kind.INLINE) {
        return report;
      }
      List<Problem> problems = new ArrayList<>();
      try (var page = Files.newInputStream(input.document())) {
        problems.addAll(InlineXbrl.schemaProblems(page, input.document().toUri().toString(), input.name()));
      }
      problems.addAll(report.problems());
      return new Report(report.file(), problems, report.unreadable());
    } catch (org.finfile.inline.InlineException e) {
      // an inline page breaking an inline rule is invalid (exit 1), under the rule's code; one finfile cannot read, unreadable
      return new Report(file.toString(), List.of(new Problem(e.location(), Severity.ERROR, e.code(), e.problem())),
          e.code().equals(Rules.IX_UNSUPPORTED));
    } catch (InputException e) {
      return new Report(file.toString(), List.of(new Problem(e.location(), Severity.ERROR, Rules.XML, e.problem())), true);
    } catch (IOException e) {
      return new Report(file.toString(), List.of(new Problem(file.toString(), Severity.ERROR, Rules.XML,
          "cannot read: " + e.getMessage())), true);
    }
  }

  private <E extends Enum<E>> E choice(String value, String option, Class<E> type, String... allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!List.of(allowed).contains(v)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          option + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }
    return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
  }
}
