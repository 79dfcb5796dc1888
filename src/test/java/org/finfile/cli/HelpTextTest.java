package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --help} of every command shows every description whole: each is made of sentences
 * (a capital or a symbol first, a period or closing parenthesis last), each option's and
 * parameter's description is one string (an array of them is printed line by line, cutting
 * its sentences where the source breaks them), and the help printed holds each description's
 * text in full, wherever it wraps. A command's first description line, which its parent lists,
 * is a whole sentence too.
 */
class HelpTextTest {
  /** The root command and every subcommand, by their command lines ("finfile", "finfile convert", ...). */
  static Stream<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(new CommandLine(new Main()), new ArrayList<>(), all);
    return all.stream();
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> all) {
    all.add(List.copyOf(path));
    for (var e : line.getSubcommands().entrySet()) {
      List<String> next = new ArrayList<>(path);
      next.add(e.getKey());
      collect(e.getValue(), next, all);
    }
  }

  private static CommandSpec spec(List<String> path) {
    CommandLine line = new CommandLine(new Main());
    for (String name : path) {
      line = line.getSubcommands().get(name);
    }
    return line.getCommandSpec();
  }

  private static String help(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    ConvertCommandTest.Run run = ConvertCommandTest.run(args.toArray(String[]::new));
    assertThat(run.code()).as("exit code of %s --help", path).isZero();
    return run.out();
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static void assertSentences(String what, String text) {
    assertThat(text).as(what).isNotBlank();
    char first = text.charAt(0);
    assertThat(!Character.isLetter(first) || Character.isUpperCase(first))
        .as("%s starts a sentence: %s", what, text).isTrue();
    assertThat(text).as("%s ends a sentence", what).matches("(?s).*[.)]");
  }

  @ParameterizedTest(name = "finfile {0} --help")
  @MethodSource("commands")
  void everyDescriptionIsWholeSentencesShownInFull(List<String> path) {
    CommandSpec spec = spec(path);
    String help = help(path);
    String shown = squeezed(help);
    for (String line : spec.usageMessage().description()) {
      assertSentences("a description line of " + path, line);
      assertThat(shown).as("the help of %s holds its description line whole", path).contains(squeezed(line));
    }
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      if (arg.hidden()) {
        continue;
      }
      String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
      String[] description = arg.description();
      assertThat(description).as("%s %s: one description string, not lines", path, name).hasSize(1);
      assertSentences(path + " " + name, description[0]);
      assertThat(shown).as("the help of %s holds the description of %s whole", path, name)
          .contains(squeezed(description[0]));
    }
    for (var sub : spec.subcommands().values()) {
      String summary = sub.getCommandSpec().usageMessage().description()[0];
      assertThat(shown).as("%s lists %s with its whole first sentence", path, sub.getCommandName())
          .contains(squeezed(summary));
    }
  }

  @ParameterizedTest(name = "finfile {0} --help")
  @MethodSource("commands")
  void defaultsAreFilledIn(List<String> path) {
    assertThat(help(path)).doesNotContain("${");
  }
}
