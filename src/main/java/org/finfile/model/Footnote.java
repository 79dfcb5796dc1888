package org.finfile.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote attached to facts through a footnote link (XBRL 2.1 §4.11). {@code text} is the
 * footnote's text content; {@code factIds} the ids of the facts it annotates.
 */
public record Footnote(String linkRole, String label, String role, String lang, String text, List<String> factIds) {
  public static final String STANDARD_LINK_ROLE = "http://www.xbrl.org/2003/role/link";
  public static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/footnote";

  public Footnote {
    Objects.requireNonNull(linkRole, "linkRole");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    factIds = List.copyOf(factIds);
  }
}
