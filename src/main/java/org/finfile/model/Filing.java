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
 * <p>{@code namespaces} maps prefixes to namespace URIs for the concepts and measures, so a
 * written instance reads as the original did.
 */
public record Filing(
    List<String> schemaRefs,
    Map<String, String> namespaces,
    List<Context> contexts,
    List<Unit> units,
    List<Fact> facts,
    List<Footnote> footnotes) {

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
    List<String> ids = new ArrayList<>();
    contexts.forEach(c -> ids.add(c.id()));
    units.forEach(u -> ids.add(u.id()));
    facts.stream().map(Fact::id).filter(Objects::nonNull).forEach(ids::add);
    requireUnique(ids, "context, unit or fact");
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
