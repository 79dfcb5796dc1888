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

/** Walks a DTS: schemas by import and include, linkbases by linkbaseRef, each read once. */
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

  TaxonomyLoader(OfflineResolver resolver) {
    this.resolver = resolver;
  }

  private record Declaration(QName name, String id, QName type, QName substitutionGroup, String periodType,
      String balance, boolean isAbstract, boolean nillable, String where) {}

  Taxonomy load(List<String> hrefs, String base) throws InputException {
    Deque<Taxonomy.Document> queue = new ArrayDeque<>();
    for (String href : hrefs) {
      queue.add(document(href, base, base == null ? href : base));
    }
    while (!queue.isEmpty()) {
      Taxonomy.Document doc = queue.poll();
      if (!seen.add(doc.uri())) {
        continue;
      }
      if (seen.size() + linkbases.size() > org.finfile.Limit.TAXONOMY_FILES.value()) {
        throw org.finfile.Limit.TAXONOMY_FILES.exceeded(doc.uri(), "a taxonomy of more than "
            + org.finfile.Limit.TAXONOMY_FILES.value() + " schemas and linkbases");
      }
      schemas.add(doc);
      readSchema(doc, queue);
    }
    Map<QName, Concept> concepts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Declaration d : elements.values()) {
      if (!isItem(d)) {
        continue;
      }
      try {
        concepts.put(d.name(), concept(d));
      } catch (InputException e) {
        problems.add(e.getMessage() + "; the concept is left out");
      }
    }
    List<Taxonomy.Document> linkbaseList = List.copyOf(linkbases.values());
    LinkbaseReader.Result links = new LinkbaseReader(conceptsById, problems, roleDefinitions).read(linkbaseList);
    return new Taxonomy(concepts, schemas, linkbaseList, prefixes, links.calculations(), links.presentation(), links.labels(),
        links.definitions(), problems);
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

  private void readSchema(Taxonomy.Document doc, Deque<Taxonomy.Document> queue) throws InputException {
    String where = doc.uri();
    org.finfile.Limit.INPUT_BYTES.checkSize(doc.local());
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, where);
      try {
        xml.nextTag();
        if (!xml.getNamespaceURI().equals(Namespaces.XS) || !xml.getLocalName().equals("schema")) {
          throw new InputException(where, "not an XML schema: the root is " + xml.getName());
        }
        String targetNamespace = xml.getAttributeValue(null, "targetNamespace");
        String tns = targetNamespace == null ? "" : targetNamespace;
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
          String prefix = xml.getNamespacePrefix(i);
          if (prefix != null && !prefix.isEmpty() && tns.equals(xml.getNamespaceURI(i))) {
            prefixes.putIfAbsent(tns, prefix);
          }
        }
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
          if (ns.equals(Namespaces.LINK) && local.equals("roleType")) {
            String roleUri = xml.getAttributeValue(null, "roleURI");
            depth += readRoleType(xml, roleUri);
          } else if (ns.equals(Namespaces.LINK) && local.equals("linkbaseRef")) {
            String href = xml.getAttributeValue(Namespaces.XLINK, "href");
            if (href != null) {
              Taxonomy.Document linkbase = document(href, where, where(xml, where));
              linkbases.putIfAbsent(linkbase.uri(), linkbase);
            }
          } else if (ns.equals(Namespaces.XS) && depth == 2) {
            switch (local) {
              case "import", "include" -> {
                String location = xml.getAttributeValue(null, "schemaLocation");
                if (location != null) {
                  queue.add(document(location, where, where(xml, where)));
                }
              }
              case "element" -> declare(xml, tns, where, doc.uri());
              case "complexType", "simpleType" -> {
                String name = xml.getAttributeValue(null, "name");
                depth += readTypeBase(xml, new QName(tns, name));
              }
              default -> { }
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(where, "cannot read the schema: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw org.finfile.xml.XmlSecurity.unreadable(where, e);
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

  /** Reads a role type to its end, keeping its definition; returns the depth change (-1). */
  private int readRoleType(XMLStreamReader xml, String roleUri) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (xml.getLocalName().equals("definition") && roleUri != null) {
          roleDefinitions.putIfAbsent(roleUri, xml.getElementText().strip());
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
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
