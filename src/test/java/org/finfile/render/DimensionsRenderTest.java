package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.Unit;
import org.finfile.model.XmlFragment;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;

/** Dimensional filings in every rendering: members in contexts, OIM dimensions, columns, headings. */
class DimensionsRenderTest {
  static final String NS = DimensionalFilings.NS;
  static final QName REGION = DimensionalFilings.REGION;
  static final Entity ENTITY = DimensionalFilings.ENTITY;
  static final Period YEAR = DimensionalFilings.YEAR;
  static final Unit USD = DimensionalFilings.USD;

  static Taxonomy taxonomy() throws Exception {
    return DimensionalFilings.taxonomy();
  }

  static Filing filing() {
    return DimensionalFilings.filing();
  }

  static Filing legacy() {
    return DimensionalFilings.legacy();
  }

  static Fact fact(String id, Context c, String value) {
    return DimensionalFilings.fact(id, c, value);
  }

  static String render(Filing filing, Taxonomy taxonomy, Renderer.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(filing, taxonomy, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Map<String, String> files(Filing filing, Taxonomy taxonomy, Renderer.Format format) throws Exception {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    Renderer.renderFiles(filing, taxonomy, format, "r").forEach((k, v) -> files.put(k, new String(v, StandardCharsets.UTF_8)));
    return files;
  }

  @Test
  void theViewCarriesMembersWithTheirNamesLabelsAndTypedValuesExactly() throws Exception {
    String view = new String(View.of(filing(), taxonomy(), "en", false), StandardCharsets.UTF_8);
    assertThat(view).contains("<v:context id=\"c-phones\" scheme=\"http://www.sec.gov/CIK\" entity=\"0000320193\""
        + " start=\"2023-01-01\" end=\"2023-12-31\"><v:segment><v:explicit dimension=\"d:ProductAxis\" dimension-uri=\"" + NS
        + "\" dimension-label=\"Product\" member=\"d:PhoneMember\" member-uri=\"" + NS + "\" member-label=\"Phones\"/>"
        + "</v:segment></v:context>");
    assertThat(view).contains("<v:typed dimension=\"d:RegionAxis\" dimension-uri=\"" + NS + "\" dimension-label=\"Region\">"
        + "<d:region xmlns:d=\"" + NS + "\">Europe</d:region></v:typed>");
    // the scenario's namespace has no prefix in the filing: one is made, and declared
    assertThat(view).contains("<v:namespace prefix=\"ns1\" uri=\"urn:scenarios\"/>");
    assertThat(view).contains("<v:scenario><v:explicit dimension=\"ns1:ScenarioAxis\"");
    assertThat(view).contains("<v:context id=\"c\" scheme=\"http://www.sec.gov/CIK\" entity=\"0000320193\" start=\"2023-01-01\""
        + " end=\"2023-12-31\"/>");
  }

  @Test
  void inlineXbrlWritesSegmentsAndScenariosWithXbrldiMembers() throws Exception {
    String page = render(filing(), taxonomy(), Renderer.Format.IXBRL);
    assertThat(page).contains("<xbrli:context id=\"c-phones\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">"
        + "0000320193</xbrli:identifier><xbrli:segment><xbrldi:explicitMember xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
        + " dimension=\"d:ProductAxis\">d:PhoneMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>");
    assertThat(page).contains("<xbrli:segment><xbrldi:typedMember xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
        + " dimension=\"d:RegionAxis\"><d:region>Europe</d:region></xbrldi:typedMember></xbrli:segment>");
    assertThat(page).contains("</xbrli:period><xbrli:scenario><xbrldi:explicitMember xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
        + " dimension=\"ns1:ScenarioAxis\">ns1:BudgetMember</xbrldi:explicitMember></xbrli:scenario></xbrli:context>");
    assertThat(page).contains("xmlns:ns1=\"urn:scenarios\"");
    assertThat(page).contains("<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">"
        + "0000320193</xbrli:identifier></xbrli:entity><xbrli:period>");
  }

  @Test
  void inlineXbrlReadsBackToTheSameContexts() throws Exception {
    Filing filing = filing();
    java.nio.file.Path page = java.nio.file.Files.createTempFile("dims", ".xhtml");
    try {
      java.nio.file.Files.writeString(page, render(filing, taxonomy(), Renderer.Format.IXBRL));
      Filing back;
      try {
        back = org.finfile.inline.InlineXbrl.read(page);
      } catch (org.finfile.InputException e) {
        org.junit.jupiter.api.Assumptions.assumeTrue(!e.getMessage().contains("not supported"),
            "the inline reader does not read segments and scenarios yet: " + e.getMessage());
        throw e;
      }
      Map<String, Context> contexts = new java.util.HashMap<>();
      back.facts().forEach(f -> contexts.put(f.id(), f.context()));
      for (Fact f : filing.facts()) {
        assertThat(contexts.get(f.id())).as(f.id()).satisfies(c -> assertThat(c.sameAs(f.context())).isTrue());
      }
      assertThat(back.facts()).hasSameSizeAs(filing.facts());
    } finally {
      java.nio.file.Files.deleteIfExists(page);
    }
  }

  @Test
  void dateTimePeriodsKeepTheirTimeInInlineXbrlAndTheFactsCsvAndAreRefusedByOim() throws Exception {
    Context noon = new Context("c-noon", ENTITY, new Period.Duration(java.time.LocalDate.of(2023, 1, 1), "T12:00:00",
        java.time.LocalDate.of(2023, 12, 31), "Z"), DimensionalFilings.product("PhoneMember"), Qualifiers.NONE);
    Filing filing = new Filing(List.of("dims.xsd"), Map.of("d", NS), List.of(noon), List.of(USD),
        List.of(fact("f", noon, "1")), List.of(), org.finfile.model.DocumentInfo.NONE);
    assertThat(render(filing, null, Renderer.Format.IXBRL)).contains("<xbrli:period><xbrli:startDate>2023-01-01T12:00:00"
        + "</xbrli:startDate><xbrli:endDate>2023-12-31Z</xbrli:endDate></xbrli:period>");
    assertThat(render(filing, null, Renderer.Format.CSV)).contains(",2023-01-01T12:00:00,2023-12-31Z,,");
    assertThatThrownBy(() -> render(filing, null, Renderer.Format.XBRL_JSON)).isInstanceOf(Unrepresentable.class)
        .hasMessageEndingWith("context c-noon has a dateTime period; finfile writes OIM periods of whole days only");
  }

  @Test
  void otherSegmentContentIsWrittenExactlyInInlineXbrl() throws Exception {
    Filing filing = legacy();
    String page = render(filing, null, Renderer.Format.IXBRL);
    assertThat(page).contains("<xbrli:segment><x:unit xmlns:x=\"urn:legacy\" kind=\"b\" code=\"a\">old &amp; new"
        + "<x:part>2</x:part></x:unit></xbrli:segment>");
  }

  @Test
  void xbrlJsonNamesMembersAndTypedValues() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(render(filing(), taxonomy(), Renderer.Format.XBRL_JSON)).path("facts");
    assertThat(facts.path("f-phones").path("dimensions").path("d:ProductAxis").asText()).isEqualTo("d:PhoneMember");
    assertThat(facts.path("f-europe").path("dimensions").path("d:RegionAxis").asText()).isEqualTo("Europe");
    assertThat(facts.path("f-budget").path("dimensions").path("ns1:ScenarioAxis").asText()).isEqualTo("ns1:BudgetMember");
    assertThat(facts.path("f-whole").path("dimensions").size()).isEqualTo(4);
    JsonNode namespaces = new ObjectMapper().readTree(render(filing(), taxonomy(), Renderer.Format.XBRL_JSON))
        .path("documentInfo").path("namespaces");
    assertThat(namespaces.path("ns1").asText()).isEqualTo("urn:scenarios");
  }

  @Test
  void xbrlCsvHasAColumnPerDimension() throws Exception {
    Map<String, String> files = files(filing(), taxonomy(), Renderer.Format.XBRL_CSV);
    String table = files.get("r-facts.csv");
    assertThat(table).startsWith("row,id,concept,entity,period,unit,decimals,language,dimension1,dimension2,dimension3,number,text\r\n");
    assertThat(table).contains("\r\nf-phones,f-phones,d:Revenues,scheme1:0000320193,2023-01-01T00:00:00/2024-01-01T00:00:00,"
        + "iso4217:USD,0,,d:PhoneMember,,,600,\r\n");
    assertThat(table).contains("\r\nf-europe,f-europe,d:Revenues,scheme1:0000320193,2023-01-01T00:00:00/2024-01-01T00:00:00,"
        + "iso4217:USD,0,,,Europe,,250,\r\n");
    JsonNode number = new ObjectMapper().readTree(files.get("r-metadata.json"))
        .path("tableTemplates").path("facts").path("columns").path("number").path("dimensions");
    assertThat(number.path("d:ProductAxis").asText()).isEqualTo("$dimension1");
    assertThat(number.path("d:RegionAxis").asText()).isEqualTo("$dimension2");
    assertThat(number.path("ns1:ScenarioAxis").asText()).isEqualTo("$dimension3");
  }

  @Test
  void oimRefusesWhatItCannotHoldNamingTheContext() throws Exception {
    assertThatThrownBy(() -> render(legacy(), null, Renderer.Format.XBRL_JSON)).isInstanceOf(Unrepresentable.class)
        .hasMessage("cannot be written as xbrl-json without loss: context c-legacy has segment or scenario content that is no"
            + " dimension member, which OIM 1.0 cannot represent");
    Context complex = new Context("c-complex", ENTITY, YEAR, Qualifiers.of(new Qualifiers.TypedMember(REGION, new XmlFragment(
        "<d:address xmlns:d=\"" + NS + "\"><d:city>Cork</d:city></d:address>", "<{" + NS + "}address><{" + NS + "}city>Cork</></>"))),
        Qualifiers.NONE);
    Filing filing = new Filing(List.of("dims.xsd"), Map.of("d", NS), List.of(complex), List.of(USD),
        List.of(fact("f", complex, "1")), List.of(), org.finfile.model.DocumentInfo.NONE);
    assertThatThrownBy(() -> files(filing, null, Renderer.Format.XBRL_CSV)).isInstanceOf(Unrepresentable.class)
        .hasMessageContaining("context c-complex has a typed member of {" + NS + "}RegionAxis with element content");
    Context empty = new Context("c-empty", ENTITY, YEAR, Qualifiers.of(new Qualifiers.TypedMember(REGION, new XmlFragment(
        "<d:region xmlns:d=\"" + NS + "\"/>", "<{" + NS + "}region></>"))), Qualifiers.NONE);
    Filing emptyTyped = new Filing(List.of("dims.xsd"), Map.of("d", NS), List.of(empty), List.of(USD),
        List.of(fact("f", empty, "1")), List.of(), org.finfile.model.DocumentInfo.NONE);
    assertThatThrownBy(() -> files(emptyTyped, null, Renderer.Format.XBRL_CSV)).isInstanceOf(Unrepresentable.class)
        .hasMessageContaining("context c-empty has an empty typed member");
    assertThat(new ObjectMapper().readTree(render(emptyTyped, null, Renderer.Format.XBRL_JSON))
        .path("facts").path("f").path("dimensions").path("d:RegionAxis").asText("missing")).isEmpty();
  }

  @Test
  void factsCsvHasAColumnPerDimension() throws Exception {
    List<String> rows = render(filing(), taxonomy(), Renderer.Format.CSV).lines().toList();
    assertThat(rows.get(0)).endsWith(",source,printed,d:ProductAxis,d:RegionAxis,ns1:ScenarioAxis");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("f-phones,").endsWith(",600,,,,d:PhoneMember,,"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("f-europe,").endsWith(",250,,,,,Europe,"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("f-whole,").endsWith(",1000,,,,,,"));
    List<String> legacy = render(legacy(), null, Renderer.Format.CSV).lines().toList();
    assertThat(legacy.get(0)).endsWith(",printed,other_qualifiers");
    assertThat(legacy.get(1)).endsWith(",\"<x:unit xmlns:x=\"\"urn:legacy\"\" kind=\"\"b\"\" code=\"\"a\"\">old &amp; new"
        + "<x:part>2</x:part></x:unit>\"");
  }

  @Test
  void statementsGiveEachPresentedMemberItsOwnColumnNeverMergingWithTheWhole() throws Exception {
    String html = render(filing(), taxonomy(), Renderer.Format.HTML);
    assertThat(html).contains(">Year to Dec 31, 2023<br>USD</th>");
    assertThat(html).contains(">Year to Dec 31, 2023 \u2014 Phones<br>USD</th>");
    assertThat(html).contains(">Year to Dec 31, 2023 \u2014 Computers<br>USD</th>");
    // the region and the scenario are axes the statement does not present: their facts are in the index only
    assertThat(html).doesNotContain("\u2014 Region");
    assertThat(html).contains("<th>Dimensions</th>");
    assertThat(html).contains("<td>Region: Europe</td>");
    assertThat(html).contains("<td>Product: Phones</td>");
    Map<String, String> statements = files(filing(), taxonomy(), Renderer.Format.STATEMENTS_CSV);
    assertThat(statements).hasSize(1);
    String csv = statements.values().iterator().next();
    assertThat(csv).isEqualTo("Income statement,\"Year to Dec 31, 2023 USD\",\"Year to Dec 31, 2023 \u2014 Phones USD\","
        + "\"Year to Dec 31, 2023 \u2014 Computers USD\"\r\nIncomeStatement,,,\r\n  Net sales,1000,600,400\r\n");
  }
}
