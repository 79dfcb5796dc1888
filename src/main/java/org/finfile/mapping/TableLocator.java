package org.finfile.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;

/** Finds, for each table of a mapping, the one block of the document it describes. */
final class TableLocator {
  private TableLocator() {}

  static Map<String, TabBlock> locate(Mapping mapping, List<TabBlock> blocks, String document) throws InputException {
    Map<String, TabBlock> located = new LinkedHashMap<>();
    Map<TabBlock, String> claimed = new HashMap<>();
    for (Mapping.TableSpec spec : mapping.tables()) {
      int after = spec.continues() == null ? 0 : located.get(spec.continues()).index();
      List<TabBlock> candidates = new ArrayList<>();
      for (TabBlock b : blocks) {
        if (b.index() > after && matches(spec, b)) {
          candidates.add(b);
        }
      }
      if (spec.continues() != null && candidates.size() > 1) {
        candidates = List.of(candidates.get(0));
      }
      if (candidates.isEmpty()) {
        throw new InputException(document, "the mapping expects table " + spec.id() + " (" + describe(spec)
            + "), which the document lacks");
      }
      if (candidates.size() > 1) {
        throw new InputException(document, "table " + spec.id() + " (" + describe(spec) + ") matches the tables at lines "
            + lines(candidates) + "; add a heading or first-label");
      }
      TabBlock block = candidates.get(0);
      String other = claimed.put(block, spec.id());
      if (other != null) {
        throw new InputException(document + ":" + block.firstLine(), "tables " + other + " and " + spec.id()
            + " of the mapping both match this table");
      }
      located.put(spec.id(), block);
    }
    return located;
  }

  private static boolean matches(Mapping.TableSpec spec, TabBlock block) {
    for (String heading : spec.headings()) {
      String key = Cells.key(heading);
      if (block.heading().stream().noneMatch(l -> Cells.key(l.text()).startsWith(key))) {
        return false;
      }
    }
    if (spec.firstLabel() != null) {
      if (block.rows().size() <= spec.headerRows()) {
        return false;
      }
      String first = Cells.key(block.rows().get(spec.headerRows()).cell(1));
      return first.equals(Cells.key(spec.firstLabel()));
    }
    return true;
  }

  /** The first lines of some blocks, at most ten of them. */
  private static String lines(List<TabBlock> blocks) {
    List<String> lines = blocks.stream().limit(10).map(b -> Integer.toString(b.firstLine())).toList();
    return lines + (blocks.size() > 10 ? " and " + (blocks.size() - 10) + " more" : "");
  }

  private static String describe(Mapping.TableSpec spec) {
    List<String> parts = new ArrayList<>();
    spec.headings().forEach(h -> parts.add("heading " + InputException.quote(h)));
    if (spec.firstLabel() != null) {
      parts.add("first row " + InputException.quote(spec.firstLabel()));
    }
    return InputException.clip(String.join(", ", parts));
  }
}
