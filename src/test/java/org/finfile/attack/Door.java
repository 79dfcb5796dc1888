package org.finfile.attack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An entry point of the command line that a payload goes through, and how its arguments are built. */
enum Door {
  VALIDATE("validate", null, null),
  ROUNDTRIP("roundtrip", null, null),
  HTML("render --to html", "html", "out.html"),
  CSV("render --to csv", "csv", "out.csv"),
  STATEMENTS_CSV("render --to statements-csv", "statements-csv", "out-statements"),
  IXBRL("render --to ixbrl", "ixbrl", "out.xhtml"),
  XBRL_JSON("render --to xbrl-json", "xbrl-json", "out.json"),
  XBRL_CSV("render --to xbrl-csv", "xbrl-csv", "out-xbrl-csv"),
  CONVERT("convert", null, "out-convert");

  final String label;
  private final String format;
  private final String defaultOut;

  Door(String label, String format, String defaultOut) {
    this.label = label;
    this.format = format;
    this.defaultOut = defaultOut;
  }

  /** Where this door writes for {@code in}, or null when it writes only to standard output. */
  Path out(Inputs in) {
    if (in.out() != null) {
      return in.out();
    }
    return defaultOut == null ? null : in.file().resolveSibling(name().toLowerCase() + "-" + defaultOut);
  }

  List<String> args(Inputs in) {
    List<String> args = new ArrayList<>();
    switch (this) {
      case VALIDATE -> {
        args.add("validate");
        args.add(in.file().toString());
        if (in.out() != null) {
          args.add("--out");
          args.add(in.out().toString());
        }
      }
      case ROUNDTRIP -> {
        args.add("roundtrip");
        args.add(in.file().toString());
      }
      case CONVERT -> {
        args.add("convert");
        args.add(in.file().toString());
        if (in.mapping() != null) {
          args.add("--mapping");
          args.add(in.mapping().toString());
        }
        args.add("--out");
        args.add(out(in).toString());
      }
      default -> {
        args.add("render");
        args.add(in.file().toString());
        args.add("--to");
        args.add(format);
        args.add("--out");
        args.add(out(in).toString());
      }
    }
    args.addAll(in.options());
    return args;
  }

  /** The entry point as the summary table names it: options such as {@code --catalog} included. */
  String label(Inputs in) {
    String options = in.options().stream().filter(o -> o.startsWith("--")).reduce("", (a, b) -> a + " " + b);
    return label + options;
  }
}
