package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.inline.InlineXbrl;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/** The inline XBRL page is itself the filing: its facts read back equal the source instance's. */
class InlineXbrlTest {

  @Test
  void theFactsOfThePageAreTheFactsOfTheFiling() throws Exception {
    Filing source = InstanceReader.read(TestFiles.expectedInstance());
    Taxonomy taxonomy = Taxonomy.load(TestFiles.example().resolve("taxonomy/iij-2003-03-31.xsd").toUri().toString(),
        null, OfflineResolver.bundled());
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    Renderer.render(source, taxonomy, Renderer.Format.IXBRL, page);
    Files.createDirectories(TestFiles.base().resolve("target/render"));
    Files.write(TestFiles.base().resolve("target/render/iij-fy2002.xhtml"), page.toByteArray());

    Filing extracted = InlineXbrl.read(new ByteArrayInputStream(page.toByteArray()), "memory:page.xhtml", "page.xhtml");
    assertThat(extracted.facts()).hasSameSizeAs(source.facts());
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    InstanceWriter.write(extracted, back);
    Diff diff = DiffBuilder.compare(Files.readAllBytes(TestFiles.expectedInstance()))
        .withTest(back.toByteArray())
        .withAttributeFilter(a -> !"http://finfile.org/source/1.0".equals(a.getNamespaceURI()))
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("id")))
        .ignoreWhitespace().checkForSimilar().build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }
}
