package org.finfile.model;

import java.util.Objects;

/**
 * One XML element kept exactly as a document wrote it: a typed dimension member's value, or a
 * segment's or scenario's non-dimensional content. {@code xml} is the element serialized so it
 * stands alone (the namespace declarations it uses on its start tag); {@code key} is its value as
 * XBRL compares them — expanded names, attributes in order of name, text as its typed value —
 * so two fragments written with other prefixes or attribute orders are equal when their values
 * are. The reader makes both; nothing here parses XML.
 */
public record XmlFragment(String xml, String key) {
  public XmlFragment {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(key, "key");
    if (xml.isBlank()) {
      throw new IllegalArgumentException("an XML fragment holds one element");
    }
  }

  /** Equal by value ({@code key}), whatever the spelling. */
  @Override
  public boolean equals(Object other) {
    return other instanceof XmlFragment f && key.equals(f.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
