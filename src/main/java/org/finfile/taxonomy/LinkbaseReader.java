package org.finfile.taxonomy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Reads the extended links of a DTS's linkbases (and of linkbases embedded in its schemas),
 * by their XLink types. Relationships are made effective as XBRL 2.1 §3.5.3.9.7 says: arcs are
 * grouped by equivalence (same arc element, source, target, base set and non-exempt attributes,
 * {@code use} and {@code priority} exempt); in each group the arcs of the highest priority win,
 * and a prohibiting arc among them removes the relationship.
 */
final class LinkbaseReader {
  static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
  static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";
  static final String CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label";
  private static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/";
  private static final String STANDARD_ARCROLE = "http://www.xbrl.org/2003/arcrole/";
  private static final QName LABEL = new QName(Namespaces.LINK, "label");
  private static final QName LABEL_LINK = new QName(Namespaces.LINK, "labelLink");
  private static final QName CALCULATION_LINK = new QName(Namespaces.LINK, "calculationLink");
  private static final QName PRESENTATION_LINK = new QName(Namespaces.LINK, "presentationLink");
  private static final QName DEFINITION_LINK = new QName(Namespaces.LINK, "definitionLink");

  /** A node an arc can join: a concept, or any other element, named by its URI. */
  private record Node(String key, QName concept) {}

  /**
   * A relationship's identity for equivalence (§3.5.3.9.7.4): the base set, the source and
   * target, and the non-exempt attributes ({@code order} and {@code weight} by value).
   */
  private record Key(QName link, String role, QName arc, String arcrole, String from, String to, Map<String, String> attributes) {}

  /** One arc as written. */
  private record Arc(int priority, boolean prohibited, BigDecimal weight, BigDecimal order, String preferredLabel,
      QName fromConcept, QName toConcept, String where) {}

  /** An arc of the extended link being read, before its labels are resolved. */
  private record RawArc(QName arc, String arcrole, String from, String to, String use, String priority, String weight,
      String order, String preferredLabel, Map<String, String> attributes, String where) {}

  private final Map<String, QName> conceptsById;
  private final MissingDocuments missing;
  private final Map<QName, QName> attributeTypes;
  private final Map<Key, List<Arc>> arcs = new LinkedHashMap<>();
  private final Map<QName, Map<String, Map<String, String>>> labels = new HashMap<>();
  private final List<Dts.RoleUse> uses = new ArrayList<>();
  private final List<Dts.RoleRef> refs = new ArrayList<>();
  private final Map<String, java.util.Set<QName>> linkElements = new HashMap<>();

  private final List<String> problems;
  private final Map<String, String> roleDefinitions;
  /** Relationships read so far, each pair of a from and a to concept (or label) one. */
  private long relationships;
  private final long maxRelationships = org.finfile.Limit.RELATIONSHIPS.value();

  /** Locators into {@code missing} documents name their concepts as {@link MissingDocuments#concept} says. */
  LinkbaseReader(Map<String, QName> conceptsById, List<String> problems, Map<String, String> roleDefinitions,
      Map<QName, QName> attributeTypes, MissingDocuments missing) {
    this.missing = missing;
    this.conceptsById = conceptsById;
    this.attributeTypes = attributeTypes;
    this.problems = problems;
    this.roleDefinitions = roleDefinitions;
  }

  /** What the linkbases say. */
  record Result(Calculations calculations, Presentation presentation, Labels labels, Definitions definitions,
      List<Dts.Relationship> relationships, List<Dts.RoleUse> uses, List<Dts.RoleRef> refs, Map<String, java.util.Set<QName>> links) {}

