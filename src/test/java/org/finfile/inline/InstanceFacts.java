package org.finfile.inline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An XBRL instance's facts as plain values, read with the DOM and nothing of finfile's: each
 * fact's concept, its context by value (entity, period, segment and scenario with their
 * dimension members as sets), its unit by value (measures), decimals and value. For comparing
 * two extractions of one inline page fact by fact.
 */
final class InstanceFacts {
  static final String XBRLI = "http://www.xbrl.org/2003/instance";
  static final String XBRLDI = "http://xbrl.org/2006/xbrldi";

  /** One fact: numeric values as their BigDecimal's plain string without trailing zeros, text as written. */
  record Seen(String id, String concept, String context, String unit, String decimals, String value) {
    /** Everything but the id. */
    String key() {
      return concept + " | " + context + " | " + unit + " | " + decimals + " | " + value;
    }
  }

  private InstanceFacts() {}

  static List<Seen> read(byte[] xml) throws Exception {
    return read(new ByteArrayInputStream(xml));
  }

  static List<Seen> read(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(in);
    Element root = doc.getDocumentElement();
    Map<String, String> contexts = new HashMap<>();
    Map<String, String> units = new HashMap<>();
    List<Element> facts = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      if (XBRLI.equals(e.getNamespaceURI()) && e.getLocalName().equals("context")) {
        contexts.put(e.getAttribute("id"), context(e));
      } else if (XBRLI.equals(e.getNamespaceURI()) && e.getLocalName().equals("unit")) {
        units.put(e.getAttribute("id"), unit(e));
      } else if (!"http://www.xbrl.org/2003/linkbase".equals(e.getNamespaceURI())) {
        facts.add(e);
      }
    }
    List<Seen> seen = new ArrayList<>();
    for (Element f : facts) {
      boolean numeric = f.hasAttribute("unitRef");
      boolean nil = "true".equals(f.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"));
      String value = nil ? "(nil)" : f.getTextContent();
      if (numeric && !nil) {
        BigDecimal d = new BigDecimal(value.strip()).stripTrailingZeros();
        value = d.signum() == 0 ? "0" : d.toPlainString();
      }
      seen.add(new Seen(f.getAttribute("id"), "{" + f.getNamespaceURI() + "}" + f.getLocalName(),
          contexts.get(f.getAttribute("contextRef")), numeric ? units.get(f.getAttribute("unitRef")) : null,
          f.hasAttribute("decimals") ? f.getAttribute("decimals").strip() : null, value));
    }
    return seen;
  }

  private static String context(Element c) {
    Element entity = child(c, "entity");
    Element id = child(entity, "identifier");
    Element period = child(c, "period");
    StringBuilder out = new StringBuilder(id.getAttribute("scheme").strip() + "#" + id.getTextContent().strip() + " ");
    for (Node n = period.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.append(e.getLocalName()).append('=').append(e.getTextContent().strip()).append(' ');
      }
    }
    out.append("segment").append(qualifiers(child(entity, "segment")));
    out.append(" scenario").append(qualifiers(child(c, "scenario")));
    return out.toString();
  }

  /** The members as a sorted set: {dimension}={member} with QNames expanded, typed members as their text. */
  private static String qualifiers(Element container) {
    TreeSet<String> members = new TreeSet<>();
    if (container != null) {
      for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          String dimension = expand(e, e.getAttribute("dimension"));
          if (XBRLDI.equals(e.getNamespaceURI()) && e.getLocalName().equals("explicitMember")) {
            members.add(dimension + "=" + expand(e, e.getTextContent().strip()));
          } else if (XBRLDI.equals(e.getNamespaceURI()) && e.getLocalName().equals("typedMember")) {
            members.add(dimension + "~" + e.getTextContent().strip());
          } else {
            members.add("{" + e.getNamespaceURI() + "}" + e.getLocalName() + ":" + e.getTextContent().strip());
          }
        }
      }
    }
    return members.toString();
  }

  private static String unit(Element u) {
    TreeSet<String> measures = new TreeSet<>();
    NodeList all = u.getElementsByTagNameNS(XBRLI, "measure");
    for (int i = 0; i < all.getLength(); i++) {
      Element m = (Element) all.item(i);
      String side = ((Element) m.getParentNode()).getLocalName();
      measures.add(side + ":" + expand(m, m.getTextContent().strip()));
    }
    return measures.toString();
  }

  private static String expand(Element scope, String qname) {
    int colon = qname.indexOf(':');
    String prefix = colon < 0 ? null : qname.substring(0, colon);
    return "{" + scope.lookupNamespaceURI(prefix) + "}" + qname.substring(colon + 1);
  }

  private static Element child(Element parent, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && XBRLI.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
        return e;
      }
    }
    return null;
  }
}
