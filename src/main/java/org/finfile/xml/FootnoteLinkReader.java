package org.finfile.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Footnote;

/**
 * Reads one {@code link:footnoteLink} as written: locators, footnotes and arcs with their own
 * labels, and every other attribute of each as written. Footnotes are read as text: markup inside a
 * footnote is refused rather than dropped.
 */
final class FootnoteLinkReader {
  private FootnoteLinkReader() {}

  /** The attributes read into the model's own fields, by element; the others are kept as they are. */
  private static final QName TYPE = new QName(Namespaces.XLINK, "type");
  private static final Set<QName> LINK = Set.of(TYPE, xlink("role"));
  private static final Set<QName> LOC = Set.of(TYPE, xlink("href"), xlink("label"));
  private static final Set<QName> FOOTNOTE = Set.of(TYPE, xlink("label"), xlink("role"), new QName(Namespaces.XML, "lang"));
  private static final Set<QName> ARC = Set.of(TYPE, xlink("from"), xlink("to"), xlink("arcrole"), new QName("order"));

  private static QName xlink(String local) {
    return new QName(Namespaces.XLINK, local);
  }

  private static Map<QName, String> others(XMLStreamReader xml, Set<QName> modelled) {
    Map<QName, String> others = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      QName name = xml.getAttributeName(i);
      QName plain = new QName(name.getNamespaceURI(), name.getLocalPart());
      if (!modelled.contains(plain)) {
        others.put(name, xml.getAttributeValue(i));
      }
    }
    return others;
  }

  /** Reads from the link's start tag to just past its end tag. */
  static Footnote read(XMLStreamReader xml, String document) throws XMLStreamException, InputException {
    String role = xml.getAttributeValue(Namespaces.XLINK, "role");
    if (role == null) {
      throw new InputException(where(xml, document), "link:footnoteLink has no xlink:role");
    }
    Map<QName, String> linkAttributes = others(xml, LINK);
    List<Footnote.Locator> locators = new ArrayList<>();
    List<Footnote.Resource> resources = new ArrayList<>();
    List<Footnote.Arc> arcs = new ArrayList<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String at = where(xml, document);
      String name = xml.getLocalName();
      String label = xml.getAttributeValue(Namespaces.XLINK, "label");
      switch (name) {
        case "loc" -> {
          String href = xml.getAttributeValue(Namespaces.XLINK, "href");
          if (href == null || !href.startsWith("#") || label == null) {
            throw new InputException(at, "a footnote locator must have a label and point at a fact of this instance: " + href);
          }
          locators.add(new Footnote.Locator(label, href.substring(1), others(xml, LOC)));
          xml.getElementText();
        }
        case "footnote" -> {
          String footnoteRole = xml.getAttributeValue(Namespaces.XLINK, "role");
          String lang = xml.getAttributeValue(Namespaces.XML, "lang");
          Map<QName, String> attributes = others(xml, FOOTNOTE);
          String text;
          try {
            text = xml.getElementText();
          } catch (XMLStreamException e) {
            throw new InputException(at, "markup inside a footnote is not supported yet");
          }
          if (label == null) {
            throw new InputException(at, "a footnote has no xlink:label");
          }
          resources.add(new Footnote.Resource(label, footnoteRole == null ? Footnote.STANDARD_ROLE : footnoteRole,
              lang == null ? "" : lang, text, attributes));
        }
        case "footnoteArc" -> {
          String from = xml.getAttributeValue(Namespaces.XLINK, "from");
          String to = xml.getAttributeValue(Namespaces.XLINK, "to");
          String arcrole = xml.getAttributeValue(Namespaces.XLINK, "arcrole");
          if (from == null || to == null || arcrole == null) {
            throw new InputException(at, "a footnote arc needs xlink:from, xlink:to and xlink:arcrole");
          }
          arcs.add(new Footnote.Arc(from, to, arcrole, xml.getAttributeValue(null, "order"), others(xml, ARC)));
          xml.getElementText();
        }
        default -> throw new InputException(at, "unexpected " + name + " in a footnote link");
      }
    }
    xml.next();
    return new Footnote(role, locators, resources, arcs, linkAttributes);
  }

  private static String where(XMLStreamReader xml, String document) {
    return document + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
  }
}
