package org.finfile.inline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * What one pass over an Inline XBRL page finds: everything its XBRL instance is made of.
 *
 * @param lang the page's language ({@code xml:lang} on its root), or null
 * @param namespaces every prefix the page binds (the first binding of each), for the instance's root
 * @param references {@code link:schemaRef}, {@code linkbaseRef}, {@code roleRef} and
 *     {@code arcroleRef} elements, serialized, in the order an instance puts them
 * @param resources the contexts and units, serialized, in document order
 * @param facts every fact in document order (of their start tags), those in tuples included
 * @param top the facts and tuples outside every tuple, in document order; a tuple holds its own in order
 * @param footnotes the footnotes in document order
 * @param relationships the relationships in document order
 */
record Page(String lang, Map<String, String> namespaces, List<String> references, List<String> resources,
    List<Fact> facts, List<Node> top, List<Footnote> footnotes, List<Relationship> relationships) {

  Page {
    namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
    references = List.copyOf(references);
    resources = List.copyOf(resources);
    facts = List.copyOf(facts);
    top = List.copyOf(top);
    footnotes = List.copyOf(footnotes);
    relationships = List.copyOf(relationships);
  }

  /**
   * One ix:nonFraction, ix:nonNumeric or ix:fraction, its value worked out.
   *
   * @param attributes id, contextRef, unitRef, decimals, precision as written (those present)
   * @param value the value as the instance writes it, or null when nil or a fraction
   * @param fraction the numerator and denominator of a fraction that is not nil, else null
   */
  record Fact(QName concept, Map<String, String> attributes, String value, Fraction fraction) implements Node {
    Fact {
      Objects.requireNonNull(concept, "concept");
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    Fact(QName concept, Map<String, String> attributes, String value) {
      this(concept, attributes, value, null);
    }

    String id() {
      return attributes.get("id");
    }
  }

  /** The terms of an ix:fraction as the instance writes them (plain decimals). */
  record Fraction(String numerator, String denominator) {
    Fraction {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }
  }

  /** What the instance holds at one place: a fact or a tuple. */
  sealed interface Node permits Fact, Tuple {}

  /** One ix:tuple: its concept, its id (or null), whether it is nil, and its facts and tuples in order. */
  record Tuple(QName concept, String id, boolean nil, List<Node> children) implements Node {
    Tuple {
      Objects.requireNonNull(concept, "concept");
      children = List.copyOf(children);
    }
  }

  /** One ix:footnote: its id, role, in-scope language (or null) and text. */
  record Footnote(String id, String role, String lang, String text) {
    Footnote {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  /** One ix:relationship: from facts to footnotes (or facts), in a link role, with an arc role. */
  record Relationship(List<String> from, List<String> to, String arcrole, String linkRole, String order, String where) {
    Relationship {
      from = List.copyOf(from);
      to = List.copyOf(to);
      Objects.requireNonNull(arcrole, "arcrole");
      Objects.requireNonNull(linkRole, "linkRole");
    }
  }
}
