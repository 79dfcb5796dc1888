package org.finfile.taxonomy;

import java.util.Collection;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * STUB (branch ext): the API of the base taxonomy's calculation template, as the issue 11
 * contract gives it, with no arcs. The base helper's real class replaces this file at merge.
 */
public final class CalculationTemplate {
  /** A summation-item relationship of the template: {@code item} adds into {@code total} with {@code weight}. */
  public record Arc(QName total, QName item, int weight) {}

  private static final CalculationTemplate BASE = new CalculationTemplate();

  private CalculationTemplate() {}

  /** The bundled template (STUB: empty). */
  public static CalculationTemplate base() {
    return BASE;
  }

  public List<Arc> arcs() {
    return List.of();
  }

  public boolean isTotal(QName c) {
    return false;
  }

  /**
   * Template arcs to write for one statement: rowsInOrder = the statement's concepts in row
   * order; declared = arcs the mapping declares (sum=, sum elements). STUB: none.
   */
  public List<Arc> project(List<QName> rowsInOrder, Collection<Arc> declared) {
    return List.of();
  }
}
