package org.finfile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.finfile.Limit;
import org.finfile.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code finfile limits}: the limits on input, their values in force and their defaults. */
@Command(name = "limits", mixinStandardHelpOptions = true,
    description = {"List the limits on input: name, value in force, default, what it counts.",
        "Exceeding one is exit 3; raise it for one run with --limit NAME=VALUE on any command."})
final class LimitsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LimitOption limits;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-16s %8s %8s  %s%n", "limit", "value", "default", "counts");
    for (Limit l : Limit.values()) {
      out.printf("%-16s %8s %8s  %s%n", l.key(), Limit.format(Limits.current().get(l)), Limit.format(l.defaultValue()), l.counts());
    }
    return ExitCodes.OK;
  }
}
