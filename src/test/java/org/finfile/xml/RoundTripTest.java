package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.finfile.model.Footnote;
import org.finfile.model.Period;
import org.finfile.model.Source;
import org.finfile.model.Unit;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/** instance → JAXB/StAX → model → instance loses nothing. */
class RoundTripTest {

  private static byte[] write(Filing filing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    return out.toByteArray();
  }

  private static Filing read(byte[] bytes) throws Exception {
    return InstanceReader.read(new ByteArrayInputStream(bytes), "memory:test.xml", "test.xml");
  }

  @Test
  void theSeedFilingRoundTrips() throws Exception {
    byte[] original = Files.readAllBytes(TestFiles.expectedInstance());
    Filing filing = InstanceReader.read(TestFiles.expectedInstance());
    byte[] written = write(filing);
    assertThat(RoundTrip.differences(original, written)).isEmpty();
    XmlAssert.assertThat(written).and(original).ignoreWhitespace().areSimilar();
    assertThat(read(written)).isEqualTo(filing);
    assertThat(written).isEqualTo(original);
  }

  @Test
  void handWrittenEdgeCasesRoundTrip() throws Exception {
    Path file = TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml");
    byte[] original = Files.readAllBytes(file);
    Filing filing = InstanceReader.read(file);
    assertThat(filing.contexts()).extracting(Context::period).contains(new Period.Forever());
    assertThat(filing.units()).anySatisfy(u -> assertThat(u.isDivide()).isTrue());
    assertThat(filing.facts()).filteredOn(f -> f.value() instanceof FactValue.Nil).hasSize(2);
    assertThat(filing.footnotes()).singleElement().satisfies(n -> {
      assertThat(n.locators()).extracting(Footnote.Locator::factId).containsExactly("cash", "eps");
      assertThat(n.locators()).extracting(Footnote.Locator::label).containsExactly("L1", "L2");
    });
    assertThat(filing.facts()).anySatisfy(f -> assertThat(f.accuracy()).isEqualTo(Accuracy.Precision.of(5)));
    assertThat(filing.facts()).anySatisfy(f -> assertThat(f.accuracy()).isEqualTo(Accuracy.Decimals.INF));
    byte[] written = write(filing);
    assertThat(RoundTrip.differences(original, written)).isEmpty();
    assertThat(read(written)).isEqualTo(filing);
  }

  @Test
  void aDifferenceIsFound() throws Exception {
    byte[] original = Files.readAllBytes(TestFiles.expectedInstance());
    String changed = new String(original, "UTF-8").replaceFirst(">13036439000<", ">13036439001<");
    assertThat(RoundTrip.differences(original, changed.getBytes("UTF-8"))).isNotEmpty();
  }

