package org.finfile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.finfile.InputException;
import org.finfile.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code finfile}: the command line entry point. */
@Command(
    name = "finfile",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turn financial statement tables into XBRL 2.1 filings; validate, render and round-trip filings.",
    subcommands = {ConvertCommand.class, ValidateCommand.class, RenderCommand.class, ViewCommand.class, RoundtripCommand.class,
        LimitsCommand.class, MappingCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success", "1:the filing is invalid (errors found)", "2:usage error",
        "3:the input cannot be read or is unsafe", "4:internal or I/O failure"})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      if (e instanceof InputException input) {
        w.println("finfile: " + input.getMessage());
        return ExitCodes.UNREADABLE;
      }
      if (e instanceof org.finfile.output.Refused refused) {
        w.println("finfile: " + InputException.oneLine(refused.getMessage()) + " (see '"
            + commandLine.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        w.println("finfile: I/O failure: " + InputException.oneLine(e.getMessage()));
        return ExitCodes.INTERNAL;
      }
      w.println("finfile: internal error: " + e + " (please report it)");
      return ExitCodes.INTERNAL;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("finfile: " + InputException.oneLine(e.getMessage()) + " (see '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return ExitCodes.USAGE;
    });
    cli.setExecutionStrategy(parseResult -> {
      Limits before = Limits.current();
      Limits.install(limits(parseResult));
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } finally {
        Limits.install(before);
      }
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("finfile: out of memory (" + InputException.oneLine(e.getMessage())
          + "); give Java more heap with JAVA_TOOL_OPTIONS=-Xmx...");
      return ExitCodes.INTERNAL;
    }
  }

  /** The limits in force for a run: those in force now, with the command's {@code --limit} settings. */
  private static Limits limits(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult command = parseResult;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    Limits limits = Limits.current();
    java.util.List<String> settings = command.matchedOptionValue(LimitOption.NAME, java.util.List.<String>of());
    for (String setting : settings) {
      try {
        limits = limits.with(setting);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(command.commandSpec().commandLine(), e.getMessage());
      }
    }
    return limits;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, validate, render, view, roundtrip or mapping");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"finfile " + (v == null ? "(development)" : v)};
    }
  }
}
