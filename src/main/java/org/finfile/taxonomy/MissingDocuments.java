package org.finfile.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * The official documents a DTS references that cannot be had offline, found while loading it,
 * and the names its linkbases' locators give the concepts of those documents.
 *
 * <p>A locator into a missing schema names its concept only by id. When an xs:import gave the
 * missing schema's namespace and the id has the form {@code prefix_localName} (the convention
 * SEC and XBRL US taxonomies follow, EFM 6.10), the concept is taken to be {@code
 * {namespace}localName}. This guess is made for missing documents only; a loaded schema's ids
 * are always read from its declarations.
 */
final class MissingDocuments {
  private final Map<String, Set<String>> referrers = new LinkedHashMap<>();
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  /** Where each missing URL was first referenced ({@code document:line:col}). */
  private final Map<String, String> firstWhere = new LinkedHashMap<>();
  private final Set<QName> named = new LinkedHashSet<>();
  private int unnamed;

  /** Records that {@code document} references the missing {@code url}; {@code namespace} when an xs:import gave it. */
  void add(String url, String document, String where, String namespace) {
    firstWhere.putIfAbsent(url, where);
    referrers.computeIfAbsent(url, u -> new LinkedHashSet<>()).add(document);
    if (namespace != null && !namespace.isEmpty()) {
      namespaces.putIfAbsent(url, namespace);
    }
  }

  /**
   * The first missing schema an xs:import gives a namespace that a loaded schema already has
   * (a wrong schemaLocation for a document at hand, not a part of the taxonomy that is not),
   * as {@code {url, where it was referenced}}; null when there is none.
   */
  String[] misplaced(java.util.Set<String> loadedNamespaces) {
    for (Map.Entry<String, String> e : namespaces.entrySet()) {
      if (loadedNamespaces.contains(e.getValue())) {
        return new String[] {e.getKey(), firstWhere.get(e.getKey())};
      }
    }
    return null;
  }

  boolean isEmpty() {
    return referrers.isEmpty();
  }

  /**
   * The concept a locator href (absolute, fragment decoded) names in a missing schema, or null
   * when the href is not into a missing document or its id does not follow the convention.
   * A locator into a missing document that cannot be named is counted, not reported one by one.
   */
  QName concept(String href) {
    int hash = href.indexOf('#');
    if (hash < 0 || !referrers.containsKey(href.substring(0, hash))) {
      return null;
    }
    String namespace = namespaces.get(href.substring(0, hash));
    String id = href.substring(hash + 1);
    int underscore = id.indexOf('_');
    if (namespace == null || underscore <= 0 || underscore == id.length() - 1) {
      unnamed++;
      return null;
    }
    QName name = new QName(namespace, id.substring(underscore + 1));
    named.add(name);
    return name;
  }

  /** True when {@code namespace} is that of a missing schema (as an xs:import gave it). */
  boolean declares(String namespace) {
    return namespaces.containsValue(namespace);
  }

  /** Records a concept of a loaded schema whose type a missing schema declares, so is unknown. */
  void typedBy(QName concept) {
    named.add(concept);
  }

  /** True when the href's document is one of the missing ones. */
  boolean covers(String href) {
    int hash = href.indexOf('#');
    return referrers.containsKey(hash < 0 ? href : href.substring(0, hash));
  }

  /** How many locators into missing documents had an id that named no concept. */
  int unnamed() {
    return unnamed;
  }

  List<Taxonomy.Missing> list() {
    List<Taxonomy.Missing> out = new ArrayList<>();
    referrers.forEach((url, docs) -> out.add(new Taxonomy.Missing(url, namespaces.get(url), List.copyOf(docs))));
    return out;
  }

  Set<QName> named() {
    return named;
  }
}
