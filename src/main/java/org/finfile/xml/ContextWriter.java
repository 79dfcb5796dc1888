package org.finfile.xml;

import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.Context;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;

/**
 * Writes one {@code xbrli:context}: the entity identifier, the segment after it, the period with
 * its bounds as written ({@link Period.Instant#lexical()}), then the scenario. Dimension members
 * are written with the prefixes the instance declares on its root; typed values and other
 * content are written as they were read.
 */
final class ContextWriter {
  private ContextWriter() {}

  /**
   * Writes {@code c}.
   *
   * @param prefixes the prefixes the root declares, by prefix; every dimension and member namespace is among them
   */
  static void write(XMLStreamWriter xml, Context c, Map<String, String> prefixes) throws XMLStreamException {
    xml.writeStartElement("xbrli", "context", Namespaces.XBRLI);
    xml.writeAttribute("id", c.id());
    xml.writeStartElement("xbrli", "entity", Namespaces.XBRLI);
    xml.writeStartElement("xbrli", "identifier", Namespaces.XBRLI);
    xml.writeAttribute("scheme", c.entity().scheme());
    xml.writeCharacters(c.entity().identifier());
    xml.writeEndElement();
    qualifiers(xml, "segment", c.segment(), prefixes);
    xml.writeEndElement();
    xml.writeStartElement("xbrli", "period", Namespaces.XBRLI);
    if (c.period() instanceof Period.Instant i) {
      element(xml, "instant", i.lexical());
    } else if (c.period() instanceof Period.Duration d) {
      element(xml, "startDate", d.startLexical());
      element(xml, "endDate", d.endLexical());
    } else {
      xml.writeEmptyElement("xbrli", "forever", Namespaces.XBRLI);
    }
    xml.writeEndElement();
    qualifiers(xml, "scenario", c.scenario(), prefixes);
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String local, String text) throws XMLStreamException {
    xml.writeStartElement("xbrli", local, Namespaces.XBRLI);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void qualifiers(XMLStreamWriter xml, String local, Qualifiers q, Map<String, String> prefixes)
      throws XMLStreamException {
    if (q.isEmpty()) {
      return;
    }
    xml.writeStartElement("xbrli", local, Namespaces.XBRLI);
    // looked up only for a dimension member: the root declares xbrldi only when some context has one
    String xbrldi = q.members().isEmpty() ? null : prefixOf(prefixes, Namespaces.XBRLDI);
    for (Qualifiers.Part part : q.parts()) {
      if (part instanceof Qualifiers.ExplicitMember e) {
        xml.writeStartElement(xbrldi, "explicitMember", Namespaces.XBRLDI);
        xml.writeAttribute("dimension", qualified(e.dimension(), prefixes));
        xml.writeCharacters(qualified(e.member(), prefixes));
        xml.writeEndElement();
      } else if (part instanceof Qualifiers.TypedMember t) {
        xml.writeStartElement(xbrldi, "typedMember", Namespaces.XBRLDI);
        xml.writeAttribute("dimension", qualified(t.dimension(), prefixes));
        fragment(xml, t.value());
        xml.writeEndElement();
      } else {
        fragment(xml, ((Qualifiers.Other) part).xml());
      }
    }
    xml.writeEndElement();
  }

  /** A fragment goes out as it came in: not indented, so mixed content keeps its spacing. */
  private static void fragment(XMLStreamWriter xml, org.finfile.model.XmlFragment fragment) throws XMLStreamException {
    if (xml instanceof IndentingStreamWriter indenting) {
      indenting.writeVerbatim(out -> Fragments.write(fragment, out));
    } else {
      Fragments.write(fragment, xml);
    }
  }

  private static String qualified(QName name, Map<String, String> prefixes) {
    if (name.getNamespaceURI().isEmpty()) {
      return name.getLocalPart();
    }
    return prefixOf(prefixes, name.getNamespaceURI()) + ":" + name.getLocalPart();
  }

  private static String prefixOf(Map<String, String> prefixes, String uri) {
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      if (e.getValue().equals(uri)) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no prefix declared for " + uri);
  }
}
