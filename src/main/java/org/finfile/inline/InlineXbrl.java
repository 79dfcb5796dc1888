package org.finfile.inline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Reads an Inline XBRL 1.1 document back into the XBRL instance it carries: the schema
 * references, contexts and units of its {@code ix:header}, and every {@code ix:nonFraction} and
 * {@code ix:nonNumeric} with its transformation, scale and sign applied. Supports the
 * transformations finfile writes ({@code ixt:num-dot-decimal}, or none).
 *
 * <pre>{@code
 * Filing filing = InlineXbrl.read(in, uri, "report.xhtml");
 * }</pre>
 */
public final class InlineXbrl {
  static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
  static final String IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private InlineXbrl() {}

  /** The filing an Inline XBRL document carries. */
  public static Filing read(InputStream in, String systemId, String name) throws InputException {
    byte[] instance = extract(in, systemId, name);
    return InstanceReader.read(new ByteArrayInputStream(instance), systemId, name);
  }

  /** The XBRL instance document an Inline XBRL document carries. */
  public static byte[] extract(InputStream in, String systemId, String name) throws InputException {
    Map<String, String> namespaces = new LinkedHashMap<>();
    List<String> schemaRefs = new ArrayList<>();
    ByteArrayOutputStream resources = new ByteArrayOutputStream();
    List<Object[]> facts = new ArrayList<>();
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(in, systemId);
      XMLStreamWriter copy = OUTPUT.createXMLStreamWriter(resources, "UTF-8");
      copy.writeStartElement("r");
      boolean inResources = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && IX.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("resources")) {
          inResources = false;
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
          if (xml.getNamespacePrefix(i) != null && !xml.getNamespacePrefix(i).isEmpty()) {
            namespaces.putIfAbsent(xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
          }
        }
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        String where = name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
        if (IX.equals(ns) && local.equals("resources")) {
          inResources = true;
        } else if (inResources && Namespaces.XBRLI.equals(ns)) {
          copySubtree(xml, copy);
        } else if (Namespaces.LINK.equals(ns) && local.equals("schemaRef")) {
          schemaRefs.add(xml.getAttributeValue(Namespaces.XLINK, "href"));
        } else if (IX.equals(ns) && (local.equals("nonFraction") || local.equals("nonNumeric"))) {
          facts.add(fact(xml, local.equals("nonFraction"), where));
        }
      }
      copy.writeEndElement();
      copy.close();
      return instance(namespaces, schemaRefs, resources.toString(java.nio.charset.StandardCharsets.UTF_8), facts);
    } catch (XMLStreamException e) {
      throw new InputException(name, "not a well-formed Inline XBRL document: " + InputException.oneLine(e.getMessage()), e);
    }
  }

  /** [concept, attributes, value or null for nil] of one ix element, read to its end. */
  private static Object[] fact(XMLStreamReader xml, boolean numeric, String where) throws XMLStreamException, InputException {
    String lexical = xml.getAttributeValue(null, "name");
    if (lexical == null) {
      throw new InputException(where, "an inline fact has no name");
    }
    int colon = lexical.indexOf(':');
    String prefix = colon < 0 ? "" : lexical.substring(0, colon);
    String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
    QName concept = new QName(uri == null ? "" : uri, lexical.substring(colon + 1), prefix);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String a : List.of("id", "contextRef", "unitRef", "decimals", "precision")) {
      String v = xml.getAttributeValue(null, a);
      if (v != null) {
        attributes.put(a, v);
      }
    }
    String nil = xml.getAttributeValue(Namespaces.XSI, "nil");
    String format = xml.getAttributeValue(null, "format");
    String scale = xml.getAttributeValue(null, "scale");
    boolean negative = "-".equals(xml.getAttributeValue(null, "sign"));
    String formatUri = null;
    if (format != null) {
      int c = format.indexOf(':');
      formatUri = xml.getNamespaceContext().getNamespaceURI(c < 0 ? "" : format.substring(0, c));
      format = format.substring(c + 1);
    }
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
        text.append(xml.getText());
      }
    }
    if ("true".equals(nil)) {
      return new Object[] {concept, attributes, null};
    }
    if (!numeric) {
      return new Object[] {concept, attributes, text.toString()};
    }
    String digits = text.toString().strip();
    if (format != null) {
      if (!IXT.equals(formatUri) || !format.equals("num-dot-decimal")) {
        throw new InputException(where, "transformation " + format + " is not supported yet");
      }
      digits = digits.replace(",", "").replace(" ", "").replace("\u00A0", "");
    }
    if (!NUMBER.matcher(digits).matches()) {
      throw new InputException(where, "'" + text.toString().strip() + "' is not a number this transformation reads");
    }
    BigDecimal value = new BigDecimal(digits).scaleByPowerOfTen(scale == null ? 0 : Integer.parseInt(scale.strip()));
    return new Object[] {concept, attributes, (negative ? value.negate() : value).toPlainString()};
  }

  private static void copySubtree(XMLStreamReader xml, XMLStreamWriter out) throws XMLStreamException {
    int depth = 0;
    do {
      int e = xml.getEventType();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        out.writeStartElement(xml.getPrefix() == null ? "" : xml.getPrefix(), xml.getLocalName(), xml.getNamespaceURI());
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
          out.writeNamespace(xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
        }
        if (xml.getPrefix() != null && !xml.getPrefix().isEmpty()) {
          out.writeNamespace(xml.getPrefix(), xml.getNamespaceURI());
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          String ans = xml.getAttributeNamespace(i);
          if (ans == null || ans.isEmpty()) {
            out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
          } else {
            out.writeAttribute(xml.getAttributePrefix(i), ans, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        out.writeEndElement();
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
        out.writeCharacters(xml.getText());
      }
      if (depth > 0) {
        xml.next();
      }
    } while (depth > 0);
  }

  private static byte[] instance(Map<String, String> namespaces, List<String> schemaRefs, String resources,
      List<Object[]> facts) throws XMLStreamException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
    out.writeStartDocument("UTF-8", "1.0");
    out.writeStartElement("xbrli", "xbrl", Namespaces.XBRLI);
    namespaces.remove("xbrli");
    namespaces.remove("xsi");
    out.writeNamespace("xbrli", Namespaces.XBRLI);
    for (Map.Entry<String, String> ns : namespaces.entrySet()) {
      if (!ns.getValue().equals(IX) && !ns.getValue().equals(IXT)) {
        out.writeNamespace(ns.getKey(), ns.getValue());
      }
    }
    out.writeNamespace("xsi", Namespaces.XSI);
    for (String href : schemaRefs) {
      out.writeEmptyElement("link", "schemaRef", Namespaces.LINK);
      out.writeAttribute("xlink", Namespaces.XLINK, "type", "simple");
      out.writeAttribute("xlink", Namespaces.XLINK, "href", href);
    }
    String inner = resources.substring(resources.indexOf("<r>") + 3, resources.lastIndexOf("</r>"));
    out.writeCharacters("\n");
    out.flush();
    bytes.writeBytes(inner.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (Object[] f : facts) {
      QName concept = (QName) f[0];
      out.writeStartElement(concept.getPrefix(), concept.getLocalPart(), concept.getNamespaceURI());
      @SuppressWarnings("unchecked")
      Map<String, String> attributes = (Map<String, String>) f[1];
      for (Map.Entry<String, String> a : attributes.entrySet()) {
        out.writeAttribute(a.getKey(), a.getValue());
      }
      if (f[2] == null) {
        out.writeAttribute("xsi", Namespaces.XSI, "nil", "true");
      } else {
        out.writeCharacters((String) f[2]);
      }
      out.writeEndElement();
    }
    out.writeEndElement();
    out.writeEndDocument();
    out.close();
    return bytes.toByteArray();
  }
}
