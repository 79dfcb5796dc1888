package org.finfile.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.xml.Namespaces;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;

/**
 * Walks a DTS (XBRL 2.1 §3.2): schemas by import and include, linkbases by linkbaseRef, and
 * whatever the linkbases' locators, roleRefs and arcroleRefs point at, each read once;
 * {@code xml:base} is honoured on every reference.
 */
final class TaxonomyLoader {
  private static final QName ITEM = new QName(Namespaces.XBRLI, "item");

  private final OfflineResolver resolver;
  private final Map<QName, Declaration> elements = new LinkedHashMap<>();
  private final Map<QName, QName> baseTypes = new HashMap<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private final List<Taxonomy.Document> schemas = new ArrayList<>();
  private final Map<String, Taxonomy.Document> linkbases = new LinkedHashMap<>();
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private final Map<String, QName> conceptsById = new HashMap<>();
  private final Map<String, String> roleDefinitions = new HashMap<>();
  private final Map<String, Dts.RoleType> roleTypes = new LinkedHashMap<>();
  private final Map<String, Dts.RoleType> arcroleTypes = new LinkedHashMap<>();
  private final List<Dts.RoleType> redeclared = new ArrayList<>();
  private final List<Dts.LinkbaseRef> linkbaseRefs = new ArrayList<>();
  /** The type of each global attribute declaration, for comparing arcs' attributes by value. */
  private final Map<QName, QName> attributeTypes = new HashMap<>();
  /** Schemas with linkbases embedded in them (in xs:appinfo). */
  private final List<Taxonomy.Document> embedding = new ArrayList<>();
  /** References that lead nowhere usable, found while following locators and roleRefs. */
  private final List<String> discoveryProblems = new ArrayList<>();
  /** Official documents referenced but not to be had offline; discovery goes on without them. */
  private final MissingDocuments missing = new MissingDocuments();
  /** The resolver's word on each missing imported schema. */
  private final Map<String, String> missingMessages = new HashMap<>();
  /** The target namespaces of the schemas read. */
  private final Set<String> namespaces = new java.util.HashSet<>();

  TaxonomyLoader(OfflineResolver resolver) {
    this.resolver = resolver;
  }

  private record Declaration(QName name, String id, QName type, QName substitutionGroup, String periodType,
      String balance, boolean isAbstract, boolean nillable, String where) {}

  /** What a reference expects to reach: a schema, a linkbase, or either (a locator, a roleRef). */
  private enum Kind { SCHEMA, LINKBASE, ANY }

  /** A document waiting to be read, and what its reference expects it to be. */
  private record Pending(Taxonomy.Document doc, Kind kind) {}

  Taxonomy load(List<String> hrefs, String base) throws InputException {
    return load(hrefs, List.of(), base);
  }

