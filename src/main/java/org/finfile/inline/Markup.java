package org.finfile.inline;

import javax.xml.stream.XMLStreamReader;

/**
 * The XHTML inside an {@code escape="true"} fact as escaped markup, written the way the SEC's
 * extraction writes it: each element with its name and attributes as the page has them (no
 * namespace declarations), a void element ({@code br}, {@code img}...) as {@code <br/>}, every
 * other with start and end tag; text with {@code & < >} escaped, attribute values with
 * {@code & < "}.
 */
final class Markup {
  private Markup() {}

  /** The start tag of the element at the cursor; {@code empty} closes it ({@code <br/>}). */
  static String startTag(XMLStreamReader xml, boolean empty) {
    StringBuilder tag = new StringBuilder("<").append(name(xml.getPrefix(), xml.getLocalName()));
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      tag.append(' ').append(name(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)))
          .append("=\"").append(escape(xml.getAttributeValue(i), true)).append('"');
    }
    return tag.append(empty ? "/>" : ">").toString();
  }

  /** The end tag of the element at the cursor. */
  static String endTag(XMLStreamReader xml) {
    return "</" + name(xml.getPrefix(), xml.getLocalName()) + ">";
  }

  private static String name(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append(attribute ? ">" : "&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