  @Test
  void aFilingBuiltInCodeRoundTrips() throws Exception {
    Entity entity = new Entity("http://www.nasdaq.com/symbol", "X");
    Context q = new Context("Q", entity, Period.duration(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 3, 31)));
    Context i = new Context("I", entity, Period.instant(LocalDate.of(2003, 3, 31)));
    Unit jpy = Unit.of("JPY", new QName(Namespaces.ISO4217, "JPY"));
    Unit perShare = new Unit("JPYps", List.of(new QName(Namespaces.ISO4217, "JPY")), List.of(Unit.SHARES));
    String ns = "http://example.com/t";
    Source src = new Source("doc.txt", "t1", 3, 2, 40, "(1,234)");
    Filing filing = new Filing(List.of("t.xsd"), Map.of("t", ns), List.of(q, i), List.of(jpy, perShare), List.of(
        new Fact("a", new QName(ns, "Loss"), q, jpy, new FactValue.Numeric(new java.math.BigDecimal("-1234000")),
            Accuracy.Decimals.of(-3), src),
        new Fact("b", new QName(ns, "Eps"), q, perShare, FactValue.NIL, null, null),
        new Fact(null, new QName(ns, "Note"), i, null, new FactValue.Text("  spaced <text> & more "), null, null)),
        List.of(Footnote.of("n1", "en", "A note", List.of("a"))));
    Filing back = read(write(filing));
    assertThat(back.facts()).isEqualTo(filing.facts());
    assertThat(back.footnotes()).isEqualTo(filing.footnotes());
    assertThat(back.contexts()).isEqualTo(filing.contexts());
  }

  private static byte[] instance(String namespaces, String units) {
    return ("<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' " + namespaces + ">"
        + units + "</xbrli:xbrl>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void measuresCompareAsQNamesNotAsText() {
    byte[] prefixed = instance("xmlns:iso4217='http://www.xbrl.org/2003/iso4217'",
        "<xbrli:unit id='s'><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>"
            + "<xbrli:unit id='y'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>");
    byte[] otherSpelling = instance("xmlns:iso='http://www.xbrl.org/2003/iso4217'",
        "<unit xmlns='http://www.xbrl.org/2003/instance' id='s'><measure> shares </measure></unit>"
            + "<xbrli:unit id='y'><xbrli:measure>iso:JPY</xbrli:measure></xbrli:unit>");
    assertThat(RoundTrip.differences(prefixed, otherSpelling)).isEmpty();
    assertThat(RoundTrip.differences(otherSpelling, prefixed)).isEmpty();
  }

  @Test
  void differentMeasuresAreADifference() {
    byte[] jpy = instance("xmlns:iso4217='http://www.xbrl.org/2003/iso4217'",
        "<xbrli:unit id='y'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>");
    byte[] usd = instance("xmlns:iso4217='http://www.xbrl.org/2003/iso4217'",
        "<xbrli:unit id='y'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>");
    byte[] samePrefixOtherNamespace = instance("xmlns:iso4217='http://example.com/not-iso'",
        "<xbrli:unit id='y'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>");
    byte[] noDefaultNamespace = instance("", "<xbrli:unit id='y'><xbrli:measure>shares</xbrli:measure></xbrli:unit>");
    byte[] shares = instance("", "<xbrli:unit id='y'><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>");
    assertThat(RoundTrip.differences(jpy, usd)).singleElement().asString().contains("USD");
    assertThat(RoundTrip.differences(jpy, samePrefixOtherNamespace)).isNotEmpty();
    assertThat(RoundTrip.differences(shares, noDefaultNamespace)).isNotEmpty();
  }

  @Test
  void theNetflixFilingWithoutIdsRoundTripsLosslessly() throws Exception {
    Path file = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "the Netflix filing is in ../shared/filings");
    Filing filing = InstanceReader.read(file);
    assertThat(filing.facts()).hasSize(303).filteredOn(f -> f.id() == null).isNotEmpty();
    assertThat(filing.document().prolog()).hasSize(5);
    byte[] written = write(filing);
    assertThat(RoundTrip.differences(Files.readAllBytes(file), written)).isEmpty();
    assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
        .contains("xlink:arcrole=\"http://www.xbrl.org/2003/linkbase\"")
        .contains("<!--  Copyright (c) 2005-2010 EDGAR Online, Inc. All Rights Reserved. -->");
    assertThat(read(written)).isEqualTo(filing);
  }

  private static byte[] bytes(String xml) {
    return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void identicalElementsTakenOutBeforeTheComparisonHideNoDifference() {
    String a = "<r xmlns='http://www.xbrl.org/2003/instance' xmlns:p='urn:p'><unit id='1'><measure>p:JPY</measure></unit>"
        + "<unit id='2'><measure>p:USD</measure></unit><c id='3'>x</c></r>";
    assertThat(RoundTrip.differences(bytes(a), bytes(a.replace("<c id='3'>x</c>", "<c id='3'>y</c>"))))
        .as("the element that differs is still compared").isNotEmpty();
    assertThat(RoundTrip.differences(bytes(a), bytes(a.replace("urn:p", "urn:q"))))
        .as("the same text is another QName when its prefix is bound elsewhere").isNotEmpty();
    assertThat(RoundTrip.differences(bytes(a), bytes(a.replace("<c id='3'>x</c>", "<c id='3'>x</c><c id='3'>x</c>"))))
        .as("an id repeated on one side is left to XMLUnit, which sees the extra element").isNotEmpty();
    assertThat(RoundTrip.differences(bytes(a), bytes(a.replace("xmlns:p='urn:p'", "xmlns:p='urn:p' xmlns:z='urn:z'"))))
        .as("identical documents up to an unused declaration").isEmpty();
  }
}
