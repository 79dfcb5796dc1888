package org.finfile.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import javax.xml.namespace.QName;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.finfile.model.Accuracy;
import org.finfile.taxonomy.Calculations;

/**
 * Calculations 1.1, round-to-nearest: each fact stands for the interval of values that round
 * to it; a total is consistent with its items when its interval meets the sum of theirs.
 * Facts bind when their contexts are s-equal and their units the same; duplicates of one
 * concept in a binding narrow its interval to what they share. A relationship that several
 * extended link roles repeat is checked, and reported, once. A fact of precision 0, or one
 * written with more digits than its decimals claim ({@code calc11e:excessDigits}), stops the
 * check of the summations it takes part in, and is reported.
 */
final class CalculationCheck {
  /** How much of a problem message the items take at most (a message is cut at 4,000 characters anyway). */
  private static final int PARTS_CHARS = 4_000;

  private CalculationCheck() {}

  /** The largest decimals or precision kept as written; beyond it a number is exact (or, negative, unknown) anyway. */
  static final int ACCURACY_BOUND = 999_999_999;

  /**
   * A {@code decimals} ({@code isDecimals}) or {@code precision} attribute as a calculation uses
   * it: any integer the schema allows, bounded to {@link #ACCURACY_BOUND} either way (a number
   * has far fewer digits than that, so the bound changes no result); null when it is no integer.
   */
  static Accuracy accuracy(String lexical, boolean isDecimals) {
    String s = lexical.strip();
    if (s.equals("INF")) {
      return isDecimals ? Accuracy.Decimals.INF : Accuracy.Precision.INF;
    }
    if (!s.matches("[+-]?[0-9]+") || s.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      return null;
    }
    java.math.BigInteger n = new java.math.BigInteger(s.startsWith("+") ? s.substring(1) : s);
    int bounded = n.abs().compareTo(java.math.BigInteger.valueOf(ACCURACY_BOUND)) > 0
        ? n.signum() * ACCURACY_BOUND : n.intValueExact();
    if (isDecimals) {
      return Accuracy.Decimals.of(bounded);
    }
    return bounded < 0 ? null : Accuracy.Precision.of(bounded);
  }

  /**
   * The numeric facts kept for calculations (nil ones too with {@code withNil}, those inside
   * tuples too with {@code withNested}), their binding classes filled in, sorted binding by
   * binding (context class, then unit class).
   */
  static List<Facts.CalcFact> bound(InstanceScan scan, boolean withNil, boolean withNested) {
    List<Facts.CalcFact> facts = new ArrayList<>(scan.calcFacts.size());
    for (Facts.CalcFact f : scan.calcFacts) {
      Facts.Ctx ctx = scan.contexts.get(f.contextRef);
      Facts.Un un = f.unitRef == null ? null : scan.units.get(f.unitRef);
      if (ctx != null && un != null && f.text == null && (withNil || !f.nil) && (withNested || f.depth == 2)) {
        f.contextClass = ctx.cls;
        f.unitClass = un.cls;
        facts.add(f);
      }
    }
    facts.sort(Comparator.comparingInt((Facts.CalcFact f) -> f.contextClass).thenComparingInt(f -> f.unitClass));
    return facts;
  }

  /**
   * The summations by total, each distinct one once: a relationship that several extended link
   * roles repeat is checked, and reported, once.
   */
  static Map<QName, List<Calculations.Summation>> byTotal(Calculations calculations) {
    // the same total and items (in any order, weights of any scale) in two roles is one summation
    Map<String, Calculations.Summation> distinct = new java.util.LinkedHashMap<>();
    for (Calculations.Summation s : calculations.summations()) {
      distinct.putIfAbsent(s.total() + "=" + s.items().stream()
          .map(i -> i.concept() + "*" + i.weight().stripTrailingZeros().toPlainString()).sorted().toList(), s);
    }
    Map<QName, List<Calculations.Summation>> byTotal = new HashMap<>();
    distinct.values().forEach(s -> byTotal.computeIfAbsent(s.total(), t -> new ArrayList<>()).add(s));
    return byTotal;
  }

