package org.finfile.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.taxonomy.Calculations;

/**
 * XBRL 2.1's own calculation rules (§5.2.5.2), {@code --calc c10}. A summation binds in one
 * binding (c-equal contexts, u-equal units) for a total without a duplicate: its items are the
 * facts of its item concepts that descend from the total's parent ({@link TupleScopes}), none
 * may have a duplicate (a nil fact counts as a duplicate, though never as a value), and at least
 * one must have a value. Each item's value is rounded to its decimals, inferred
 * from its precision where it has one (§4.6.6), half to even (§4.6.7.2), and multiplied by its
 * weight; the total and the sum, both rounded to the total's decimals, must be equal. A fact of
 * precision 0 has no inferable decimals: a binding with one cannot hold.
 */
final class Calculation21 {
  /** How many items a problem message names before "…". */
  private static final int MAX_PARTS = 50;

  private Calculation21() {}

  static void check(Calculations calculations, InstanceScan scan, String name, List<Problem> problems) {
    List<Facts.CalcFact> facts = CalculationCheck.bound(scan, true, true);
    Map<QName, List<Calculations.Summation>> byTotal = CalculationCheck.byTotal(calculations);
    CalculationCheck.forEachBinding(facts, binding -> {
      // in document order of their elements (top-level facts first): a tuple's facts are one run
      binding.values().forEach(list -> list.sort(Comparator.comparingInt((Facts.CalcFact f) -> f.start)));
      for (Map.Entry<QName, List<Facts.CalcFact>> total : binding.entrySet()) {
        List<Calculations.Summation> summations = byTotal.get(total.getKey());
        if (summations == null) {
          continue;
        }
        Map<Integer, Integer> siblings = perParent(total.getValue());
        for (Facts.CalcFact t : total.getValue()) {
          // a total with a duplicate (a sibling of its concept, nil or not) does not bind
          if (!t.nil && t.placed() && siblings.get(t.parentStart) == 1) {
            summations.forEach(s -> checkOne(s, t, binding, name, problems));
          }
        }
      }
    });
  }

  /**
   * The facts, sorted by element number, that descend from {@code total}'s parent: all that are
   * placed for a top-level total, else the run between the parent's number and its end, found by
   * binary search (a total costs its own tuple's facts, not the binding's).
   */
  private static List<Facts.CalcFact> inScope(List<Facts.CalcFact> facts, Facts.CalcFact total) {
    List<Facts.CalcFact> in = new ArrayList<>();
    if (total.depth == 2) {
      facts.stream().filter(Facts.CalcFact::placed).forEach(in::add);
      return in;
    }
    int low = 0;
    int high = facts.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (facts.get(mid).start <= total.parentStart) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < facts.size() && facts.get(i).start < total.parentEnd; i++) {
      in.add(facts.get(i));
    }
    return in;
  }

  /** How many of {@code facts} each parent holds. */
  private static Map<Integer, Integer> perParent(List<Facts.CalcFact> facts) {
    Map<Integer, Integer> count = new HashMap<>();
    for (Facts.CalcFact f : facts) {
      if (f.placed()) {
        count.merge(f.parentStart, 1, Integer::sum);
      }
    }
    return count;
  }

  /**
   * Checks summation {@code s} for one total: its items are the facts of its item concepts that
   * descend from the total's parent (everything, for a total at the top level).
   */
  private static void checkOne(Calculations.Summation s, Facts.CalcFact total, Map<QName, List<Facts.CalcFact>> binding,
      String name, List<Problem> problems) {
    List<Facts.CalcFact> contributing = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    for (Calculations.Item item : s.items()) {
      List<Facts.CalcFact> facts = binding.get(item.concept());
      if (facts == null) {
        continue;
      }
      List<Facts.CalcFact> inScope = inScope(facts, total);
      // an item with a duplicate (two facts of one parent): the summation does not bind (§5.2.5.2)
      if (perParent(inScope).values().stream().anyMatch(n -> n > 1)) {
        return;
      }
      for (Facts.CalcFact f : inScope) {
        if (!f.nil) {
          contributing.add(f);
          weights.add(item.weight());
        }
      }
    }
    if (contributing.isEmpty()) {
      return;
    }
    Facts.CalcFact zero = decimals(total) == null ? total : null;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < contributing.size(); i++) {
      Facts.CalcFact f = contributing.get(i);
      Integer d = decimals(f);
      if (d == null) {
        zero = zero == null ? f : zero;
      } else {
        sum = sum.add(round(f.value(), d).multiply(weights.get(i)));
      }
    }
    String where = "calculation " + CalculationCheck.roleName(s.role()) + ", context " + total.contextRef + ", unit "
        + total.unitRef + ": ";
    if (zero != null) {
      problems.add(Problem.error(zero.where(name), Rules.CALC, where + zero.concept.getLocalPart() + " has precision 0, so"
          + " its value is unknown and " + s.total().getLocalPart() + " cannot equal the sum of its items (XBRL 2.1 §5.2.5.2, c10)"));
      return;
    }
    int d = decimals(total);
    BigDecimal reported = round(total.value(), d);
    BigDecimal computed = round(sum, d);
    if (reported.compareTo(computed) == 0) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < contributing.size(); i++) {
      Facts.CalcFact f = contributing.get(i);
      if (parts.size() == MAX_PARTS) {
        parts.add("…");
        break;
      }
      parts.add(CalculationCheck.weight(weights.get(i)) + f.concept.getLocalPart() + " " + f.value().toPlainString()
          + (f.source == null ? "" : " [" + f.source + "]"));
    }
    problems.add(Problem.error(total.where(name), Rules.CALC, where + s.total().getLocalPart() + " is reported as "
        + total.value().toPlainString() + (total.source == null ? "" : " [" + total.source + "]") + ", "
        + plain(reported) + " at its accuracy, but its items, each rounded to its own accuracy, sum to " + plain(computed)
        + " (XBRL 2.1 §5.2.5.2, c10): " + String.join(", ", parts)));
  }

  /**
   * The decimals a fact is correct to, stated or inferred from its precision (§4.6.6);
   * {@link Integer#MAX_VALUE} for an exact value, null for precision 0 (nothing is known).
   */
  static Integer decimals(Facts.CalcFact f) {
    Accuracy a = f.accuracy;
    if (a == null || a.infinite()) {
      return Integer.MAX_VALUE;
    }
    if (a instanceof Accuracy.Decimals d) {
      return d.places();
    }
    int precision = ((Accuracy.Precision) a).digits();
    if (precision == 0) {
      return null;
    }
    BigDecimal v = f.value();
    if (v.signum() == 0) {
      return Integer.MAX_VALUE;
    }
    long magnitude = (long) v.precision() - v.scale() - 1;
    long inferred = precision - 1L - magnitude;
    return (int) Math.max(-CalculationCheck.ACCURACY_BOUND, Math.min(CalculationCheck.ACCURACY_BOUND, inferred));
  }

  /** {@code v} rounded half to even to {@code decimals} places, without building digits it does not have. */
  static BigDecimal round(BigDecimal v, int decimals) {
    if (decimals >= v.scale()) {
      return v;
    }
    long magnitude = (long) v.precision() - v.scale();
    if (decimals < -magnitude - 1) {
      return BigDecimal.ZERO;
    }
    return v.setScale(decimals, RoundingMode.HALF_EVEN);
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
