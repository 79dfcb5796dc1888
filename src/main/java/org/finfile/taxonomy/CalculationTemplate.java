package org.finfile.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.xml.OfflineResolver;

/**
 * Summation-item relationships to copy into a filing's own calculation linkbase: the base
 * taxonomy's template ({@code finfile-base-cal.xml}, which {@code finfile-base.xsd} does not
 * reference, so it never applies by itself).
 *
 * <p>A template total lists every usual item, alternatives included (a US GAAP and an IFRS name
 * for one line, a subtotal beside its parts); {@link #project} keeps, for one statement, only the
 * relationships its rows support:
 *
 * <pre>{@code
 * List<CalculationTemplate.Arc> arcs = CalculationTemplate.base().project(rows, declared);
 * }</pre>
 */
public final class CalculationTemplate {
  /** The template's own URL, resolved by finfile's catalog to the bundled file. */
  static final String HREF = "http://finfile.org/taxonomy/base/finfile-base-cal.xml";
  private static final String SCHEMA = "http://finfile.org/taxonomy/base/finfile-base.xsd";

  /** One summation-item relationship: {@code total} sums {@code item} times {@code weight} (the template's are 1 or -1). */
  public record Arc(QName total, QName item, int weight) {
    public Arc {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(item, "item");
      if (weight == 0) {
        throw new IllegalArgumentException("a weight of 0 sums nothing: " + total + " " + item);
      }
    }
  }

  private final List<Arc> arcs;
  private final Map<QName, List<Arc>> byTotal = new LinkedHashMap<>();

  CalculationTemplate(List<Arc> arcs) {
    this.arcs = List.copyOf(arcs);
    for (Arc a : this.arcs) {
      byTotal.computeIfAbsent(a.total(), t -> new ArrayList<>()).add(a);
    }
  }

  /** The template bundled with finfile, read once. */
  public static CalculationTemplate base() {
    return Bundled.TEMPLATE;
  }

  private static final class Bundled {
    static final CalculationTemplate TEMPLATE = read(OfflineResolver.bundled());
  }

  /** Reads the template through the taxonomy loader, as a linkbase of the base schema's DTS. */
  static CalculationTemplate read(OfflineResolver resolver) {
    Taxonomy template;
    try {
      template = Taxonomy.load(List.of(SCHEMA), List.of(HREF), null, resolver);
    } catch (InputException e) {
      throw new IllegalStateException("the bundled calculation template cannot be read: " + e.getMessage(), e);
    }
    if (!template.problems().isEmpty()) {
      throw new IllegalStateException("the bundled calculation template is invalid: " + template.problems().get(0));
    }
    List<Arc> arcs = new ArrayList<>();
    for (Calculations.Summation s : template.calculations().summations()) {
      for (Calculations.Item i : s.items()) {
        arcs.add(new Arc(s.total(), i.concept(), i.weight().signum() < 0 ? -1 : 1));
      }
    }
    return new CalculationTemplate(arcs);
  }

  /** Every relationship of the template, totals in document order, items in their order. */
  public List<Arc> arcs() {
    return arcs;
  }

  /** True when {@code c} is the total of some template relationship. */
  public boolean isTotal(QName c) {
    return byTotal.containsKey(c);
  }

  /**
   * Template arcs to write for one statement.
   *
   * <p>A total T reported in the statement gets template arcs only when (a) at least one of T's
   * direct template items is reported, and (b) every row between T's first reported item and T is
   * an item of T (directly, through an unreported template subtotal of T with the weights
   * multiplied, or by a declared arc to T) or a row already summed, by an arc written or declared
   * before, into such an item. Only items reported above T count (net income at the top of a
   * cash-flow statement sums nothing above it). A concept already an item of another total in this
   * statement (declared, or written for an earlier total) is not added again; totals are taken in
   * row order.
   *
   * @param rowsInOrder the statement's concepts in row order; abstract headings (names ending in
   *     {@code Abstract}) are ignored
   * @param declared arcs the mapping declares (sum=, &lt;sum&gt;); they are not repeated in the result
   */
  public List<Arc> project(List<QName> rowsInOrder, Collection<Arc> declared) {
    List<QName> rows = rowsInOrder.stream().filter(q -> !q.getLocalPart().endsWith("Abstract")).toList();
    Map<QName, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      position.putIfAbsent(rows.get(i), i);
    }
    Map<QName, Set<QName>> summed = new HashMap<>();
    Set<QName> counted = new HashSet<>();
    for (Arc a : declared) {
      summed.computeIfAbsent(a.total(), t -> new HashSet<>()).add(a.item());
      counted.add(a.item());
    }
    List<Arc> out = new ArrayList<>();
    for (Map.Entry<QName, Integer> row : position.entrySet()) {
      QName total = row.getKey();
      int at = row.getValue();
      if (!isTotal(total) || byTotal.get(total).stream().noneMatch(a -> position.containsKey(a.item()))) {
        continue;
      }
      Map<QName, Integer> items = effectiveItems(total, position.keySet());
      Set<QName> declaredItems = summed.getOrDefault(total, Set.of());
      int first = -1;
      for (int i = 0; i < at && first < 0; i++) {
        if (items.containsKey(rows.get(i))) {
          first = i;
        }
      }
      if (first < 0 || !coversEveryRow(rows.subList(first, at), items.keySet(), declaredItems, summed)) {
        continue;
      }
      for (Map.Entry<QName, Integer> item : items.entrySet()) {
        QName q = item.getKey();
        Integer p = position.get(q);
        if (p != null && p < at && !counted.contains(q) && !declaredItems.contains(q)) {
          out.add(new Arc(total, q, item.getValue()));
          counted.add(q);
          summed.computeIfAbsent(total, t -> new HashSet<>()).add(q);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The reported items of {@code total} with their weights: its direct template items first, then
   * those reached through unreported template subtotals (weights multiplied), each concept once.
   */
  private Map<QName, Integer> effectiveItems(QName total, Set<QName> reported) {
    Map<QName, Integer> items = new LinkedHashMap<>();
    Set<QName> visited = new HashSet<>(Set.of(total));
    Deque<Map.Entry<QName, Integer>> queue = new ArrayDeque<>();
    queue.add(Map.entry(total, 1));
    while (!queue.isEmpty()) {
      Map.Entry<QName, Integer> next = queue.poll();
      List<Map.Entry<QName, Integer>> subtotals = new ArrayList<>();
      for (Arc a : byTotal.getOrDefault(next.getKey(), List.of())) {
        int weight = next.getValue() * a.weight();
        if (reported.contains(a.item())) {
          items.putIfAbsent(a.item(), weight);
        } else if (isTotal(a.item()) && visited.add(a.item())) {
          subtotals.add(Map.entry(a.item(), weight));
        }
      }
      queue.addAll(subtotals);
    }
    return items;
  }

  /** True when every row is an item of the total, or summed (by arcs so far) into one, transitively. */
  private static boolean coversEveryRow(List<QName> between, Set<QName> items, Set<QName> declaredItems,
      Map<QName, Set<QName>> summed) {
    Set<QName> covered = new HashSet<>(items);
    covered.addAll(declaredItems);
    Deque<QName> open = new ArrayDeque<>(covered);
    while (!open.isEmpty()) {
      for (QName part : summed.getOrDefault(open.poll(), Set.of())) {
        if (covered.add(part)) {
          open.add(part);
        }
      }
    }
    return covered.containsAll(between);
  }
}