  Result read(List<Taxonomy.Document> linkbases) throws InputException {
    for (Taxonomy.Document doc : linkbases) {
      readLinkbase(doc);
    }
    Map<String, Map<QName, List<Object[]>>> calc = new LinkedHashMap<>();
    Map<String, Map<QName, List<Object[]>>> pres = new LinkedHashMap<>();
    List<Definitions.Relationship> definitions = new ArrayList<>();
    List<Dts.Relationship> all = new ArrayList<>();
    for (Map.Entry<Key, List<Arc>> e : arcs.entrySet()) {
      Arc winner = effective(e.getValue());
      if (winner == null) {
        continue;
      }
      Key k = e.getKey();
      all.add(new Dts.Relationship(k.link(), k.role(), k.arc(), k.arcrole(), k.from(), k.to(), winner.fromConcept(),
          winner.toConcept(), winner.weight(), winner.preferredLabel(), winner.where()));
      if (winner.fromConcept() == null || winner.toConcept() == null) {
        continue;
      }
      if (k.link().equals(DEFINITION_LINK)) {
        definitions.add(new Definitions.Relationship(k.role(), k.arcrole(), winner.fromConcept(), winner.toConcept()));
        continue;
      }
      Map<String, Map<QName, List<Object[]>>> target = k.link().equals(CALCULATION_LINK) && SUMMATION_ITEM.equals(k.arcrole())
          ? calc : k.link().equals(PRESENTATION_LINK) && PARENT_CHILD.equals(k.arcrole()) ? pres : null;
      if (target != null && (target == pres || winner.weight() != null)) {
        target.computeIfAbsent(k.role(), r -> new LinkedHashMap<>()).computeIfAbsent(winner.fromConcept(), f -> new ArrayList<>())
            .add(new Object[] {winner.toConcept(), winner});
      }
    }
    List<Calculations.Summation> summations = new ArrayList<>();
    for (Map.Entry<String, Map<QName, List<Object[]>>> role : calc.entrySet()) {
      for (Map.Entry<QName, List<Object[]>> total : role.getValue().entrySet()) {
        List<Calculations.Item> items = new ArrayList<>();
        for (Object[] i : ordered(total.getValue())) {
          items.add(new Calculations.Item((QName) i[0], ((Arc) i[1]).weight()));
        }
        summations.add(new Calculations.Summation(role.getKey(), total.getKey(), items));
      }
    }
    List<Presentation.Network> networks = new ArrayList<>();
    for (Map.Entry<String, Map<QName, List<Object[]>>> role : pres.entrySet()) {
      Map<QName, List<Object[]>> children = role.getValue();
      List<QName> roots = new ArrayList<>();
      java.util.Set<QName> isChild = new java.util.HashSet<>();
      children.values().forEach(list -> list.forEach(c -> isChild.add((QName) c[0])));
      for (QName parent : children.keySet()) {
        if (!isChild.contains(parent)) {
          roots.add(parent);
        }
      }
      Map<QName, List<Presentation.Child>> kids = new LinkedHashMap<>();
      children.forEach((parent, list) -> kids.put(parent, ordered(list).stream()
          .map(c -> new Presentation.Child((QName) c[0], ((Arc) c[1]).preferredLabel())).toList()));
      networks.add(new Presentation.Network(role.getKey(), roleDefinitions.get(role.getKey()), roots, kids));
    }
    return new Result(new Calculations(summations), new Presentation(networks), new Labels(labels), new Definitions(definitions),
        all, uses, refs, linkElements);
  }

  private static List<Object[]> ordered(List<Object[]> list) {
    List<Object[]> sorted = new ArrayList<>(list);
    sorted.sort((a, b) -> ((Arc) a[1]).order().compareTo(((Arc) b[1]).order()));
    return sorted;
  }

  private static Arc effective(List<Arc> candidates) {
    int top = candidates.stream().mapToInt(Arc::priority).max().orElse(0);
    Arc winner = null;
    for (Arc a : candidates) {
      if (a.priority() == top) {
        if (a.prohibited()) {
          return null;
        }
        winner = a;
      }
    }
    return winner;
  }

