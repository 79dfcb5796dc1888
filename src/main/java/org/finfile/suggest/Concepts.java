package org.finfile.suggest;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The concepts a suggested mapping declares, by name. The same line in two tables (a quarter's
 * and a year's statement) is one concept; a name taken by a concept of another kind gets a
 * number.
 */
final class Concepts {
  private final Map<String, Model.NewConcept> declared = new LinkedHashMap<>();

  /**
   * The name to use for a concept like {@code concept} called {@code name}: {@code name} when
   * free or declared alike (and not in {@code taken}, the names the table already uses), else
   * {@code name2}, {@code name3}...
   */
  String declare(String name, Model.NewConcept concept, Set<String> taken) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : name + n;
      Model.NewConcept existing = declared.get(candidate);
      if (taken.contains(candidate) || taken.contains(candidate + "@start") && existing != null && !existing.sameKind(concept)) {
        continue;
      }
      if (existing == null) {
        declared.put(candidate, new Model.NewConcept(candidate, concept.type(), concept.period(), concept.balance(),
            concept.isAbstract(), concept.labels()));
        return candidate;
      }
      if (existing.sameKind(concept) && !taken.contains(candidate)) {
        List<Model.Label> labels = new java.util.ArrayList<>(existing.labels());
        for (Model.Label l : concept.labels()) {
          if (labels.stream().noneMatch(x -> x.role().equals(l.role()))) {
            labels.add(l);
          }
        }
        declared.put(candidate, new Model.NewConcept(candidate, existing.type(), existing.period(), existing.balance(),
            existing.isAbstract(), labels));
        return candidate;
      }
    }
  }

  /** Figures given to each concept so far: concept, period key, value, and the table that gave them. */
  private final Map<String, Map<String, java.math.BigDecimal>> figures = new java.util.HashMap<>();
  private final Map<String, String> givenBy = new java.util.HashMap<>();

  private final Map<String, Boolean> inCashFlows = new java.util.HashMap<>();

  /**
   * The table that gave {@code concept} other figures for one of the periods in {@code values},
   * or null. A cash-flow statement's line is also refused a concept that only other statements
   * gave figures, none of them the same as its own: it adjusts net income, and may well be the
   * income statement's line with its sign turned.
   */
  String conflict(String concept, Map<String, java.math.BigDecimal> values, boolean cashFlow) {
    Map<String, java.math.BigDecimal> known = figures.getOrDefault(concept, Map.of());
    boolean agreed = false;
    for (Map.Entry<String, java.math.BigDecimal> e : values.entrySet()) {
      java.math.BigDecimal v = known.get(e.getKey());
      if (v != null && v.compareTo(e.getValue()) != 0) {
        return "table \"" + givenBy.get(concept) + "\"";
      }
      agreed |= v != null;
    }
    if (cashFlow && !known.isEmpty() && !agreed && Boolean.FALSE.equals(inCashFlows.get(concept))) {
      return "table \"" + givenBy.get(concept) + "\"";
    }
    return null;
  }

  /** True when {@code concept} has figures for one of {@code keys}. */
  boolean reports(String concept, Set<String> keys) {
    return !java.util.Collections.disjoint(figures.getOrDefault(concept, Map.of()).keySet(), keys);
  }

  /** Remembers the figures {@code table} gives {@code concept}. */
  void record(String concept, Map<String, java.math.BigDecimal> values, String table, boolean cashFlow) {
    figures.computeIfAbsent(concept, k -> new java.util.HashMap<>()).putAll(values);
    givenBy.putIfAbsent(concept, table);
    inCashFlows.merge(concept, cashFlow, Boolean::logicalOr);
  }

  /** The declared concept {@code name} (without prefix), or null. */
  Model.NewConcept get(String name) {
    return declared.get(name);
  }

  /** Drops the balance of declared concept {@code name}: the figures contradict it. */
  void dropBalance(String name) {
    Model.NewConcept c = declared.get(name);
    declared.put(name, new Model.NewConcept(name, c.type(), c.period(), null, c.isAbstract(), c.labels()));
  }

  Collection<Model.NewConcept> all() {
    return declared.values();
  }
}
