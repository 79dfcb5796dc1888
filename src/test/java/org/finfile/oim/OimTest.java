package org.finfile.oim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.namespace.QName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.TestFiles;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.finfile.render.Renderer;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xBRL-JSON and xBRL-CSV (OIM 1.0) out and back in: the same facts, footnotes and language. */
class OimTest {
  @TempDir
  Path dir;

  static Taxonomy exampleTaxonomy() throws Exception {
    return Taxonomy.load(TestFiles.exampleTaxonomy().toUri().toString(), null,
        OfflineResolver.bundled());
  }

  /** The hand-written filing of facts without ids, with the language its root declares. */
  static Filing idLess() throws Exception {
    Filing f = InstanceReader.read(TestFiles.base().resolve("src/test/resources/oim/id-less-facts.xml"));
    return new Filing(f.schemaRefs(), f.namespaces(), f.contexts(), f.units(), f.facts(), f.footnotes(),
        f.document().withLang("en-US"));
  }

  static void assertSame(Filing back, Filing filing) {
    assertThat(back.facts()).hasSameSizeAs(filing.facts());
    assertThat(FactsOut.facts(back)).containsExactlyElementsOf(FactsOut.facts(filing));
    assertThat(FactsOut.footnotes(back)).containsExactlyElementsOf(FactsOut.footnotes(filing));
  }

  @Test
  void theExampleRoundTripsThroughXbrlJson() throws Exception {
    Filing filing = InstanceReader.read(TestFiles.expectedInstance());
    Filing back = Oim.read(FactsOut.json(filing, exampleTaxonomy(), dir, "iij-fy2002"));
    assertThat(back.facts()).hasSize(606);
    assertSame(back, filing);
    assertThat(back.schemaRefs()).containsExactly("iij-2003-03-31.xsd");
  }

  @Test
  void theExampleRoundTripsThroughXbrlCsv() throws Exception {
    Filing filing = InstanceReader.read(TestFiles.expectedInstance());
    Path metadata = FactsOut.csv(filing, exampleTaxonomy(), dir, "iij-fy2002");
    assertThat(dir.resolve("iij-fy2002-notes.csv")).doesNotExist();
    Filing back = Oim.read(metadata);
    assertThat(back.facts()).hasSize(606);
    assertSame(back, filing);
  }

  @Test
  void factsWithoutIdsAreEveryOneKeptInXbrlJson() throws Exception {
    Filing filing = idLess();
    Path json = FactsOut.json(filing, exampleTaxonomy(), dir, "id-less");
    assertThat(new ObjectMapper().readTree(json.toFile()).path("facts").size()).isEqualTo(12 + 1);
    Filing back = Oim.read(json, exampleTaxonomy());
    assertSame(back, filing);
    assertThat(back.lang()).isEqualToIgnoringCase("en-US");
  }

  @Test
  void factsWithoutIdsAreEveryOneKeptInXbrlCsvEvenWithoutTheTaxonomy() throws Exception {
    Filing filing = idLess();
    Filing back = Oim.read(FactsOut.csv(filing, exampleTaxonomy(), dir, "id-less"), null);
    assertSame(back, filing);
    assertThat(back.lang()).isEqualToIgnoringCase("en-US");
  }