  /** The extended link being read: its element, role, locators, resources and arcs. */
  private static final class Link {
    final QName name;
    final String role;
    final int depth;
    final Map<String, List<Node>> nodes = new HashMap<>();
    final Map<String, List<String[]>> labelResources = new HashMap<>();
    final List<RawArc> arcs = new ArrayList<>();

    Link(QName name, String role, int depth) {
      this.name = name;
      this.role = role;
      this.depth = depth;
    }
  }

  private void readLinkbase(Taxonomy.Document doc) throws InputException {
    org.finfile.Limit.INPUT_BYTES.checkSize(doc.local());
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, doc.uri());
      try {
        Deque<String> bases = new ArrayDeque<>();
        Link link = null;
        // the linkbase element being read: a schema can embed several, each with its own roleRefs
        String linkbase = doc.uri();
        int linkbases = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            if (link != null && bases.size() == link.depth) {
              addArcs(doc.uri(), link);
              link = null;
            }
            bases.pop();
            continue;
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String base = base(xml, bases.isEmpty() ? doc.uri() : bases.peek());
          bases.push(base);
          QName name = xml.getName();
          if (Namespaces.LINK.equals(name.getNamespaceURI()) && name.getLocalPart().equals("linkbase")) {
            linkbase = doc.uri() + (++linkbases == 1 ? "" : " (linkbase " + linkbases + ")");
          }
          String type = xml.getAttributeValue(Namespaces.XLINK, "type");
          if (type == null) {
            continue;
          }
          String where = doc.uri() + ":" + xml.getLocation().getLineNumber();
          String role = xml.getAttributeValue(Namespaces.XLINK, "role");
          switch (type) {
            case "simple" -> {
              boolean isRoleRef = Namespaces.LINK.equals(name.getNamespaceURI()) && name.getLocalPart().equals("roleRef");
              boolean isArcroleRef = Namespaces.LINK.equals(name.getNamespaceURI()) && name.getLocalPart().equals("arcroleRef");
              if (isRoleRef || isArcroleRef) {
                String uri = xml.getAttributeValue(null, isRoleRef ? "roleURI" : "arcroleURI");
                if (uri != null) {
                  refs.add(new Dts.RoleRef(uri, isArcroleRef, linkbase, where));
                }
              }
            }
            case "extended" -> {
              if (link == null) {
                linkElements.computeIfAbsent(doc.uri(), d -> new java.util.HashSet<>()).add(name);
                link = new Link(name, role, bases.size());
                use(role, false, name, linkbase, where);
              }
            }
            case "locator" -> {
              if (link != null) {
                use(role, false, name, linkbase, where);
                Node node = locate(base, xml.getAttributeValue(Namespaces.XLINK, "href"), where, link.name);
                if (node != null) {
                  link.nodes.computeIfAbsent(xml.getAttributeValue(Namespaces.XLINK, "label"), l -> new ArrayList<>()).add(node);
                }
              }
            }
            case "resource" -> {
              if (link != null) {
                use(role, false, name, linkbase, where);
                String label = xml.getAttributeValue(Namespaces.XLINK, "label");
                String id = xml.getAttributeValue(null, "id");
                link.nodes.computeIfAbsent(label, l -> new ArrayList<>()).add(new Node(doc.uri() + "#"
                    + (id != null ? id : "@" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber()), null));
                if (name.equals(LABEL) && link.name.equals(LABEL_LINK)) {
                  String lang = xml.getAttributeValue(Namespaces.XML, "lang");
                  String text = readText(xml);
                  bases.pop();
                  link.labelResources.computeIfAbsent(label, l -> new ArrayList<>()).add(new String[] {
                      role == null ? Labels.STANDARD : role, lang == null ? "" : lang, text});
                }
              }
            }
            case "arc" -> {
              if (link != null) {
                String arcrole = xml.getAttributeValue(Namespaces.XLINK, "arcrole");
                use(arcrole, true, name, linkbase, where);
                link.arcs.add(rawArc(xml, name, arcrole, where));
              }
            }
            default -> { }
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(doc.uri(), "cannot read the linkbase: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw org.finfile.xml.XmlSecurity.unreadable(doc.uri(), e);
    }
  }

  private RawArc rawArc(XMLStreamReader xml, QName name, String arcrole, String where) {
    Map<String, String> attributes = new TreeMap<>();
    String order = null;
    String weight = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      QName attribute = xml.getAttributeName(i);
      String ns = attribute.getNamespaceURI();
      String local = attribute.getLocalPart();
      if (Namespaces.XLINK.equals(ns) || ns.isEmpty() && (local.equals("use") || local.equals("priority"))) {
        continue;
      }
      String value = xml.getAttributeValue(i);
      if (ns.isEmpty() && local.equals("order")) {
        order = value;
      } else if (ns.isEmpty() && local.equals("weight")) {
        weight = value;
      } else {
        attributes.put(attribute.toString(), byValue(attributeTypes.get(attribute), value.strip()));
      }
    }
    return new RawArc(name, arcrole, xml.getAttributeValue(Namespaces.XLINK, "from"), xml.getAttributeValue(Namespaces.XLINK, "to"),
        xml.getAttributeValue(null, "use"), xml.getAttributeValue(null, "priority"), weight, order,
        xml.getAttributeValue(null, "preferredLabel"), attributes, where);
  }

