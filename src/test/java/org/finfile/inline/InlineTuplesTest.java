package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Tuple;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.junit.jupiter.api.Test;

/** ix:tuple and ix:fraction read into the instance a page carries: members nested or by tupleRef, by order; fractions by their terms. */
class InlineTuplesTest {
  /** A board whose second director is nested in it and whose first director and note name it by tupleRef, out of page order. */
  static final String BOARD = "<div><ix:tuple name=\"t:Board\" id=\"board\" tupleID=\"b\">"
      + "<p>Second: <ix:tuple name=\"t:Director\" id=\"d2\" order=\"2\"><span><ix:nonNumeric name=\"t:Name\" contextRef=\"c\""
      + " id=\"n2\" order=\"1\">Bob</ix:nonNumeric></span> paid <ix:nonFraction name=\"t:Pay\" contextRef=\"c\" unitRef=\"u\""
      + " decimals=\"0\" id=\"p2\" order=\"2\" format=\"ixt:num-dot-decimal\" scale=\"3\">1,200</ix:nonFraction></ix:tuple></p>"
      + "</ix:tuple></div>"
      + "<p>First: <ix:tuple name=\"t:Director\" id=\"d1\" tupleRef=\"b\" order=\"1\">"
      + "<ix:fraction name=\"t:Share\" contextRef=\"c\" unitRef=\"u\" id=\"s1\" order=\"10\">"
      + "<ix:numerator format=\"ixt:num-dot-decimal\">1,000</ix:numerator>/<ix:denominator scale=\"1\">3</ix:denominator>"
      + "</ix:fraction> held by <ix:nonNumeric name=\"t:Name\" contextRef=\"c\" id=\"n1\" order=\"9.5\">Ann</ix:nonNumeric>"
      + "</ix:tuple></p>"
      + "<p><ix:nonNumeric name=\"t:Note\" contextRef=\"c\" id=\"note\" tupleRef=\"b\" order=\"0.5\">The board</ix:nonNumeric></p>"
      + "<p><ix:tuple name=\"t:Committee\" id=\"none\" xsi:nil=\"true\"/>"
      + "<ix:fraction name=\"t:Ratio\" contextRef=\"c\" unitRef=\"u\" id=\"nilRatio\" xsi:nil=\"true\"/>"
      + "<ix:fraction name=\"t:Outer\" contextRef=\"c\" unitRef=\"u\" id=\"outer\"><ix:fraction name=\"t:Inner\" contextRef=\"c\""
      + " unitRef=\"u\" id=\"inner\"><ix:numerator sign=\"-\">1</ix:numerator> in <ix:denominator>4</ix:denominator>"
      + "</ix:fraction></ix:fraction>"
      + "<ix:nonNumeric name=\"t:Other\" contextRef=\"c\" id=\"other\">outside</ix:nonNumeric></p>";

  private static String local(Tuple.Child c) {
    return c instanceof Tuple.ItemChild i ? i.fact().concept().getLocalPart() + "=" + i.fact().id()
        : "(" + ((Tuple.TupleChild) c).tuple().concept().getLocalPart() + "=" + ((Tuple.TupleChild) c).tuple().id() + ")";
  }

  private static Tuple tuple(Tuple.Child c) {
    return ((Tuple.TupleChild) c).tuple();
  }

  private static void fraction(Fact f, String numerator, String denominator) {
    FactValue.Fraction v = (FactValue.Fraction) f.value();
    assertThat(v.numerator()).isEqualByComparingTo(new BigDecimal(numerator));
    assertThat(v.denominator()).isEqualByComparingTo(new BigDecimal(denominator));
  }

