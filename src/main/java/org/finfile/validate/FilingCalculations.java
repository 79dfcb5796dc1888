package org.finfile.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Calculations;

/**
 * Calculations 1.1 (round to nearest) over a filing held in memory — the facts a conversion
 * has just made, before any instance is written — by the same rules {@link Validator} applies
 * to an instance: each fact stands for the interval of values that round to it, facts bind when
 * their contexts are s-equal and their units measure the same, duplicates narrow a concept's
 * interval to what they share, and a summation that several extended link roles repeat is
 * checked once. Facts inside tuples take no part (as in validation); nor do nil facts.
 *
 * <pre>{@code
 * FilingCalculations.Result r = FilingCalculations.check(taxonomy.calculations(), filing);
 * for (FilingCalculations.Inconsistency i : r.inconsistencies()) {
 *   System.out.println(i.total().concept() + " " + i.reported() + " but its items sum to " + i.itemsSum());
 * }
 * }</pre>
 */
public final class FilingCalculations {
  private FilingCalculations() {}

  /**
   * What the check found.
   *
   * @param checked the totals checked (a total, in one context and unit, with at least one item reported)
   * @param inconsistencies those whose interval misses the sum of their items'
   */
  public record Result(int checked, List<Inconsistency> inconsistencies) {
    public Result {
      inconsistencies = List.copyOf(inconsistencies);
    }
  }

  /**
   * A total that its items do not add up to.
   *
   * @param summation the relationship checked (its role, total and every item the taxonomy names)
   * @param total the total's fact (of duplicates, the most precise)
   * @param reported the values the total stands for (duplicates: the values they share)
   * @param itemsRange the values the items' sum stands for
   * @param items the items reported, in the summation's order, each the fact shown and its weight
   */
  public record Inconsistency(Calculations.Summation summation, Fact total, Interval reported, Interval itemsRange,
      List<Item> items) {
    public Inconsistency {
      Objects.requireNonNull(summation, "summation");
      Objects.requireNonNull(total, "total");
      items = List.copyOf(items);
    }

    /** The sum of the items' reported values times their weights. */
    public BigDecimal itemsSum() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Item item : items) {
        sum = sum.add(item.value().multiply(item.weight()));
      }
      return sum;
    }
  }

  /** An item of a summation as reported: its fact and its weight. */
  public record Item(Fact fact, BigDecimal weight) {
    public Item {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(weight, "weight");
    }

    /** The fact's value. */
    public BigDecimal value() {
      return ((FactValue.Numeric) fact.value()).value();
    }
  }

  /** Checks every summation of {@code calculations} against the filing's top-level numeric facts. */
  public static Result check(Calculations calculations, Filing filing) {
    Set<javax.xml.namespace.QName> involved = calculations.concepts();
    Map<Facts.CalcFact, Fact> origin = new IdentityHashMap<>();
    Map<List<Object>, Integer> contextClasses = new HashMap<>();
    Map<String, Integer> unitClasses = new HashMap<>();
    List<Facts.CalcFact> facts = new ArrayList<>();
    for (Fact f : filing.facts()) {
      if (!(f.value() instanceof FactValue.Numeric n) || f.unit() == null || f.accuracy() == null
          || !involved.contains(f.concept())) {
        continue;
      }
      int line = f.source() == null ? -1 : f.source().line();
      int column = f.source() == null ? -1 : f.source().column();
      Facts.CalcFact c = new Facts.CalcFact(f.concept(), f.context().id(), f.unit().id(), n.value(), f.accuracy(),
          line, column, null);
      // s-equal contexts and units of the same measures bind, whatever their ids
      c.contextClass = contextClasses.computeIfAbsent(List.of(f.context().entity(), f.context().period(),
          f.context().segment(), f.context().scenario()), k -> contextClasses.size());
      c.unitClass = unitClasses.computeIfAbsent(measures(f.unit().numerator()) + "/" + measures(f.unit().denominator()),
          k -> unitClasses.size());
      origin.put(c, f);
      facts.add(c);
    }
    facts.sort(Comparator.comparingInt((Facts.CalcFact f) -> f.contextClass).thenComparingInt(f -> f.unitClass));
    List<Inconsistency> found = new ArrayList<>();
    int[] checked = {0};
    CalculationCheck.evaluateAll(calculations, facts, (s, outcome) -> {
      if (outcome instanceof CalculationCheck.Consistent) {
        checked[0]++;
      } else if (outcome instanceof CalculationCheck.Inconsistent bad) {
        checked[0]++;
        found.add(new Inconsistency(s, origin.get(bad.total()), bad.totalRange(), bad.sumRange(),
            bad.items().stream().map(i -> new Item(origin.get(i.fact()), i.weight())).toList()));
      }
    });
    return new Result(checked[0], found);
  }

  private static String measures(List<javax.xml.namespace.QName> measures) {
    return measures.stream().map(javax.xml.namespace.QName::toString).sorted().toList().toString();
  }
}
