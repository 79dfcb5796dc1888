package org.finfile.attack;

import java.nio.file.Path;
import java.util.List;

/**
 * What a payload's setup wrote: the file given to the command (instance, document, package),
 * the mapping for {@code convert}, extra options ({@code --taxonomy}, {@code --catalog}), and an
 * {@code --out} chosen by the payload (a FIFO, the input itself) instead of the door's default.
 */
record Inputs(Path file, Path mapping, List<String> options, Path out, boolean drainOut) {
  Inputs {
    options = List.copyOf(options);
  }

  static Inputs of(Path file) {
    return new Inputs(file, null, List.of(), null, false);
  }

  static Inputs convert(Path document, Path mapping) {
    return new Inputs(document, mapping, List.of(), null, false);
  }

  Inputs with(String... more) {
    List<String> all = new java.util.ArrayList<>(options);
    all.addAll(List.of(more));
    return new Inputs(file, mapping, all, out, drainOut);
  }

  Inputs outTo(Path target, boolean drain) {
    return new Inputs(file, mapping, options, target, drain);
  }
}
