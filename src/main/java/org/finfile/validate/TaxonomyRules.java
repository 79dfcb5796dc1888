package org.finfile.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Dts;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;

/**
 * The XBRL 2.1 rules a DTS itself must keep, whatever instance uses it: no cycles where the
 * arcrole forbids them, custom roles and arcroles declared, referenced and used where declared,
 * one roleRef per role, summation-item weights that agree with balances, balances only on
 * monetary items.
 */
final class TaxonomyRules {
  private static final String ARCROLE = "http://www.xbrl.org/2003/arcrole/";
  private static final String SUMMATION_ITEM = ARCROLE + "summation-item";
  private static final String PARENT_CHILD = ARCROLE + "parent-child";
  private static final String ESSENCE_ALIAS = ARCROLE + "essence-alias";

  /** The cycles XBRL 2.1's own arcroles allow (§5.2.4.2, §5.2.5.2, §5.2.6.2). */
  private static final Map<String, String> STANDARD_CYCLES = Map.of(
      ARCROLE + "parent-child", "undirected",
      ARCROLE + "summation-item", "any",
      ARCROLE + "general-special", "undirected",
      ARCROLE + "essence-alias", "undirected",
      ARCROLE + "similar-tuples", "any",
      ARCROLE + "requires-element", "any",
      ARCROLE + "concept-label", "any",
      ARCROLE + "concept-reference", "any",
      ARCROLE + "fact-footnote", "any");

  private TaxonomyRules() {}

  /** The problems of {@code taxonomy}'s DTS, each an error. */
  static List<Problem> check(Taxonomy taxonomy) {
    Dts dts = taxonomy.dts();
    List<Problem> problems = new ArrayList<>();
    cycles(dts, problems);
    roles(dts, taxonomy.isPartial(), problems);
    weights(taxonomy, problems);
    preferredLabels(taxonomy, problems);
    essenceAliases(taxonomy, problems);
    for (Dts.LinkbaseRef ref : dts.linkbaseRefs()) {
      String prefix = "http://www.xbrl.org/2003/role/";
      String role = ref.role().strip();
      if (!role.startsWith(prefix) || !role.endsWith("LinkbaseRef")) {
        continue;
      }
      String expected = role.substring(prefix.length(), role.length() - "Ref".length()).replace("Linkbase", "Link");
      for (QName link : dts.links().getOrDefault(ref.uri(), Set.of())) {
        if (!Namespaces.LINK.equals(link.getNamespaceURI()) || !link.getLocalPart().equals(expected)) {
          problems.add(Problem.error(ref.where(), Rules.LINKBASE_REF_ROLE, "a linkbaseRef with role " + role + " points at "
              + ref.uri() + ", which holds a " + link.getLocalPart() + " (that role allows " + expected + " only)"));
          break;
        }
      }
    }
    for (Dts.Balanced b : dts.balances()) {
      if (!b.monetaryItem()) {
        problems.add(Problem.error(b.where(), Rules.BALANCE_TYPE, "element " + b.name().getLocalPart()
            + " has xbrli:balance but is not an item of a monetary type (only monetary items have a balance)"));
      }
    }
    return problems;
  }

  /** A network: the relationships of one base set. */
  private record Network(QName link, String role, QName arc, String arcrole) {}

