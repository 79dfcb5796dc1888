package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.finfile.oim.XbrlCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/** xBRL-JSON and xBRL-CSV (OIM 1.0) out, and xBRL-CSV back in. */
class OimTest {
  @TempDir
  Path dir;

  @Test
  void xbrlJsonHasEveryFactWithItsDimensions() throws Exception {
    Filing filing = InstanceReader.read(TestFiles.expectedInstance());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(filing, null, Renderer.Format.XBRL_JSON, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.path("documentInfo").path("documentType").asText()).isEqualTo("https://xbrl.org/2021/xbrl-json");
    assertThat(json.path("documentInfo").path("taxonomy").get(0).asText()).isEqualTo("iij-2003-03-31.xsd");
    assertThat(json.path("facts").size()).isEqualTo(606);
    JsonNode revenue = json.path("facts").path("operations-quarter.r13c3");
    assertThat(revenue.path("value").asText()).isEqualTo("13036439000");
    assertThat(revenue.path("decimals").asInt()).isEqualTo(-3);
    assertThat(revenue.path("dimensions").path("concept").asText()).isEqualTo("base:Revenues");
    assertThat(revenue.path("dimensions").path("period").asText()).isEqualTo("2003-01-01T00:00:00/2003-04-01T00:00:00");
    assertThat(revenue.path("dimensions").path("unit").asText()).isEqualTo("iso4217:JPY");
    assertThat(json.path("documentInfo").path("namespaces").path(
        revenue.path("dimensions").path("entity").asText().split(":")[0]).asText()).isEqualTo("http://www.nasdaq.com/symbol");
    assertThat(json.path("facts").path("cash-flows-quarter.r9c5").path("value").isNull()).isTrue();
  }

  @Test
  void xbrlCsvReadsBackToTheSameFacts() throws Exception {
    Filing filing = InstanceReader.read(TestFiles.expectedInstance());
    Map<String, byte[]> files = Renderer.renderFiles(filing, null, Renderer.Format.XBRL_CSV, "iij-fy2002");
    assertThat(files).containsOnlyKeys("iij-fy2002-metadata.json", "iij-fy2002-facts.csv");
    for (var f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    Filing back = XbrlCsv.read(dir.resolve("iij-fy2002-metadata.json"));
    assertThat(back.facts()).hasSameSizeAs(filing.facts());
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    InstanceWriter.write(back, written);
    Diff diff = DiffBuilder.compare(Files.readAllBytes(TestFiles.expectedInstance()))
        .withTest(written.toByteArray())
        .withAttributeFilter(a -> !"http://finfile.org/source/1.0".equals(a.getNamespaceURI()))
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("id")))
        .ignoreWhitespace().checkForSimilar().build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  @Test
  void theEdgeCasesSurviveXbrlCsvToo() throws Exception {
    Path edge = TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml");
    Filing filing = InstanceReader.read(edge);
    Map<String, byte[]> files = Renderer.renderFiles(filing, null, Renderer.Format.XBRL_CSV, "edge");
    for (var f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    Filing back = XbrlCsv.read(dir.resolve("edge-metadata.json"));
    assertThat(back.facts()).hasSameSizeAs(filing.facts());
    assertThat(back.contexts()).extracting(c -> c.period()).containsExactlyInAnyOrderElementsOf(
        filing.contexts().stream().map(c -> c.period()).toList());
    assertThat(back.facts()).anySatisfy(f -> assertThat(f.value().toString()).contains("Test  Company & Sons <Ltd>"));
  }
}
