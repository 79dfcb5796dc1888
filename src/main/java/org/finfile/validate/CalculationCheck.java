package org.finfile.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.taxonomy.Calculations;

/**
 * Calculations 1.1, round-to-nearest: each fact stands for the interval of values that round
 * to it; a total is consistent with its items when its interval meets the sum of theirs.
 * Facts bind when their contexts are s-equal and their units the same; duplicates of one
 * concept in a binding narrow its interval to what they share.
 */
final class CalculationCheck {
  private CalculationCheck() {}

  static void check(Calculations calculations, InstanceScan scan, String name, List<Problem> problems) {
    Map<String, List<Facts.CalcFact>> byKey = new HashMap<>();
    Map<String, List<String>> bindingsByConcept = new LinkedHashMap<>();
    for (Facts.CalcFact f : scan.calcFacts) {
      Facts.Ctx ctx = scan.contexts.get(f.contextRef());
      Facts.Un un = scan.units.get(f.unitRef());
      if (ctx == null || un == null) {
        continue;
      }
      String binding = ctx.cls + "|" + un.cls;
      String key = f.concept() + "|" + binding;
      List<Facts.CalcFact> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.isEmpty()) {
        bindingsByConcept.computeIfAbsent(f.concept().toString(), c -> new ArrayList<>()).add(binding);
      }
      list.add(f);
    }
    java.util.Set<String> evaluated = new java.util.HashSet<>();
    for (Calculations.Summation s : calculations.summations()) {
      for (String binding : bindingsByConcept.getOrDefault(s.total().toString(), List.of())) {
        if (!evaluated.add(s.total() + "=" + s.items() + "@" + binding)) {
          continue;
        }
        List<Facts.CalcFact> totals = byKey.get(s.total() + "|" + binding);
        Interval total = common(totals);
        if (total == null) {
          continue;
        }
        Interval sum = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);
        BigDecimal reportedSum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        boolean any = false;
        boolean usable = true;
        for (Calculations.Item item : s.items()) {
          List<Facts.CalcFact> facts = byKey.get(item.concept() + "|" + binding);
          if (facts == null) {
            continue;
          }
          Interval value = common(facts);
          if (value == null) {
            usable = false;
            break;
          }
          any = true;
          sum = sum.plus(value.times(item.weight()));
          Facts.CalcFact first = mostPrecise(facts);
          reportedSum = reportedSum.add(first.value().multiply(item.weight()));
          parts.add(weight(item.weight()) + item.concept().getLocalPart() + " " + first.value().toPlainString()
              + (first.source() == null ? "" : " [" + first.source() + "]"));
        }
        if (!any || !usable) {
          continue;
        }
        if (total.intersect(sum) == null) {
          Facts.CalcFact t = mostPrecise(totals);
          problems.add(Problem.error(t.where(name), Rules.CALC, "calculation " + roleName(s.role()) + ": "
              + s.total().getLocalPart() + " is reported as " + t.value().toPlainString() + " " + total
              + (t.source() == null ? "" : " [" + t.source() + "]") + " but its items sum to "
              + reportedSum.stripTrailingZeros().toPlainString() + " " + sum + ": " + String.join(", ", parts)));
        }
      }
    }
  }

  /** The duplicate with the narrowest interval: the one to show. */
  private static Facts.CalcFact mostPrecise(List<Facts.CalcFact> facts) {
    Facts.CalcFact best = facts.get(0);
    for (Facts.CalcFact f : facts) {
      Interval a = Interval.of(f.value(), f.accuracy());
      Interval b = Interval.of(best.value(), best.accuracy());
      if (a.bounded() && (!b.bounded() || a.high().subtract(a.low()).compareTo(b.high().subtract(b.low())) < 0)) {
        best = f;
      }
    }
    return best;
  }

  /** The interval duplicates share; null when they share none (reported as inconsistent duplicates). */
  private static Interval common(List<Facts.CalcFact> facts) {
    if (facts == null) {
      return null;
    }
    Interval common = new Interval(null, null);
    for (Facts.CalcFact f : facts) {
      common = common.intersect(Interval.of(f.value(), f.accuracy()));
      if (common == null) {
        return null;
      }
    }
    return common;
  }

  private static String weight(BigDecimal w) {
    if (w.compareTo(BigDecimal.ONE) == 0) {
      return "+";
    }
    if (w.compareTo(BigDecimal.ONE.negate()) == 0) {
      return "-";
    }
    return (w.signum() < 0 ? "-" : "+") + w.abs().stripTrailingZeros().toPlainString() + "×";
  }

  private static String roleName(String role) {
    int slash = role.lastIndexOf('/');
    return slash >= 0 && slash < role.length() - 1 ? role.substring(slash + 1) : role;
  }
}
