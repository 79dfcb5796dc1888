package org.finfile.validate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.taxonomy.Definitions;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * What XBRL Dimensions 1.0 needs of a DTS and {@link Taxonomy} does not keep: the kind of each
 * element declaration (hypercube, dimension, item), a typed dimension's typedDomainRef, and the
 * dimensional arcs with their attributes (contextElement, closed, targetRole, usable). Only the
 * arcs XBRL 2.1 leaves in effect are kept (those {@link Taxonomy#definitions()} has). A locator
 * to a schema the DTS could not read makes the taxonomy {@link #complete() incomplete}: facts
 * are then not checked against hypercubes, whose members finfile cannot know.
 */
final class DimensionalTaxonomy {
  static final String XBRLDT = "http://xbrl.org/2005/xbrldt";
  static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
  static final String ALL = "http://xbrl.org/int/dim/arcrole/all";
  static final String NOT_ALL = "http://xbrl.org/int/dim/arcrole/notAll";
  static final String HYPERCUBE_DIMENSION = "http://xbrl.org/int/dim/arcrole/hypercube-dimension";
  static final String DIMENSION_DOMAIN = "http://xbrl.org/int/dim/arcrole/dimension-domain";
  static final String DOMAIN_MEMBER = "http://xbrl.org/int/dim/arcrole/domain-member";
  static final String DIMENSION_DEFAULT = "http://xbrl.org/int/dim/arcrole/dimension-default";
  static final Set<String> ARCROLES = Set.of(ALL, NOT_ALL, HYPERCUBE_DIMENSION, DIMENSION_DOMAIN, DOMAIN_MEMBER, DIMENSION_DEFAULT);

  private static final QName HYPERCUBE_ITEM = new QName(XBRLDT, "hypercubeItem");
  private static final QName DIMENSION_ITEM = new QName(XBRLDT, "dimensionItem");
  private static final QName ITEM = new QName(Namespaces.XBRLI, "item");
  private static final QName TUPLE = new QName(Namespaces.XBRLI, "tuple");

  /** What an element declaration is, as far as dimensions care. */
  enum Kind { HYPERCUBE, DIMENSION, ITEM, TUPLE, OTHER, UNKNOWN }

  /**
   * A global element declaration. {@code typedDomainRef} is the attribute as written (null when
   * absent); {@code typedDomain} the element it names, or null when it names none.
   */
  record Element(QName name, QName substitutionGroup, String typedDomainRef, QName typedDomain, String where) {}

  /** A dimensional arc in effect; {@code closed} false and {@code usable} true when not written. */
  record Arc(String role, String arcrole, QName from, QName to, String contextElement, boolean closed, String targetRole,
      boolean usable, String where) {
    /** The role the next relationships of a chain are in: the targetRole, else this arc's own. */
    String nextRole() {
      return targetRole != null ? targetRole : role;
    }
  }

  private final Map<QName, Element> elements;
  private final Map<QName, Kind> kinds = new HashMap<>();
  private final Set<String> namespaces;
  private final Set<String> schemaDocuments;
  private final List<Arc> arcs;
  private final boolean complete;
  private final Map<String, Map<QName, List<Arc>>> byArcroleRoleFrom = new HashMap<>();
  private final Map<QName, List<Arc>> defaults = new LinkedHashMap<>();

  private DimensionalTaxonomy(Map<QName, Element> elements, Set<String> namespaces, Set<String> schemaDocuments, List<Arc> arcs,
      boolean complete) {
    this.elements = elements;
    this.schemaDocuments = schemaDocuments;
    this.namespaces = namespaces;
    this.arcs = arcs;
    this.complete = complete;
    for (Arc a : arcs) {
      byArcroleRoleFrom.computeIfAbsent(a.arcrole() + " " + a.role(), k -> new HashMap<>())
          .computeIfAbsent(a.from(), k -> new ArrayList<>()).add(a);
      if (a.arcrole().equals(DIMENSION_DEFAULT)) {
        defaults.computeIfAbsent(a.from(), k -> new ArrayList<>()).add(a);
      }
    }
  }

  private static final List<Object[]> CACHE = new ArrayList<>();

  /** The dimensional view of {@code taxonomy}, read once per taxonomy (a few are kept). */
  static DimensionalTaxonomy of(Taxonomy taxonomy) {
    synchronized (CACHE) {
      for (Object[] entry : CACHE) {
        if (((WeakReference<?>) entry[0]).get() == taxonomy) {
          return (DimensionalTaxonomy) entry[1];
        }
      }
    }
    DimensionalTaxonomy read = read(taxonomy);
    synchronized (CACHE) {
      CACHE.removeIf(e -> ((WeakReference<?>) e[0]).get() == null);
      if (CACHE.size() >= 8) {
        CACHE.remove(0);
      }
      CACHE.add(new Object[] {new WeakReference<>(taxonomy), read});
    }
    return read;
  }

  /** All declarations by name. */
  Map<QName, Element> elements() {
    return elements;
  }

  /** Every dimensional arc in effect. */
  List<Arc> arcs() {
    return arcs;
  }

  /** False when a dimensional arc leads to a schema outside the DTS finfile read. */
  boolean complete() {
    return complete;
  }

  /** True when the DTS has a schema for {@code namespace}: names in it can be judged. */
  boolean knows(String namespace) {
    return namespaces.contains(namespace);
  }

  /**
   * What {@code name} is declared as; null when the DTS declares no such element; UNKNOWN when
   * its substitution group comes from a schema the DTS could not read.
   */
  Kind kind(QName name) {
    Element e = elements.get(name);
    if (e == null) {
      return null;
    }
    return kinds.computeIfAbsent(name, n -> {
      QName group = e.substitutionGroup();
      Set<QName> seen = new HashSet<>();
      while (group != null && seen.add(group)) {
        if (group.equals(HYPERCUBE_ITEM)) {
          return Kind.HYPERCUBE;
        }
        if (group.equals(DIMENSION_ITEM)) {
          return Kind.DIMENSION;
        }
        if (group.equals(ITEM)) {
          return Kind.ITEM;
        }
        if (group.equals(TUPLE)) {
          return Kind.TUPLE;
        }
        Element head = elements.get(group);
        if (head == null && !namespaces.contains(group.getNamespaceURI())) {
          return Kind.UNKNOWN;
        }
        group = head == null ? null : head.substitutionGroup();
      }
      return Kind.OTHER;
    });
  }

  /** True for a dimension declared with a typedDomainRef. */
  boolean isTyped(QName dimension) {
    Element e = elements.get(dimension);
    return e != null && e.typedDomainRef() != null;
  }

  /** The arcs of {@code arcrole} in {@code role} from {@code from}. */
  List<Arc> from(String arcrole, String role, QName from) {
    Map<QName, List<Arc>> byFrom = byArcroleRoleFrom.get(arcrole + " " + role);
    List<Arc> found = byFrom == null ? null : byFrom.get(from);
    return found == null ? List.of() : found;
  }

  /** True when the document {@code href} points into (before its #) is a schema the DTS read. */
  boolean readSchema(String href) {
    int hash = href.indexOf('#');
    return schemaDocuments.contains(hash < 0 ? href : href.substring(0, hash));
  }

  /** The dimension-default arcs by dimension. */
  Map<QName, List<Arc>> defaults() {
    return defaults;
  }

  /** The default member of {@code dimension}, or null. */
  QName defaultOf(QName dimension) {
    List<Arc> d = defaults.get(dimension);
    return d == null ? null : d.get(0).to();
  }

  private static DimensionalTaxonomy read(Taxonomy taxonomy) {
    Map<QName, Element> elements = new HashMap<>();
    Map<String, QName> byId = new HashMap<>();
    Set<String> namespaces = new HashSet<>();
    Set<String> schemaDocuments = new HashSet<>();
    List<Taxonomy.Document> documents = new ArrayList<>(taxonomy.schemas());
    for (Taxonomy.Document doc : taxonomy.schemas()) {
      schemaDocuments.add(doc.uri());
      schemaDocuments.add(doc.local().toString());
    }
    QName definitionLink = new QName(Namespaces.LINK, "definitionLink");
    for (Taxonomy.Document doc : taxonomy.linkbases()) {
      // a linkbase the loader saw no definition link in (labels, say) is not read again
      java.util.Set<QName> links = taxonomy.dts().links().get(doc.uri());
      if (links == null || links.contains(definitionLink)) {
        documents.add(doc);
      }
    }
    Reader reader = new Reader(elements, byId, namespaces, schemaDocuments);
    Set<String> read = new HashSet<>();
    for (Taxonomy.Document doc : documents) {
      if (read.add(doc.uri())) {
        reader.read(doc);
      }
    }
    reader.resolve();
    Set<String> effective = new HashSet<>();
    for (Definitions.Relationship r : taxonomy.definitions().relationships()) {
      if (ARCROLES.contains(r.arcrole())) {
        effective.add(r.role() + " " + r.arcrole() + " " + r.from() + " " + r.to());
      }
    }
    List<Arc> arcs = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Arc a : reader.arcs) {
      String key = a.role() + " " + a.arcrole() + " " + a.from() + " " + a.to();
      if (effective.contains(key) && kept.add(key)) {
        arcs.add(a);
      }
    }
    Map<QName, Element> resolved = new HashMap<>();
    for (Element e : elements.values()) {
      QName domain = e.typedDomainRef() == null ? null : byId.get(e.typedDomainRef());
      resolved.put(e.name(), new Element(e.name(), e.substitutionGroup(), e.typedDomainRef(), domain, e.where()));
    }
    return new DimensionalTaxonomy(Map.copyOf(resolved), Set.copyOf(namespaces), Set.copyOf(schemaDocuments), List.copyOf(arcs), !reader.outside);
  }

  /** Reads element declarations and definition links, one document at a time. */
  private static final class Reader {
    final Map<QName, Element> elements;
    final Map<String, QName> byId;
    final Set<String> namespaces;
    final Set<String> schemaDocuments;
    final List<Arc> arcs = new ArrayList<>();
    final List<Object[]> pending = new ArrayList<>();
    boolean outside;

    Reader(Map<QName, Element> elements, Map<String, QName> byId, Set<String> namespaces, Set<String> schemaDocuments) {
      this.elements = elements;
      this.byId = byId;
      this.namespaces = namespaces;
      this.schemaDocuments = schemaDocuments;
    }

    /** A definition link being read: its role, its locators by label, its dimensional arcs. */
    private final class Link {
      final String role;
      final Map<String, List<String>> locators = new HashMap<>();
      final List<String[]> raw = new ArrayList<>();

      Link(String role) {
        this.role = role;
      }
    }

    void read(Taxonomy.Document doc) {
      try (InputStream in = doc.local().openStream()) {
        XMLStreamReader xml = XmlSecurity.streamReader(in, doc.uri());
        try {
          String tns = null;
          int depth = 0;
          int schemaDepth = -1;
          Link link = null;
          int linkDepth = -1;
          while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
              if (link != null && depth == linkDepth) {
                finish(link);
                link = null;
              }
              depth--;
              continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            depth++;
            String ns = xml.getNamespaceURI();
            String local = xml.getLocalName();
            String where = doc.uri() + ":" + xml.getLocation().getLineNumber();
            if (Namespaces.XS.equals(ns) && local.equals("schema") && schemaDepth < 0) {
              schemaDepth = depth;
              tns = xml.getAttributeValue(null, "targetNamespace");
              tns = tns == null ? "" : tns;
              namespaces.add(tns);
            } else if (Namespaces.XS.equals(ns) && local.equals("element") && depth == schemaDepth + 1) {
              declare(xml, tns, doc.uri(), where);
            } else if (Namespaces.LINK.equals(ns) && local.equals("definitionLink") && link == null) {
              link = new Link(xml.getAttributeValue(Namespaces.XLINK, "role"));
              linkDepth = depth;
            } else if (link != null && depth == linkDepth + 1) {
              String type = xml.getAttributeValue(Namespaces.XLINK, "type");
              if ("locator".equals(type)) {
                String href = xml.getAttributeValue(Namespaces.XLINK, "href");
                String target = href == null ? null : absolute(doc.uri(), href.strip());
                if (target != null) {
                  link.locators.computeIfAbsent(xml.getAttributeValue(Namespaces.XLINK, "label"), l -> new ArrayList<>()).add(target);
                }
              } else if ("arc".equals(type) && ARCROLES.contains(xml.getAttributeValue(Namespaces.XLINK, "arcrole"))
                  && !"prohibited".equals(xml.getAttributeValue(null, "use"))) {
                link.raw.add(new String[] {xml.getAttributeValue(Namespaces.XLINK, "arcrole"),
                    xml.getAttributeValue(Namespaces.XLINK, "from"), xml.getAttributeValue(Namespaces.XLINK, "to"),
                    xml.getAttributeValue(XBRLDT, "contextElement"), xml.getAttributeValue(XBRLDT, "closed"),
                    xml.getAttributeValue(XBRLDT, "targetRole"), xml.getAttributeValue(XBRLDT, "usable"), where});
              }
            }
          }
        } finally {
          xml.close();
        }
      } catch (IOException | XMLStreamException | RuntimeException e) {
        // the taxonomy loader has read this document already and reported what it could not
      }
    }

    private void declare(XMLStreamReader xml, String tns, String uri, String where) {
      String name = xml.getAttributeValue(null, "name");
      if (name == null) {
        return;
      }
      QName qname = new QName(tns, name);
      String id = xml.getAttributeValue(null, "id");
      if (id != null) {
        byId.putIfAbsent(uri + "#" + id, qname);
      }
      String group = xml.getAttributeValue(null, "substitutionGroup");
      QName substitutionGroup = group == null ? null : qname(xml, group.strip());
      String typed = xml.getAttributeValue(XBRLDT, "typedDomainRef");
      String typedRef = typed == null ? null : absolute(uri, typed.strip());
      elements.putIfAbsent(qname, new Element(qname, substitutionGroup, typed == null ? null : typedRef == null ? typed : typedRef,
          null, where));
    }

    private static QName qname(XMLStreamReader xml, String lexical) {
      int colon = lexical.indexOf(':');
      String prefix = colon < 0 ? "" : lexical.substring(0, colon);
      String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
      return new QName(uri == null ? "" : uri, lexical.substring(colon + 1));
    }

    /** {@code href} against {@code base}, its fragment kept; null when it is no URL. */
    private static String absolute(String base, String href) {
      int hash = href.indexOf('#');
      try {
        return hash < 0 ? new URL(new URL(base), href).toString()
            : new URL(new URL(base), href.substring(0, hash)).toString() + href.substring(hash);
      } catch (MalformedURLException e) {
        return null;
      }
    }

    /** The element a locator points at; null (noting it) when its schema is outside the DTS. */
    private QName locate(String absolute) {
      int hash = absolute.indexOf('#');
      String document = hash < 0 ? absolute : absolute.substring(0, hash);
      QName found = byId.get(absolute);
      if (found == null && !schemaDocuments.contains(document)) {
        outside = true;
      }
      return found;
    }

    private void finish(Link link) {
      for (String[] a : link.raw) {
        List<String> from = link.locators.get(a[1]);
        List<String> to = link.locators.get(a[2]);
        if (from != null && to != null) {
          pending.add(new Object[] {link.role, a, from, to});
        }
      }
    }

    /** Resolves the locators of every arc read, once all declarations are known. */
    @SuppressWarnings("unchecked")
    void resolve() {
      for (Object[] p : pending) {
        String role = (String) p[0];
        String[] a = (String[]) p[1];
        for (String fromHref : (List<String>) p[2]) {
          QName f = locate(fromHref);
          for (String toHref : (List<String>) p[3]) {
            QName t = locate(toHref);
            if (f == null || t == null) {
              continue;
            }
            arcs.add(new Arc(role, a[0], f, t, a[3] == null ? null : a[3].strip(), a[4] != null && isTrue(a[4]),
                a[5] == null ? null : a[5].strip(), a[6] == null || isTrue(a[6]), a[7]));
          }
        }
      }
    }

    private static boolean isTrue(String value) {
      String v = value.strip();
      return v.equals("true") || v.equals("1");
    }
  }
}
