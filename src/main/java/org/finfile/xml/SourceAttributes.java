package org.finfile.xml;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Source;

/**
 * A fact's source cell as attributes in finfile's provenance namespace (XBRL 2.1 lets items
 * carry attributes of other namespaces): {@code ff:src="document:table:row:col"} (or
 * {@code "document:line"} for a value read from a line outside tables, such as a heading),
 * {@code ff:line} and {@code ff:text}, the cell or line as printed.
 */
final class SourceAttributes {
  static final QName SRC = new QName(Namespaces.SOURCE, "src", "ff");
  static final QName LINE = new QName(Namespaces.SOURCE, "line", "ff");
  static final QName TEXT = new QName(Namespaces.SOURCE, "text", "ff");

  private SourceAttributes() {}

  static Map<QName, String> write(Source s) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    attributes.put(SRC, s.location());
    attributes.put(LINE, Integer.toString(s.line()));
    attributes.put(TEXT, s.text());
    return attributes;
  }

  /**
   * Reads the attributes back; null when there are none.
   *
   * @throws IllegalArgumentException when they are present but malformed
   */
  static Source read(String src, String line, String text) {
    if (src == null && line == null && text == null) {
      return null;
    }
    if (src == null || line == null || text == null) {
      throw new IllegalArgumentException("ff:src, ff:line and ff:text come together");
    }
    int lineNumber;
    try {
      lineNumber = Integer.parseInt(line);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ff:line is not a number: " + line);
    }
    int c = src.lastIndexOf(':');
    int r = c < 0 ? -1 : src.lastIndexOf(':', c - 1);
    int t = r < 0 ? -1 : src.lastIndexOf(':', r - 1);
    if (t > 0 && digits(src, r + 1, c) && digits(src, c + 1, src.length())) {
      try {
        return new Source(src.substring(0, t), src.substring(t + 1, r),
            Integer.parseInt(src.substring(r + 1, c)), Integer.parseInt(src.substring(c + 1)), lineNumber, text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("ff:src has a bad number: " + src);
      }
    }
    // a line outside tables: document:line, its line the one ff:line gives
    if (c > 0 && src.substring(c + 1).equals(line.strip())) {
      return Source.line(src.substring(0, c), lineNumber, text);
    }
    throw new IllegalArgumentException("ff:src is neither document:table:row:col nor document:line (ff:line): " + src);
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