  @Test
  void theRoundTripEdgeCasesSurviveBothFormats() throws Exception {
    Filing filing = InstanceReader.read(TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml"));
    assertSame(Oim.read(FactsOut.json(filing, null, dir, "edge")), filing);
    assertSame(Oim.read(FactsOut.csv(filing, null, dir, "edge")), filing);
  }

  @Test
  void aRealFilingWithoutIdsKeepsEveryFactInBothFormats() throws Exception {
    Path nflx = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    assumeTrue(Files.isRegularFile(nflx), "the shared filing " + nflx + " is not here");
    Filing filing = InstanceReader.read(nflx);
    assertThat(filing.facts()).hasSize(303);
    assertSame(Oim.read(FactsOut.json(filing, null, dir, "nflx")), filing);
    assertSame(Oim.read(FactsOut.csv(filing, null, dir, "nflx")), filing);
    assertThat(FactsOut.footnotes(filing)).isNotEmpty();
  }

  @Test
  void pureUnitsAndInfiniteDecimalsAreLeftUnsaid() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(FactsOut.json(idLess(), exampleTaxonomy(), dir, "x").toFile()).path("facts");
    JsonNode pure = facts.path("fact-6");
    assertThat(pure.path("dimensions").path("concept").asText()).isEqualTo("iij:CrossSellingRateValueAddedService");
    assertThat(pure.path("dimensions").has("unit")).isFalse();
    assertThat(pure.path("decimals").asInt()).isEqualTo(3);
    JsonNode exact = facts.path("fact-5");
    assertThat(exact.path("dimensions").path("unit").asText()).isEqualTo("iso4217:JPY");
    assertThat(exact.has("decimals")).isFalse();
    assertThat(facts.path("fact-9").path("value").isNull()).isTrue();
    assertThat(facts.path("fact-9").has("decimals")).isFalse();
    assertThat(facts.path("eps").path("dimensions").path("unit").asText()).isEqualTo("iso4217:JPY/xbrli:shares");
    String csv = Files.readString(FactsOut.csv(idLess(), exampleTaxonomy(), dir, "x").resolveSibling("x-facts.csv"));
    assertThat(csv).contains("\r\nfact-6,fact-6,iij:CrossSellingRateValueAddedService,scheme1:TEST,"
        + "2002-04-01T00:00:00/2003-04-01T00:00:00,,3,,0.697,\r\n");
    assertThat(csv).contains("\r\nfact-5,fact-5,base:OtherCurrentAssets,scheme1:TEST,2003-04-01T00:00:00,iso4217:JPY,,,3588352123,\r\n");
  }

  @Test
  void textTakesTheLanguageAndFootnotesBecomeLinkedNotes() throws Exception {
    JsonNode json = new ObjectMapper().readTree(FactsOut.json(idLess(), exampleTaxonomy(), dir, "x").toFile());
    JsonNode facts = json.path("facts");
    assertThat(facts.path("fact-1").path("dimensions").path("language").asText()).isEqualTo("en-us");
    assertThat(facts.path("fact-4").path("dimensions").has("language")).isFalse();
    assertThat(facts.path("eps").path("links").path("footnote").path("_").get(0).asText()).isEqualTo("note1");
    JsonNode note = facts.path("note1");
    assertThat(note.path("dimensions").path("concept").asText()).isEqualTo("xbrl:note");
    assertThat(note.path("dimensions").path("noteId").asText()).isEqualTo("note1");
    assertThat(note.path("dimensions").path("language").asText()).isEqualTo("en");
    assertThat(note.path("value").asText()).isEqualTo("Translated at JPY 118.07 = US$1 &amp; rounded to &lt;1 yen&gt;.");
    assertThat(json.path("documentInfo").path("linkTypes").path("footnote").asText())
        .isEqualTo("http://www.xbrl.org/2003/arcrole/fact-footnote");
    JsonNode metadata = new ObjectMapper().readTree(FactsOut.csv(idLess(), exampleTaxonomy(), dir, "x").toFile());
    assertThat(metadata.path("links").path("footnote").path("_").path("facts.r_eps.number").get(0).asText())
        .isEqualTo("notes.r_note1.note");
  }

