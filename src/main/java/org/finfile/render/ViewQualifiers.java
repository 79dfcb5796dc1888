package org.finfile.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.Context;
import org.finfile.model.Filing;
import org.finfile.model.Qualifiers;
import org.finfile.model.XmlFragment;
import org.finfile.taxonomy.Labels;
import org.finfile.xml.XmlSecurity;

/**
 * A context's segment and scenario in the view ({@code v:segment}, {@code v:scenario}): each
 * explicit member as {@code v:explicit}, each typed member as {@code v:typed} holding its value
 * element, other content as {@code v:other} holding it, in document order (see {@link View}).
 */
final class ViewQualifiers {
  private ViewQualifiers() {}

  /**
   * The namespaces of dimension and member names that {@code spelled} (prefix to URI) has no
   * prefix for, added with the name's own prefix when it is free, else {@code ns1}, {@code ns2}...
   */
  static void addNamespaces(Filing filing, Map<String, String> spelled, Map<String, String> reserved) {
    for (Context c : filing.contexts()) {
      for (Qualifiers q : new Qualifiers[] {c.segment(), c.scenario()}) {
        for (Qualifiers.Part p : q.members()) {
          add(Qualifiers.dimension(p), spelled, reserved);
          if (p instanceof Qualifiers.ExplicitMember e) {
            add(e.member(), spelled, reserved);
          }
        }
      }
    }
  }

  private static void add(QName name, Map<String, String> spelled, Map<String, String> reserved) {
    String uri = name.getNamespaceURI();
    if (uri.isEmpty() || spelled.containsValue(uri)) {
      return;
    }
    String prefix = name.getPrefix();
    if (prefix.isEmpty() || spelled.containsKey(prefix) || reserved.containsKey(prefix)) {
      int n = 1;
      while (spelled.containsKey("ns" + n)) {
        n++;
      }
      prefix = "ns" + n;
    }
    spelled.put(prefix, uri);
  }

  /** Writes the context's {@code v:segment} and {@code v:scenario}, when it has them. */
  static void write(XMLStreamWriter xml, Context c, Map<String, String> prefixes, Labels labels, String lang)
      throws XMLStreamException {
    qualifiers(xml, "segment", c.segment(), prefixes, labels, lang);
    qualifiers(xml, "scenario", c.scenario(), prefixes, labels, lang);
  }

  private static void qualifiers(XMLStreamWriter xml, String name, Qualifiers q, Map<String, String> prefixes,
      Labels labels, String lang) throws XMLStreamException {
    if (q.isEmpty()) {
      return;
    }
    xml.writeStartElement("v", name, View.NS);
    for (Qualifiers.Part p : q.parts()) {
      if (p instanceof Qualifiers.ExplicitMember e) {
        xml.writeEmptyElement("v", "explicit", View.NS);
        dimension(xml, e.dimension(), prefixes, labels, lang);
        xml.writeAttribute("member", View.prefixed(e.member(), prefixes));
        xml.writeAttribute("member-uri", e.member().getNamespaceURI());
        xml.writeAttribute("member-label", labels.label(e.member(), Labels.STANDARD, lang));
      } else if (p instanceof Qualifiers.TypedMember t) {
        xml.writeStartElement("v", "typed", View.NS);
        dimension(xml, t.dimension(), prefixes, labels, lang);
        copy(xml, t.value());
        xml.writeEndElement();
      } else {
        xml.writeStartElement("v", "other", View.NS);
        copy(xml, ((Qualifiers.Other) p).xml());
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
  }

  private static void dimension(XMLStreamWriter xml, QName dimension, Map<String, String> prefixes, Labels labels,
      String lang) throws XMLStreamException {
    xml.writeAttribute("dimension", View.prefixed(dimension, prefixes));
    xml.writeAttribute("dimension-uri", dimension.getNamespaceURI());
    xml.writeAttribute("dimension-label", labels.label(dimension, Labels.STANDARD, lang));
  }

  /** Writes the fragment's element as it is: names, namespace declarations, attributes, text, comments. */
  private static void copy(XMLStreamWriter xml, XmlFragment fragment) throws XMLStreamException {
    XMLStreamReader in = XmlSecurity.streamReader(new ByteArrayInputStream(fragment.xml().getBytes(StandardCharsets.UTF_8)),
        "a segment or scenario element");
    try {
      while (in.hasNext()) {
        switch (in.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String prefix = in.getPrefix() == null ? "" : in.getPrefix();
            String uri = in.getNamespaceURI() == null ? "" : in.getNamespaceURI();
            xml.writeStartElement(prefix, in.getLocalName(), uri);
            Map<String, String> declared = new LinkedHashMap<>();
            for (int i = 0; i < in.getNamespaceCount(); i++) {
              declared.put(in.getNamespacePrefix(i) == null ? "" : in.getNamespacePrefix(i),
                  in.getNamespaceURI(i) == null ? "" : in.getNamespaceURI(i));
            }
            for (Map.Entry<String, String> d : declared.entrySet()) {
              if (d.getKey().isEmpty()) {
                xml.writeDefaultNamespace(d.getValue());
              } else {
                xml.writeNamespace(d.getKey(), d.getValue());
              }
            }
            for (int i = 0; i < in.getAttributeCount(); i++) {
              String ap = in.getAttributePrefix(i) == null ? "" : in.getAttributePrefix(i);
              String au = in.getAttributeNamespace(i) == null ? "" : in.getAttributeNamespace(i);
              if (au.isEmpty()) {
                xml.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
              } else {
                xml.writeAttribute(ap, au, in.getAttributeLocalName(i), in.getAttributeValue(i));
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> xml.writeEndElement();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> View.text(xml, in.getText());
          case XMLStreamConstants.COMMENT -> xml.writeComment(in.getText());
          case XMLStreamConstants.PROCESSING_INSTRUCTION -> xml.writeProcessingInstruction(in.getPITarget(), in.getPIData());
          default -> { }
        }
      }
    } finally {
      in.close();
    }
  }
}
