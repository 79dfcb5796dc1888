package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.junit.jupiter.api.Test;

/** A footnote link's parts keep every attribute finfile does not read into its own fields. */
class FootnoteAttributesTest {
  private static final String INSTANCE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
      + " xmlns:t=\"urn:t\" xmlns:x=\"urn:extra\">"
      + "<link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/>"
      + "<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"urn:s\">E</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2023-09-30</xbrli:instant></xbrli:period></xbrli:context>"
      + "<xbrli:unit id=\"u\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>"
      + "<t:Cash id=\"f1\" contextRef=\"c\" unitRef=\"u\" decimals=\"0\">10</t:Cash>"
      + "<link:footnoteLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\" xlink:title=\"notes\" id=\"fl1\">"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"#f1\" xlink:label=\"L1\" xlink:title=\"cash\"/>"
      + "<link:footnote xlink:type=\"resource\" xlink:label=\"n1\" xlink:role=\"http://www.xbrl.org/2003/role/footnote\""
      + " xml:lang=\"en-US\" id=\"fn1\" x:source=\"press release\">Restated.</link:footnote>"
      + "<link:footnoteArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\""
      + " xlink:from=\"L1\" xlink:to=\"n1\" xlink:show=\"replace\" xlink:actuate=\"onRequest\" priority=\"1\" use=\"optional\"/>"
      + "</link:footnoteLink></xbrli:xbrl>";

  private static Filing read(byte[] bytes) throws Exception {
    return InstanceReader.read(new ByteArrayInputStream(bytes), "memory:t.xml", "t.xml");
  }

  @Test
  void titlesIdsArcAttributesAndForeignAttributesRoundTrip() throws Exception {
    byte[] original = INSTANCE.getBytes(StandardCharsets.UTF_8);
    Filing filing = read(original);
    Footnote link = filing.footnotes().get(0);
    assertThat(link.attributes()).containsEntry(new QName("http://www.w3.org/1999/xlink", "title"), "notes")
        .containsEntry(new QName("id"), "fl1");
    assertThat(link.resources().get(0).attributes())
        .containsOnly(Map.entry(new QName("id"), "fn1"), Map.entry(new QName("urn:extra", "source"), "press release"));
    assertThat(link.arcs().get(0).attributes()).hasSize(4).containsEntry(new QName("use"), "optional");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    assertThat(RoundTrip.differences(original, out.toByteArray())).isEmpty();
    assertThat(read(out.toByteArray())).isEqualTo(filing);
  }
}
