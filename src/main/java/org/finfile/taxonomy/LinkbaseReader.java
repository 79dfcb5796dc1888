package org.finfile.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Reads the label, presentation and calculation links of a DTS's linkbases. Relationships are
 * made effective as XBRL 2.1 §3.5.3.9.7 says: for each (link role, arcrole, from, to), the arcs
 * of the highest priority win, and a prohibiting arc among them removes the relationship.
 */
final class LinkbaseReader {
  static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
  static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";
  static final String CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label";

  /** A relationship's identity; {@code definition} for one of a definition link. */
  private record Key(String role, String arcrole, QName from, QName to, boolean definition) {}

  /** One arc as written. */
  private record Arc(int priority, boolean prohibited, BigDecimal weight, BigDecimal order, String preferredLabel) {}

  private final Map<String, QName> conceptsById;
  private final Map<Key, List<Arc>> arcs = new LinkedHashMap<>();
  private final Map<QName, Map<String, Map<String, String>>> labels = new HashMap<>();

  private final List<String> problems;
  private final Map<String, String> roleDefinitions;
  /** Relationships read so far, each pair of a from and a to concept (or label) one. */
  private long relationships;
  private final long maxRelationships = org.finfile.Limit.RELATIONSHIPS.value();

  LinkbaseReader(Map<String, QName> conceptsById, List<String> problems, Map<String, String> roleDefinitions) {
    this.conceptsById = conceptsById;
    this.problems = problems;
    this.roleDefinitions = roleDefinitions;
  }

  /** What the linkbases say. */
  record Result(Calculations calculations, Presentation presentation, Labels labels, Definitions definitions) {}

