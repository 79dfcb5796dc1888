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
 * Reads the calculation links of a DTS's linkbases into effective relationships: for each
 * (role, from, to), the arcs of the highest priority win, and a prohibiting arc among them
 * removes the relationship (XBRL 2.1 §3.5.3.9.7).
 */
final class CalculationReader {
  static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";

  private record Key(String role, QName from, QName to) {}

  private record Arc(int priority, boolean prohibited, BigDecimal weight, BigDecimal order) {}

  private final Map<String, QName> conceptsById;
  private final Map<Key, List<Arc>> arcs = new LinkedHashMap<>();

  CalculationReader(Map<String, QName> conceptsById) {
    this.conceptsById = conceptsById;
  }

  Calculations read(List<Taxonomy.Document> linkbases) throws InputException {
    for (Taxonomy.Document doc : linkbases) {
      readLinkbase(doc);
    }
    Map<String, Map<QName, List<Object[]>>> byRole = new LinkedHashMap<>();
    for (Map.Entry<Key, List<Arc>> e : arcs.entrySet()) {
      Arc winner = effective(e.getValue());
      if (winner == null) {
        continue;
      }
      Key k = e.getKey();
      byRole.computeIfAbsent(k.role(), r -> new LinkedHashMap<>()).computeIfAbsent(k.from(), f -> new ArrayList<>())
          .add(new Object[] {k.to(), winner});
    }
    List<Calculations.Summation> summations = new ArrayList<>();
    for (Map.Entry<String, Map<QName, List<Object[]>>> role : byRole.entrySet()) {
      for (Map.Entry<QName, List<Object[]>> total : role.getValue().entrySet()) {
        List<Object[]> items = new ArrayList<>(total.getValue());
        items.sort((a, b) -> ((Arc) a[1]).order().compareTo(((Arc) b[1]).order()));
        List<Calculations.Item> list = new ArrayList<>();
        for (Object[] i : items) {
          list.add(new Calculations.Item((QName) i[0], ((Arc) i[1]).weight()));
        }
        summations.add(new Calculations.Summation(role.getKey(), total.getKey(), list));
      }
    }
    return new Calculations(summations);
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
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, doc.uri());
      try {
        String role = null;
        Map<String, List<QName>> locators = new HashMap<>();
        List<String[]> linkArcs = new ArrayList<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT && Namespaces.LINK.equals(xml.getNamespaceURI())) {
            switch (xml.getLocalName()) {
              case "calculationLink" -> {
                role = xml.getAttributeValue(Namespaces.XLINK, "role");
                locators.clear();
                linkArcs.clear();
              }
              case "loc" -> {
                if (role != null) {
                  String href = xml.getAttributeValue(Namespaces.XLINK, "href");
                  QName concept = concept(doc.uri(), href, xml);
                  locators.computeIfAbsent(xml.getAttributeValue(Namespaces.XLINK, "label"), l -> new ArrayList<>()).add(concept);
                }
              }
              case "calculationArc" -> linkArcs.add(new String[] {
                  xml.getAttributeValue(Namespaces.XLINK, "arcrole"),
                  xml.getAttributeValue(Namespaces.XLINK, "from"),
                  xml.getAttributeValue(Namespaces.XLINK, "to"),
                  xml.getAttributeValue(null, "weight"),
                  xml.getAttributeValue(null, "order"),
                  xml.getAttributeValue(null, "use"),
                  xml.getAttributeValue(null, "priority"),
                  doc.uri() + ":" + xml.getLocation().getLineNumber()});
              default -> { }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && Namespaces.LINK.equals(xml.getNamespaceURI())
              && "calculationLink".equals(xml.getLocalName())) {
            addArcs(role, locators, linkArcs);
            role = null;
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(doc.uri(), "cannot read the linkbase: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw new InputException(doc.uri(), "not well-formed XML: " + InputException.oneLine(e.getMessage()), e);
    }
  }

  private void addArcs(String role, Map<String, List<QName>> locators, List<String[]> linkArcs) throws InputException {
    for (String[] a : linkArcs) {
      if (!SUMMATION_ITEM.equals(a[0])) {
        continue;
      }
      List<QName> from = locators.get(a[1]);
      List<QName> to = locators.get(a[2]);
      if (from == null || to == null) {
        throw new InputException(a[7], "a calculation arc names a label no locator has: " + (from == null ? a[1] : a[2]));
      }
      BigDecimal weight;
      BigDecimal order;
      int priority;
      try {
        weight = new BigDecimal(a[3].strip());
        order = a[4] == null ? BigDecimal.ONE : new BigDecimal(a[4].strip());
        priority = a[6] == null ? 0 : Integer.parseInt(a[6].strip());
      } catch (NumberFormatException | NullPointerException e) {
        throw new InputException(a[7], "a calculation arc has a malformed weight, order or priority");
      }
      for (QName f : from) {
        for (QName t : to) {
          arcs.computeIfAbsent(new Key(role, f, t), k -> new ArrayList<>())
              .add(new Arc(priority, "prohibited".equals(a[5]), weight, order));
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
