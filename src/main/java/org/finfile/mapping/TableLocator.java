package org.finfile.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;

/**
 * Finds, for each table of a mapping, the one block of the document it describes. Blocks are
 * indexed once (by heading line and by first label), so each table spec looks at the blocks
 * its most specific clue points to rather than at every block: thousands of specs against
 * thousands of blocks cost their sum, not their product.
 */
final class TableLocator {
  private TableLocator() {}

  static Map<String, TabBlock> locate(Mapping mapping, List<TabBlock> blocks, String document) throws InputException {
    Index index = new Index(blocks);
    Map<String, TabBlock> located = new LinkedHashMap<>();
    Map<TabBlock, String> claimed = new HashMap<>();
    for (Mapping.TableSpec spec : mapping.tables()) {
      int after = spec.continues() == null ? 0 : located.get(spec.continues()).index();
      List<TabBlock> candidates = new ArrayList<>();
      List<TabBlock> clue = index.clue(spec);
      // blocks are in document order: start past the block this one continues
      for (int i = firstAfter(clue, after); i < clue.size(); i++) {
        TabBlock b = clue.get(i);
        if (matches(spec, b)) {
          candidates.add(b);
          if (spec.continues() != null) {
            break;
          }
        }
      }
      if (candidates.isEmpty()) {
        throw new InputException(mapping.at(spec.line()), document + " has no table that matches table " + spec.id() + " (" + describe(spec) + ")"
            + (spec.continues() == null ? "" : " after table " + spec.continues()) + "; " + Nearby.list(spec, blocks));
      }
      if (candidates.size() > 1) {
        throw new InputException(document, "table " + spec.id() + " (" + describe(spec) + ") matches the tables at lines "
            + lines(candidates) + "; add a heading or first-label");
      }
      TabBlock block = candidates.get(0);
      String other = claimed.put(block, spec.id());
      if (other != null) {
        throw new InputException(document + ":" + block.firstAt(), "tables " + other + " and " + spec.id()
            + " of the mapping both match this table");
      }
      located.put(spec.id(), block);
    }
    return located;
  }

  /** The first position in {@code blocks} (in document order) of a block after block {@code after}. */
  private static int firstAfter(List<TabBlock> blocks, int after) {
    int lo = 0;
    int hi = blocks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (blocks.get(mid).index() > after) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The blocks by what a spec can name: the keys of their heading lines (sorted, for the
   * prefix a heading gives) and, per count of header rows, the key of their first label.
   */
  private static final class Index {
    private final List<TabBlock> blocks;
    private final java.util.TreeMap<String, List<TabBlock>> byHeading = new java.util.TreeMap<>();
    private final Map<Integer, Map<String, List<TabBlock>>> byFirstLabel = new HashMap<>();

    /** The blocks, most rows first. */
    private final List<TabBlock> bySize;

    Index(List<TabBlock> blocks) {
      this.blocks = blocks;
      this.bySize = new ArrayList<>(blocks);
      bySize.sort(java.util.Comparator.comparingInt((TabBlock b) -> b.rows().size()).reversed());
      for (TabBlock b : blocks) {
        for (TabBlock.Line line : b.heading()) {
          List<TabBlock> list = byHeading.computeIfAbsent(Cells.key(line.text()), k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != b) {
            list.add(b);
          }
        }
      }
    }

    /**
     * A superset of the blocks matching {@code spec}, in document order: those of its first
     * label, or else those with a heading line starting with its longest heading, or else all.
     */
    List<TabBlock> clue(Mapping.TableSpec spec) {
      if (spec.firstLabel() != null) {
        return byFirstLabel.computeIfAbsent(spec.headerRows(), this::firstLabels)
            .getOrDefault(Cells.key(spec.firstLabel()), List.of());
      }
      String longest = null;
      for (String heading : spec.headings()) {
        String key = Cells.key(heading);
        if (longest == null || key.length() > longest.length()) {
          longest = key;
        }
      }
      if (longest == null) {
        return blocks;
      }
      if (longest.isEmpty()) {
        return blocks.stream().filter(b -> !b.heading().isEmpty()).toList();
      }
      List<List<TabBlock>> lines = new ArrayList<>();
      for (Map.Entry<String, List<TabBlock>> e : byHeading.tailMap(longest, true).entrySet()) {
        if (!e.getKey().startsWith(longest)) {
          break;
        }
        lines.add(e.getValue());
      }
      if (lines.size() == 1) {
        return lines.get(0);
      }
      java.util.TreeMap<Integer, TabBlock> found = new java.util.TreeMap<>();
      lines.forEach(list -> list.forEach(b -> found.put(b.index(), b)));
      return List.copyOf(found.values());
    }

    /**
     * The blocks by the key of their first label below {@code headerRows} header rows, in
     * document order; built once per count, from the blocks that long only, so that all counts
     * together cost at most the document's rows.
     */
    private Map<String, List<TabBlock>> firstLabels(int headerRows) {
      Map<String, List<TabBlock>> map = new HashMap<>();
      for (TabBlock b : bySize) {
        if (b.rows().size() <= headerRows) {
          break;
        }
        map.computeIfAbsent(Cells.key(b.rows().get(headerRows).cell(1)), k -> new ArrayList<>()).add(b);
      }
      map.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(TabBlock::index)));
      return map;
    }
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
    List<String> lines = blocks.stream().limit(10).map(TabBlock::firstAt).toList();
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
