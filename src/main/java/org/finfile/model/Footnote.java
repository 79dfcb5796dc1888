package org.finfile.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A footnote link (XBRL 2.1 §4.11) as written: locators pointing at facts, footnote resources,
 * and the arcs between them, each with the labels the document gave it, so a link reads back
 * exactly as it was. Each part keeps, besides what finfile reads from it, every other attribute the
 * document gave it ({@code xlink:title}, {@code id}, {@code xlink:show}, {@code use},
 * {@code priority}...) in document order.
 *
 * @param role the extended link role
 * @param attributes the link's other attributes
 */
public record Footnote(String role, List<Locator> locators, List<Resource> resources, List<Arc> arcs,
    Map<QName, String> attributes) {
  public static final String STANDARD_LINK_ROLE = "http://www.xbrl.org/2003/role/link";
  public static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/footnote";
  public static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";

  public Footnote {
    Objects.requireNonNull(role, "role");
    locators = List.copyOf(locators);
    resources = List.copyOf(resources);
    arcs = List.copyOf(arcs);
    attributes = copy(attributes);
  }

  /** A link with no other attributes. */
  public Footnote(String role, List<Locator> locators, List<Resource> resources, List<Arc> arcs) {
    this(role, locators, resources, arcs, Map.of());
  }

  /** A locator: {@code label} stands for the fact with id {@code factId}. */
  public record Locator(String label, String factId, Map<QName, String> attributes) {
    public Locator {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(factId, "factId");
      attributes = copy(attributes);
    }

    /** A locator with no other attributes. */
    public Locator(String label, String factId) {
      this(label, factId, Map.of());
    }
  }

  /** A footnote's text, in a language, with a role. */
  public record Resource(String label, String role, String lang, String text, Map<QName, String> attributes) {
    public Resource {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(text, "text");
      attributes = copy(attributes);
    }

    /** A footnote with no other attributes. */
    public Resource(String label, String role, String lang, String text) {
      this(label, role, lang, text, Map.of());
    }
  }

  /** An arc from the locators labelled {@code from} to the resources labelled {@code to}. */
  public record Arc(String from, String to, String arcrole, String order, Map<QName, String> attributes) {
    public Arc {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(arcrole, "arcrole");
      attributes = copy(attributes);
    }

    /** An arc with no other attributes. */
    public Arc(String from, String to, String arcrole, String order) {
      this(from, to, arcrole, order, Map.of());
    }
  }

  /** A link with one footnote attached to facts, in the standard roles. */
  public static Footnote of(String label, String lang, String text, List<String> factIds) {
    List<Locator> locators = factIds.stream().map(id -> new Locator("fact_" + id, id)).toList();
    List<Arc> arcs = locators.stream().map(l -> new Arc(l.label(), label, FACT_FOOTNOTE, null)).toList();
    return new Footnote(STANDARD_LINK_ROLE, locators, List.of(new Resource(label, STANDARD_ROLE, lang, text)), arcs);
  }

  private static Map<QName, String> copy(Map<QName, String> attributes) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
  }
}
