package org.finfile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.finfile.validate.Problem;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code finfile validate}: XML Schema and XBRL 2.1 checks, one problem a line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate XBRL 2.1 instances against their taxonomy schemas (Apache Xerces, offline)",
        "and the XBRL rules. Prints one problem a line, then a summary line."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "instance documents")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Validator validator = Validator.create(OfflineResolver.bundled());
    long errors = 0;
    long warnings = 0;
    boolean unreadable = false;
    for (Path file : files) {
      Report report = validator.validate(file);
      for (Problem p : report.problems()) {
        out.println(p.format());
      }
      errors += report.errors();
      warnings += report.warnings();
      unreadable |= report.unreadable();
    }
    out.println(String.format("%d file%s: %d error%s, %d warning%s", files.size(), files.size() == 1 ? "" : "s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
    if (unreadable) {
      return ExitCodes.UNREADABLE;
    }
    return errors > 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
