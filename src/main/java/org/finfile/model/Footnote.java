package org.finfile.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote link (XBRL 2.1 §4.11) as written: locators pointing at facts, footnote resources,
 * and the arcs between them, each with the labels the document gave it, so a link reads back
 * exactly as it was.
 *
 * @param role the extended link role
 */
public record Footnote(String role, List<Locator> locators, List<Resource> resources, List<Arc> arcs) {
  public static final String STANDARD_LINK_ROLE = "http://www.xbrl.org/2003/role/link";
  public static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/footnote";
  public static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";

  public Footnote {
    Objects.requireNonNull(role, "role");
    locators = List.copyOf(locators);
    resources = List.copyOf(resources);
    arcs = List.copyOf(arcs);
  }

  /** A locator: {@code label} stands for the fact with id {@code factId}. */
  public record Locator(String label, String factId) {
    public Locator {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(factId, "factId");
    }
  }

  /** A footnote's text, in a language, with a role. */
  public record Resource(String label, String role, String lang, String text) {
    public Resource {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(text, "text");
    }
  }

  /** An arc from the locators labelled {@code from} to the resources labelled {@code to}. */
  public record Arc(String from, String to, String arcrole, String order) {
    public Arc {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(arcrole, "arcrole");
    }
  }

  /** A link with one footnote attached to facts, in the standard roles. */
  public static Footnote of(String label, String lang, String text, List<String> factIds) {
    List<Locator> locators = factIds.stream().map(id -> new Locator("fact_" + id, id)).toList();
    List<Arc> arcs = locators.stream().map(l -> new Arc(l.label(), label, FACT_FOOTNOTE, null)).toList();
    return new Footnote(STANDARD_LINK_ROLE, locators, List.of(new Resource(label, STANDARD_ROLE, lang, text)), arcs);
  }
}
