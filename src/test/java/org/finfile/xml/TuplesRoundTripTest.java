package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Tuple;
import org.junit.jupiter.api.Test;

/** Tuples and fractions of a hand-written instance read, write back and read again alike; malformed ones are refused. */
class TuplesRoundTripTest {
  private static final String T = "http://example.com/t";
  private static final Path FILE = TestFiles.base().resolve("src/test/resources/roundtrip/tuples.xml");

  private static byte[] write(Filing filing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    return out.toByteArray();
  }

  private static Filing read(byte[] bytes) throws Exception {
    return InstanceReader.read(new ByteArrayInputStream(bytes), "memory:t.xml", "t.xml");
  }

  private static String local(Tuple.Child c) {
    return c instanceof Tuple.ItemChild i ? i.fact().concept().getLocalPart()
        : "(" + ((Tuple.TupleChild) c).tuple().concept().getLocalPart() + ")";
  }

  @Test
  void tuplesAreReadNestedInDocumentOrderAndTheirFactsAreFactsOfTheFiling() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    assertThat(filing.facts()).extracting(f -> f.concept().getLocalPart()).containsExactly("Revenue", "Name", "Share",
        "Pay", "City", "Street", "Title", "Ratio", "Street", "Name", "Share", "Pay", "Ratio", "Pay");
    assertThat(filing.tuples()).extracting(t -> t.concept().getLocalPart(), Tuple::id, Tuple::nil).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Director", "director1", false),
        org.assertj.core.groups.Tuple.tuple("Director", null, false),
        org.assertj.core.groups.Tuple.tuple("Committee", "noCommittee", true));
    Tuple first = filing.tuples().get(0);
    assertThat(first.children()).extracting(TuplesRoundTripTest::local)
        .containsExactly("Name", "Share", "Pay", "(Address)", "Title");
    Tuple address = ((Tuple.TupleChild) first.children().get(3)).tuple();
    assertThat(address.children()).extracting(TuplesRoundTripTest::local).containsExactly("City", "Street");
    assertThat(filing.tuples().get(1).children()).extracting(TuplesRoundTripTest::local)
        .containsExactly("(Address)", "Name", "Share", "Pay");
    assertThat(filing.tuples().get(2).children()).isEmpty();
    Fact pay = ((Tuple.ItemChild) first.children().get(2)).fact();
    assertThat(filing.facts().get(3)).isSameAs(pay);
    assertThat(filing.factsOutsideTuples()).extracting(f -> f.concept().getLocalPart())
        .containsExactly("Revenue", "Ratio", "Ratio", "Pay");
  }

  @Test
  void fractionsAreReadAsNumeratorAndDenominatorWithAUnitAndNoAccuracy() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    Fact share = filing.facts().stream().filter(f -> "annShare".equals(f.id())).findFirst().orElseThrow();
    assertThat(share.value()).isEqualTo(new FactValue.Fraction(BigDecimal.ONE, new BigDecimal("3")));
    assertThat(((FactValue.Fraction) share.value()).text()).isEqualTo("1/3");
    assertThat(share.unit().id()).isEqualTo("pure");
    assertThat(share.accuracy()).isNull();
    Fact ratio = filing.facts().stream().filter(f -> "ratio".equals(f.id())).findFirst().orElseThrow();
    assertThat(((FactValue.Fraction) ratio.value()).text()).isEqualTo("-2.50/7");
    assertThat(filing.facts()).filteredOn(f -> f.concept().getLocalPart().equals("Ratio") && f.id() == null)
        .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(FactValue.NIL));
  }

  @Test
  void theInstanceRoundTripsAndReadsBackEqual() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    byte[] written = write(filing);
    assertThat(RoundTrip.differences(Files.readAllBytes(FILE), written)).isEmpty();
    Filing again = read(written);
    assertThat(again.tuples()).isEqualTo(filing.tuples());
    assertThat(again.facts()).containsExactlyInAnyOrderElementsOf(filing.facts());
    assertThat(write(again)).isEqualTo(written);
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text).contains("<t:Committee id=\"noCommittee\" xsi:nil=\"true\"/>")
        .contains("<xbrli:numerator>1</xbrli:numerator>").contains("<xbrli:denominator>3</xbrli:denominator>");
  }

  @Test
  void anotherOrderInsideATupleIsADifferenceButNotAmongTopLevelElements() throws Exception {
    String original = Files.readString(FILE);
    String swapped = original.replace("<t:Title contextRef=\"c\">Chair</t:Title>", "")
        .replace("<t:Name contextRef=\"c\">Ann Smith</t:Name>",
            "<t:Title contextRef=\"c\">Chair</t:Title><t:Name contextRef=\"c\">Ann Smith</t:Name>");
    assertThat(RoundTrip.differences(original.getBytes(StandardCharsets.UTF_8), swapped.getBytes(StandardCharsets.UTF_8)))
        .isNotEmpty().anySatisfy(d -> assertThat(d).contains("child nodelist sequence"));
    String moved = original.replace("<t:Revenue id=\"revenue\" contextRef=\"c\" unitRef=\"usd\" decimals=\"0\">1000</t:Revenue>", "")
        .replace("</xbrli:xbrl>", "<t:Revenue id=\"revenue\" contextRef=\"c\" unitRef=\"usd\" decimals=\"0\">1000</t:Revenue></xbrli:xbrl>");
    assertThat(RoundTrip.differences(original.getBytes(StandardCharsets.UTF_8), moved.getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    String otherFraction = original.replace("<xbrli:denominator>3</xbrli:denominator>", "<xbrli:denominator>4</xbrli:denominator>");
    assertThat(RoundTrip.differences(original.getBytes(StandardCharsets.UTF_8), otherFraction.getBytes(StandardCharsets.UTF_8)))
        .singleElement().satisfies(d -> assertThat(d).contains("'3'").contains("'4'"));
  }

  private static final String HEAD = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
      + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:t='" + T + "'>"
      + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>"
      + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>"
      + "<xbrli:unit id='u'><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>";

  private static String refusal(String body) {
    try {
      read((HEAD + body + "</xbrli:xbrl>").getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("not refused: " + body);
  }

  @Test
  void malformedTuplesAndFractionsAreRefusedInOneLineWithTheirLocation() {
    assertThat(refusal("<t:F contextRef='c' unitRef='u'><xbrli:numerator>1</xbrli:numerator></t:F>"))
        .startsWith("t.xml:1:").contains("F: a fraction needs an xbrli:numerator and an xbrli:denominator");
    assertThat(refusal("<t:F contextRef='c' unitRef='u'><xbrli:numerator>1</xbrli:numerator>"
        + "<xbrli:denominator>0.0</xbrli:denominator></t:F>")).contains("F: the denominator of a fraction is zero");
    assertThat(refusal("<t:F contextRef='c' unitRef='u'><xbrli:numerator>x</xbrli:numerator>"
        + "<xbrli:denominator>2</xbrli:denominator></t:F>")).contains("F: the numerator 'x' is not a decimal number");
    assertThat(refusal("<t:F contextRef='c'><xbrli:numerator>1</xbrli:numerator><xbrli:denominator>2</xbrli:denominator></t:F>"))
        .contains("F: a fraction needs a unitRef");
    assertThat(refusal("<t:F contextRef='c' unitRef='u' decimals='2'><xbrli:numerator>1</xbrli:numerator>"
        + "<xbrli:denominator>2</xbrli:denominator></t:F>")).contains("a fraction needs a unit and has no decimals or precision");
    assertThat(refusal("<t:F contextRef='c' unitRef='u'><xbrli:denominator>2</xbrli:denominator>"
        + "<xbrli:numerator>1</xbrli:numerator></t:F>")).contains("a fraction has one xbrli:numerator, then one xbrli:denominator");
    assertThat(refusal("<t:T>loose text<t:A contextRef='c'>x</t:A></t:T>"))
        .startsWith("t.xml:1:").contains("tuple T has text content");
    assertThat(refusal("<t:T xsi:nil='true'><t:A contextRef='c'>x</t:A></t:T>")).contains("tuple T is nil but has content");
    assertThat(refusal("<t:T t:extra='1'><t:A contextRef='c'>x</t:A></t:T>")).contains("tuple T: attribute");
    assertThat(refusal("<t:T><xbrli:unit id='v'><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit></t:T>"))
        .contains("in a tuple (a tuple holds items and tuples)");
    assertThat(refusal("<t:A contextRef='c'><t:B contextRef='c'>x</t:B></t:A>")).contains("A: element {" + T + "}B in an item");
    assertThat(refusal("<t:T id='c'><t:A contextRef='c'>x</t:A></t:T>")).contains("repeated context, unit, fact or tuple id(s): [c]");
    assertThat(refusal("<t:A contextRef='c' unitRef='u' xsi:nil='true'><xbrli:numerator>1</xbrli:numerator>"
        + "<xbrli:denominator>2</xbrli:denominator></t:A>")).contains("A is nil but has content");
    for (String body : List.of("<t:T>x</t:T>", "<t:F contextRef='c' unitRef='u'><xbrli:numerator>1</xbrli:numerator></t:F>")) {
      assertThat(refusal(body)).doesNotContain("\n");
    }
  }

  @Test
  void validTupleAndFractionInstancesOfTheConformanceSuiteRoundTrip() throws Exception {
    Path suite = TestFiles.base().resolve("../shared/conformance/XBRL-CONF-2014-12-10/Common");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(suite), "the XBRL 2.1 conformance suite is not at " + suite);
    List<String> checked = new ArrayList<>();
    for (String name : CONFORMANCE) {
      Path file = suite.resolve(name);
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file);
      Filing filing = InstanceReader.read(file);
      byte[] written = write(filing);
      assertThat(RoundTrip.differences(Files.readAllBytes(file), written)).as(name).isEmpty();
      assertThat(filing.tuples()).as(name).isNotEmpty();
      assertThat(read(written).tuples()).as(name).isEqualTo(filing.tuples());
      checked.add(name);
    }
    assertThat(checked).hasSize(CONFORMANCE.size());
  }

  /** Valid instances with tuples (nested, nil, in any order, with choices); the suite has no fraction instance. */
  private static final List<String> CONFORMANCE = List.of("100-schema/102-10-substitutionTupleValid.xbrl",
      "100-schema/104-01-SpecTupleExample.xml", "100-schema/104-02-TupleExampleAnyOrder.xml",
      "100-schema/104-03-TupleExampleCardinality.xml", "100-schema/104-04-TupleExampleComplextype.xml",
      "100-schema/104-05-TupleExampleNestedComplextype.xml", "100-schema/104-07-TupleChoiceExample.xml",
      "100-schema/104-13-TupleRestrictionExample.xml", "100-schema/104-14-TupleNestedRestrictionExample.xml",
      "100-schema/104-20-extreme-tuple-content-model.xbrl", "300-instance/306-02-RequiredInstanceTupleValid.xml",
      "300-instance/320-03-nestedtupleBindCalculationInferPrecision-instance.xbrl",
      "300-instance/392-16-EssenceAliasNonNumericTupleValid.xml", "300-instance/397-14-SeparateTuplesConsistent-valid.xbrl",
      "300-instance/397-17-ConsistentCountdown-valid.xbrl", "300-instance/397-19-DuplicateCountdown-valid.xbrl",
      "300-instance/397-23-TopAndTuple-consistent.xbrl", "300-instance/398-NilTuple.xbrl");

  @Test
  void aFilingRefusesATupleWhoseFactsAreNotItsOwnOrInTwoTuples() throws Exception {
    Filing filing = InstanceReader.read(FILE);
    Fact stranger = new Fact(null, new QName(T, "Name"), filing.contexts().get(0), null, new FactValue.Text("Ann Smith"), null, null);
    Tuple foreign = new Tuple(null, new QName(T, "Director"), List.of(new Tuple.ItemChild(stranger)));
    assertThatThrownBy(() -> new Filing(filing.schemaRefs(), filing.namespaces(), filing.contexts(), filing.units(),
        filing.facts(), filing.footnotes(), filing.document(), List.of(foreign)))
        .hasMessageContaining("is no fact of the filing");
    Tuple twice = new Tuple(null, new QName(T, "Pair"), List.of(new Tuple.ItemChild(filing.facts().get(0))));
    assertThatThrownBy(() -> new Filing(filing.schemaRefs(), filing.namespaces(), filing.contexts(), filing.units(),
        filing.facts(), filing.footnotes(), filing.document(), List.of(twice, twice)))
        .hasMessageContaining("is in the filing twice");
    Tuple pairA = new Tuple(null, new QName(T, "Pair"), List.of(new Tuple.ItemChild(filing.facts().get(0))));
    Tuple pairB = new Tuple(null, new QName(T, "Pair"), List.of(new Tuple.ItemChild(filing.facts().get(0))));
    assertThatThrownBy(() -> new Filing(filing.schemaRefs(), filing.namespaces(), filing.contexts(), filing.units(),
        filing.facts(), filing.footnotes(), filing.document(), List.of(pairA, pairB)))
        .hasMessageContaining("is in more than one tuple");
  }
}