  /**
   * An attribute's value in a form that compares by value for the XML Schema types whose lexical
   * forms differ for one value (decimal, double, float, boolean); others as written.
   */
  static String byValue(QName type, String value) {
    if (type == null || !Namespaces.XS.equals(type.getNamespaceURI())) {
      return value;
    }
    try {
      return switch (type.getLocalPart()) {
        case "decimal" -> new BigDecimal(value).stripTrailingZeros().toPlainString();
        case "double", "float" -> String.valueOf(Double.parseDouble(value));
        case "boolean" -> String.valueOf(value.equals("1") || value.equals("true"));
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /**
   * Records a custom role or arcrole (one outside XBRL 2.1's own) used on {@code element}, an
   * element of XBRL 2.1's linkbase namespace (the roleRef and usedOn rules are about those).
   */
  private void use(String uri, boolean arcrole, QName element, String document, String where) {
    if (uri != null && !uri.startsWith(arcrole ? STANDARD_ARCROLE : STANDARD_ROLE) && Namespaces.LINK.equals(element.getNamespaceURI())) {
      uses.add(new Dts.RoleUse(uri, arcrole, element, document, where));
    }
  }

  /** The element's base URI: its xml:base resolved against its parent's. */
  static String base(XMLStreamReader xml, String parent) {
    String xmlBase = xml.getAttributeValue(Namespaces.XML, "base");
    if (xmlBase == null) {
      return parent;
    }
    try {
      return new URL(new URL(parent), xmlBase).toString();
    } catch (MalformedURLException e) {
      return parent;
    }
  }

  /** The text of a label; XHTML markup in it is kept as its text. */
  private static String readText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      }
    }
    return text.toString().strip();
  }

  /** Counts {@code n} more relationships, refusing the taxonomy past the limit. */
  private void count(String where, long n) throws InputException {
    relationships += n;
    if (relationships > maxRelationships) {
      throw org.finfile.Limit.RELATIONSHIPS.exceeded(where, "a taxonomy of more than " + maxRelationships + " relationships");
    }
  }

