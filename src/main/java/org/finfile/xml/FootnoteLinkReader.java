package org.finfile.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Footnote;

/**
 * Reads one {@code link:footnoteLink} into footnotes. Footnotes are read as text: markup inside
 * a footnote is refused rather than dropped.
 */
final class FootnoteLinkReader {
  private FootnoteLinkReader() {}

  /** Reads from the link's start tag to just past its end tag. */
  static List<Footnote> read(XMLStreamReader xml, String document) throws XMLStreamException, InputException {
    String linkRole = xml.getAttributeValue(Namespaces.XLINK, "role");
    if (linkRole == null) {
      throw new InputException(where(xml, document), "link:footnoteLink has no xlink:role");
    }
    Map<String, String> locators = new LinkedHashMap<>();
    Map<String, String[]> resources = new LinkedHashMap<>();
    List<String[]> arcs = new ArrayList<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      String label = xml.getAttributeValue(Namespaces.XLINK, "label");
      switch (name) {
        case "loc" -> {
          String href = xml.getAttributeValue(Namespaces.XLINK, "href");
          if (href == null || !href.startsWith("#")) {
            throw new InputException(where(xml, document), "a footnote locator must point at a fact in this instance: " + href);
          }
          locators.put(label, href.substring(1));
          xml.getElementText();
        }
        case "footnote" -> {
          String role = xml.getAttributeValue(Namespaces.XLINK, "role");
          String lang = xml.getAttributeValue(Namespaces.XML, "lang");
          String at = where(xml, document);
          String text;
          try {
            text = xml.getElementText();
          } catch (XMLStreamException e) {
            throw new InputException(at, "markup inside a footnote is not supported yet");
          }
          resources.put(label, new String[] {role == null ? Footnote.STANDARD_ROLE : role, lang == null ? "" : lang, text});
        }
        case "footnoteArc" -> {
          arcs.add(new String[] {xml.getAttributeValue(Namespaces.XLINK, "from"), xml.getAttributeValue(Namespaces.XLINK, "to")});
          xml.getElementText();
        }
        default -> throw new InputException(where(xml, document), "unexpected " + name + " in a footnote link");
      }
    }
    xml.next();
    List<Footnote> footnotes = new ArrayList<>();
    for (Map.Entry<String, String[]> r : resources.entrySet()) {
      List<String> factIds = new ArrayList<>();
      for (String[] arc : arcs) {
        if (r.getKey().equals(arc[1])) {
          String factId = locators.get(arc[0]);
          if (factId == null) {
            throw new InputException(document, "a footnote arc starts at " + arc[0] + ", which is no fact locator");
          }
          factIds.add(factId);
        }
      }
      String[] v = r.getValue();
      footnotes.add(new Footnote(linkRole, r.getKey(), v[0], v[1], v[2], factIds));
    }
    return footnotes;
  }

  private static String where(XMLStreamReader xml, String document) {
    return document + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
  }
}
