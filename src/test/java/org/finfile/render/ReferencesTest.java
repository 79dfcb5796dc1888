package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferencesTest {
  private static final URI INPUT = Path.of("/data/in/filing.xml").toUri();

  @Test
  void aRelativeReferenceResolvesFromTheOutputFolder() {
    assertThat(References.relocate("taxonomy.xsd", INPUT, Path.of("/data/out"))).isEqualTo("../in/taxonomy.xsd");
    assertThat(References.relocate("tax/t.xsd", INPUT, Path.of("/data/in"))).isEqualTo("tax/t.xsd");
    assertThat(References.relocate("../t.xsd", INPUT, Path.of("/data/in/deep/er"))).isEqualTo("../../../t.xsd");
  }

  @Test
  void absoluteUrlsStayAndSpacesAreEncoded() {
    assertThat(References.relocate("http://xbrl.example/t.xsd", INPUT, Path.of("/x")))
        .isEqualTo("http://xbrl.example/t.xsd");
    assertThat(References.relocate("my%20tax.xsd", INPUT, Path.of("/data/out"))).isEqualTo("../in/my%20tax.xsd");
  }

  @Test
  void aReferenceFromAnHttpDocumentBecomesAbsolute() {
    URI web = URI.create("http://xbrl.example/filings/f.xml");
    assertThat(References.relocate("t.xsd", web, Path.of("/data/out"))).isEqualTo("http://xbrl.example/filings/t.xsd");
  }
}
