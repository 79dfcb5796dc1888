package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.model.Context;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.XmlFragment;
import org.junit.jupiter.api.Test;

/** Segments, scenarios and dateTime periods of a hand-written instance read, write back and read again alike. */
class DimensionsRoundTripTest {
  private static final String DIMS = "http://example.com/dims";
  private static final String SCENARIOS = "http://example.com/scenarios";
  private static final Path FILE = TestFiles.base().resolve("src/test/resources/roundtrip/dimensions.xml");

  private static Filing filing() throws Exception {
    return InstanceReader.read(FILE);
  }

  private static Context context(Filing filing, String id) {
    return filing.contexts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static byte[] write(Filing filing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    return out.toByteArray();
  }

  @Test
  void explicitAndTypedMembersOfASegmentAreReadInDocumentOrder() throws Exception {
    Context c = context(filing(), "explicitSegment");
    assertThat(c.scenario()).isEqualTo(Qualifiers.NONE);
    assertThat(c.segment().parts()).hasSize(3);
    assertThat(c.segment().parts().get(0)).isEqualTo(
        new Qualifiers.ExplicitMember(new QName(DIMS, "ProductAxis"), new QName(DIMS, "PhoneMember")));
    assertThat(c.segment().parts().get(1)).isEqualTo(new Qualifiers.ExplicitMember(
        new QName(DIMS, "RegionAxis"), new QName("http://example.com/members", "EuropeMember")));
    Qualifiers.TypedMember typed = (Qualifiers.TypedMember) c.segment().parts().get(2);
    assertThat(typed.dimension()).isEqualTo(new QName(DIMS, "StartDateAxis"));
    assertThat(typed.value().xml())
        .isEqualTo("<d:StartDateAxis.domain xmlns:d=\"" + DIMS + "\">2023-10-01</d:StartDateAxis.domain>");
    assertThat(typed.value().key()).isEqualTo("<{" + DIMS + "}StartDateAxis.domain>2023-10-01</>");
    assertThat(c.period()).isEqualTo(Period.duration(LocalDate.of(2022, 9, 25), LocalDate.of(2023, 9, 30)));
  }

  @Test
  void scenarioMembersAndADateTimeInstantAreRead() throws Exception {
    Context c = context(filing(), "scenarioMembers");
    assertThat(c.segment().isEmpty()).isTrue();
    assertThat(c.period()).isEqualTo(new Period.Instant(LocalDate.of(2023, 9, 30), "T17:00:00-05:00"));
    assertThat(c.scenario().member(new QName(SCENARIOS, "BudgetAxis")))
        .contains(new Qualifiers.ExplicitMember(new QName(SCENARIOS, "BudgetAxis"), new QName(SCENARIOS, "ForecastMember")));
    Qualifiers.TypedMember typed = (Qualifiers.TypedMember) c.scenario().parts().get(0);
    assertThat(typed.value().xml()).startsWith("<s:case xmlns:s=\"" + SCENARIOS + "\" kind=\"worst\" s:weight=\"2\">")
        .contains("<s:name>Worst   case</s:name>");
    assertThat(typed.value().key()).isEqualTo("<{" + SCENARIOS + "}case {}kind=\"worst\" {" + SCENARIOS
        + "}weight=\"2\"><{" + SCENARIOS + "}name>Worst case</><{" + SCENARIOS + "}rank>1</></>");
  }

  @Test
  void legacySegmentContentIsKeptExactlyWithTheNamespacesItUses() throws Exception {
    Context c = context(filing(), "legacy");
    assertThat(c.segment().members()).isEmpty();
    assertThat(c.segment().others()).extracting(XmlFragment::xml).containsExactly(
        "<l:division xmlns:l=\"http://example.com/legacy\" code=\"A7\" l:kind=\"internal\"><l:name lang=\"en\">Network"
            + " <l:em>services</l:em> &amp; more</l:name><!-- kept --></l:division>",
        "<plain>no namespace</plain>",
        "<l2:region xmlns:l2=\"http://example.com/legacy2\" xmlns=\"http://example.com/default\"><area xml:lang=\"ja\">Kanto</area>"
            + "</l2:region>");
    assertThat(c.scenario().others()).extracting(XmlFragment::xml)
        .containsExactly("<t:Restated xmlns:t=\"http://example.com/t\">true</t:Restated>",
            "<l3:about xmlns:l3=\"http://example.com/legacy3\" xmlns:t=\"http://example.com/t\">t:Sales</l3:about>");
    assertThat(c.period()).isEqualTo(new Period.Duration(LocalDate.of(2003, 4, 1), "T00:00:00Z",
        LocalDate.of(2003, 6, 30), "T24:00:00+09:00"));
    assertThat(context(filing(), "zoneOnly").period()).isEqualTo(new Period.Instant(LocalDate.of(2003, 3, 31), "Z"));
  }

  @Test
  void theInstanceRoundTripsAndReadsBackEqual() throws Exception {
    Filing filing = filing();
    byte[] written = write(filing);
    assertThat(RoundTrip.differences(Files.readAllBytes(FILE), written)).isEmpty();
    Filing back = InstanceReader.read(new ByteArrayInputStream(written), "memory:back.xml", "back.xml");
    assertThat(back).isEqualTo(filing);
    for (Context c : filing.contexts()) {
      Context b = context(back, c.id());
      assertThat(b.segment().parts()).as(c.id()).containsExactlyElementsOf(c.segment().parts());
      assertThat(b.scenario().parts()).as(c.id()).containsExactlyElementsOf(c.scenario().parts());
    }
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text).contains("<xbrldi:explicitMember dimension=\"d:ProductAxis\">d:PhoneMember</xbrldi:explicitMember>")
        .contains("<xbrldi:explicitMember dimension=\"m:RegionAxis\">".replace("m:", "d:"))
        .contains("xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\"")
        .contains("<xbrli:instant>2023-09-30T17:00:00-05:00</xbrli:instant>")
        .contains("<xbrli:endDate>2003-06-30T24:00:00+09:00</xbrli:endDate>")
        .contains("<l:name lang=\"en\">Network <l:em>services</l:em> &amp; more</l:name><!-- kept -->");
  }

