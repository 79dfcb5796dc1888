package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents held in memory resolve ahead of files and catalogs, for this resolver only. */
class MemoryDocumentsTest {
  @Test
  void aDocumentInMemoryIsReadWhereItsUriIsReferenced() throws Exception {
    byte[] content = "<x/>".getBytes(StandardCharsets.UTF_8);
    OfflineResolver resolver = OfflineResolver.bundled().withDocuments(Map.of("file:/nowhere/ext.xsd", content));
    assertThat(MemoryDocuments.read(resolver.resolve("ext.xsd", "file:/nowhere/mapping.xml"))).isEqualTo(content);
    content[0] = 'y';
    assertThat(MemoryDocuments.read(resolver.resolve("file:/nowhere/ext.xsd", null))).startsWith((byte) '<');
  }

  @Test
  void otherReferencesResolveAsBeforeAndTheOriginalResolverIsUnchanged() {
    OfflineResolver plain = OfflineResolver.bundled();
    OfflineResolver resolver = plain.withDocuments(Map.of("file:/nowhere/ext.xsd", new byte[0]));
    assertThat(resolver.resolve("http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd", null).getProtocol())
        .isIn("file", "jar");
    assertThatThrownBy(() -> plain.resolve("file:/nowhere/ext.xsd", null)).isInstanceOf(OfflineResolver.UnresolvableException.class);
    assertThatThrownBy(() -> resolver.resolve("file:/nowhere/other.xsd", null)).isInstanceOf(OfflineResolver.UnresolvableException.class);
  }
}
