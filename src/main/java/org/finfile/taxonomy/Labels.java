package org.finfile.taxonomy;

import java.util.Map;
import javax.xml.namespace.QName;

/** The labels of a taxonomy's concepts, by label role and language. */
public record Labels(Map<QName, Map<String, Map<String, String>>> labels) {
  public static final String STANDARD = "http://www.xbrl.org/2003/role/label";

  public Labels {
    labels = Map.copyOf(labels);
  }

  public static final Labels NONE = new Labels(Map.of());

  /**
   * The label of {@code concept} in {@code role} (the standard label when that role has none),
   * preferring {@code lang}, then English, then any language; the concept's local name when the
   * taxonomy gives no label at all.
   */
  public String label(QName concept, String role, String lang) {
    Map<String, Map<String, String>> byRole = labels.get(concept);
    if (byRole == null) {
      return concept.getLocalPart();
    }
    Map<String, String> byLang = role == null ? null : byRole.get(role);
    if (byLang == null) {
      byLang = byRole.get(STANDARD);
    }
    if (byLang == null || byLang.isEmpty()) {
      return concept.getLocalPart();
    }
    String text = byLang.get(lang);
    if (text == null) {
      text = byLang.get("en");
    }
    return text != null ? text : byLang.values().iterator().next();
  }
}