  /**
   * Hands each binding (the facts of one context class and unit class, by concept) to
   * {@code check}, one after another: memory for one binding at a time. {@code facts} come
   * sorted by {@link #bound}.
   */
  static void forEachBinding(List<Facts.CalcFact> facts, java.util.function.Consumer<Map<QName, List<Facts.CalcFact>>> check) {
    int from = 0;
    while (from < facts.size()) {
      int to = from;
      Facts.CalcFact first = facts.get(from);
      while (to < facts.size() && facts.get(to).contextClass == first.contextClass && facts.get(to).unitClass == first.unitClass) {
        to++;
      }
      Map<QName, List<Facts.CalcFact>> binding = new HashMap<>();
      for (Facts.CalcFact f : facts.subList(from, to)) {
        binding.computeIfAbsent(f.concept, c -> new ArrayList<>(1)).add(f);
      }
      check.accept(binding);
      from = to;
    }
  }

  static void check(Calculations calculations, InstanceScan scan, String name, List<Problem> problems) {
    Set<Facts.CalcFact> excessReported = Collections.newSetFromMap(new IdentityHashMap<>());
    evaluateAll(calculations, bound(scan, false, false), (s, outcome) -> report(s, outcome, name, problems, excessReported));
  }

  /**
   * Evaluates every summation in every binding of {@code facts} (sorted by {@link #bound}, or
   * built so), handing each outcome to {@code out}: the one run of Calculations 1.1 that
   * validation and conversion share.
   */
  static void evaluateAll(Calculations calculations, List<Facts.CalcFact> facts,
      java.util.function.BiConsumer<Calculations.Summation, Outcome> out) {
    Map<QName, List<Calculations.Summation>> byTotal = byTotal(calculations);
    Map<Calculations.Summation, Map<QName, List<Integer>>> positions = new java.util.IdentityHashMap<>();
    for (Calculations.Summation s : byTotal.values().stream().flatMap(List::stream).toList()) {
      Map<QName, List<Integer>> at = new HashMap<>();
      for (int i = 0; i < s.items().size(); i++) {
        at.computeIfAbsent(s.items().get(i).concept(), c -> new ArrayList<>(1)).add(i);
      }
      positions.put(s, at);
    }
    forEachBinding(facts, binding -> {
      Map<QName, java.util.Optional<Interval>> common = new HashMap<>();
      for (Map.Entry<QName, List<Facts.CalcFact>> total : binding.entrySet()) {
        for (Calculations.Summation s : byTotal.getOrDefault(total.getKey(), List.of())) {
          Outcome outcome = evaluate(s, present(s, positions.get(s), binding), total.getValue(), binding, common);
          if (outcome != null) {
            out.accept(s, outcome);
          }
        }
      }
    });
  }

  /**
   * The items of {@code s} the binding reports, in the summation's order: found from the smaller
   * side, so that a summation of 100,000 items costs a binding of two facts two lookups.
   */
  private static List<Calculations.Item> present(Calculations.Summation s, Map<QName, List<Integer>> positions,
      Map<QName, List<Facts.CalcFact>> binding) {
    List<Calculations.Item> present = new ArrayList<>();
    if (binding.size() < s.items().size()) {
      List<Integer> at = new ArrayList<>();
      binding.keySet().forEach(c -> at.addAll(positions.getOrDefault(c, List.of())));
      java.util.Collections.sort(at);
      at.forEach(i -> present.add(s.items().get(i)));
    } else {
      s.items().stream().filter(item -> binding.containsKey(item.concept())).forEach(present::add);
    }
    return present;
  }

  /** What one summation comes to in one binding, when it can be checked at all. */
  sealed interface Outcome permits Consistent, PrecisionZero, ExcessDigits, Inconsistent {}

