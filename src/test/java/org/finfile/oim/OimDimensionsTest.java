package org.finfile.oim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Context;
import org.finfile.model.Fact;
import org.finfile.model.Filing;
import org.finfile.model.Qualifiers;
import org.finfile.render.DimensionalFilings;
import org.finfile.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OIM dimensions out and back in: explicit members by name, typed members by value, contexts shared by value. */
class OimDimensionsTest {
  static final String NS = DimensionalFilings.NS;

  @TempDir
  Path dir;

  /** Each fact's members as OIM has them: segment and scenario as one, by fact id. */
  static Map<String, Qualifiers> members(Filing filing) {
    Map<String, Qualifiers> members = new HashMap<>();
    for (Fact f : filing.facts()) {
      List<Qualifiers.Part> parts = new ArrayList<>(f.context().segment().parts());
      parts.addAll(f.context().scenario().parts());
      members.put(f.id(), new Qualifiers(parts));
    }
    return members;
  }

  @Test
  void xbrlJsonRoundTripsTheMembersAndWritesTheSameReportAgain() throws Exception {
    Filing filing = DimensionalFilings.filing();
    Taxonomy taxonomy = DimensionalFilings.taxonomy();
    Path json = FactsOut.json(filing, taxonomy, dir, "dims");
    Filing back = Oim.read(json, taxonomy);
    assertThat(FactsOut.facts(back)).containsExactlyElementsOf(FactsOut.facts(filing));
    assertThat(members(back)).isEqualTo(members(filing));
    Context europe = back.facts().stream().filter(f -> f.id().equals("f-europe")).findFirst().orElseThrow().context();
    Qualifiers.TypedMember typed = (Qualifiers.TypedMember) europe.segment().parts().get(0);
    assertThat(typed.dimension()).isEqualTo(DimensionalFilings.REGION);
    assertThat(typed.value().key()).isEqualTo("<{" + NS + "}region>Europe</>");
    assertThat(typed.value().xml()).isEqualTo("<p:region xmlns:p=\"" + NS + "\">Europe</p:region>");
    assertThat(back.contexts()).hasSize(5);
    Path again = Files.createDirectory(dir.resolve("again"));
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(FactsOut.json(back, taxonomy, again, "dims").toFile())).isEqualTo(mapper.readTree(json.toFile()));
  }

  @Test
  void xbrlCsvRoundTripsTheMembers() throws Exception {
    Filing filing = DimensionalFilings.filing();
    Taxonomy taxonomy = DimensionalFilings.taxonomy();
    Filing back = Oim.read(FactsOut.csv(filing, taxonomy, dir, "dims"), taxonomy);
    assertThat(FactsOut.facts(back)).containsExactlyElementsOf(FactsOut.facts(filing));
    assertThat(members(back)).isEqualTo(members(filing));
    assertThat(back.contexts()).hasSize(5);
  }

  @Test
  void factsOfTheSameMembersShareOneContextWhateverTheOrderOfTheirDimensions() throws Exception {
    Path json = Files.writeString(dir.resolve("r.json"), """
        {"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-json",
          "namespaces": {"t": "urn:t", "s": "urn:scheme"}, "taxonomy": ["t.xsd"]},
         "facts": {
          "a": {"value": "1", "dimensions": {"concept": "t:A", "entity": "s:X", "t:X": "t:M", "t:Y": "t:N"}},
          "b": {"value": "2", "dimensions": {"t:Y": "t:N", "concept": "t:B", "entity": "s:X", "t:X": "t:M"}},
          "c": {"value": "3", "dimensions": {"concept": "t:B", "entity": "s:X"}}}}""");
    Filing f = Oim.read(json, null);
    assertThat(f.contexts()).hasSize(2);
    assertThat(f.facts().get(0).context()).isSameAs(f.facts().get(1).context());
    assertThat(f.facts().get(0).context().segment()).isEqualTo(Qualifiers.of(
        new Qualifiers.ExplicitMember(new QName("urn:t", "Y"), new QName("urn:t", "N")),
        new Qualifiers.ExplicitMember(new QName("urn:t", "X"), new QName("urn:t", "M"))));
    assertThat(f.facts().get(2).context().isQualified()).isFalse();
  }

  @Test
  void aTypedValueWithoutTheTaxonomyIsRefusedClearly() throws Exception {
    Path json = FactsOut.json(DimensionalFilings.filing(), null, dir, "dims");
    assertThatThrownBy(() -> Oim.read(json, null)).isInstanceOf(InputException.class)
        .hasMessage(json + ": fact f-europe: dimension d:RegionAxis has the value 'Europe', no member name (prefix:local);"
            + " finfile reads a typed dimension only with the report's taxonomy, which could not be loaded");
  }

  @Test
  void aDimensionNamedWithAnUndeclaredPrefixIsRefused() throws Exception {
    Path json = Files.writeString(dir.resolve("r.json"), """
        {"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-json",
          "namespaces": {"t": "urn:t", "s": "urn:scheme"}, "taxonomy": ["t.xsd"]},
         "facts": {"a": {"value": "1", "dimensions": {"concept": "t:A", "entity": "s:X", "u:X": "t:M"}}}}""");
    assertThatThrownBy(() -> Oim.read(json, null)).isInstanceOf(InputException.class)
        .hasMessage(json + ": fact a: 'u:X' is not a prefixed name with a prefix declared in namespaces");
  }
}
