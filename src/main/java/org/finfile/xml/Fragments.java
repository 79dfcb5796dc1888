package org.finfile.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.XmlFragment;

/**
 * Reads one element of a segment or scenario into an {@link XmlFragment} and writes it back.
 *
 * <p>The fragment's {@code xml} is the element as written — prefixes, attributes, text, comments
 * and processing instructions inside it — with namespace declarations added on its start tag for
 * every prefix it uses that was declared outside it: the prefixes of element and attribute names,
 * and the prefix of any text or attribute value that reads as a QName ({@code p:name}) with
 * {@code p} in scope, since without the schema a QName-valued value cannot be told from a string.
 *
 * <p>Its {@code key} is the value XBRL compares (XBRL 2.1 §4.10): every element and attribute by
 * its expanded name {@code {uri}local}, attributes sorted by that name, text with whitespace
 * collapsed (runs of white space to one space, trimmed), whitespace-only text, comments and
 * processing instructions left out. Text is compared as written otherwise: {@code 1.0} and
 * {@code 1} differ, as finfile does not know the value's schema type.
 */
final class Fragments {
  private static final Pattern QNAME = Pattern.compile("\\s*([A-Za-z_][\\w.\\-]*):[A-Za-z_][\\w.\\-]*\\s*");

  /** Attributes {uri, local, value} in order of expanded name: namespace, then local name. */
  private static final java.util.Comparator<String[]> BY_NAME =
      java.util.Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]);

  private Fragments() {}

  /**
   * Reads the element the reader is at, up to and including its end tag; the reader is left on
   * that end tag.
   */
  static XmlFragment read(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    StringBuilder key = new StringBuilder();
    StringBuilder text = new StringBuilder();
    Deque<Set<String>> declared = new ArrayDeque<>();
    Map<String, String> outside = new LinkedHashMap<>();
    int rootDeclarations = -1;
    do {
      int event = xml.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        flushText(text, key);
        Set<String> own = new HashSet<>();
        out.append('<').append(qualified(xml.getPrefix(), xml.getLocalName()));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
          String prefix = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
          own.add(prefix);
          declaration(out, prefix, xml.getNamespaceURI(i));
        }
        if (rootDeclarations < 0) {
          rootDeclarations = out.length();
        }
        declared.push(own);
        need(declared, outside, xml.getPrefix(), nonNull(xml.getNamespaceURI()));
        key.append("<{").append(nonNull(xml.getNamespaceURI())).append('}').append(xml.getLocalName());
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          String prefix = xml.getAttributePrefix(i);
          String value = xml.getAttributeValue(i);
          out.append(' ').append(qualified(prefix, xml.getAttributeLocalName(i))).append("=\"")
              .append(escape(value, true)).append('"');
          if (prefix != null && !prefix.isEmpty()) {
            need(declared, outside, prefix, nonNull(xml.getAttributeNamespace(i)));
          }
          needValue(xml, declared, outside, value);
          attributes.add(new String[] {nonNull(xml.getAttributeNamespace(i)), xml.getAttributeLocalName(i),
              escape(collapse(value), true)});
        }
        attributes.sort(BY_NAME);
        for (String[] a : attributes) {
          key.append(" {").append(a[0]).append('}').append(a[1]).append("=\"").append(a[2]).append('"');
        }
        key.append('>');
        out.append('>');
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        flushText(text, key);
        declared.pop();
        out.append("</").append(qualified(xml.getPrefix(), xml.getLocalName())).append('>');
        key.append("</>");
        if (declared.isEmpty()) {
          break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        String chars = xml.getText();
        out.append(escape(chars, false));
        text.append(chars);
        needValue(xml, declared, outside, chars);
      } else if (event == XMLStreamConstants.COMMENT) {
        out.append("<!--").append(xml.getText()).append("-->");
      } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        out.append("<?").append(xml.getPITarget());
        String data = xml.getPIData();
        if (data != null && !data.isEmpty()) {
          out.append(' ').append(data);
        }
        out.append("?>");
      }
      xml.next();
    } while (true);
    StringBuilder extra = new StringBuilder();
    outside.forEach((prefix, uri) -> declaration(extra, prefix, uri));
    out.insert(rootDeclarations, extra);
    return new XmlFragment(out.toString(), key.toString());
  }

  /** Writes a fragment as it was read. */
  static void write(XmlFragment fragment, XMLStreamWriter out) throws XMLStreamException {
    XMLStreamReader xml = XmlSecurity.streamReader(
        new ByteArrayInputStream(fragment.xml().getBytes(StandardCharsets.UTF_8)), "fragment");
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          out.writeStartElement(nonNull(xml.getPrefix()), xml.getLocalName(), nonNull(xml.getNamespaceURI()));
          for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
              out.writeDefaultNamespace(nonNull(xml.getNamespaceURI(i)));
            } else {
              out.writeNamespace(prefix, xml.getNamespaceURI(i));
            }
          }
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
              out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            } else {
              out.writeAttribute(prefix, xml.getAttributeNamespace(i), xml.getAttributeLocalName(i),
                  xml.getAttributeValue(i));
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          out.writeEndElement();
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          out.writeCharacters(xml.getText());
        } else if (event == XMLStreamConstants.COMMENT) {
          out.writeComment(xml.getText());
        } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
          String data = xml.getPIData();
          if (data == null || data.isEmpty()) {
            out.writeProcessingInstruction(xml.getPITarget());
          } else {
            out.writeProcessingInstruction(xml.getPITarget(), data);
          }
        }
      }
    } finally {
      xml.close();
    }
  }

  /** Notes that {@code prefix} is used; bound outside the fragment, it is declared on the fragment's root. */
  private static void need(Deque<Set<String>> declared, Map<String, String> outside,
      String prefix, String uri) {
    String p = prefix == null ? "" : prefix;
    if (p.isEmpty() && uri.isEmpty() || p.equals("xml") || outside.containsKey(p)) {
      return;
    }
    for (Set<String> own : declared) {
      if (own.contains(p)) {
        return;
      }
    }
    outside.put(p, uri);
  }

  private static void needValue(XMLStreamReader xml, Deque<Set<String>> declared, Map<String, String> outside,
      String value) {
    Matcher m = QNAME.matcher(value);
    if (m.matches()) {
      String uri = xml.getNamespaceContext().getNamespaceURI(m.group(1));
      if (uri != null && !uri.isEmpty()) {
        need(declared, outside, m.group(1), uri);
      }
    }
  }

  private static void flushText(StringBuilder text, StringBuilder key) {
    String collapsed = collapse(text.toString());
    if (!collapsed.isEmpty()) {
      key.append(escape(collapsed, false));
    }
    text.setLength(0);
  }

  private static String collapse(String text) {
    return text.replaceAll("[ \\t\\r\\n]+", " ").strip();
  }

  private static void declaration(StringBuilder out, String prefix, String uri) {
    out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"").append(escape(nonNull(uri), true)).append('"');
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
