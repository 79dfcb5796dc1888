package org.finfile.mapping;

import java.util.List;
import org.finfile.InputException;
import org.finfile.tables.Cells;

/** Finds the mapping row for a table row, by label and, where labels repeat, by section. */
final class RowMatcher {
  private RowMatcher() {}

  static Mapping.RowSpec match(Mapping.TableSpec spec, String label, String section, String document, int line)
      throws InputException {
    String key = Cells.key(label);
    String sectionKey = section == null ? null : Cells.key(section);
    List<Mapping.RowSpec> candidates = spec.rows().stream()
        .filter(r -> Cells.key(r.label()).equals(key))
        .filter(r -> r.section() == null || Cells.key(r.section()).equals(sectionKey))
        .toList();
    if (candidates.size() > 1) {
      List<Mapping.RowSpec> exact = candidates.stream().filter(r -> r.section() != null).toList();
      if (exact.size() == 1) {
        return exact.get(0);
      }
      throw new InputException(document + ":" + line, "table " + spec.id() + ": " + candidates.size()
          + " mapping rows match '" + label + "'; give them sections");
    }
    if (candidates.isEmpty()) {
      throw new InputException(document + ":" + line, "table " + spec.id() + ": the row '" + label + "'"
          + (section == null ? "" : " under '" + section + "'") + " is not in the mapping (map it, or skip it with a reason)");
    }
    return candidates.get(0);
  }
}
