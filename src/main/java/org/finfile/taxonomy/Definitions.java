package org.finfile.taxonomy;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * The effective relationships of a taxonomy's definition links (after prohibitions and
 * overrides): essence-alias, requires-element, general-special and similar-tuples, and any
 * other arcrole a definition arc uses.
 */
public record Definitions(List<Relationship> relationships) {
  public static final String ESSENCE_ALIAS = "http://www.xbrl.org/2003/arcrole/essence-alias";
  public static final String REQUIRES_ELEMENT = "http://www.xbrl.org/2003/arcrole/requires-element";
  public static final String GENERAL_SPECIAL = "http://www.xbrl.org/2003/arcrole/general-special";
  public static final String SIMILAR_TUPLES = "http://www.xbrl.org/2003/arcrole/similar-tuples";

  public static final Definitions NONE = new Definitions(List.of());

  public Definitions {
    relationships = List.copyOf(relationships);
  }

  /** One relationship: from and to concepts (items or tuples), in an extended link role. */
  public record Relationship(String role, String arcrole, QName from, QName to) {}

  /** The relationships of one arcrole, in document order. */
  public List<Relationship> of(String arcrole) {
    return relationships.stream().filter(r -> r.arcrole().equals(arcrole)).toList();
  }
}
