package org.finfile.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code finfile mapping}: commands that help write a mapping. */
@Command(name = "mapping", mixinStandardHelpOptions = true,
    description = "Help write a mapping file: 'mapping suggest' writes a starter mapping for a document.",
    subcommands = SuggestCommand.class)
final class MappingCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: suggest");
  }
}