  /**
   * Discovers the DTS of {@code schemaHrefs} and {@code linkbaseHrefs} (an instance's schemaRefs
   * and linkbaseRefs, XBRL 2.1 §3.2), each relative to {@code base} (null for absolute).
   */
  Taxonomy load(List<String> schemaHrefs, List<String> linkbaseHrefs, String base) throws InputException {
    Deque<Pending> queue = new ArrayDeque<>();
    for (String href : schemaHrefs) {
      queue.add(new Pending(document(href, base, base == null ? href : base), Kind.SCHEMA));
    }
    for (String href : linkbaseHrefs) {
      queue.add(new Pending(document(href, base, base == null ? href : base), Kind.LINKBASE));
    }
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      Taxonomy.Document doc = next.doc();
      if (!seen.add(doc.uri())) {
        continue;
      }
      if (seen.size() > org.finfile.Limit.TAXONOMY_FILES.value()) {
        throw org.finfile.Limit.TAXONOMY_FILES.exceeded(doc.uri(), "a taxonomy of more than "
            + org.finfile.Limit.TAXONOMY_FILES.value() + " schemas and linkbases");
      }
      try {
        readDocument(next, queue);
      } catch (InputException e) {
        if (next.kind() != Kind.ANY || e instanceof org.finfile.LimitException) {
          throw e;
        }
        // a document only a locator or roleRef leads to is left out, as one that cannot be resolved is
        discoveryProblems.add(e.getMessage() + "; the document is left out of the DTS");
      }
    }
    String[] misplaced = missing.misplaced(namespaces);
    if (misplaced != null) {
      throw new InputException(misplaced[1], missingMessages.get(misplaced[0]) + "; the DTS has a schema of its namespace,"
          + " so this schemaLocation is wrong rather than a part of the taxonomy not at hand");
    }
    Map<QName, Concept> concepts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>(discoveryProblems);
    List<Dts.Balanced> balances = new ArrayList<>();
    for (Declaration d : elements.values()) {
      boolean item = isItem(d);
      Concept concept = null;
      if (item) {
        try {
          concept = concept(d);
          if (concept != null) {
            concepts.put(d.name(), concept);
          }
        } catch (InputException e) {
          problems.add(e.getMessage() + "; the concept is left out");
        }
      }
      if (d.balance() != null) {
        balances.add(new Dts.Balanced(d.name(), concept != null && concept.isMonetary(), d.where()));
      }
    }
    List<Taxonomy.Document> linkbaseList = List.copyOf(linkbases.values());
    List<Taxonomy.Document> withLinks = new ArrayList<>(linkbaseList);
    withLinks.addAll(embedding);
    LinkbaseReader.Result links = new LinkbaseReader(conceptsById, problems, roleDefinitions, attributeTypes, missing).read(withLinks);
    if (missing.unnamed() > 0) {
      problems.add(missing.list().get(0).referencedBy().get(0) + ": " + missing.unnamed()
          + " locators point into missing documents by an id that names no concept (not prefix_localName of an imported"
          + " namespace); they are left out");
    }
    Dts dts = new Dts(links.relationships(), roleTypes, arcroleTypes, redeclared, links.uses(), links.refs(), balances, linkbaseRefs,
        links.links());
    return new Taxonomy(concepts, schemas, linkbaseList, prefixes, links.calculations(), links.presentation(), links.labels(),
        links.definitions(), problems, dts, missing.list(), missing.named(), itemTypes());
  }

  /** Reads a schema or a linkbase, as its root says, refusing one its reference did not expect. */
  private void readDocument(Pending p, Deque<Pending> queue) throws InputException {
    Taxonomy.Document doc = p.doc();
    String where = doc.uri();
    org.finfile.Limit.INPUT_BYTES.checkSize(doc.local());
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, where);
      try {
        xml.nextTag();
        boolean schema = Namespaces.XS.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("schema");
        boolean linkbase = Namespaces.LINK.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("linkbase");
        if (p.kind() == Kind.SCHEMA && !schema) {
          throw new InputException(where, "not an XML schema: the root is " + xml.getName()
              + (linkbase ? " (a linkbase, which a schemaRef must not point at)" : ""));
        }
        if (p.kind() == Kind.LINKBASE && !linkbase) {
          throw new InputException(where, "not a linkbase: the root is " + xml.getName());
        }
        if (schema) {
          schemas.add(doc);
          readSchema(doc, xml, queue);
        } else if (linkbase) {
          linkbases.putIfAbsent(doc.uri(), doc);
          discover(doc, xml, queue);
        }
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(where, "cannot read the " + (p.kind() == Kind.LINKBASE ? "linkbase" : "schema") + ": "
          + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw org.finfile.xml.XmlSecurity.unreadable(where, e);
    }
  }

  /** Follows a linkbase's locators, roleRefs and arcroleRefs (XBRL 2.1 §3.2) to the documents they reach. */
  private void discover(Taxonomy.Document doc, XMLStreamReader xml, Deque<Pending> queue) throws XMLStreamException {
    Deque<String> bases = new ArrayDeque<>();
    bases.push(LinkbaseReader.base(xml, doc.uri()));
    follow(xml, bases.peek(), doc.uri(), queue);
    while (!bases.isEmpty()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        bases.pop();
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        bases.push(LinkbaseReader.base(xml, bases.peek()));
        follow(xml, bases.peek(), doc.uri(), queue);
      }
    }
  }

  /** Queues the document a locator, roleRef or arcroleRef points at. */
  private void follow(XMLStreamReader xml, String base, String document, Deque<Pending> queue) {
    String type = xml.getAttributeValue(Namespaces.XLINK, "type");
    String href = xml.getAttributeValue(Namespaces.XLINK, "href");
    if (href == null || !("locator".equals(type) || "simple".equals(type) && Namespaces.LINK.equals(xml.getNamespaceURI())
        && (xml.getLocalName().equals("roleRef") || xml.getLocalName().equals("arcroleRef")))) {
      return;
    }
    int hash = href.indexOf('#');
    String target = hash < 0 ? href : href.substring(0, hash);
    if (target.isEmpty()) {
      return;
    }
    try {
      Taxonomy.Document doc = available(target, base, where(xml, document), document, null);
      if (doc != null) {
        queue.add(new Pending(doc, Kind.ANY));
      }
    } catch (InputException e) {
      discoveryProblems.add(e.getMessage() + "; the document is left out of the DTS");
    }
  }

  /**
   * A document a schema or linkbase references, or null when it is an official (http or https)
   * document that cannot be had offline: that one is recorded as missing, with the
   * {@code namespace} its xs:import gives, and discovery goes on without it.
   */
  private Taxonomy.Document available(String href, String base, String where, String document, String namespace)
      throws InputException {
    String uri;
    try {
      uri = base == null ? new URL(href).toString() : new URL(new URL(base), href).toString();
    } catch (java.net.MalformedURLException e) {
      throw new InputException(where, "not a usable URL: " + href);
    }
    if (uri.startsWith("http://") || uri.startsWith("https://")) {
      try {
        return new Taxonomy.Document(uri, resolver.resolve(uri, null));
      } catch (OfflineResolver.UnresolvableException e) {
        missing.add(uri, document, where, namespace);
        if (namespace != null) {
          missingMessages.putIfAbsent(uri, e.getMessage());
        }
        return null;
      }
    }
    return document(href, base, where);
  }

  /** A reference, made absolute against the referring document's own URI, and where to read it. */
  private Taxonomy.Document document(String href, String base, String where) throws InputException {
    try {
      String uri = base == null ? new URL(href).toString() : new URL(new URL(base), href).toString();
      return new Taxonomy.Document(uri, resolver.resolve(uri, null));
    } catch (java.net.MalformedURLException e) {
      throw new InputException(where, "not a usable URL: " + href);
    } catch (OfflineResolver.UnresolvableException e) {
      throw new InputException(where, e.getMessage());
    }
  }

  private boolean isItem(Declaration d) {
    QName group = d.substitutionGroup();
    Set<QName> visited = new java.util.HashSet<>();
    while (group != null && visited.add(group)) {
      if (group.equals(ITEM)) {
        return true;
      }
      Declaration head = elements.get(group);
      group = head == null ? null : head.substitutionGroup();
    }
    return false;
  }

  /**
   * Every type the DTS's schemas declare that derives from an XBRL 2.1 item type, with its chain
   * (itself first, then each type it derives from, ending at the item type), so that a type no
   * concept uses yet (a new concept's, declared in a mapping) resolves as the schemas define it.
   */
  private Map<QName, List<QName>> itemTypes() {
    Map<QName, List<QName>> types = new HashMap<>();
    for (QName declared : baseTypes.keySet()) {
      List<QName> chain = new ArrayList<>();
      QName type = declared;
      while (type != null && !ItemTypes.isItemType(type) && !chain.contains(type)) {
        chain.add(type);
        type = baseTypes.get(type);
      }
      if (type != null && ItemTypes.isItemType(type)) {
        chain.add(type);
        types.put(declared, List.copyOf(chain));
      }
    }
    return types;
  }

  /** The item concept {@code d} declares; null when its type lies in a missing schema. */
  private Concept concept(Declaration d) throws InputException {
    if (d.type() == null) {
      throw new InputException(d.where(), "concept " + d.name().getLocalPart() + " has no type");
    }
    List<QName> chain = new ArrayList<>();
    QName type = d.type();
    while (type != null && !ItemTypes.isItemType(type)) {
      if (chain.contains(type)) {
        throw new InputException(d.where(), "type " + type + " derives from itself");
      }
      chain.add(type);
      type = baseTypes.get(type);
    }
    if (type == null && missing.declares(chain.get(chain.size() - 1).getNamespaceURI())) {
      missing.typedBy(d.name()); // its type is in a missing schema: a concept whose type is unknown
      return null;
    }
    if (type == null) {
      throw new InputException(d.where(), "concept " + d.name().getLocalPart() + ": type " + d.type()
          + " is not derived from an XBRL 2.1 item type");
    }
    if (d.periodType() == null) {
      throw new InputException(d.where(), "concept " + d.name().getLocalPart() + " has no xbrli:periodType");
    }
    Concept.PeriodType periodType = switch (d.periodType()) {
      case "instant" -> Concept.PeriodType.INSTANT;
      case "duration" -> Concept.PeriodType.DURATION;
      default -> throw new InputException(d.where(), "concept " + d.name().getLocalPart()
          + ": xbrli:periodType is '" + d.periodType() + "'");
    };
    Concept.Balance balance = d.balance() == null ? null : switch (d.balance()) {
      case "debit" -> Concept.Balance.DEBIT;
      case "credit" -> Concept.Balance.CREDIT;
      default -> throw new InputException(d.where(), "concept " + d.name().getLocalPart()
          + ": xbrli:balance is '" + d.balance() + "'");
    };
    return new Concept(d.name(), d.id(), d.type(), type, chain, periodType, balance, d.isAbstract(), d.nillable());
  }

  private void readSchema(Taxonomy.Document doc, XMLStreamReader xml, Deque<Pending> queue)
      throws InputException, XMLStreamException {
    String where = doc.uri();
    String base = LinkbaseReader.base(xml, where);
    String targetNamespace = xml.getAttributeValue(null, "targetNamespace");
    String tns = targetNamespace == null ? "" : targetNamespace;
    namespaces.add(tns);
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      String prefix = xml.getNamespacePrefix(i);
      if (prefix != null && !prefix.isEmpty() && tns.equals(xml.getNamespaceURI(i))) {
        prefixes.putIfAbsent(tns, prefix);
      }
    }
    boolean links = false;
    // bases.get(d - 1): the base URI of the open element at depth d
    List<String> bases = new ArrayList<>(List.of(base));
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      String local = xml.getLocalName();
      String ns = xml.getNamespaceURI();
      String here = LinkbaseReader.base(xml, bases.get(depth - 2));
      if (bases.size() < depth) {
        bases.add(here);
      } else {
        bases.set(depth - 1, here);
      }
      if (ns.equals(Namespaces.LINK) && local.equals("linkbase")) {
        links = true;
      }
      follow(xml, here, where, queue);
      if (ns.equals(Namespaces.LINK) && (local.equals("roleType") || local.equals("arcroleType"))) {
        depth += readRoleType(xml, local.equals("arcroleType"), where, where(xml, where));
      } else if (ns.equals(Namespaces.LINK) && local.equals("linkbaseRef")) {
        String href = xml.getAttributeValue(Namespaces.XLINK, "href");
        Taxonomy.Document linkbase = href == null ? null : available(href, here, where(xml, where), where, null);
        if (linkbase != null) {
          queue.add(new Pending(linkbase, Kind.LINKBASE));
          String role = xml.getAttributeValue(Namespaces.XLINK, "role");
          if (role != null) {
            linkbaseRefs.add(new Dts.LinkbaseRef(linkbase.uri(), role, where(xml, where)));
          }
        }
      } else if (ns.equals(Namespaces.XS) && depth == 2) {
        switch (local) {
          case "import", "include" -> {
            String location = xml.getAttributeValue(null, "schemaLocation");
            Taxonomy.Document imported = location == null ? null
                : available(location, here, where(xml, where), where, xml.getAttributeValue(null, "namespace"));
            if (imported != null) {
              queue.add(new Pending(imported, Kind.SCHEMA));
            }
          }
          case "element" -> declare(xml, tns, where, doc.uri());
          case "attribute" -> {
            String name = xml.getAttributeValue(null, "name");
            QName type = qname(xml, xml.getAttributeValue(null, "type"));
            if (name != null && type != null) {
              attributeTypes.putIfAbsent(new QName(tns, name), new QName(type.getNamespaceURI(), type.getLocalPart()));
            }
          }
          case "complexType", "simpleType" -> {
            String name = xml.getAttributeValue(null, "name");
            depth += readTypeBase(xml, new QName(tns, name));
          }
          default -> { }
        }
      }
    }
    if (links) {
      embedding.add(doc);
    }
  }

  private void declare(XMLStreamReader xml, String tns, String document, String uri) {
    String name = xml.getAttributeValue(null, "name");
    if (name == null) {
      return;
    }
    QName qname = new QName(tns, name);
    String id = xml.getAttributeValue(null, "id");
    if (id != null) {
      conceptsById.put(uri + "#" + id, qname);
    }
    elements.put(qname, new Declaration(qname,
        xml.getAttributeValue(null, "id"),
        qname(xml, xml.getAttributeValue(null, "type")),
        qname(xml, xml.getAttributeValue(null, "substitutionGroup")),
        xml.getAttributeValue(Namespaces.XBRLI, "periodType"),
        xml.getAttributeValue(Namespaces.XBRLI, "balance"),
        "true".equals(xml.getAttributeValue(null, "abstract")),
        "true".equals(xml.getAttributeValue(null, "nillable")),
        where(xml, document)));
  }

  /**
   * Reads a roleType or arcroleType to its end, keeping its definition, usedOn and
   * cyclesAllowed; returns the depth change (-1).
   */
  private int readRoleType(XMLStreamReader xml, boolean arcrole, String document, String where) throws XMLStreamException {
    String uri = xml.getAttributeValue(null, arcrole ? "arcroleURI" : "roleURI");
    String cyclesAllowed = arcrole ? xml.getAttributeValue(null, "cyclesAllowed") : null;
    Set<QName> usedOn = new java.util.HashSet<>();
    boolean repeated = false;
    String definition = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (xml.getLocalName().equals("definition") && uri != null) {
          definition = xml.getElementText().strip();
          if (!arcrole) {
            roleDefinitions.putIfAbsent(uri, definition);
          }
          depth--;
        } else if (xml.getLocalName().equals("usedOn")) {
          QName on = qname(xml, xml.getElementText().strip());
          if (on != null && !usedOn.add(new QName(on.getNamespaceURI(), on.getLocalPart()))) {
            repeated = true;
          }
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (uri != null) {
      Dts.RoleType type = new Dts.RoleType(uri, arcrole, usedOn, repeated, cyclesAllowed == null ? null : cyclesAllowed.strip(), definition,
          document, where);
      if ((arcrole ? arcroleTypes : roleTypes).putIfAbsent(uri, type) != null) {
        redeclared.add(type);
      }
    }
    return -1;
  }

  /** Reads a named type to its end, recording the base of its restriction or extension; returns the depth change (-1). */
  private int readTypeBase(XMLStreamReader xml, QName type) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String local = xml.getLocalName();
        if ((local.equals("restriction") || local.equals("extension")) && !baseTypes.containsKey(type)) {
          QName base = qname(xml, xml.getAttributeValue(null, "base"));
          if (base != null) {
            baseTypes.put(type, base);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return -1;
  }

  private static QName qname(XMLStreamReader xml, String lexical) {
    if (lexical == null) {
      return null;
    }
    int colon = lexical.indexOf(':');
    String prefix = colon < 0 ? "" : lexical.substring(0, colon);
    String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
    return new QName(uri == null ? "" : uri, lexical.substring(colon + 1), prefix);
  }

  private static String where(XMLStreamReader xml, String document) {
    return document + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
  }
}
