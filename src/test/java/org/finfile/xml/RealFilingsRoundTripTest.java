package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.model.Context;
import org.finfile.model.Filing;
import org.finfile.model.Qualifiers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SEC's dimensional filings in ../shared/filings read and write back as the same XBRL:
 * every context with its segment (explicit and typed members), every fact. The counts were
 * taken from the files independently (an ElementTree walk over the instance).
 */
class RealFilingsRoundTripTest {

  static Stream<Arguments> filings() {
    return Stream.of(
        // file, facts, contexts, contexts with a segment, explicit members, typed members
        Arguments.of("aapl2023/aapl-20230930_htm.xml", 1164, 205, 195, 277, 4),
        Arguments.of("amzn2022/amzn-20221231_htm.xml", 1457, 339, 323, 491, 1),
        Arguments.of("aapl2025-inline/aapl-20250329_htm.xml", 760, 163, 152, 188, 4));
  }

  private static Path filing(String name) {
    Path file = TestFiles.base().resolve("../shared/filings/" + name).normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file), "the SEC filing " + name + " is not in ../shared/filings");
    return file;
  }

  @ParameterizedTest
  @MethodSource("filings")
  void aDimensionalFilingRoundTrips(String name, int facts, int contexts, int segments, int explicit, int typed)
      throws Exception {
    Path file = filing(name);
    Filing filing = InstanceReader.read(file);
    assertThat(filing.facts()).hasSize(facts);
    assertThat(filing.contexts()).hasSize(contexts);
    assertThat(filing.contexts()).filteredOn(c -> !c.segment().isEmpty()).hasSize(segments);
    assertThat(filing.contexts()).allSatisfy(c -> assertThat(c.scenario().isEmpty()).isTrue());
    assertThat(filing.contexts().stream().flatMap(c -> c.segment().parts().stream())
        .filter(p -> p instanceof Qualifiers.ExplicitMember)).hasSize(explicit);
    assertThat(filing.contexts().stream().flatMap(c -> c.segment().parts().stream())
        .filter(p -> p instanceof Qualifiers.TypedMember)).hasSize(typed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    byte[] written = out.toByteArray();
    assertThat(RoundTrip.differences(Files.readAllBytes(file), written)).isEmpty();
    Filing back = InstanceReader.read(new ByteArrayInputStream(written), "memory:back.xml", "back.xml");
    assertThat(back).isEqualTo(filing);
  }

  static Stream<Arguments> members() {
    return Stream.of(
        Arguments.of("aapl2023/aapl-20230930_htm.xml", "us-gaap:StatementClassOfStockAxis", "aapl:A1.375NotesDue2024Member"),
        Arguments.of("amzn2022/amzn-20221231_htm.xml", "srt:ProductOrServiceAxis", "us-gaap:ProductMember"),
        Arguments.of("amzn2022/amzn-20221231_htm.xml", "us-gaap:ChangeInAccountingEstimateByTypeAxis",
            "amzn:ChangeInPropertyAndEquipmentUsefulLifeMember"),
        Arguments.of("aapl2025-inline/aapl-20250329_htm.xml", "us-gaap:StatementClassOfStockAxis",
            "aapl:A0.000Notesdue2025Member"));
  }

  @ParameterizedTest
  @MethodSource("members")
  void membersAreResolvedToTheirNamespaces(String name, String dimension, String member) throws Exception {
    Filing filing = InstanceReader.read(filing(name));
    QName d = qname(filing, dimension);
    QName m = qname(filing, member);
    assertThat(d.getNamespaceURI()).isNotBlank();
    assertThat(m.getNamespaceURI()).isNotBlank();
    assertThat(filing.contexts()).anySatisfy(c ->
        assertThat(c.segment().member(d)).contains(new Qualifiers.ExplicitMember(d, m)));
    assertThat(filing.namespaces()).containsEntry("xbrldi", "http://xbrl.org/2006/xbrldi");
  }

  private static QName qname(Filing filing, String prefixed) {
    String[] parts = prefixed.split(":");
    return new QName(filing.namespaces().get(parts[0]), parts[1]);
  }

  @ParameterizedTest
  @MethodSource("filings")
  void aTypedMemberKeepsItsValueElement(String name, int facts, int contexts, int segments, int explicit, int typed)
      throws Exception {
    Filing filing = InstanceReader.read(filing(name));
    Qualifiers.TypedMember member = filing.contexts().stream().flatMap(c -> c.segment().parts().stream())
        .filter(p -> p instanceof Qualifiers.TypedMember).map(p -> (Qualifiers.TypedMember) p).findFirst().orElseThrow();
    String ns = filing.namespaces().get("us-gaap");
    assertThat(member.dimension()).isEqualTo(
        new QName(ns, "RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis"));
    assertThat(member.value().xml()).startsWith(
        "<us-gaap:RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis.domain xmlns:us-gaap=\""
            + ns + "\">");
    assertThat(member.value().key()).matches(
        "<\\{" + java.util.regex.Pattern.quote(ns)
            + "\\}RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis\\.domain>\\d{4}-\\d{2}-\\d{2}</>");
  }
}
