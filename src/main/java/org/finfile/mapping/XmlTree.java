package org.finfile.mapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small XML element tree written pretty-printed (two spaces a level), attributes in the order
 * given: what the extension taxonomy's files are built from, so they come out the same every run.
 */
final class XmlTree {
  private final String name;
  private final List<String[]> attributes = new ArrayList<>();
  private final List<XmlTree> children = new ArrayList<>();
  private String text;

  XmlTree(String name) {
    this.name = name;
  }

  XmlTree attr(String attribute, String value) {
    if (value != null) {
      attributes.add(new String[] {attribute, value});
    }
    return this;
  }

  XmlTree text(String content) {
    this.text = content;
    return this;
  }

  /** Adds and returns a child. */
  XmlTree add(String child) {
    XmlTree c = new XmlTree(child);
    children.add(c);
    return c;
  }

  boolean isEmpty() {
    return children.isEmpty();
  }

  byte[] document(String comment) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (comment != null) {
      b.append("<!-- ").append(comment.replace("--", "- -")).append(" -->\n");
    }
    write(b, 0);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void write(StringBuilder b, int depth) {
    String indent = "  ".repeat(depth);
    b.append(indent).append('<').append(name);
    for (String[] a : attributes) {
      b.append(' ').append(a[0]).append("=\"").append(escape(a[1], true)).append('"');
    }
    if (text != null) {
      b.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
    } else if (children.isEmpty()) {
      b.append("/>\n");
    } else {
      b.append(">\n");
      for (XmlTree c : children) {
        c.write(b, depth + 1);
      }
      b.append(indent).append("</").append(name).append(">\n");
    }
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
