package org.finfile.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indents a view document for people: each element of the view's element-only containers on
 * a line of its own, two spaces a level. Nothing is added inside a fact, a footnote's text, a
 * typed member, other content or a problem, whose content is text or XML as written, so the
 * indented view says exactly what the compact one says.
 */
final class ViewIndenter {
  /** The view elements that hold only elements: whitespace between their children means nothing. */
  private static final Set<String> ELEMENT_ONLY = Set.of("view", "context", "segment", "scenario", "unit", "statement", "row", "footnote");

  private ViewIndenter() {}

  static byte[] indent(byte[] view) throws XMLStreamException {
    // the view is finfile's own document, already within the limits of what it was built from
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(view), "UTF-8");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(view.length + view.length / 4);
    XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
    out.writeStartDocument("UTF-8", "1.0");
    out.writeCharacters("\n");
    // for each open element: does it hold only elements (indent inside), and has it had a child element yet
    Deque<boolean[]> open = new ArrayDeque<>();
    int event = in.next();
    while (true) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        boolean indented = !open.isEmpty() && open.peek()[0];
        if (indented) {
          open.peek()[1] = true;
          newLine(out, open.size());
        }
        String prefix = in.getPrefix() == null ? "" : in.getPrefix();
        String uri = in.getNamespaceURI() == null ? "" : in.getNamespaceURI();
        String local = in.getLocalName();
        int namespaces = in.getNamespaceCount();
        String[][] declared = new String[namespaces][];
        for (int i = 0; i < namespaces; i++) {
          declared[i] = new String[] {in.getNamespacePrefix(i), in.getNamespaceURI(i)};
        }
        int attributes = in.getAttributeCount();
        String[][] attrs = new String[attributes][];
        for (int i = 0; i < attributes; i++) {
          attrs[i] = new String[] {in.getAttributePrefix(i), in.getAttributeNamespace(i), in.getAttributeLocalName(i), in.getAttributeValue(i)};
        }
        event = in.next();
        boolean empty = event == XMLStreamConstants.END_ELEMENT;
        if (empty) {
          out.writeEmptyElement(prefix, local, uri);
        } else {
          out.writeStartElement(prefix, local, uri);
        }
        for (String[] ns : declared) {
          if (ns[0] == null || ns[0].isEmpty()) {
            out.writeDefaultNamespace(ns[1]);
          } else {
            out.writeNamespace(ns[0], ns[1]);
          }
        }
        for (String[] a : attrs) {
          if (a[1] == null || a[1].isEmpty()) {
            out.writeAttribute(a[2], a[3]);
          } else {
            out.writeAttribute(a[0], a[1], a[2], a[3]);
          }
        }
        if (empty) {
          event = in.next();
        } else {
          open.push(new boolean[] {uri.equals(View.NS) && ELEMENT_ONLY.contains(local), false});
        }
        continue;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        boolean[] closing = open.pop();
        if (closing[0] && closing[1]) {
          newLine(out, open.size());
        }
        out.writeEndElement();
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
        if (open.isEmpty() || !open.peek()[0] || !in.isWhiteSpace()) {
          View.text(out, in.getText());
        }
      } else if (event == XMLStreamConstants.COMMENT && !open.isEmpty()) {
        out.writeComment(in.getText());
      } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION && !open.isEmpty()) {
        out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
      event = in.next();
    }
    out.writeCharacters("\n");
    out.writeEndDocument();
    out.close();
    return bytes.toByteArray();
  }

  private static void newLine(XMLStreamWriter out, int depth) throws XMLStreamException {
    out.writeCharacters("\n" + "  ".repeat(depth));
  }
}
