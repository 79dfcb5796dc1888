package org.finfile.shapes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the files of an adversarial filing as streams, so that a shape of fifty megabytes
 * costs the test no memory: a taxonomy {@code t.xsd} of numbered concepts with presentation and
 * calculation linkbases given as arcs per role, and an instance whose parts are written by the
 * caller through {@link Instance}.
 */
final class FilingWriter {
  static final String NS = "http://example.com/shapes";
  static final String ROLE = "http://example.com/shapes/role/";
  private static final String LINK = "http://www.xbrl.org/2003/linkbase";
  private static final String XLINK = "http://www.w3.org/1999/xlink";

  private FilingWriter() {}

  /** An arc between concepts {@code c<from>} and {@code c<to>}. */
  record Arc(int from, int to) {}

  /**
   * {@code t.xsd} with {@code concepts} monetary instant concepts {@code c0..}, a string
   * concept {@code text}, a decimal concept {@code count} (any unit), and linkbases holding
   * {@code presentation} and {@code calculation}: arcs per role name (a role's URI is
   * {@link #ROLE} + name).
   */
  static void taxonomy(Path dir, int concepts, Map<String, List<Arc>> presentation, Map<String, List<Arc>> calculation)
      throws IOException {
    java.util.Set<String> roles = new java.util.LinkedHashSet<>(presentation.keySet());
    roles.addAll(calculation.keySet());
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("t.xsd"), StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"" + LINK + "\" xmlns:xlink=\"" + XLINK + "\""
          + " targetNamespace=\"" + NS + "\" elementFormDefault=\"qualified\">\n<xs:annotation><xs:appinfo>\n");
      linkbaseRef(w, "t-pre.xml", "presentation");
      linkbaseRef(w, "t-cal.xml", "calculation");
      int id = 0;
      for (String role : roles) {
        w.write("<link:roleType roleURI=\"" + ROLE + role + "\" id=\"r" + id++ + "\"><link:definition>Statement " + role
            + "</link:definition><link:usedOn>link:presentationLink</link:usedOn>"
            + "<link:usedOn>link:calculationLink</link:usedOn></link:roleType>\n");
      }
      w.write("</xs:appinfo></xs:annotation>\n<xs:import namespace=\"http://www.xbrl.org/2003/instance\""
          + " schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>\n");
      for (int i = 0; i < concepts; i++) {
        w.write("<xs:element name=\"c" + i + "\" id=\"c" + i + "\" type=\"xbrli:monetaryItemType\""
            + " substitutionGroup=\"xbrli:item\" xbrli:periodType=\"instant\" nillable=\"true\"/>\n");
      }
      w.write("<xs:element name=\"text\" id=\"text\" type=\"xbrli:stringItemType\" substitutionGroup=\"xbrli:item\""
          + " xbrli:periodType=\"instant\" nillable=\"true\"/>\n");
      w.write("<xs:element name=\"count\" id=\"count\" type=\"xbrli:decimalItemType\" substitutionGroup=\"xbrli:item\""
          + " xbrli:periodType=\"instant\" nillable=\"true\"/>\n");
      w.write("</xs:schema>\n");
    }
    linkbase(dir.resolve("t-pre.xml"), "presentation", "parent-child", roles, presentation);
    linkbase(dir.resolve("t-cal.xml"), "calculation", "summation-item", roles, calculation);
  }

  private static void linkbaseRef(BufferedWriter w, String href, String kind) throws IOException {
    w.write("<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"" + href + "\" xlink:role=\"http://www.xbrl.org/2003/role/"
        + kind + "LinkbaseRef\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n");
  }

  private static void linkbase(Path file, String kind, String arcrole, java.util.Set<String> roles,
      Map<String, List<Arc>> networks) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<link:linkbase xmlns:link=\"" + LINK + "\" xmlns:xlink=\"" + XLINK
          + "\">\n");
      int id = 0;
      for (String role : roles) {
        w.write("<link:roleRef xlink:type=\"simple\" xlink:href=\"t.xsd#r" + id++ + "\" roleURI=\"" + ROLE + role + "\"/>\n");
      }
      for (Map.Entry<String, List<Arc>> network : networks.entrySet()) {
        w.write("<link:" + kind + "Link xlink:type=\"extended\" xlink:role=\"" + ROLE + network.getKey() + "\">\n");
        java.util.BitSet located = new java.util.BitSet();
        for (Arc a : network.getValue()) {
          for (int c : new int[] {a.from(), a.to()}) {
            if (!located.get(c)) {
              located.set(c);
              w.write("<link:loc xlink:type=\"locator\" xlink:href=\"t.xsd#c" + c + "\" xlink:label=\"c" + c + "\"/>\n");
            }
          }
        }
        int order = 0;
        for (Arc a : network.getValue()) {
          w.write("<link:" + kind + "Arc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/" + arcrole
              + "\" xlink:from=\"c" + a.from() + "\" xlink:to=\"c" + a.to() + "\" order=\"" + ++order + "\""
              + (kind.equals("calculation") ? " weight=\"1\"" : "") + "/>\n");
        }
        w.write("</link:" + kind + "Link>\n");
      }
      w.write("</link:linkbase>\n");
    }
  }

  /** An instance being written: the root, then whatever the shape writes, then the end tag on close. */
  static final class Instance implements AutoCloseable {
    private final BufferedWriter w;

    /** Starts {@code dir/name}, its root carrying {@code extraNamespaces} unused declarations. */
    Instance(Path dir, String name, int extraNamespaces) throws IOException {
      w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
          + " xmlns:link=\"" + LINK + "\" xmlns:xlink=\"" + XLINK + "\""
          + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
          + " xmlns:h=\"" + NS + "\"");
      namespaces(extraNamespaces, "n");
      w.write(">\n<link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/>\n");
    }

    /** {@code count} declarations {@code xmlns:<prefix><i>} of distinct unused namespaces, inside a start tag. */
    Instance namespaces(int count, String prefix) throws IOException {
      for (int i = 0; i < count; i++) {
        w.write(" xmlns:" + prefix + i + "=\"http://example.com/unused/" + prefix + i + "\"");
      }
      return this;
    }

    /** Context {@code x<i>} at 2000-01-01 plus {@code day} days, with {@code segment} unless null. */
    Instance context(int i, int day, String segment) throws IOException {
      w.write("<xbrli:context id=\"x" + i + "\"><xbrli:entity><xbrli:identifier scheme=\"http://example.com\">E"
          + "</xbrli:identifier>");
      if (segment != null) {
        w.write("<xbrli:segment>" + segment + "</xbrli:segment>");
      }
      w.write("</xbrli:entity><xbrli:period><xbrli:instant>" + LocalDate.of(2000, 1, 1).plusDays(day)
          + "</xbrli:instant></xbrli:period></xbrli:context>\n");
      return this;
    }

    /** Unit {@code id} of one measure (a QName with a declared prefix). */
    Instance unit(String id, String measure) throws IOException {
      w.write("<xbrli:unit id=\"" + id + "\"><xbrli:measure>" + measure + "</xbrli:measure></xbrli:unit>\n");
      return this;
    }

    /** A numeric fact of {@code h:<concept>}. */
    Instance fact(String concept, String context, String unit, String value, String id) throws IOException {
      w.write("<h:" + concept + (id == null ? "" : " id=\"" + id + "\"") + " contextRef=\"" + context + "\" unitRef=\""
          + unit + "\" decimals=\"0\">" + value + "</h:" + concept + ">\n");
      return this;
    }

    /** A text fact of {@code h:text}. */
    Instance text(String context, CharSequence value, String id) throws IOException {
      w.write("<h:text" + (id == null ? "" : " id=\"" + id + "\"") + " contextRef=\"" + context + "\">");
      w.append(value);
      w.write("</h:text>\n");
      return this;
    }

    /** Raw markup, for shapes the helpers do not cover. */
    Instance raw(CharSequence markup) throws IOException {
      w.append(markup);
      return this;
    }

    @Override
    public void close() throws IOException {
      w.write("</xbrli:xbrl>\n");
      w.close();
    }
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
