package org.finfile.xml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Footnote;

/**
 * Reads one {@code link:footnoteLink} as written: locators, footnotes and arcs with their own
 * labels. Footnotes are read as text: markup inside a footnote is refused rather than dropped.
 */
final class FootnoteLinkReader {
  private FootnoteLinkReader() {}

  /** Reads from the link's start tag to just past its end tag. */
  static Footnote read(XMLStreamReader xml, String document) throws XMLStreamException, InputException {
    String role = xml.getAttributeValue(Namespaces.XLINK, "role");
    if (role == null) {
      throw new InputException(where(xml, document), "link:footnoteLink has no xlink:role");
    }
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
          locators.add(new Footnote.Locator(label, href.substring(1)));
          xml.getElementText();
        }
        case "footnote" -> {
          String footnoteRole = xml.getAttributeValue(Namespaces.XLINK, "role");
          String lang = xml.getAttributeValue(Namespaces.XML, "lang");
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
              lang == null ? "" : lang, text));
        }
        case "footnoteArc" -> {
          String from = xml.getAttributeValue(Namespaces.XLINK, "from");
          String to = xml.getAttributeValue(Namespaces.XLINK, "to");
          String arcrole = xml.getAttributeValue(Namespaces.XLINK, "arcrole");
          if (from == null || to == null || arcrole == null) {
            throw new InputException(at, "a footnote arc needs xlink:from, xlink:to and xlink:arcrole");
          }
          arcs.add(new Footnote.Arc(from, to, arcrole, xml.getAttributeValue(null, "order")));
          xml.getElementText();
        }
        default -> throw new InputException(at, "unexpected " + name + " in a footnote link");
      }
    }
    xml.next();
    return new Footnote(role, locators, resources, arcs);
  }

  private static String where(XMLStreamReader xml, String document) {
    return document + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
  }
}
