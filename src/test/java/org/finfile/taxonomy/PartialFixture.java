package org.finfile.taxonomy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small filing whose extension imports two official schemas that are not at hand offline
 * ({@code https://example.com/fake/2023/fake-2023.xsd}, us-gaap-like, and
 * {@code https://example.com/other/other.xsd}), with the extension's labels, presentation and
 * calculations for concepts of both; and a taxonomy package that holds the two.
 */
public final class PartialFixture {
  public static final String FAKE = "http://example.com/fake/2023";
  public static final String EXT = "http://example.com/ext";
  public static final String FAKE_URL = "https://example.com/fake/2023/fake-2023.xsd";
  public static final String OTHER_URL = "https://example.com/other/other.xsd";

  private static final String NS = " xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'";

  private PartialFixture() {}

  /** Writes the filing into {@code dir}; {@code revenues} is the value of fake:Revenues (100 is consistent). */
  public static Path write(Path dir, String revenues) throws IOException {
    Files.writeString(dir.resolve("ext.xsd"), "<xs:schema" + NS + " xmlns:ext='" + EXT + "' targetNamespace='" + EXT + "'"
        + " elementFormDefault='qualified'>"
        + "<xs:annotation><xs:appinfo>"
        + linkbaseRef("ext_lab.xml", "label") + linkbaseRef("ext_pre.xml", "presentation") + linkbaseRef("ext_cal.xml", "calculation")
        + "</xs:appinfo></xs:annotation>"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>"
        + "<xs:import namespace='" + FAKE + "' schemaLocation='" + FAKE_URL + "'/>"
        + "<xs:import namespace='http://example.com/other' schemaLocation='" + OTHER_URL + "'/>"
        + "<xs:element name='Widgets' id='ext_Widgets' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='duration' xbrli:balance='credit' nillable='true'/>"
        + "</xs:schema>");
    Files.writeString(dir.resolve("ext_lab.xml"), linkbase("labelLink",
        loc(FAKE_URL + "#fake_Revenues", "rev") + loc("ext.xsd#ext_Widgets", "wid") + loc(FAKE_URL + "#fake_Costs", "cost")
            + loc(OTHER_URL + "#NoPrefixHere", "odd")
            + label("rev", "Net sales of the extension") + label("wid", "Widgets sold") + label("cost", "Costs of widgets")
            + label("odd", "An id without a prefix")));
    Files.writeString(dir.resolve("ext_pre.xml"), linkbase("presentationLink",
        loc(FAKE_URL + "#fake_Revenues", "rev") + loc("ext.xsd#ext_Widgets", "wid") + loc(FAKE_URL + "#fake_Costs", "cost")
            + arc("presentationArc", "parent-child", "rev", "wid", "order='1'") + arc("presentationArc", "parent-child", "rev", "cost", "order='2'")));
    Files.writeString(dir.resolve("ext_cal.xml"), linkbase("calculationLink",
        loc(FAKE_URL + "#fake_Revenues", "rev") + loc("ext.xsd#ext_Widgets", "wid") + loc(FAKE_URL + "#fake_Costs", "cost")
            + arc("calculationArc", "summation-item", "rev", "wid", "weight='1'") + arc("calculationArc", "summation-item", "rev", "cost", "weight='1'")));
    Path instance = dir.resolve("filing.xml");
    Files.writeString(instance, "<xbrli:xbrl" + NS + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:fake='" + FAKE + "'"
        + " xmlns:ext='" + EXT + "'>\n"
        + "<link:schemaRef xlink:type='simple' xlink:href='ext.xsd'/>\n"
        + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://example.com'>X</xbrli:identifier></xbrli:entity>"
        + "<xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id='u'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
        + "<fake:Revenues contextRef='c' unitRef='u' decimals='0'>" + revenues + "</fake:Revenues>\n"
        + "<ext:Widgets contextRef='c' unitRef='u' decimals='0'>70</ext:Widgets>\n"
        + "<fake:Costs contextRef='c' unitRef='u' decimals='0'>30</fake:Costs>\n"
        + "</xbrli:xbrl>\n");
    return instance;
  }

  /**
   * A taxonomy package (Taxonomy Packages 1.0) holding the two official schemas, at {@code zip};
   * fake:Revenues is a monetary item, so a non-numeric value of it is an XML Schema error.
   */
  public static Path taxonomyPackage(Path zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("fake/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp='http://xbrl.org/2016/taxonomy-package' xml:lang='en'>"
        + "<tp:identifier>urn:fake:2023</tp:identifier><tp:name>Fake GAAP</tp:name></tp:taxonomyPackage>");
    entries.put("fake/META-INF/catalog.xml", "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
        + "<rewriteURI uriStartString='https://example.com/' rewritePrefix='../example.com/'/></catalog>");
    entries.put("fake/example.com/fake/2023/fake-2023.xsd", "<xs:schema" + NS + " targetNamespace='" + FAKE + "'"
        + " elementFormDefault='qualified'>"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>"
        + "<xs:element name='Revenues' id='fake_Revenues' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='duration' xbrli:balance='credit' nillable='true'/>"
        + "<xs:element name='Costs' id='fake_Costs' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='duration' xbrli:balance='credit' nillable='true'/>"
        + "</xs:schema>");
    entries.put("fake/example.com/other/other.xsd", "<xs:schema" + NS + " targetNamespace='http://example.com/other'"
        + " elementFormDefault='qualified'>"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>"
        + "<xs:element name='NoPrefixHere' id='NoPrefixHere' type='xbrli:stringItemType'"
        + " substitutionGroup='xbrli:item' xbrli:periodType='duration'/>"
        + "</xs:schema>");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }

  private static String linkbaseRef(String href, String kind) {
    return "<link:linkbaseRef xlink:type='simple' xlink:href='" + href + "' xlink:role='http://www.xbrl.org/2003/role/" + kind
        + "LinkbaseRef' xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>";
  }

  private static String linkbase(String link, String content) {
    return "<link:linkbase" + NS + "><link:" + link + " xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>"
        + content + "</link:" + link + "></link:linkbase>";
  }

  private static String loc(String href, String label) {
    return "<link:loc xlink:type='locator' xlink:href='" + href + "' xlink:label='" + label + "'/>";
  }

  private static String label(String from, String text) {
    return "<link:label xlink:type='resource' xlink:label='" + from + "_lbl' xlink:role='http://www.xbrl.org/2003/role/label'"
        + " xml:lang='en'>" + text + "</link:label>"
        + arc("labelArc", "concept-label", from, from + "_lbl", "");
  }

  private static String arc(String arc, String arcrole, String from, String to, String more) {
    return "<link:" + arc + " xlink:type='arc' xlink:arcrole='http://www.xbrl.org/2003/arcrole/" + arcrole + "' xlink:from='" + from
        + "' xlink:to='" + to + "' " + more + "/>";
  }
}
