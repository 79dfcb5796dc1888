package org.finfile.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.finfile.InputException;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;

/**
 * What a document has where a mapping's table was looked for, for the message that says it was
 * not found: the document's headings (or, for a table found by its first label, the tables'
 * first labels), each with its line, the closest to what the mapping wants first.
 */
final class Nearby {
  /** Most entries listed. */
  static final int MOST = 8;
  /** Most characters of one listed text. */
  private static final int TEXT_CHARS = 40;
  /** The list stops growing past this many characters, so the message stays whole. */
  private static final int LIST_CHARS = 280;

  private Nearby() {}

  /** A text of the document and its line. */
  private record Entry(int line, String text, double closeness) {}

  /**
   * {@code the document's headings: line 12 'Consolidated Balance Sheet', line 3 'Income
   * statement', …}; or its tables' first labels when the spec names no heading.
   */
  static String list(Mapping.TableSpec spec, List<TabBlock> blocks) {
    boolean byHeading = !spec.headings().isEmpty();
    List<Closeness> wanted = new ArrayList<>();
    if (byHeading) {
      spec.headings().forEach(h -> wanted.add(new Closeness(h)));
    } else {
      wanted.add(new Closeness(spec.firstLabel()));
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TabBlock b : blocks) {
      if (byHeading) {
        for (TabBlock.Line line : b.heading()) {
          add(entries, seen, wanted, line.number(), line.text());
        }
      } else if (b.rows().size() > spec.headerRows()) {
        TabBlock.Row row = b.rows().get(spec.headerRows());
        add(entries, seen, wanted, row.line(), row.cell(1));
      }
    }
    String what = byHeading ? "headings" : "first labels below " + spec.headerRows() + " header rows";
    if (entries.isEmpty()) {
      return "the document has no " + (byHeading ? "headings" : "tables that long");
    }
    entries.sort(Comparator.comparingDouble(Entry::closeness).reversed().thenComparingInt(Entry::line));
    StringBuilder out = new StringBuilder("the document's " + what + ", closest first: ");
    int listed = 0;
    for (Entry e : entries) {
      String item = "line " + e.line() + " " + quote(e.text());
      if (listed == MOST || (listed > 0 && out.length() + item.length() > LIST_CHARS)) {
        break;
      }
      out.append(listed == 0 ? "" : ", ").append(item);
      listed++;
    }
    if (listed < entries.size()) {
      out.append(" and ").append(entries.size() - listed).append(" more");
    }
    return out.toString();
  }

  private static void add(List<Entry> entries, Set<String> seen, List<Closeness> wanted, int line, String text) {
    String label = Cells.label(text);
    if (label.isEmpty() || !seen.add(Cells.key(label.length() > 4 * Closeness.CHARS ? label.substring(0, 4 * Closeness.CHARS) : label))) {
      return;
    }
    double best = 0;
    for (Closeness c : wanted) {
      best = Math.max(best, c.to(label));
    }
    entries.add(new Entry(line, label, best));
  }

  private static String quote(String text) {
    String clipped = InputException.clip(text);
    if (clipped.length() > TEXT_CHARS) {
      int end = TEXT_CHARS - 1;
      if (Character.isHighSurrogate(clipped.charAt(end - 1))) {
        end--;
      }
      clipped = clipped.substring(0, end) + "…";
    }
    return "'" + clipped + "'";
  }
}
