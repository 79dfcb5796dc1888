package org.finfile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes adversarial taxonomies and instances: a taxonomy whose presentation network is a given
 * set of parent-child arcs, and instances with many contexts, namespaces or long numbers.
 */
public final class HostileShapes {
  public static final String NS = "http://example.com/hostile";
  public static final String ROLE = "http://example.com/hostile/role/Statement";

  private HostileShapes() {}

  /** One parent-child arc between concepts {@code c<from>} and {@code c<to>}. */
  public record Arc(int from, int to) {}

  /**
   * A taxonomy {@code t.xsd} with concepts {@code c0..c<n-1>} (monetary, instant) and a
   * presentation linkbase {@code t-pre.xml} holding {@code arcs} in one statement role.
   */
  public static void taxonomy(Path dir, int concepts, List<Arc> arcs) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("t.xsd"), StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:h=\"" + NS + "\" targetNamespace=\"" + NS + "\""
          + " elementFormDefault=\"qualified\">\n<xs:annotation><xs:appinfo>\n"
          + "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"t-pre.xml\""
          + " xlink:role=\"http://www.xbrl.org/2003/role/presentationLinkbaseRef\""
          + " xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
          + "<link:roleType roleURI=\"" + ROLE + "\" id=\"role\"><link:definition>Hostile statement</link:definition>"
          + "<link:usedOn>link:presentationLink</link:usedOn></link:roleType>\n</xs:appinfo></xs:annotation>\n"
          + "<xs:import namespace=\"http://www.xbrl.org/2003/instance\""
          + " schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>\n");
      for (int i = 0; i < concepts; i++) {
        w.write("<xs:element name=\"c" + i + "\" id=\"c" + i + "\" type=\"xbrli:monetaryItemType\""
            + " substitutionGroup=\"xbrli:item\" xbrli:periodType=\"instant\" nillable=\"true\"/>\n");
      }
      w.write("</xs:schema>\n");
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("t-pre.xml"), StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<link:roleRef xlink:type=\"simple\" xlink:href=\"t.xsd#role\""
          + " roleURI=\"" + ROLE + "\"/>\n<link:presentationLink xlink:type=\"extended\" xlink:role=\"" + ROLE + "\">\n");
      for (int i = 0; i < concepts; i++) {
        w.write("<link:loc xlink:type=\"locator\" xlink:href=\"t.xsd#c" + i + "\" xlink:label=\"c" + i + "\"/>\n");
      }
      int order = 0;
      for (Arc a : arcs) {
        w.write("<link:presentationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/parent-child\""
            + " xlink:from=\"c" + a.from() + "\" xlink:to=\"c" + a.to() + "\" order=\"" + ++order + "\"/>\n");
      }
      w.write("</link:presentationLink>\n</link:linkbase>\n");
    }
  }

  /**
   * An instance {@code name} referring to {@code t.xsd}: {@code contexts} instant contexts,
   * {@code namespaces} extra namespace declarations on the root, and a fact of concept
   * {@code c<i>} with value {@code value} for each {@code i} in {@code factConcepts}, all in the
   * first context, in JPY.
   */
  public static Path instance(Path dir, String name, int contexts, int namespaces, int[] factConcepts, String value)
      throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
          + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:h=\"" + NS + "\"");
      for (int i = 0; i < namespaces; i++) {
        w.write(" xmlns:n" + i + "=\"http://example.com/unused/" + i + "\"");
      }
      w.write(">\n<link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/>\n");
      for (int i = 0; i < contexts; i++) {
        w.write("<xbrli:context id=\"x" + i + "\"><xbrli:entity><xbrli:identifier scheme=\"http://example.com\">E"
            + "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>" + java.time.LocalDate.of(2000, 1, 1).plusDays(i % 3000)
            + "</xbrli:instant></xbrli:period></xbrli:context>\n");
      }
      w.write("<xbrli:unit id=\"JPY\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n");
      for (int c : factConcepts) {
        w.write("<h:c" + c + " contextRef=\"x0\" unitRef=\"JPY\" decimals=\"0\">" + value + "</h:c" + c + ">\n");
      }
      w.write("</xbrli:xbrl>\n");
    }
    return file;
  }

  /** Each of {@code levels} levels has two nodes, each linked to both nodes of the next: 2^levels paths. */
  public static List<Arc> lattice(int levels) {
    List<Arc> arcs = new java.util.ArrayList<>();
    for (int level = 0; level + 1 < levels; level++) {
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 2; b++) {
          arcs.add(new Arc(2 * level + a, 2 * (level + 1) + b));
        }
      }
    }
    return arcs;
  }

  /** c0 → c1 → ... → c<n-1>. */
  public static List<Arc> chain(int n) {
    List<Arc> arcs = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      arcs.add(new Arc(i, i + 1));
    }
    return arcs;
  }
}
