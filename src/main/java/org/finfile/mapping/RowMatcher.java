package org.finfile.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.tables.Cells;

/**
 * Finds the mapping row for a table row, by label and, where labels repeat, by section. The
 * mapping's rows are indexed once by their compared forms, so matching a table of M rows against
 * N mapping rows takes time in N + M, not N × M.
 */
final class RowMatcher {
  private final Mapping.TableSpec spec;
  /** Rows without a section, by label key. */
  private final Map<String, List<Mapping.RowSpec>> anySection = new HashMap<>();
  /** Rows with a section, by label key and section key. */
  private final Map<List<String>, List<Mapping.RowSpec>> bySection = new HashMap<>();

  RowMatcher(Mapping.TableSpec spec) {
    this.spec = spec;
    for (Mapping.RowSpec r : spec.rows()) {
      String key = Cells.key(r.label());
      if (r.section() == null) {
        anySection.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      } else {
        bySection.computeIfAbsent(List.of(key, Cells.key(r.section())), k -> new ArrayList<>()).add(r);
      }
    }
  }

  Mapping.RowSpec match(String label, String section, String document, String line) throws InputException {
    String key = Cells.key(label);
    List<Mapping.RowSpec> exact = section == null ? List.of()
        : bySection.getOrDefault(List.of(key, Cells.key(section)), List.of());
    List<Mapping.RowSpec> loose = anySection.getOrDefault(key, List.of());
    int candidates = exact.size() + loose.size();
    if (candidates > 1) {
      if (exact.size() == 1) {
        return exact.get(0);
      }
      throw new InputException(document + ":" + line, "table " + spec.id() + ": " + candidates
          + " mapping rows match " + InputException.quote(label) + "; give them sections");
    }
    if (candidates == 0) {
      throw new InputException(document + ":" + line, "table " + spec.id() + ": the row " + InputException.quote(label)
          + (section == null ? "" : " under " + InputException.quote(section))
          + " is not in the mapping (map it, or skip it with a reason)");
    }
    return exact.isEmpty() ? loose.get(0) : exact.get(0);
  }
}