  @Test
  void aChangedMemberIsADifference() throws Exception {
    byte[] original = Files.readAllBytes(FILE);
    String text = new String(write(filing()), StandardCharsets.UTF_8);
    assertThat(RoundTrip.differences(original,
        text.replace(">d:PhoneMember<", ">d:TabletMember<").getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    assertThat(RoundTrip.differences(original,
        text.replace(">2023-10-01<", ">2023-10-02<").getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    assertThat(RoundTrip.differences(original,
        text.replace("T17:00:00-05:00", "T17:00:00-04:00").getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  @Test
  void fragmentsWrittenWithOtherPrefixesAreEqualByValue() throws Exception {
    String other = new String(Files.readAllBytes(FILE), StandardCharsets.UTF_8)
        .replace("xmlns:s=\"http://example.com/scenarios\"", "xmlns:q=\"http://example.com/scenarios\"")
        .replaceAll("\\bs:", "q:").replace("kind=\"worst\" q:weight=\"2\"", "q:weight=\"2\" kind=\"worst\"")
        .replace("Worst   case", " Worst case ");
    Filing respelled = InstanceReader.read(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)),
        "memory:other.xml", "other.xml");
    Context a = context(filing(), "scenarioMembers");
    Context b = context(respelled, "scenarioMembers");
    assertThat(b.scenario().parts().get(0)).isNotSameAs(a.scenario().parts().get(0));
    assertThat(((Qualifiers.TypedMember) b.scenario().parts().get(0)).value().xml())
        .isNotEqualTo(((Qualifiers.TypedMember) a.scenario().parts().get(0)).value().xml());
    assertThat(b.sameAs(a)).isTrue();
  }

  private static final String TWO_PREFIXES = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
      + " xmlns:t='http://example.com/t'><link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>"
      + "<xbrli:context id='a' xmlns:x='http://xbrl.org/2006/xbrldi' xmlns:d='http://example.com/dims'><xbrli:entity>"
      + "<xbrli:identifier scheme='http://x'>X</xbrli:identifier><xbrli:segment>"
      + "<x:explicitMember dimension='d:Axis'>d:One</x:explicitMember></xbrli:segment></xbrli:entity>"
      + "<xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>"
      + "<xbrli:context id='b' xmlns:x='http://xbrl.org/2006/xbrldi' xmlns:dd='http://example.com/dims'><xbrli:entity>"
      + "<xbrli:identifier scheme='http://x'>X</xbrli:identifier><xbrli:segment>"
      + "<x:explicitMember dimension='dd:Axis'>dd:Two</x:explicitMember></xbrli:segment></xbrli:entity>"
      + "<xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>"
      + "<t:A contextRef='a'>1</t:A><t:A contextRef='b'>2</t:A></xbrli:xbrl>";

  @Test
  void membersWrittenUnderOtherPrefixesRoundTripAsQNames() throws Exception {
    byte[] original = TWO_PREFIXES.getBytes(StandardCharsets.UTF_8);
    Filing filing = InstanceReader.read(new ByteArrayInputStream(original), "memory:p.xml", "p.xml");
    assertThat(filing.namespaces()).containsEntry("x", "http://xbrl.org/2006/xbrldi").containsEntry("d", DIMS)
        .doesNotContainKey("dd");
    assertThat(context(filing, "b").segment().parts()).containsExactly(
        new Qualifiers.ExplicitMember(new QName(DIMS, "Axis"), new QName(DIMS, "Two")));
    String written = new String(write(filing), StandardCharsets.UTF_8);
    assertThat(written).contains("<x:explicitMember dimension=\"d:Axis\">d:Two</x:explicitMember>");
    assertThat(RoundTrip.differences(original, written.getBytes(StandardCharsets.UTF_8))).isEmpty();
    String rebound = TWO_PREFIXES.replace("xmlns:dd='http://example.com/dims'", "xmlns:dd='http://example.com/other'");
    assertThat(RoundTrip.differences(original, rebound.getBytes(StandardCharsets.UTF_8))).hasSize(2)
        .anySatisfy(d -> assertThat(d).contains("dd:Two"))
        .anySatisfy(d -> assertThat(d).contains("dd:Axis"));
  }

  @Test
  void onePrefixBoundToTwoNamespacesInTwoContextsRoundTrips() throws Exception {
    String twoNamespaces = TWO_PREFIXES.replace("xmlns:dd='http://example.com/dims'", "xmlns:d='http://example.com/other'")
        .replace("dd:", "d:");
    byte[] original = twoNamespaces.getBytes(StandardCharsets.UTF_8);
    Filing filing = InstanceReader.read(new ByteArrayInputStream(original), "memory:p.xml", "p.xml");
    assertThat(context(filing, "b").segment().parts()).containsExactly(new Qualifiers.ExplicitMember(
        new QName("http://example.com/other", "Axis"), new QName("http://example.com/other", "Two")));
    assertThat(filing.namespaces()).containsEntry("d", DIMS).containsEntry("d2", "http://example.com/other");
    byte[] written = write(filing);
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("xmlns:d2=\"http://example.com/other\"")
        .contains("dimension=\"d2:Axis\">d2:Two<");
    assertThat(RoundTrip.differences(original, written)).isEmpty();
    assertThat(InstanceReader.read(new ByteArrayInputStream(written), "memory:q.xml", "q.xml")).isEqualTo(filing);
  }

  @Test
  void aSegmentWithoutDimensionMembersIsWrittenWithoutAnXbrldiPrefix() throws Exception {
    String legacyOnly = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'"
        + " xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:my='http://example.com/my'>"
        + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>"
        + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier>"
        + "<xbrli:segment><my:stateProvince>MI</my:stateProvince></xbrli:segment></xbrli:entity>"
        + "<xbrli:period><xbrli:instant>2002-12-01</xbrli:instant></xbrli:period></xbrli:context>"
        + "<my:A contextRef='c'>x</my:A></xbrli:xbrl>";
    byte[] original = legacyOnly.getBytes(StandardCharsets.UTF_8);
    Filing filing = InstanceReader.read(new ByteArrayInputStream(original), "memory:l.xml", "l.xml");
    byte[] written = write(filing);
    assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("xbrldi").contains(">MI</my:stateProvince>");
    assertThat(RoundTrip.differences(original, written)).isEmpty();
  }
}
