package org.finfile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.output.Output;
import org.finfile.render.References;
import org.finfile.render.UserStylesheet;
import org.finfile.taxonomy.Taxonomy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code finfile render --xslt}: a user's stylesheet compiled once, then run over the view of
 * each filing. One filing goes to {@code --out} (or standard output); several, or a folder of
 * them, go into the {@code --out} folder, each named after its filing with the suffix of what
 * the stylesheet writes ({@code q3.xml} → {@code q3.md}), folders below the one given kept.
 * A filing that fails is reported and the others still run; each output is written whole or not
 * at all. The exit code is the worst seen: 3 for a filing that cannot be read, else 1 for a
 * stylesheet error.
 */
final class StylesheetRun {
  private final CommandSpec spec;
  private final List<Path> files;
  private final Path out;
  private final List<Path> taxonomies;

  StylesheetRun(CommandSpec spec, List<Path> files, Path out, List<Path> taxonomies) {
    this.spec = spec;
    this.files = files;
    this.out = out;
    this.taxonomies = taxonomies;
  }

  int run(Path xslt, List<String> params, List<Path> allowRead) throws InputException, IOException {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(spec.commandLine(), "--param " + p + ": give NAME=VALUE");
      }
      parameters.put(p.substring(0, eq), p.substring(eq + 1));
    }
    boolean batch = files.size() > 1 || Files.isDirectory(files.get(0));
    Map<Path, Path> outputs = new LinkedHashMap<>();
    Output.Target single = null;
    if (batch) {
      if (out == null) {
        throw new ParameterException(spec.commandLine(), "several filings are rendered into a folder: give --out FOLDER");
      }
      Output.folder(out);
    } else if (out != null && !Output.isStandardOutput(out) && Files.isDirectory(out)) {
      batch = true;
    } else {
      single = out == null ? new Output.StandardOutput(spec.commandLine().getOut())
          : Output.file(out, spec.commandLine().getOut(), List.of(files.get(0)));
    }
    PrintWriter err = spec.commandLine().getErr();
    UserStylesheet stylesheet;
    try {
      stylesheet = UserStylesheet.compile(xslt, allowRead, parameters);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (UserStylesheet.StylesheetError e) {
      e.lines().forEach(err::println);
      return ExitCodes.INVALID;
    }
    if (batch) {
      for (Path filing : FilingFiles.expand(files, true)) {
        outputs.put(filing, null);
      }
      for (Path p : files) {
        if (Files.isDirectory(p) && outputs.keySet().stream().noneMatch(f -> f.startsWith(p))) {
          throw new ParameterException(spec.commandLine(), p + ": no filing in this folder");
        }
      }
      name(outputs, stylesheet.suffix());
    }
    try (TaxonomySources sources = new TaxonomySources(List.of(), taxonomies)) {
      if (!batch) {
        return render(sources, stylesheet, files.get(0), single, err, false);
      }
      int worst = ExitCodes.OK;
      int written = 0;
      for (Map.Entry<Path, Path> e : outputs.entrySet()) {
        Files.createDirectories(e.getValue().getParent());
        int code;
        try {
          code = render(sources, stylesheet, e.getKey(), Output.file(e.getValue(), spec.commandLine().getOut(), List.of(e.getKey())),
              err, true);
        } catch (InputException problem) {
          err.println("finfile: " + problem.getMessage());
          code = ExitCodes.UNREADABLE;
        }
        if (code == ExitCodes.OK) {
          written++;
        }
        worst = worse(worst, code);
      }
      spec.commandLine().getOut().println(xslt.getFileName() + ": " + outputs.size() + (outputs.size() == 1 ? " filing, " : " filings, ")
          + written + " written" + (written < outputs.size() ? ", " + (outputs.size() - written) + " failed" : "") + " -> " + out);
      return worst;
    }
  }

  /** Unreadable (3) outranks a stylesheet error (1), as in validate. */
  private static int worse(int a, int b) {
    if (a == ExitCodes.UNREADABLE || b == ExitCodes.UNREADABLE) {
      return ExitCodes.UNREADABLE;
    }
    return Math.max(a, b);
  }

  private int render(TaxonomySources sources, UserStylesheet stylesheet, Path file, Output.Target target, PrintWriter err, boolean named)
      throws InputException, IOException {
    try (Input input = Input.open(file, sources.resolver())) {
      Filing filing = input.filing();
      Taxonomy taxonomy = RenderCommand.taxonomy(input, err, null);
      java.util.Optional<Path> folder = target.folder();
      if (folder.isPresent()) {
        filing = References.relocate(input.filingOutside(), input.document(), folder.get());
      }
      ByteArrayOutputStream rendered = new ByteArrayOutputStream();
      // in a batch, each message and error says which filing it came from
      java.util.function.Consumer<String> report = line -> err.println(named ? line + " (rendering " + file + ")" : line);
      try {
        stylesheet.transform(filing, taxonomy, rendered, report);
      } catch (UserStylesheet.StylesheetError e) {
        e.lines().forEach(report);
        return ExitCodes.INVALID;
      } catch (org.finfile.render.OverLimit e) {
        throw e.limit();
      }
      target.write(rendered.toByteArray());
      return ExitCodes.OK;
    }
  }

  /**
   * Names each filing's output in the {@code --out} folder: its path below the folder given
   * (or its file name), its suffix replaced; when two filings would share that name (a
   * converted instance beside its report package), each keeps its own suffix before the new one
   * ({@code q3.xml.md}, {@code q3.xbr.md}).
   */
  private void name(Map<Path, Path> outputs, String suffix) {
    Map<Path, Path> relative = new LinkedHashMap<>();
    Map<Path, Integer> uses = new java.util.HashMap<>();
    for (Path filing : outputs.keySet()) {
      Path r = filing.getFileName();
      for (Path given : files) {
        if (Files.isDirectory(given) && filing.startsWith(given)) {
          r = given.relativize(filing);
          break;
        }
      }
      relative.put(filing, r);
      uses.merge(out.resolve(stem(r)).normalize(), 1, Integer::sum);
    }
    java.util.Set<Path> taken = new java.util.HashSet<>();
    for (Map.Entry<Path, Path> e : relative.entrySet()) {
      Path r = e.getValue();
      Path target = uses.get(out.resolve(stem(r)).normalize()) > 1 ? out.resolve(r) : out.resolve(stem(r));
      target = target.resolveSibling(target.getFileName() + suffix);
      if (!taken.add(target.normalize())) {
        throw new ParameterException(spec.commandLine(), e.getKey() + ": another filing is written to " + target + " too");
      }
      outputs.put(e.getKey(), target);
    }
  }

  /** A filing's path without its suffix: {@code q3.xml} is {@code q3}, {@code q3-metadata.json} is {@code q3}. */
  private static Path stem(Path relative) {
    String name = relative.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("-metadata$", "");
    return relative.resolveSibling(name);
  }
}