  /** The total's interval meets the sum of its items'. */
  record Consistent() implements Outcome {
    static final Consistent INSTANCE = new Consistent();
  }

  /** A fact of precision 0 takes part: its value is unknown, so the summation cannot be checked. */
  record PrecisionZero(Facts.CalcFact zero, Facts.CalcFact total) implements Outcome {}

  /** A fact is written with more digits than its accuracy claims (calc11e:excessDigits). */
  record ExcessDigits(Facts.CalcFact excess) implements Outcome {}

  /**
   * The total's interval misses the sum of its items': {@code total} is the duplicate shown,
   * {@code items} the items reported, each with the duplicate shown and its weight.
   */
  record Inconsistent(Facts.CalcFact total, Interval totalRange, Interval sumRange, List<Shown> items) implements Outcome {}

  /** An item as a message shows it: the fact (the most precise duplicate) and its weight. */
  record Shown(Facts.CalcFact fact, BigDecimal weight) {}

  /**
   * Calculations 1.1 for one summation in one binding: null when there is nothing to check (no
   * total, no item reported, or duplicates that share no value).
   */
  static Outcome evaluate(Calculations.Summation s, List<Calculations.Item> present, List<Facts.CalcFact> totals,
      Map<QName, List<Facts.CalcFact>> binding, Map<QName, java.util.Optional<Interval>> common) {
    Interval total = common.computeIfAbsent(s.total(), c -> java.util.Optional.ofNullable(common(totals))).orElse(null);
    if (total == null) {
      return null;
    }
    Facts.CalcFact zero = precisionZero(totals);
    for (int i = 0; zero == null && i < present.size(); i++) {
      zero = precisionZero(binding.get(present.get(i).concept()));
    }
    if (zero != null) {
      // precision 0 says nothing of the value: such a report is outside what Calculations 1.1 can check
      return new PrecisionZero(zero, mostPrecise(totals));
    }
    // Calculations 1.1 stops at a value written with more digits than its decimals claim (calc11e:excessDigits)
    Facts.CalcFact excess = excessDigits(totals);
    for (int i = 0; excess == null && i < present.size(); i++) {
      excess = excessDigits(binding.get(present.get(i).concept()));
    }
    if (excess != null) {
      return new ExcessDigits(excess);
    }
    Interval sum = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);
    boolean any = false;
    for (Calculations.Item item : present) {
      List<Facts.CalcFact> facts = binding.get(item.concept());
      Interval value = common.computeIfAbsent(item.concept(), c -> java.util.Optional.ofNullable(common(facts))).orElse(null);
      if (value == null) {
        return null;
      }
      any = true;
      sum = sum.plus(value.times(item.weight()));
    }
    if (!any) {
      return null;
    }
    if (total.intersect(sum) != null) {
      return Consistent.INSTANCE;
    }
    List<Shown> shown = new ArrayList<>(present.size());
    for (Calculations.Item item : present) {
      shown.add(new Shown(mostPrecise(binding.get(item.concept())), item.weight()));
    }
    return new Inconsistent(mostPrecise(totals), total, sum, shown);
  }

  private static void report(Calculations.Summation s, Outcome outcome, String name, List<Problem> problems,
      Set<Facts.CalcFact> excessReported) {
    if (outcome instanceof PrecisionZero p) {
      Facts.CalcFact zero = p.zero();
      Facts.CalcFact t = p.total();
      problems.add(Problem.error(zero.where(name), Rules.CALC, "calculation " + roleName(s.role()) + ", context "
          + t.contextRef + ", unit " + t.unitRef + ": " + zero.concept.getLocalPart() + " has precision 0, so its value is"
          + " unknown and " + s.total().getLocalPart() + " cannot be checked against its items (Calculations 1.1)"));
    } else if (outcome instanceof ExcessDigits e) {
      Facts.CalcFact excess = e.excess();
      if (excessReported.add(excess)) {
        problems.add(Problem.error(excess.where(name), Rules.CALC_EXCESS_DIGITS, "calculation " + roleName(s.role())
            + ", context " + excess.contextRef + ": " + excess.concept.getLocalPart() + " is written "
            + excess.value().toPlainString() + ", more digits than its "
            + (excess.accuracy instanceof Accuracy.Decimals ? "decimals " : "precision ") + excess.accuracy.lexical() + " allows, so "
            + s.total().getLocalPart() + " is not checked against its items (Calculations 1.1, calc11e:excessDigits)"));
      }
    } else if (outcome instanceof Inconsistent bad) {
      problems.add(inconsistent(s, bad, name));
    }
  }

  private static Problem inconsistent(Calculations.Summation s, Inconsistent bad, String name) {
    BigDecimal reportedSum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    int partChars = 0;
    for (Shown item : bad.items()) {
      Facts.CalcFact shown = item.fact();
      reportedSum = reportedSum.add(shown.value().multiply(item.weight()));
      // a message names the items it can show, not 100,000 of them
      if (partChars < PARTS_CHARS) {
        String part = weight(item.weight()) + shown.concept.getLocalPart() + " " + shown.value().toPlainString()
            + (shown.source == null ? "" : " [" + shown.source + "]");
        partChars += part.length() + 2;
        parts.add(part);
      } else if (!parts.get(parts.size() - 1).equals("…")) {
        parts.add("…");
      }
    }
    Facts.CalcFact t = bad.total();
    return Problem.error(t.where(name), Rules.CALC, "calculation " + roleName(s.role()) + ", context "
        + t.contextRef + ", unit " + t.unitRef + ": " + s.total().getLocalPart() + " is reported as " + t.value().toPlainString() + " "
        + bad.totalRange() + (t.source == null ? "" : " [" + t.source + "]") + " but its items sum to "
        + reportedSum.stripTrailingZeros().toPlainString() + " " + bad.sumRange() + ": " + String.join(", ", parts));
  }

  /** The first fact whose value has digits past its (inferred) decimals. */
  private static Facts.CalcFact excessDigits(List<Facts.CalcFact> facts) {
    for (Facts.CalcFact f : facts) {
      Integer d = Calculation21.decimals(f);
      if (d != null && d != Integer.MAX_VALUE && Calculation21.round(f.value(), d).compareTo(f.value()) != 0) {
        return f;
      }
    }
    return null;
  }

  private static Facts.CalcFact precisionZero(List<Facts.CalcFact> facts) {
    for (Facts.CalcFact f : facts) {
      if (f.accuracy instanceof Accuracy.Precision p && !p.infinite() && p.digits() == 0) {
        return f;
      }
    }
    return null;
  }

  /** The duplicate with the narrowest interval: the one to show. */
  private static Facts.CalcFact mostPrecise(List<Facts.CalcFact> facts) {
    Facts.CalcFact best = facts.get(0);
    for (Facts.CalcFact f : facts) {
      Interval a = Interval.of(f.value(), f.accuracy);
      Interval b = Interval.of(best.value(), best.accuracy);
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
    Map<Object, BigDecimal> byAccuracy = new HashMap<>();
    for (Facts.CalcFact f : facts) {
      BigDecimal before = byAccuracy.putIfAbsent(f.accuracy, f.value());
      if (before != null && before.compareTo(f.value()) != 0) {
        return null;
      }
      common = common.intersect(Interval.of(f.value(), f.accuracy));
      if (common == null) {
        return null;
      }
    }
    return common;
  }

  static String weight(BigDecimal w) {
    if (w.compareTo(BigDecimal.ONE) == 0) {
      return "+";
    }
    if (w.compareTo(BigDecimal.ONE.negate()) == 0) {
      return "-";
    }
    return (w.signum() < 0 ? "-" : "+") + w.abs().stripTrailingZeros().toPlainString() + "×";
  }

  static String roleName(String role) {
    int slash = role.lastIndexOf('/');
    return slash >= 0 && slash < role.length() - 1 ? role.substring(slash + 1) : role;
  }
}
