package org.finfile.suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Totals found by arithmetic: a row that equals the sum of the rows just above it, in every
 * column where it has a value, is their total. Rows already counted in a total are passed over
 * (their total stands for them), so "Total revenues" is found as the sum of "Total connectivity
 * services", "Systems integration" and "Equipment sales". Two sign patterns are tried: all
 * items added, and, for two items only, the upper less the lower ("Operating income" = revenues
 * − costs; among more items the accounting identity would make any balance-sheet line a difference).
 * Printed figures are rounded, so a column may be off by half a unit per item, but at least one
 * column must add up exactly.
 */
final class Totals {
  /** Most items one total is looked for among. */
  static final int MAX_ITEMS = 40;

  /** One row's figures: by column, null where the cell is empty; {@code kind} groups rows that may add up. */
  record Figures(List<BigDecimal> values, String kind) {}

  /** Where row {@code item} goes: into total row {@code total} with {@code weight}. */
  record Arc(int item, int total, int weight) {}

  private Totals() {}

  /**
   * The arcs among {@code rows} (null for a row without figures: a section heading, passed
   * over; a row of another kind ends the search).
   */
  static List<Arc> find(List<Figures> rows) {
    List<Arc> arcs = new ArrayList<>();
    boolean[] counted = new boolean[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      Figures total = rows.get(k);
      if (total == null || total.values().stream().allMatch(v -> v == null || v.signum() == 0)) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      for (int j = k - 1; j >= 0 && items.size() < MAX_ITEMS; j--) {
        Figures f = rows.get(j);
        if (f == null || counted[j]) {
          continue;
        }
        if (!f.kind().equals(total.kind())) {
          break;
        }
        items.add(j);
        if (items.size() < 2) {
          continue;
        }
        int pattern = adds(rows, total, items, 1) ? 1 : items.size() == 2 && adds(rows, total, items, -1) ? -1 : 0;
        if (pattern != 0) {
          for (int i = 0; i < items.size(); i++) {
            int item = items.get(i);
            counted[item] = true;
            arcs.add(new Arc(item, k, pattern == 1 || i == items.size() - 1 ? 1 : -1));
          }
          break;
        }
      }
    }
    return arcs;
  }

  /**
   * True when the items add up to the total; {@code pattern} 1: all added, -1: the top item
   * (the last in {@code items}) less the others.
   */
  private static boolean adds(List<Figures> rows, Figures total, List<Integer> items, int pattern) {
    boolean exact = false;
    int width = total.values().size();
    for (int c = 0; c < width; c++) {
      BigDecimal t = total.values().get(c);
      if (t == null) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      int fraction = Math.max(0, t.scale());
      for (int i = 0; i < items.size(); i++) {
        List<BigDecimal> v = rows.get(items.get(i)).values();
        BigDecimal x = c < v.size() && v.get(c) != null ? v.get(c) : BigDecimal.ZERO;
        fraction = Math.max(fraction, Math.max(0, x.scale()));
        boolean top = i == items.size() - 1;
        sum = pattern == 1 || top ? sum.add(x) : sum.subtract(x);
      }
      BigDecimal off = sum.subtract(t).abs();
      if (off.signum() == 0) {
        exact = true;
        continue;
      }
      BigDecimal unit = BigDecimal.ONE.movePointLeft(fraction);
      BigDecimal allowed = unit.multiply(BigDecimal.valueOf((items.size() + 1) / 2));
      if (off.compareTo(allowed) > 0) {
        return false;
      }
    }
    return exact;
  }
}
