package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.finfile.Finfile;
import org.finfile.model.Filing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view joins footnotes to facts through arcs and locators looked up by label, not
 * searched per footnote (footnotes × arcs × locators: 10^10 comparisons for 100,000 footnotes,
 * a fraction of a second by lookup), and spells each name's prefix by lookup too.
 */
class FootnoteViewScaleTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandFootnotesAreJoinedByLookup() throws Exception {
    int n = 100_000;
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
        + " xmlns:h=\"http://example.com/notes\">\n<link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/>\n"
        + "<xbrli:context id=\"x\"><xbrli:entity><xbrli:identifier scheme=\"http://example.com\">E</xbrli:identifier>"
        + "</xbrli:entity><xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id=\"JPY\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n");
    for (int k = 0; k < n; k++) {
      xml.append("<h:c id=\"f").append(k).append("\" contextRef=\"x\" unitRef=\"JPY\" decimals=\"0\">").append(k)
          .append("</h:c>\n");
    }
    xml.append("<link:footnoteLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n");
    for (int k = 0; k < n; k++) {
      xml.append("<link:loc xlink:type=\"locator\" xlink:href=\"#f").append(k).append("\" xlink:label=\"l").append(k)
          .append("\"/><link:footnote xlink:type=\"resource\" xlink:label=\"n").append(k)
          .append("\" xlink:role=\"http://www.xbrl.org/2003/role/footnote\" xml:lang=\"en\">Note ").append(k)
          .append("</link:footnote><link:footnoteArc xlink:type=\"arc\"")
          .append(" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\" xlink:from=\"l").append(k)
          .append("\" xlink:to=\"n").append(k).append("\"/>\n");
    }
    xml.append("</link:footnoteLink>\n</xbrli:xbrl>\n");
    Path file = dir.resolve("notes.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    Filing filing = Finfile.read(file);

    String view = new String(View.of(filing, null, "en", false), StandardCharsets.UTF_8);

    assertThat(view).contains("<v:annotates fact=\"f99999\" arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\"")
        .contains("<v:text>Note 99999</v:text>").contains("concept=\"h:c\"");
    assertThat(view.split("<v:annotates ", -1)).hasSize(n + 1);
  }
}