  Result read(List<Taxonomy.Document> linkbases) throws InputException {
    for (Taxonomy.Document doc : linkbases) {
      readLinkbase(doc);
    }
    Map<String, Map<QName, List<Object[]>>> calc = new LinkedHashMap<>();
    Map<String, Map<QName, List<Object[]>>> pres = new LinkedHashMap<>();
    List<Definitions.Relationship> definitions = new ArrayList<>();
    for (Map.Entry<Key, List<Arc>> e : arcs.entrySet()) {
      Arc winner = effective(e.getValue());
      if (winner == null) {
        continue;
      }
      Key k = e.getKey();
      if (k.definition()) {
        definitions.add(new Definitions.Relationship(k.role(), k.arcrole(), k.from(), k.to()));
        continue;
      }
      Map<String, Map<QName, List<Object[]>>> target = k.arcrole().equals(SUMMATION_ITEM) ? calc : pres;
      target.computeIfAbsent(k.role(), r -> new LinkedHashMap<>()).computeIfAbsent(k.from(), f -> new ArrayList<>())
          .add(new Object[] {k.to(), winner});
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
    return new Result(new Calculations(summations), new Presentation(networks), new Labels(labels), new Definitions(definitions));
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

  private void readLinkbase(Taxonomy.Document doc) throws InputException {
    org.finfile.Limit.INPUT_BYTES.checkSize(doc.local());
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, doc.uri());
      try {
        String role = null;
        String linkName = null;
        Map<String, List<QName>> locators = new HashMap<>();
        Map<String, List<String[]>> resources = new HashMap<>();
        List<String[]> linkArcs = new ArrayList<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT && Namespaces.LINK.equals(xml.getNamespaceURI())) {
            String local = xml.getLocalName();
            switch (local) {
              case "calculationLink", "presentationLink", "labelLink", "definitionLink" -> {
                role = xml.getAttributeValue(Namespaces.XLINK, "role");
                linkName = local;
                locators.clear();
                resources.clear();
                linkArcs.clear();
              }
              case "loc" -> {
                if (role != null) {
                  try {
                    QName concept = concept(doc.uri(), xml.getAttributeValue(Namespaces.XLINK, "href"), xml);
                    locators.computeIfAbsent(xml.getAttributeValue(Namespaces.XLINK, "label"), l -> new ArrayList<>()).add(concept);
                  } catch (InputException e) {
                    problems.add(e.getMessage() + "; the locator is left out");
                  }
                }
              }
              case "label" -> {
                if (role != null) {
                  String label = xml.getAttributeValue(Namespaces.XLINK, "label");
                  String labelRole = xml.getAttributeValue(Namespaces.XLINK, "role");
                  String lang = xml.getAttributeValue(Namespaces.XML, "lang");
                  String text = readText(xml);
                  resources.computeIfAbsent(label, l -> new ArrayList<>()).add(new String[] {
                      labelRole == null ? Labels.STANDARD : labelRole, lang == null ? "" : lang, text});
                }
              }
              case "calculationArc", "presentationArc", "labelArc", "definitionArc" -> linkArcs.add(new String[] {
                  xml.getAttributeValue(Namespaces.XLINK, "arcrole"),
                  xml.getAttributeValue(Namespaces.XLINK, "from"),
                  xml.getAttributeValue(Namespaces.XLINK, "to"),
                  xml.getAttributeValue(null, "weight"),
                  xml.getAttributeValue(null, "order"),
                  xml.getAttributeValue(null, "use"),
                  xml.getAttributeValue(null, "priority"),
                  doc.uri() + ":" + xml.getLocation().getLineNumber(),
                  xml.getAttributeValue(null, "preferredLabel")});
              default -> { }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && Namespaces.LINK.equals(xml.getNamespaceURI())
              && xml.getLocalName().equals(linkName)) {
            addArcs(role, linkName, locators, resources, linkArcs);
            role = null;
            linkName = null;
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

  private void addArcs(String role, String linkName, Map<String, List<QName>> locators, Map<String, List<String[]>> resources,
      List<String[]> linkArcs) throws InputException {
    for (String[] a : linkArcs) {
      String arcrole = a[0];
      List<QName> from = locators.get(a[1]);
      if (CONCEPT_LABEL.equals(arcrole)) {
        List<String[]> found = resources.get(a[2]);
        if (from == null || found == null) {
          problems.add(a[7] + ": a label arc names a label no locator or label has; the arc is left out");
          continue;
        }
        count(a[7], (long) from.size() * found.size());
        for (QName concept : from) {
          for (String[] label : found) {
            labels.computeIfAbsent(concept, c -> new HashMap<>()).computeIfAbsent(label[0], r -> new HashMap<>())
                .putIfAbsent(label[1], label[2]);
          }
        }
        continue;
      }
      boolean definition = "definitionLink".equals(linkName);
      if (!definition && !SUMMATION_ITEM.equals(arcrole) && !PARENT_CHILD.equals(arcrole)) {
        continue;
      }
      List<QName> to = locators.get(a[2]);
      if (from == null || to == null) {
        problems.add(a[7] + ": an arc names a label no locator has: " + (from == null ? a[1] : a[2]) + "; the arc is left out");
        continue;
      }
      BigDecimal weight;
      BigDecimal order;
      int priority;
      try {
        weight = SUMMATION_ITEM.equals(arcrole) ? new BigDecimal(a[3].strip()) : BigDecimal.ONE;
        order = a[4] == null ? BigDecimal.ONE : new BigDecimal(a[4].strip());
        priority = a[6] == null ? 0 : Integer.parseInt(a[6].strip());
      } catch (NumberFormatException | NullPointerException e) {
        problems.add(a[7] + ": an arc has a malformed weight, order or priority; the arc is left out");
        continue;
      }
      count(a[7], (long) from.size() * to.size());
      for (QName f : from) {
        for (QName t : to) {
          arcs.computeIfAbsent(new Key(role, arcrole, f, t, definition), k -> new ArrayList<>())
              .add(new Arc(priority, "prohibited".equals(a[5]), weight, order, a[8]));
        }
      }
    }
  }

  private QName concept(String base, String href, XMLStreamReader xml) throws InputException {
    String where = base + ":" + xml.getLocation().getLineNumber();
    if (href == null || !href.contains("#")) {
      throw new InputException(where, "a locator has no #id: " + href);
    }
    String absolute;
    try {
      absolute = new URL(new URL(base), href).toString();
    } catch (MalformedURLException e) {
      throw new InputException(where, "a locator href is not a URL: " + href);
    }
    QName concept = conceptsById.get(absolute);
    if (concept == null) {
      throw new InputException(where, "a locator points at no concept of the taxonomy: " + href);
    }
    return concept;
  }
}
