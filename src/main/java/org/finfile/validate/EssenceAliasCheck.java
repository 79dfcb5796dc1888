package org.finfile.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Definitions;
import org.finfile.taxonomy.Taxonomy;

/**
 * Essence-alias relationships (XBRL 2.1 §5.2.6.2.2): the two concepts must share their item
 * type, period type and balance, and facts of the essence and of the alias in c-equal contexts
 * with the same parent report the same thing: the same text, or numbers in u-equal units whose values agree at the
 * lesser of their accuracies. Checked whatever {@code --calc} says: this is XBRL 2.1 validity,
 * not a calculation.
 */
final class EssenceAliasCheck {
  private EssenceAliasCheck() {}

  static void check(Taxonomy taxonomy, InstanceScan scan, String name, List<Problem> problems) {
    List<Definitions.Relationship> relationships = taxonomy.definitions().of(Definitions.ESSENCE_ALIAS);
    if (relationships.isEmpty()) {
      return;
    }
    Set<String> pairs = new LinkedHashSet<>();
    List<Definitions.Relationship> distinct = new ArrayList<>();
    for (Definitions.Relationship r : relationships) {
      if (pairs.add(r.from() + ">" + r.to())) {
        distinct.add(r);
      }
    }
    Map<QName, List<Definitions.Relationship>> byEssence = new HashMap<>();
    distinct.forEach(r -> byEssence.computeIfAbsent(r.from(), c -> new ArrayList<>()).add(r));
    List<Facts.CalcFact> facts = new ArrayList<>();
    for (Facts.CalcFact f : scan.calcFacts) {
      Facts.Ctx ctx = scan.contexts.get(f.contextRef);
      if (ctx != null && !f.nil && f.placed()) {
        f.contextClass = ctx.cls;
        Facts.Un un = f.unitRef == null ? null : scan.units.get(f.unitRef);
        f.unitClass = un == null ? -1 : un.cls;
        facts.add(f);
      }
    }
    facts.sort(Comparator.comparingInt((Facts.CalcFact f) -> f.contextClass).thenComparingInt(f -> f.parentStart));
    int from = 0;
    while (from < facts.size()) {
      int to = from;
      while (to < facts.size() && facts.get(to).contextClass == facts.get(from).contextClass
          && facts.get(to).parentStart == facts.get(from).parentStart) {
        to++;
      }
      Map<QName, List<Facts.CalcFact>> byConcept = new HashMap<>();
      for (Facts.CalcFact f : facts.subList(from, to)) {
        byConcept.computeIfAbsent(f.concept, c -> new ArrayList<>(1)).add(f);
      }
      for (Map.Entry<QName, List<Facts.CalcFact>> essence : byConcept.entrySet()) {
        for (Definitions.Relationship r : byEssence.getOrDefault(essence.getKey(), List.of())) {
          List<Facts.CalcFact> aliases = byConcept.get(r.to());
          if (aliases != null) {
            // each alias against one essence, each essence against one alias: linear in duplicates
            Facts.CalcFact e0 = essence.getValue().get(0);
            boolean reported = false;
            for (Facts.CalcFact a : aliases) {
              reported = reported || compare(e0, a, name, problems);
            }
            for (int i = 1; i < essence.getValue().size() && !reported; i++) {
              reported = compare(essence.getValue().get(i), aliases.get(0), name, problems);
            }
          }
        }
      }
      from = to;
    }
  }


  /** Reports essence fact {@code e} and alias fact {@code a} when they disagree; true when it did. */
  private static boolean compare(Facts.CalcFact e, Facts.CalcFact a, String name, List<Problem> problems) {
    String what = null;
    if (e.text != null || a.text != null) {
      if (e.text == null || a.text == null || !e.text.equals(a.text)) {
        what = "reports \"" + shorten(a.text) + "\" where its essence " + e.concept.getLocalPart() + " reports \""
            + shorten(e.text) + "\"";
      }
    } else if (e.unitClass != a.unitClass) {
      what = "is in unit " + a.unitRef + " where its essence " + e.concept.getLocalPart() + " is in unit " + e.unitRef
          + ", which is not u-equal";
    } else {
      Integer de = Calculation21.decimals(e);
      Integer da = Calculation21.decimals(a);
      if (de != null && da != null) {
        int d = Math.min(de, da);
        BigDecimal ve = Calculation21.round(e.value(), d);
        BigDecimal va = Calculation21.round(a.value(), d);
        if (ve.compareTo(va) != 0) {
          what = "reports " + a.value().toPlainString() + " where its essence " + e.concept.getLocalPart() + " reports "
              + e.value().toPlainString() + ", not equal at their accuracy";
        }
      }
    }
    if (what == null) {
      return false;
    }
    problems.add(Problem.error(a.where(name), Rules.ESSENCE_ALIAS_VALUES, "context " + a.contextRef + ": alias "
        + a.concept.getLocalPart() + " " + what + " (XBRL 2.1 §5.2.6.2.2)"));
    return true;
  }

  private static String shorten(String text) {
    return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