  private static void cycles(Dts dts, List<Problem> problems) {
    Map<Network, List<Dts.Relationship>> networks = new LinkedHashMap<>();
    for (Dts.Relationship r : dts.relationships()) {
      networks.computeIfAbsent(new Network(r.link(), r.linkRole(), r.arc(), r.arcrole()), n -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<Network, List<Dts.Relationship>> e : networks.entrySet()) {
      String arcrole = e.getKey().arcrole();
      String allowed = STANDARD_CYCLES.get(arcrole);
      if (allowed == null && !Namespaces.LINK.equals(e.getKey().arc().getNamespaceURI())) {
        continue; // a custom arcrole's cyclesAllowed binds XBRL 2.1's own arcs only
      }
      if (allowed == null) {
        Dts.RoleType type = arcrole == null ? null : dts.arcroleTypes().get(arcrole);
        allowed = type == null || type.cyclesAllowed() == null ? "any" : type.cyclesAllowed();
      }
      Dts.Relationship at = switch (allowed) {
        case "none" -> undirectedCycle(e.getValue());
        case "undirected" -> directedCycle(e.getValue());
        default -> null;
      };
      if (at != null) {
        problems.add(Problem.error(at.where(), Rules.DTS_CYCLE, "the " + arcrole + " relationships of link role "
            + e.getKey().role() + " form a " + ("none".equals(allowed) ? "cycle" : "directed cycle") + " through "
            + name(at.from(), at.fromConcept()) + " (the arcrole allows " + ("none".equals(allowed) ? "no cycles" : "undirected cycles only")
            + ")"));
      }
    }
  }

  private static String name(String node, QName concept) {
    return concept != null ? concept.getLocalPart() : node;
  }

  /**
   * A relationship on a directed cycle, or null. Kahn's sort leaves the nodes on or after a
   * cycle; walking back from one of them along left-over arcs must come round to a node twice,
   * and that node is on the cycle.
   */
  private static Dts.Relationship directedCycle(List<Dts.Relationship> network) {
    Map<String, List<Dts.Relationship>> out = new HashMap<>();
    Map<String, Integer> in = new HashMap<>();
    for (Dts.Relationship r : network) {
      out.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
      in.merge(r.to(), 1, Integer::sum);
      in.putIfAbsent(r.from(), 0);
    }
    ArrayDeque<String> ready = new ArrayDeque<>();
    in.forEach((node, n) -> {
      if (n == 0) {
        ready.add(node);
      }
    });
    while (!ready.isEmpty()) {
      for (Dts.Relationship r : out.getOrDefault(ready.poll(), List.of())) {
        if (in.merge(r.to(), -1, Integer::sum) == 0) {
          ready.add(r.to());
        }
      }
    }
    Map<String, Dts.Relationship> back = new HashMap<>();
    for (Dts.Relationship r : network) {
      if (in.get(r.from()) > 0 && in.get(r.to()) > 0) {
        back.putIfAbsent(r.to(), r);
      }
    }
    if (back.isEmpty()) {
      return null;
    }
    Set<String> walked = new HashSet<>();
    String node = back.keySet().iterator().next();
    while (walked.add(node)) {
      node = back.get(node).from();
    }
    return back.get(node);
  }

  /** A relationship that closes a cycle when direction is ignored, or null (union-find). */
  private static Dts.Relationship undirectedCycle(List<Dts.Relationship> network) {
    Map<String, String> parent = new HashMap<>();
    for (Dts.Relationship r : network) {
      String a = root(parent, r.from());
      String b = root(parent, r.to());
      if (a.equals(b)) {
        return r;
      }
      parent.put(a, b);
    }
    return null;
  }

  private static String root(Map<String, String> parent, String node) {
    String root = node;
    for (String up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    for (String n = node; !n.equals(root); ) {
      String next = parent.get(n);
      parent.put(n, root);
      n = next;
    }
    return root;
  }

  /** XBRL 2.1's own arcroles and the one arc element each is for (§5.2). */
  private static final Map<String, String> STANDARD_ARCS = Map.of(
      ARCROLE + "parent-child", "presentationArc",
      ARCROLE + "summation-item", "calculationArc",
      ARCROLE + "general-special", "definitionArc",
      ARCROLE + "essence-alias", "definitionArc",
      ARCROLE + "similar-tuples", "definitionArc",
      ARCROLE + "requires-element", "definitionArc",
      ARCROLE + "concept-label", "labelArc",
      ARCROLE + "concept-reference", "referenceArc",
      ARCROLE + "fact-footnote", "footnoteArc");

  /** {@code partial}: a role no loaded roleType declares may be declared by a missing document, so is not reported. */
  private static void roles(Dts dts, boolean partial, List<Problem> problems) {
    for (Dts.Relationship r : dts.relationships()) {
      String arc = r.arcrole() == null ? null : STANDARD_ARCS.get(r.arcrole());
      if (arc != null && Namespaces.LINK.equals(r.arc().getNamespaceURI()) && !arc.equals(r.arc().getLocalPart())) {
        problems.add(Problem.error(r.where(), Rules.ROLE_DECLARED, "the arcrole " + r.arcrole() + " is used on "
            + r.arc().getLocalPart() + "; XBRL 2.1 defines it for " + arc + " only"));
      }
    }
    for (Map<String, Dts.RoleType> types : List.of(dts.roleTypes(), dts.arcroleTypes())) {
      for (Dts.RoleType type : types.values()) {
        if (type.usedOnRepeated()) {
          problems.add(Problem.error(type.where(), Rules.ROLE_TYPE_CONFLICT, "the " + (type.arcrole() ? "arcroleType" : "roleType")
              + " for " + type.uri() + " names one element in two usedOn"));
        }
      }
    }
    for (Dts.RoleType again : dts.redeclared()) {
      String kind = again.arcrole() ? "arcroleType" : "roleType";
      Dts.RoleType first = (again.arcrole() ? dts.arcroleTypes() : dts.roleTypes()).get(again.uri());
      if (first.document().equals(again.document())) {
        problems.add(Problem.error(again.where(), Rules.ROLE_TYPE_CONFLICT, "a second " + kind + " for " + again.uri()
            + " in one schema (first at " + first.where() + ")"));
      } else if (!first.usedOn().equals(again.usedOn()) || !java.util.Objects.equals(first.cyclesAllowed(), again.cyclesAllowed())
          || !java.util.Objects.equals(first.definition(), again.definition())) {
        problems.add(Problem.error(again.where(), Rules.ROLE_TYPE_CONFLICT, "this " + kind + " for " + again.uri()
            + " differs from the one at " + first.where() + " (in usedOn, cyclesAllowed or definition)"));
      }
    }
    Set<String> referenced = new HashSet<>();
    for (Dts.RoleRef ref : dts.refs()) {
      if (!referenced.add(ref.document() + " " + ref.arcrole() + " " + ref.uri())) {
        problems.add(Problem.error(ref.where(), Rules.ROLE_REF_DUPLICATE, "a second " + (ref.arcrole() ? "arcroleRef" : "roleRef")
            + " for " + ref.uri() + " in one linkbase"));
      }
    }
    for (Dts.RoleUse use : dts.uses()) {
      String kind = use.arcrole() ? "arcrole" : "role";
      Dts.RoleType type = (use.arcrole() ? dts.arcroleTypes() : dts.roleTypes()).get(use.uri());
      String element = use.element().getLocalPart();
      if (type == null && partial) {
        continue;
      } else if (type == null) {
        problems.add(Problem.error(use.where(), Rules.ROLE_DECLARED, "the " + kind + " " + use.uri() + " on " + element
            + " is declared by no " + kind + "Type of the DTS"));
      } else if (!type.usedOn().contains(use.element())) {
        problems.add(Problem.error(use.where(), Rules.ROLE_DECLARED, "the " + kind + " " + use.uri() + " is used on " + element
            + ", which its " + kind + "Type's usedOn does not list"));
      } else if (!referenced.contains(use.document() + " " + use.arcrole() + " " + use.uri())) {
        problems.add(Problem.error(use.where(), Rules.ROLE_DECLARED, "the " + kind + " " + use.uri() + " on " + element
            + " has no " + kind + "Ref in its linkbase"));
      }
    }
  }

  private static void weights(Taxonomy taxonomy, List<Problem> problems) {
    for (Dts.Relationship r : taxonomy.dts().relationships()) {
      if (!SUMMATION_ITEM.equals(r.arcrole()) || r.weight() == null) {
        continue;
      }
      if (r.weight().signum() == 0) {
        problems.add(Problem.error(r.where(), Rules.CALC_WEIGHT, "a summation-item arc has weight 0"));
        continue;
      }
      Concept from = r.fromConcept() == null ? null : taxonomy.concepts().get(r.fromConcept());
      Concept to = r.toConcept() == null ? null : taxonomy.concepts().get(r.toConcept());
      if (from == null && taxonomy.assumed().contains(r.fromConcept()) || to == null && taxonomy.assumed().contains(r.toConcept())) {
        continue; // a concept of a missing schema: its type and balance are unknown
      }
      if (from == null || to == null || !from.isNumeric() || !to.isNumeric()) {
        Concept bad = from == null || !from.isNumeric() ? from : to;
        String what = bad != null ? bad.name().getLocalPart() : (from == null ? r.from() : r.to());
        problems.add(Problem.error(r.where(), Rules.CALC_WEIGHT, "a summation-item arc joins " + what
            + ", which is not a numeric item (summation-item relationships join numeric items only)"));
        continue;
      }
      if (from.balance() == null || to.balance() == null) {
        continue;
      }
      boolean same = from.balance() == to.balance();
      if (same != (r.weight().signum() > 0)) {
        problems.add(Problem.error(r.where(), Rules.CALC_WEIGHT, "summation-item from " + from.name().getLocalPart() + " ("
            + balance(from) + ") to " + to.name().getLocalPart() + " (" + balance(to) + ") has weight "
            + r.weight().toPlainString() + "; " + (same ? "the same balance needs a positive weight" : "opposite balances need a negative weight")));
      }
    }
  }

  /** An essence and its alias: items of one type, period type and balance (§5.2.6.2.2). */
  private static void essenceAliases(Taxonomy taxonomy, List<Problem> problems) {
    for (Dts.Relationship r : taxonomy.dts().relationships()) {
      if (!ESSENCE_ALIAS.equals(r.arcrole()) || r.fromConcept() == null || r.toConcept() == null) {
        continue;
      }
      Concept essence = taxonomy.concepts().get(r.fromConcept());
      Concept alias = taxonomy.concepts().get(r.toConcept());
      if (essence == null || alias == null) {
        continue;
      }
      String differ = !essence.type().equals(alias.type()) ? "types"
          : essence.periodType() != alias.periodType() ? "period types"
          : essence.balance() != null && alias.balance() != null && essence.balance() != alias.balance() ? "balances" : null;
      if (differ != null) {
        problems.add(Problem.error(r.where(), Rules.ESSENCE_ALIAS, "essence " + essence.name().getLocalPart() + " and alias "
            + alias.name().getLocalPart() + " have different " + differ));
      }
    }
  }

  /** A preferredLabel names a label role the child concept has a label in (§5.2.4.2.1). */
  private static void preferredLabels(Taxonomy taxonomy, List<Problem> problems) {
    for (Dts.Relationship r : taxonomy.dts().relationships()) {
      if (r.preferredLabel() == null || r.toConcept() == null || !PARENT_CHILD.equals(r.arcrole())
          || taxonomy.assumed().contains(r.toConcept())) { // a missing schema's own labels are unknown
        continue;
      }
      Map<String, Map<String, String>> roles = taxonomy.labels().labels().get(r.toConcept());
      if (roles == null || !roles.containsKey(r.preferredLabel().strip())) {
        problems.add(Problem.error(r.where(), Rules.PREFERRED_LABEL, "the preferredLabel " + r.preferredLabel() + " of an arc to "
            + r.toConcept().getLocalPart() + " is a role that concept has no label in"));
      }
    }
  }

  private static String balance(Concept c) {
    return c.balance() == Concept.Balance.DEBIT ? "debit" : "credit";
  }
}
