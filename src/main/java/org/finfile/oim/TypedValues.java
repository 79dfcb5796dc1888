package org.finfile.oim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.model.XmlFragment;
import org.finfile.xml.XmlSecurity;

/**
 * Typed dimension members as OIM has them: a simple value. A value element with element
 * content has no OIM form; a value read from OIM becomes the dimension's domain element
 * holding that text.
 */
final class TypedValues {
  private TypedValues() {}

  /** True when the value element holds elements (a complex typed member). */
  static boolean isComplex(XmlFragment value) {
    try {
      XMLStreamReader in = XmlSecurity.streamReader(new ByteArrayInputStream(value.xml().getBytes(StandardCharsets.UTF_8)),
          "a typed member");
      try {
        int depth = 0;
        while (in.hasNext()) {
          if (in.next() == XMLStreamConstants.START_ELEMENT && ++depth > 1) {
            return true;
          }
        }
        return false;
      } finally {
        in.close();
      }
    } catch (XMLStreamException e) {
      return true;
    }
  }

  /**
   * The domain element {@code element} holding {@code text}: written with the prefix {@code p}
   * (declared on it). Its key is the one finfile's XML reader gives the same element (XBRL 2.1
   * §4.10 value: {@code <{uri}local>} then the text, whitespace collapsed, then {@code </>}).
   */
  static XmlFragment fragment(QName element, String text) {
    String name = "p:" + element.getLocalPart();
    String xml = "<" + name + " xmlns:p=\"" + escape(element.getNamespaceURI()) + "\">" + escape(text) + "</" + name + ">";
    String collapsed = text.replaceAll("[ \\t\\r\\n]+", " ").strip();
    return new XmlFragment(xml, "<{" + element.getNamespaceURI() + "}" + element.getLocalPart() + ">"
        + collapsed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("\r", "&#13;");
  }
}
