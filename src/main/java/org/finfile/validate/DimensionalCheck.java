package org.finfile.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * The instance rules of XBRL Dimensions 1.0 (xbrldie), as the scan goes by: each context's
 * dimension members when the context ends, each fact's dimensional validity when both it and its
 * context are known (once per primary item and context). Names in a namespace the DTS has no
 * schema for cannot be judged and are left alone.
 */
final class DimensionalCheck {
  private final DimensionalTaxonomy dts;
  private final DimensionalValidity validity;
  private final String name;
  private final List<Problem> problems;
  /** Each context's members by dimension; absent for a context with names finfile cannot judge. */
  private final Map<String, Held> contexts = new HashMap<>();
  /** Contexts with the same members share one {@code Held}, so verdicts are kept once per primary item and members. */
  private final Map<String, Held> bySignature = new HashMap<>();
  /** Contexts with a name outside the DTS: their facts are not checked. */
  private final Set<String> unknown = new HashSet<>();
  /** Contexts whose members were reported: their facts are not checked again. */
  private final Set<String> reported = new HashSet<>();
  /** A context's members by dimension; {@code verdicts} per primary item, empty when valid. */
  private record Held(Map<QName, DimensionalMember> members, Map<QName, Optional<String>> verdicts) {}
  private final List<Object[]> deferred = new ArrayList<>();
  /** Facts that could not be checked because the DTS is incomplete. */
  private long unchecked;

  DimensionalCheck(DimensionalTaxonomy dts, String name, List<Problem> problems) {
    this.dts = dts;
    this.validity = new DimensionalValidity(dts);
    this.name = name;
    this.problems = problems;
  }

  /** A context ends: its members are checked and kept. */
  void context(ContextParts context) {
    Map<QName, DimensionalMember> members = new LinkedHashMap<>();
    boolean known = true;
    boolean wrong = false;
    for (DimensionalMember m : context.members) {
      if (m.dimension() == null) {
        wrong = true; // an undeclared prefix: XML Schema says so
        continue;
      }
      DimensionalMember first = members.putIfAbsent(m.dimension(), m);
      if (first != null) {
        problems.add(Problem.error(m.where(), Rules.DIM_REPEATED, "context " + context.id + " gives dimension "
            + m.dimension().getLocalPart() + " a second member (xbrldie:RepeatedDimensionInInstanceError; the first is at "
            + first.where() + ")"));
      }
      int before = problems.size();
      known &= member(context.id, m);
      wrong |= problems.size() != before;
    }
    if (wrong) {
      reported.add(context.id);
    } else if (!known) {
      unknown.add(context.id);
    } else {
      StringBuilder signature = new StringBuilder();
      members.values().stream().map(m -> m.dimension() + (m.scenario() ? " s " : " g ") + (m.typed() ? "t " : "e ") + m.value())
          .sorted().forEach(k -> signature.append(k).append('\n'));
      contexts.put(context.id, bySignature.computeIfAbsent(signature.toString(), k -> new Held(members, new HashMap<>())));
    }
  }