  @Test
  void prefixesAreMadeValidAndUnitsCanonical() throws Exception {
    Context c = new Context("c", new Entity("urn:scheme", "X"), Period.instant(LocalDate.of(2003, 3, 31)));
    Unit odd = new Unit("u", List.of(new QName("urn:t", "Widget"), new QName(Unit.ISO4217, "USD")),
        List.of(Unit.SHARES, new QName("urn:other", "Day")));
    Filing filing = new Filing(List.of("t.xsd"), Map.of("xbrl", "urn:not-oim", "scheme1", "urn:t"), List.of(c), List.of(odd),
        List.of(new Fact("a", new QName("urn:t", "A"), c, odd, new FactValue.Numeric(new BigDecimal("1.50")),
            Accuracy.Decimals.of(2), null),
            new Fact("b", new QName("urn:other", "B"), c, null, new FactValue.Text("#none"), null, null)), List.of());
    JsonNode json = new ObjectMapper().readTree(FactsOut.json(filing, null, dir, "odd").toFile());
    assertThat(json.path("documentInfo").path("namespaces").path("xbrl").asText()).isEqualTo("https://xbrl.org/2021");
    assertThat(json.path("documentInfo").path("namespaces").path("xbrl_").asText()).isEqualTo("urn:not-oim");
    assertThat(json.path("documentInfo").path("namespaces").path("scheme1_").asText()).isEqualTo("urn:scheme");
    assertThat(json.path("facts").path("a").path("dimensions").path("unit").asText())
        .isEqualTo("(iso4217:USD*scheme1:Widget)/(ns:Day*xbrli:shares)");
    assertThat(json.path("facts").path("b").path("dimensions").path("concept").asText()).isEqualTo("ns:B");
    assertSame(Oim.read(dir.resolve("odd.json")), filing);
    assertSame(Oim.read(FactsOut.csv(filing, null, dir, "odd")), filing);
  }

  @Test
  void footnotesWithTheSameLabelOrAFactsIdGetNotesOfTheirOwn() throws Exception {
    Filing f = InstanceReader.read(TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml"));
    Filing filing = new Filing(f.schemaRefs(), f.namespaces(), f.contexts(), f.units(), f.facts(), List.of(
        Footnote.of("n", "en", "first", List.of("cash")), Footnote.of("n", "ja", "second & <more>", List.of("eps", "cash")),
        Footnote.of("eps", "en", "named like a fact", List.of("eps"))), f.document());
    JsonNode facts = new ObjectMapper().readTree(FactsOut.json(filing, null, dir, "notes").toFile()).path("facts");
    assertThat(facts.path("cash").path("links").path("footnote").path("_"))
        .extracting(JsonNode::asText).containsExactly("note-1", "note-2");
    assertThat(facts.path("note-3").path("dimensions").path("noteId").asText()).isEqualTo("note-3");
    assertSame(Oim.read(dir.resolve("notes.json")), filing);
    assertSame(Oim.read(FactsOut.csv(filing, null, dir, "notes")), filing);
  }

  @Test
  void aPrecisionBecomesTheDecimalsItImplies() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(FactsOut.json(idLess(), null, dir, "x").toFile()).path("facts");
    assertThat(facts.path("fact-10").path("decimals").asInt()).isEqualTo(-6);
  }

  @Test
  void precisionZeroIsRefusedNotWrittenWrong() throws Exception {
    Filing f = idLess();
    List<Fact> facts = f.facts().stream().map(x -> x.accuracy() instanceof Accuracy.Precision
        ? new Fact(x.id(), x.concept(), x.context(), x.unit(), x.value(), Accuracy.Precision.of(0), null) : x).toList();
    Filing zero = new Filing(f.schemaRefs(), f.namespaces(), f.contexts(), f.units(), facts, f.footnotes(), f.document());
    assertThatThrownBy(() -> Renderer.renderFiles(zero, null, Renderer.Format.XBRL_JSON, "z"))
        .isInstanceOf(IOException.class).hasMessageContaining("fact-10 has precision=\"0\"");
    assertThatThrownBy(() -> Renderer.renderFiles(zero, null, Renderer.Format.XBRL_CSV, "z"))
        .isInstanceOf(IOException.class).hasMessageContaining("fact-10 has precision=\"0\"");
  }
}
