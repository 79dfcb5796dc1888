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
import javax.xml.stream.XMLStreamWriter;
import org.finfile.InputException;
import org.finfile.model.DocumentInfo;
import org.finfile.model.DocumentInfo.Reference;

/**
 * {@link DocumentInfo} in and out of an instance document: the comments and processing
 * instructions before the root, the root's attributes, and the {@code link:schemaRef},
 * {@code linkbaseRef}, {@code roleRef} and {@code arcroleRef} elements with every attribute.
 */
final class DocumentInfoXml {
  /** The local names of the reference elements, in the order XBRL 2.1 wants them. */
  static final Set<String> REFERENCES = Set.of("schemaRef", "linkbaseRef", "roleRef", "arcroleRef");

  private DocumentInfoXml() {}

  /**
   * Reads the comments and processing instructions before the root, each as written, from the
   * start of the document; leaves {@code xml} on the root's start tag.
   */
  static List<String> readProlog(XMLStreamReader xml) throws XMLStreamException {
    List<String> prolog = new ArrayList<>();
    int event = xml.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.COMMENT) {
        prolog.add(comment(xml.getText()));
      } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        prolog.add(processingInstruction(xml.getPITarget(), xml.getPIData()));
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the document has no root element", xml.getLocation());
      }
      event = xml.next();
    }
    return prolog;
  }

  /** A comment as written. */
  static String comment(String text) {
    return "<!--" + text + "-->";
  }

  /** A processing instruction as written: {@code <?target data?>}, or {@code <?target?>} without data. */
  static String processingInstruction(String target, String data) {
    return "<?" + target + (data == null || data.isEmpty() ? "" : " " + data) + "?>";
  }

  /** The attributes of the element {@code xml} is on, by name with the document's prefix, in order. */
  static Map<QName, String> attributes(XMLStreamReader xml) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      String prefix = xml.getAttributePrefix(i);
      attributes.put(new QName(ns == null ? "" : ns, xml.getAttributeLocalName(i), prefix == null ? "" : prefix),
          xml.getAttributeValue(i));
    }
    return attributes;
  }

  /**
   * Reads one reference element from its start tag to just past its end tag. It must have an
   * {@code xlink:href} (and a {@code roleURI} or {@code arcroleURI} where XBRL 2.1 wants one)
   * and no content: content would not be kept, so it is refused.
   */
  static Reference readReference(XMLStreamReader xml, String where) throws XMLStreamException, InputException {
    QName name = xml.getName();
    String element = "link:" + name.getLocalPart();
    Map<QName, String> attributes = attributes(xml);
    String href = xml.getAttributeValue(Namespaces.XLINK, "href");
    if (href == null || href.isBlank()) {
      throw new InputException(where, element + " has no xlink:href");
    }
    String uri = name.getLocalPart().equals("roleRef") ? "roleURI"
        : name.getLocalPart().equals("arcroleRef") ? "arcroleURI" : null;
    if (uri != null && xml.getAttributeValue(null, uri) == null) {
      throw new InputException(where, element + " has no " + uri);
    }
    for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()
          || event == XMLStreamConstants.CDATA && !xml.isWhiteSpace()) {
        throw new InputException(where, element + " has content, which is not kept: it is an empty element");
      }
    }
    xml.next();
    return new Reference(name, attributes);
  }

  /**
   * Adds to {@code prefixes} a prefix for every namespace that an attribute of the root needs and
   * {@code prefixes} lacks: the document's own prefix where it is free, else {@code nsN}.
   */
  static void declare(DocumentInfo document, Map<String, String> prefixes) {
    declare(document.rootAttributes().keySet(), prefixes);
  }

  /** Declares the namespaces of {@code names} that {@code prefixes} lacks; returns the new ones. */
  private static Map<String, String> declare(Iterable<QName> names, Map<String, String> prefixes) {
    Map<String, String> added = new LinkedHashMap<>();
    int n = 1;
    for (QName name : names) {
      String uri = name.getNamespaceURI();
      if (uri.isEmpty() || uri.equals(Namespaces.XML) || prefixes.containsValue(uri)) {
        continue;
      }
      String prefix = name.getPrefix();
      if (prefix.isEmpty() || prefix.toLowerCase(java.util.Locale.ROOT).startsWith("xml") || prefixes.containsKey(prefix)) {
        while (prefixes.containsKey("ns" + n)) {
          n++;
        }
        prefix = "ns" + n;
      }
      prefixes.put(prefix, uri);
      added.put(prefix, uri);
    }
    return added;
  }

  /** Writes the prolog, one node a line, before the root. */
  static void writeProlog(XMLStreamWriter xml, List<String> prolog) throws XMLStreamException {
    for (String node : prolog) {
      if (node.startsWith("<!--")) {
        xml.writeComment(node.substring(4, node.length() - 3));
      } else {
        String[] parts = node.substring(2, node.length() - 2).split("[ \\t\\r\\n]+", 2);
        if (parts.length == 1 || parts[1].isEmpty()) {
          xml.writeProcessingInstruction(parts[0]);
        } else {
          xml.writeProcessingInstruction(parts[0], parts[1]);
        }
      }
      xml.writeCharacters("\n");
    }
  }

  /** Writes attributes on the element just started, each with the prefix {@code prefixes} gives its namespace. */
  static void writeAttributes(XMLStreamWriter xml, Map<QName, String> attributes, Map<String, String> prefixes)
      throws XMLStreamException {
    for (Map.Entry<QName, String> a : attributes.entrySet()) {
      QName name = a.getKey();
      String uri = name.getNamespaceURI();
      if (uri.isEmpty()) {
        xml.writeAttribute(name.getLocalPart(), a.getValue());
      } else {
        String prefix = uri.equals(Namespaces.XML) ? "xml" : prefixes.entrySet().stream()
            .filter(e -> e.getValue().equals(uri)).findFirst().map(Map.Entry::getKey).orElseThrow();
        xml.writeAttribute(prefix, uri, name.getLocalPart(), a.getValue());
      }
    }
  }

  /**
   * Writes the reference elements in order with every attribute; a namespace that only a
   * reference's attributes use is declared on that reference, as it usually was. A filing that
   * knows only its schema references gets a plain {@code link:schemaRef} for each.
   */
  static void writeReferences(XMLStreamWriter xml, DocumentInfo document, List<String> schemaRefs,
      Map<String, String> prefixes) throws XMLStreamException {
    List<Reference> references = document.references();
    if (references.isEmpty()) {
      references = schemaRefs.stream().map(DocumentInfoXml::schemaRef).toList();
    }
    for (Reference r : references) {
      xml.writeStartElement("link", r.element().getLocalPart(), Namespaces.LINK);
      Map<String, String> inScope = new LinkedHashMap<>(prefixes);
      for (Map.Entry<String, String> local : declare(r.attributes().keySet(), inScope).entrySet()) {
        xml.writeNamespace(local.getKey(), local.getValue());
      }
      writeAttributes(xml, r.attributes(), inScope);
      xml.writeEndElement();
    }
  }

  private static Reference schemaRef(String href) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    attributes.put(new QName(Namespaces.XLINK, "type", "xlink"), "simple");
    attributes.put(new QName(Namespaces.XLINK, "href", "xlink"), href);
    return new Reference(new QName(Namespaces.LINK, "schemaRef", "link"), attributes);
  }
}