  /** Checks one member, reporting what is wrong; false when it names something outside what the DTS knows. */
  private boolean member(String context, DimensionalMember m) {
    QName dimension = m.dimension();
    if (!dts.knows(dimension.getNamespaceURI())) {
      return false;
    }
    String what = "context " + context + ": ";
    DimensionalTaxonomy.Kind kind = dts.kind(dimension);
    if (kind == DimensionalTaxonomy.Kind.UNKNOWN) {
      return false;
    }
    boolean typedDimension = kind == DimensionalTaxonomy.Kind.DIMENSION && dts.isTyped(dimension);
    if (kind != DimensionalTaxonomy.Kind.DIMENSION || m.typed() == !typedDimension) {
      String is = kind == null ? "no element of the taxonomy" : kind != DimensionalTaxonomy.Kind.DIMENSION ? "not a dimension"
          : typedDimension ? "a typed dimension" : "an explicit dimension";
      problems.add(Problem.error(m.where(), m.typed() ? Rules.DIM_NOT_TYPED : Rules.DIM_NOT_EXPLICIT, what
          + (m.typed() ? "xbrldi:typedMember" : "xbrldi:explicitMember") + " names " + dimension.getLocalPart() + ", which is " + is
          + (m.typed() ? " (xbrldie:TypedMemberNotTypedDimensionError)" : " (xbrldie:ExplicitMemberNotExplicitDimensionError)")));
      return true;
    }
    if (m.typed()) {
      DimensionalTaxonomy.Element declared = dts.elements().get(dimension);
      QName domain = declared.typedDomain();
      if (domain != null && (m.children() != 1 || !domain.equals(m.value()))) {
        problems.add(Problem.error(m.where(), Rules.DIM_TYPED_CONTENT, what + "the typed member of " + dimension.getLocalPart()
            + " must be one " + domain.getLocalPart() + " element, its typedDomainRef; it has "
            + (m.children() == 0 ? "none" : m.children() > 1 ? m.children() + " elements" : m.value().getLocalPart())
            + " (xbrldie:IllegalTypedDimensionContentError)"));
      }
      return true;
    }
    QName member = m.value();
    if (member == null) {
      return false;
    }
    if (!dts.knows(member.getNamespaceURI())) {
      return false;
    }
    if (dts.kind(member) == null) {
      problems.add(Problem.error(m.where(), Rules.DIM_MEMBER_UNDEFINED, what + "the member " + member.getLocalPart() + " of "
          + dimension.getLocalPart() + " is no element of the taxonomy (xbrldie:ExplicitMemberUndefinedQNameError)"));
      return true;
    }
    if (member.equals(dts.defaultOf(dimension))) {
      problems.add(Problem.error(m.where(), Rules.DIM_DEFAULT_USED, what + member.getLocalPart() + " is the default member of "
          + dimension.getLocalPart() + ", which a context leaves out instead (xbrldie:DefaultValueUsedInInstanceError)"));
    }
    return true;
  }

  /** A fact ends: its primary item is checked against its context's members, now or at the end. */
  void fact(QName concept, String contextRef, String where) {
    if (contextRef == null) {
      return;
    }
    if (!contexts.containsKey(contextRef) && !unknown.contains(contextRef) && !reported.contains(contextRef)) {
      deferred.add(new Object[] {concept, contextRef, where});
      return;
    }
    check(concept, contextRef, where);
  }

  private void check(QName concept, String contextRef, String where) {
    Held held = contexts.get(contextRef);
    boolean couldMatter = !dts.complete() || validity.constrains(concept);
    if (couldMatter && (unknown.contains(contextRef) || held != null && !dts.complete())) {
      unchecked++;
      return;
    }
    if (held == null) {
      return;
    }
    if (!validity.constrains(concept)) {
      return;
    }
    Optional<String> why = held.verdicts().computeIfAbsent(concept, k -> Optional.ofNullable(validity.invalid(concept, held.members())));
    why.ifPresent(w -> problems.add(Problem.error(where, Rules.DIM_INVALID, concept.getLocalPart() + " in context " + contextRef
        + " is dimensionally invalid: " + w + " (xbrldie:PrimaryItemDimensionallyInvalidError)")));
  }

  /** The facts that came before their contexts; a note when facts could not be checked. */
  void finish() {
    for (Object[] d : deferred) {
      check((QName) d[0], (String) d[1], (String) d[2]);
    }
    if (unchecked > 0) {
      problems.add(new Problem(name, Severity.INFO, Rules.DIM_INVALID, unchecked + (unchecked == 1 ? " fact is" : " facts are")
          + " not checked for dimensional validity: " + (dts.complete() ? "their contexts name" : "the taxonomy's definition links lead to")
          + " elements of schemas finfile could not read offline"));
    }
  }
}