  private void addArcs(String document, Link link) throws InputException {
    for (RawArc a : link.arcs) {
      List<Node> from = link.nodes.get(a.from());
      if (CONCEPT_LABEL.equals(a.arcrole()) && link.name.equals(LABEL_LINK)) {
        List<String[]> found = link.labelResources.get(a.to());
        if (from == null || found == null) {
          problems.add(a.where() + ": a label arc names a label no locator or label has; the arc is left out");
          continue;
        }
        count(a.where(), (long) from.size() * found.size());
        for (Node concept : from) {
          if (concept.concept() == null) {
            continue;
          }
          for (String[] label : found) {
            labels.computeIfAbsent(concept.concept(), c -> new HashMap<>()).computeIfAbsent(label[0], r -> new HashMap<>())
                .putIfAbsent(label[1], label[2]);
          }
        }
        continue;
      }
      List<Node> to = link.nodes.get(a.to());
      if (from == null || to == null) {
        problems.add(a.where() + ": an arc names a label no locator or resource has: " + (from == null ? a.from() : a.to())
            + "; the arc is left out");
        continue;
      }
      BigDecimal weight;
      BigDecimal order;
      int priority;
      try {
        weight = a.weight() == null ? null : new BigDecimal(a.weight().strip());
        order = a.order() == null ? BigDecimal.ONE : new BigDecimal(a.order().strip());
        priority = a.priority() == null ? 0 : Integer.parseInt(a.priority().strip());
      } catch (NumberFormatException e) {
        problems.add(a.where() + ": an arc has a malformed weight, order or priority; the arc is left out");
        continue;
      }
      if (SUMMATION_ITEM.equals(a.arcrole()) && weight == null) {
        problems.add(a.where() + ": a summation-item arc has no weight; the arc is left out");
        continue;
      }
      Map<String, String> attributes = new TreeMap<>(a.attributes());
      attributes.put("order", order.stripTrailingZeros().toPlainString());
      if (weight != null) {
        attributes.put("weight", weight.stripTrailingZeros().toPlainString());
      }
      Map<String, String> key = Map.copyOf(attributes);
      count(a.where(), (long) from.size() * to.size());
      for (Node f : from) {
        for (Node t : to) {
          arcs.computeIfAbsent(new Key(link.name, link.role, a.arc(), a.arcrole(), f.key(), t.key(), key), k -> new ArrayList<>())
              .add(new Arc(priority, "prohibited".equals(a.use()), weight, order, a.preferredLabel(), f.concept(), t.concept(),
                  a.where()));
        }
      }
    }
  }

  /**
   * The node a locator points at: a concept when it is one, else the element (or, without a
   * fragment, the document) by its URI; null (with a problem) when the href is unusable.
   */
  private Node locate(String base, String href, String where, QName linkName) {
    if (href == null) {
      problems.add(where + ": a locator has no href; the locator is left out");
      return null;
    }
    int hash = href.indexOf('#');
    String absolute;
    try {
      absolute = hash < 0 ? new URL(new URL(base), href).toString()
          : new URL(new URL(base), href.substring(0, hash)).toString() + "#" + decode(href.substring(hash + 1));
    } catch (MalformedURLException e) {
      problems.add(where + ": a locator href is not a URL: " + href + "; the locator is left out");
      return null;
    }
    QName concept = conceptsById.get(absolute);
    if (concept == null && missing.covers(absolute)) {
      concept = missing.concept(absolute);
      if (concept == null) {
        return new Node(absolute, null); // no concept: counted, reported once for all, its arcs relate no concept
      }
    }
    if (concept == null && hash >= 0 && Namespaces.LINK.equals(linkName.getNamespaceURI())
        && !linkName.getLocalPart().equals("referenceLink") && !linkName.getLocalPart().equals("footnoteLink")) {
      problems.add(where + ": a locator points at no concept of the taxonomy: " + href + "; the locator is left out");
      return null;
    }
    return new Node(concept != null ? concept.toString() : absolute, concept);
  }

  /** A fragment with its %XX escapes (UTF-8 bytes) decoded; a malformed escape is kept as written. */
  static String decode(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 2 < fragment.length() && isHex(fragment.charAt(i + 1)) && isHex(fragment.charAt(i + 2))) {
        bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
        i += 2;
        continue;
      }
      if (bytes.size() > 0) {
        out.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
      }
      out.append(c);
    }
    out.append(bytes.toString(StandardCharsets.UTF_8));
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
