package org.finfile.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An XBRL 2.1 instance as data: the taxonomy it references, its contexts, units, facts and
 * footnotes, in document order. Every fact's context and unit is one of the filing's own.
 *
 * <p>{@code namespaces} maps prefixes to namespace URIs for the concepts, measures, dimensions and
 * dimension members, so a written instance reads as the original did; {@code document} keeps
 * what else the document said about itself (root attributes such as {@code xml:lang}, references, prolog).
 *
 * <p>{@code facts} is every fact of the instance, those in tuples included; {@code tuples} are the
 * top-level tuples in document order, whose facts are objects of {@code facts} (each in one
 * tuple at most, compared by identity, as two facts may be equal values).
 */
public record Filing(
    List<String> schemaRefs,
    Map<String, String> namespaces,
    List<Context> contexts,
    List<Unit> units,
    List<Fact> facts,
    List<Footnote> footnotes,
    DocumentInfo document,
    List<Tuple> tuples) {

  public Filing {
    schemaRefs = List.copyOf(schemaRefs);
    if (schemaRefs.isEmpty()) {
      throw new IllegalArgumentException("a filing references at least one taxonomy schema");
    }
    namespaces = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
    contexts = List.copyOf(contexts);
    units = List.copyOf(units);
    facts = List.copyOf(facts);
    footnotes = List.copyOf(footnotes);
    document = java.util.Objects.requireNonNull(document, "document");
    tuples = List.copyOf(tuples);
    if (!document.references().isEmpty() && !document.schemaRefHrefs().equals(schemaRefs)) {
      throw new IllegalArgumentException("the document's schema references " + document.schemaRefHrefs()
          + " are not the filing's " + schemaRefs);
    }
    List<String> ids = new ArrayList<>();
    contexts.forEach(c -> ids.add(c.id()));
    units.forEach(u -> ids.add(u.id()));
    facts.stream().map(Fact::id).filter(Objects::nonNull).forEach(ids::add);
    tuples.forEach(t -> t.forEachTuple(n -> {
      if (n.id() != null) {
        ids.add(n.id());
      }
    }));
    requireUnique(ids, "context, unit, fact or tuple");
    requireTupleFactsOwn(facts, tuples);
    Set<Context> ownContexts = new HashSet<>(contexts);
    Set<Unit> ownUnits = new HashSet<>(units);
    Set<String> factIds = new HashSet<>();
    facts.stream().map(Fact::id).filter(Objects::nonNull).forEach(factIds::add);
    for (Footnote link : footnotes) {
      for (Footnote.Locator l : link.locators()) {
        if (!factIds.contains(l.factId())) {
          throw new IllegalArgumentException("a footnote locator points at #" + l.factId() + ", which is no fact of the filing");
        }
      }
    }
    for (Fact f : facts) {
      if (!ownContexts.contains(f.context())) {
        throw new IllegalArgumentException("fact " + f.concept() + " uses context " + f.context().id() + " not in the filing");
      }
      if (f.unit() != null && !ownUnits.contains(f.unit())) {
        throw new IllegalArgumentException("fact " + f.concept() + " uses unit " + f.unit().id() + " not in the filing");
      }
    }
  }

  /** A filing without tuples. */
  public Filing(List<String> schemaRefs, Map<String, String> namespaces, List<Context> contexts, List<Unit> units,
      List<Fact> facts, List<Footnote> footnotes, DocumentInfo document) {
    this(schemaRefs, namespaces, contexts, units, facts, footnotes, document, List.of());
  }

  /** A filing of which nothing is known beyond its taxonomy references, contexts, units, facts and footnotes. */
  public Filing(List<String> schemaRefs, Map<String, String> namespaces, List<Context> contexts, List<Unit> units,
      List<Fact> facts, List<Footnote> footnotes) {
    this(schemaRefs, namespaces, contexts, units, facts, footnotes, DocumentInfo.NONE);
  }

  /**
   * An id for every fact, in document order: its own, or for a fact that has none (legal in
   * XBRL 2.1) {@code fact-N} with N its position among the facts, counted from 1, and as many
   * {@code _} appended as it takes not to collide with any id of the document. The same filing
   * always gets the same ids, so formats that need one per fact (inline XBRL, xBRL-JSON,
   * xBRL-CSV) are stable across runs.
   */
  public List<String> factIds() {
    Set<String> taken = new HashSet<>();
    contexts.forEach(c -> taken.add(c.id()));
    units.forEach(u -> taken.add(u.id()));
    facts.stream().map(Fact::id).filter(Objects::nonNull).forEach(taken::add);
    List<String> ids = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      String id = facts.get(i).id();
      if (id == null) {
        id = "fact-" + (i + 1);
        while (!taken.add(id)) {
          id = id + "_";
        }
      }
      ids.add(id);
    }
    return ids;
  }

  /** The document's language ({@code xml:lang} on its root), or null. */
  public String lang() {
    return document.lang();
  }

  /**
   * This filing with every reference to a taxonomy document (schema, linkbase, role and arcrole
   * references) replaced by what {@code relocate} makes of its href: the same taxonomy as seen
   * from another place (a rendering written to another folder).
   */
  public Filing withReferences(java.util.function.UnaryOperator<String> relocate) {
    return new Filing(schemaRefs.stream().map(relocate).toList(), namespaces, contexts, units, facts, footnotes,
        document.withHrefs(relocate), tuples);
  }

  /** The facts that are in no tuple, in document order. */
  public List<Fact> factsOutsideTuples() {
    if (tuples.isEmpty()) {
      return facts;
    }
    Set<Fact> inTuples = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    tuples.forEach(t -> t.forEachFact(inTuples::add));
    return facts.stream().filter(f -> !inTuples.contains(f)).toList();
  }

  /** Every fact of a tuple is one of {@code facts} (the same object) and in one tuple only. */
  private static void requireTupleFactsOwn(List<Fact> facts, List<Tuple> tuples) {
    if (tuples.isEmpty()) {
      return;
    }
    Set<Fact> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    own.addAll(facts);
    Set<Fact> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<Tuple> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Tuple top : tuples) {
      top.forEachTuple(t -> {
        if (!seen.add(t)) {
          throw new IllegalArgumentException("tuple " + t.concept() + " is in the filing twice");
        }
      });
      top.forEachFact(f -> {
        if (!own.contains(f)) {
          throw new IllegalArgumentException("fact " + f.concept() + " in tuple " + top.concept() + " is no fact of the filing");
        }
        if (!placed.add(f)) {
          throw new IllegalArgumentException("fact " + f.concept() + " is in more than one tuple");
        }
      });
    }
  }

  private static void requireUnique(List<String> ids, String what) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        repeated.add(id);
      }
    }
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException("ids are unique in a document; repeated " + what + " id(s): " + repeated);
    }
  }
}
