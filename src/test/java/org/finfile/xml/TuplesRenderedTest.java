package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.render.Renderer;
import org.finfile.render.Unrepresentable;
import org.junit.jupiter.api.Test;

/**
 * A filing with tuples and fractions in the renderings: the views show a fraction as
 * {@code n/d} and every item of a tuple as a fact; the formats that cannot hold tuples or
 * fractions (xBRL-JSON, xBRL-CSV, inline XBRL) refuse the filing in one line.
 */
class TuplesRenderedTest {
  private static final Path FILE = TestFiles.base().resolve("src/test/resources/roundtrip/tuples.xml");

  private static String render(Filing filing, Renderer.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(filing, null, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theFactsTableShowsAFractionAsNumeratorSlashDenominatorAndTheItemsOfTuples() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    String csv = render(filing, Renderer.Format.CSV);
    assertThat(csv).contains("1/3").contains("-2.50/7").contains("Springfield").contains("Bob Jones");
    assertThat(csv.lines().count() - 1).isEqualTo(filing.facts().size());
    String html = render(filing, Renderer.Format.HTML);
    assertThat(html).contains("1/3").contains("Springfield");
  }

  @Test
  void formatsWithoutTuplesOrFractionsRefuseTheFilingInOneLine() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    assertThatThrownBy(() -> render(filing, Renderer.Format.XBRL_JSON)).isInstanceOf(Unrepresentable.class)
        .hasMessage("cannot be written as xbrl-json without loss: it has tuples (the first is {http://example.com/t}Director),"
            + " which OIM 1.0 cannot represent");
    assertThatThrownBy(() -> Renderer.renderFiles(filing, null, Renderer.Format.XBRL_CSV, "t"))
        .isInstanceOf(Unrepresentable.class).hasMessageContaining("xbrl-csv without loss: it has tuples");
    assertThatThrownBy(() -> render(filing, Renderer.Format.IXBRL)).isInstanceOf(Unrepresentable.class)
        .hasMessageContaining("cannot be written as ixbrl without loss: it has tuples").hasMessageContaining("no ix:tuple");
    Filing fractionsOnly = new Filing(filing.schemaRefs(), filing.namespaces(), filing.contexts(), filing.units(),
        filing.facts(), filing.footnotes(), filing.document());
    assertThatThrownBy(() -> render(fractionsOnly, Renderer.Format.XBRL_JSON)).isInstanceOf(Unrepresentable.class)
        .hasMessage("cannot be written as xbrl-json without loss: fact annShare is a fraction, which OIM 1.0 cannot represent");
    assertThatThrownBy(() -> render(fractionsOnly, Renderer.Format.IXBRL)).isInstanceOf(Unrepresentable.class)
        .hasMessageContaining("fact annShare is a fraction; finfile writes no ix:fraction");
  }
}
