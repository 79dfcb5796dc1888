package org.finfile.cli;

import picocli.CommandLine.Option;

/**
 * {@code --limit NAME=VALUE}, on every command that reads input: raises (or lowers) one of the
 * limits of {@link org.finfile.Limit} for this run. {@link Main} puts the settings in force before
 * the command runs.
 */
final class LimitOption {
  static final String NAME = "--limit";

  @Option(names = NAME, paramLabel = "NAME=VALUE",
      description = "Raise (or lower) a limit on input for this run, such as depth=512 or input-bytes=4g (k, m, g:"
          + " binary units); repeatable. 'finfile limits' lists them with their defaults.")
  java.util.List<String> settings = new java.util.ArrayList<>();
}