  @Test
  void membersNestedOrByTupleRefStandInTheirTupleByOrder() throws Exception {
    Filing filing = InlineReaderTest.read(BOARD, "");
    assertThat(filing.tuples()).extracting(Tuple::id, Tuple::nil).containsExactly(
        org.assertj.core.groups.Tuple.tuple("board", false), org.assertj.core.groups.Tuple.tuple("none", true));
    Tuple board = filing.tuples().get(0);
    assertThat(board.children()).extracting(InlineTuplesTest::local).containsExactly("Note=note", "(Director=d1)", "(Director=d2)");
    assertThat(tuple(board.children().get(1)).children()).extracting(InlineTuplesTest::local).containsExactly("Name=n1", "Share=s1");
    assertThat(tuple(board.children().get(2)).children()).extracting(InlineTuplesTest::local).containsExactly("Name=n2", "Pay=p2");
    assertThat(filing.tuples().get(1).children()).isEmpty();
    assertThat(filing.facts()).extracting(Fact::id).containsExactly("note", "n1", "s1", "n2", "p2", "nilRatio", "outer", "inner",
        "other");
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "n1").value()).text()).isEqualTo("Ann");
    assertThat(((FactValue.Numeric) InlineReaderTest.fact(filing, "p2").value()).value()).isEqualByComparingTo("1200000");
  }

  @Test
  void aTupleRefOutweighsNestingAndAFactInAFactIsNoMember() throws Exception {
    Filing filing = InlineReaderTest.read("<p><ix:tuple name=\"t:T\" id=\"t1\" tupleID=\"one\">"
        + "<ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"a\" order=\"1\">a <ix:nonNumeric name=\"t:B\" contextRef=\"c\" id=\"b\">b"
        + "</ix:nonNumeric></ix:nonNumeric><ix:nonNumeric name=\"t:C\" contextRef=\"c\" id=\"x\" tupleRef=\"two\" order=\"1\">c"
        + "</ix:nonNumeric></ix:tuple><ix:tuple name=\"t:U\" id=\"t2\" tupleID=\"two\"/></p>", "");
    assertThat(filing.tuples()).extracting(Tuple::id).containsExactly("t1", "t2");
    assertThat(filing.tuples().get(0).children()).extracting(InlineTuplesTest::local).containsExactly("A=a");
    assertThat(filing.tuples().get(1).children()).extracting(InlineTuplesTest::local).containsExactly("C=x");
    assertThat(filing.facts()).extracting(Fact::id).contains("b");
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "a").value()).text()).isEqualTo("a b");
  }

  @Test
  void aTupleRefReachesATupleInAnotherDocumentOfTheSet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path one = dir.resolve("part1.xhtml");
    java.nio.file.Path two = dir.resolve("part2.xhtml");
    java.nio.file.Files.writeString(one, InlineSchemaTest.page("<p><ix:tuple name=\"t:T\" id=\"t1\" tupleID=\"one\">"
        + "<ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"a\" order=\"2\">second</ix:nonNumeric></ix:tuple></p>"));
    java.nio.file.Files.writeString(two, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
        + " xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\" xmlns:t=\"urn:t\"><head><title>2</title></head><body>"
        + "<p><ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"b\" tupleRef=\"one\" order=\"1\">first</ix:nonNumeric></p>"
        + "</body></html>");
    Filing filing = InlineXbrl.read(List.of(one, two));
    assertThat(filing.tuples()).singleElement().extracting(t -> t.children().stream().map(InlineTuplesTest::local).toList())
        .isEqualTo(List.of("A=b", "A=a"));
  }

  @Test
  void aFootnoteOnATupleIsRefusedInOneLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InlineReaderTest.read(BOARD
        + "<p><ix:footnote id=\"fn\">Elected in 2003.</ix:footnote></p>", "<ix:relationship fromRefs=\"n1 board\" toRefs=\"fn\"/>"))
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo("ix-unsupported"))
        .hasMessageStartingWith("t.xhtml:1:").hasMessageEndingWith("ix:relationship fromRefs names the ix:tuple board: footnotes on tuples"
            + " are not supported");
  }

  @Test
  void fractionsTakeTheirTermsThroughFormatScaleAndSignAndANestedFractionsToo() throws Exception {
    Filing filing = InlineReaderTest.read(BOARD, "");
    fraction(InlineReaderTest.fact(filing, "s1"), "1000", "30");
    fraction(InlineReaderTest.fact(filing, "inner"), "-1", "4");
    fraction(InlineReaderTest.fact(filing, "outer"), "-1", "4");
    assertThat(InlineReaderTest.fact(filing, "nilRatio").value()).isInstanceOf(FactValue.Nil.class);
    assertThat(InlineReaderTest.fact(filing, "s1").unit()).isNotNull();
  }

  @Test
  void theInstanceNestsTuplesAndWritesFractionTermsAndReadsBackAlike() throws Exception {
    String page = InlineSchemaTest.page(BOARD);
    byte[] instance = InlineXbrl.extract(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:t.xhtml", "t.xhtml");
    String xml = new String(instance, StandardCharsets.UTF_8);
    assertThat(xml).contains("<t:Share id=\"s1\" contextRef=\"c\" unitRef=\"u\"><xbrli:numerator>1000</xbrli:numerator>"
        + "<xbrli:denominator>30</xbrli:denominator></t:Share>")
        .contains("<t:Committee id=\"none\" xsi:nil=\"true\"></t:Committee>")
        .contains("<t:Ratio id=\"nilRatio\" contextRef=\"c\" unitRef=\"u\" xsi:nil=\"true\"></t:Ratio>")
        .containsPattern("<t:Board id=\"board\">\\s*<t:Note [^>]*>The board</t:Note>\\s*<t:Director id=\"d1\">\\s*<t:Name ");
    Filing read = InstanceReader.read(new ByteArrayInputStream(instance), "memory:t.xml", "t.xml");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    InstanceWriter.write(read, again);
    Filing twice = InstanceReader.read(new ByteArrayInputStream(again.toByteArray()), "memory:t2.xml", "t2.xml");
    assertThat(twice.tuples()).isEqualTo(read.tuples());
    assertThat(twice.facts()).containsExactlyInAnyOrderElementsOf(read.facts()).hasSize(9);
    assertThat(read.tuples()).isEqualTo(InlineReaderTest.read(BOARD, "").tuples());
  }

  @Test
  void theSchemaCheckAcceptsTuplesAndFractionsAndRefusesAMalformedOne() throws Exception {
    List<org.finfile.validate.Problem> problems = InlineSchemaTest.problems(InlineSchemaTest.page(BOARD));
    assertThat(problems).isEmpty();
    assertThat(InlineSchemaTest.problems(InlineSchemaTest.page(BOARD.replace("<ix:tuple name=\"t:Board\"", "<ix:tuple")
        .replace("<ix:numerator format=\"ixt:num-dot-decimal\">", "<ix:numerator format=\"ixt:num-dot-decimal\" order=\"1\">"))))
        .extracting(org.finfile.validate.Problem::message).anyMatch(m -> m.contains("'name'")).anyMatch(m -> m.contains("'order'"));
  }
}
