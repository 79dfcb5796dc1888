package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inline rules: each broken page refused with its rule code and one line naming where; escaped text blocks read. */
class InlineRulesTest {
  private static byte[] extract(String body, String resources) throws Exception {
    String page = InlineSchemaTest.page(body, "<style type=\"text/css\">p {}</style>", resources);
    return InlineXbrl.extract(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:t.xhtml", "t.xhtml");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      broken chain          | ix-continuation   | <p><ix:nonNumeric name="t:A" contextRef="c" id="a" continuedAt="k9">a</ix:nonNumeric></p> | continuedAt k9 names no ix:continuation
      looping chain         | ix-continuation   | <p><ix:nonNumeric name="t:A" contextRef="c" id="a" continuedAt="k">a</ix:nonNumeric><ix:continuation id="k" continuedAt="k">b</ix:continuation></p> | the continuation chain of a loops at k
      shared continuation  | ix-continuation   | <p><ix:nonNumeric name="t:A" contextRef="c" id="a" continuedAt="k">a</ix:nonNumeric><ix:nonNumeric name="t:B" contextRef="c" id="b" continuedAt="k">b</ix:nonNumeric><ix:continuation id="k">c</ix:continuation></p> | the ix:continuation k continues both a and b
      unreached continuation | ix-continuation  | <p><ix:continuation id="k">lost</ix:continuation></p> | no fact or footnote continues into the ix:continuation k
      unknown format        | ix-format-unknown | <p><ix:nonNumeric name="t:A" contextRef="c" format="ixt:date-roman">MMXXV</ix:nonNumeric></p> | format date-roman
      value not the format  | ix-format-value   | <p><ix:nonNumeric name="t:A" contextRef="c" format="ixt:date-monthname-day-year-en">soon</ix:nonNumeric></p> | 'soon' does not match transformation date-monthname-day-year-en
      not a number          | ix-number         | <p><ix:nonFraction name="t:A" contextRef="c" unitRef="u">twelve</ix:nonFraction></p> | 'twelve' is not a number
      bad sign              | ix-number         | <p><ix:nonFraction name="t:A" contextRef="c" unitRef="u" sign="+">12</ix:nonFraction></p> | sign must be
      duplicate ids         | ix-duplicate-id   | <p><ix:nonNumeric name="t:A" contextRef="c" id="x">a</ix:nonNumeric><ix:continuation id="x">b</ix:continuation></p> | the id x is already that of the ix element at t.xhtml:1:
      exclude outside       | ix-exclude        | <p><ix:exclude>page 3</ix:exclude></p> | ix:exclude outside every fact
      missing context       | ix-reference      | <p><ix:nonNumeric name="t:A" contextRef="c9">a</ix:nonNumeric></p> | contextRef c9 names no context
      missing unit          | ix-reference      | <p><ix:nonFraction name="t:A" contextRef="c" unitRef="u9">1</ix:nonFraction></p> | unitRef u9 names no unit
      relationship nowhere  | ix-relationship   | <p><ix:nonNumeric name="t:A" contextRef="c" id="a">a</ix:nonNumeric></p><ix:relationship fromRefs="a" toRefs="n9"/> | toRefs names n9
      tupleRef to nothing   | ix-tuple-ref      | <p><ix:nonNumeric name="t:A" contextRef="c" tupleRef="nowhere" order="1">a</ix:nonNumeric></p> | tupleRef nowhere names no ix:tuple's tupleID
      two tupleIDs          | ix-tuple-ref      | <p><ix:tuple name="t:T" tupleID="x"/><ix:tuple name="t:T" tupleID="x"/><ix:nonNumeric name="t:A" contextRef="c" tupleRef="x" order="1">a</ix:nonNumeric></p> | the tupleID x is already that of the ix:tuple at t.xhtml:1:
      in a fact in a tuple  | ix-tuple-order    | <p><ix:tuple name="t:T"><ix:nonNumeric name="t:A" contextRef="c" order="1">a <ix:nonNumeric name="t:B" contextRef="c" order="2">b</ix:nonNumeric></ix:nonNumeric></ix:tuple></p> | order 2 on a fact B outside every tuple
      missing order         | ix-tuple-order    | <p><ix:tuple name="t:T"><ix:nonNumeric name="t:A" contextRef="c">a</ix:nonNumeric></ix:tuple></p> | a fact A in the ix:tuple at t.xhtml:1:
      order outside a tuple | ix-tuple-order    | <p><ix:nonNumeric name="t:A" contextRef="c" order="1">a</ix:nonNumeric></p> | order 1 on a fact A outside every tuple
      duplicate order       | ix-tuple-order    | <p><ix:tuple name="t:T" id="t1"><ix:nonNumeric name="t:A" contextRef="c" order="1">a</ix:nonNumeric><ix:nonNumeric name="t:B" contextRef="c" order="1.0">b</ix:nonNumeric></ix:tuple></p> | order 1.0 in the ix:tuple T (t1) is already that of the fact A at
      order not a decimal   | ix-tuple-order    | <p><ix:tuple name="t:T"><ix:nonNumeric name="t:A" contextRef="c" order="first">a</ix:nonNumeric></ix:tuple></p> | order 'first' is not a decimal
      tuple in itself       | ix-tuple-cycle    | <p><ix:tuple name="t:T" tupleID="x" tupleRef="x" order="1"/></p> | the ix:tuple T (x) contains itself
      tuples in each other  | ix-tuple-cycle    | <p><ix:tuple name="t:T" tupleID="x" tupleRef="y" order="1"/><ix:tuple name="t:U" tupleID="y" tupleRef="x" order="1"/></p> | contains itself
      nil tuple with facts  | ix-tuple-content  | <p><ix:tuple name="t:T" xsi:nil="true"><ix:nonNumeric name="t:A" contextRef="c" order="1">a</ix:nonNumeric></ix:tuple></p> | the nil ix:tuple T at t.xhtml:1:
      empty tuple           | ix-tuple-content  | <p><ix:tuple name="t:T" tupleID="x"/></p> | the ix:tuple T (x) holds no fact or tuple
      fraction, no terms    | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator></ix:fraction></p> | holds 1 ix:numerator and 0 ix:denominator; it needs one of each
      two numerators        | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></ix:fraction></p> | holds 2 ix:numerator and 1 ix:denominator
      nil fraction, terms   | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u" xsi:nil="true"><ix:numerator>1</ix:numerator></ix:fraction></p> | a nil ix:fraction holds an ix:numerator
      nil nested fraction   | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:fraction name="t:F" contextRef="c" unitRef="u" xsi:nil="true"/></ix:fraction></p> | a nil ix:fraction inside another ix:fraction
      nested, other unit    | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:fraction name="t:G" contextRef="c" unitRef="u2"><ix:numerator>1</ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></ix:fraction></p> | an ix:fraction nested in another has unitRef u2, not that of the fraction around it, u
      term with markup      | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator><b>1</b></ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></p> | an ix:numerator holds the element b
      term outside          | ix-fraction       | <p><ix:numerator>1</ix:numerator></p> | ix:numerator outside every ix:fraction
      fact in a fraction    | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:nonNumeric name="t:A" contextRef="c">a</ix:nonNumeric></ix:fraction></p> | ix:nonNumeric inside an ix:fraction
      zero denominator      | ix-fraction       | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator><ix:denominator>0.0</ix:denominator></ix:fraction></p> | the denominator of a fraction is zero
      negative term         | ix-number         | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>-1</ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></p> | '-1' is not a number
      fraction without unit | ix-reference      | <p><ix:fraction name="t:F" contextRef="c"><ix:numerator>1</ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></p> | an ix:fraction without a unitRef
      """)
  void aBrokenPageIsRefusedWithItsRuleCode(String what, String code, String body, String message) {
    String[] parts = body.split("(?=<ix:relationship)", 2);
    assertThatThrownBy(() -> extract(parts[0], parts.length > 1 ? parts[1] : "")).as(what)
        .isInstanceOfSatisfying(InlineException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith("t.xhtml").hasMessageContaining(message).hasMessageNotContaining("\n");
  }

  @Test
  void anEscapedTextBlockIsItsXhtmlLessItsIxTagsAndExclusions() throws Exception {
    String xml = new String(extract("<div><ix:nonNumeric name=\"t:Policy\" contextRef=\"c\" id=\"p\" escape=\"true\" continuedAt=\"k\">"
        + "<p class=\"x\" title=\"a &amp; &quot;b&quot;\">R&amp;D <b>costs</b><br/>x &lt; y<ix:exclude><i>page 3</i></ix:exclude></p>"
        + "<ix:nonNumeric name=\"t:Inner\" contextRef=\"c\" id=\"i\"><span>inner</span></ix:nonNumeric><td/></ix:nonNumeric></div>"
        + "<div><ix:continuation id=\"k\"><p>more</p></ix:continuation></div>", ""), StandardCharsets.UTF_8);
    var facts = InstanceFacts.read(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(facts).extracting(InstanceFacts.Seen::value).containsExactly(
        "<p class=\"x\" title=\"a &amp; &quot;b&quot;\">R&amp;D <b>costs</b><br/>x &lt; y</p><span>inner</span><td></td><p>more</p>",
        "inner");
  }

  @Test
  void textFactsReadThroughTheirFormats() throws Exception {
    String page = InlineSchemaTest.page("<p xmlns:ixt-sec=\"http://www.sec.gov/inlineXBRL/transformation/2015-08-31\">"
        + "<ix:nonNumeric name=\"t:When\" contextRef=\"c\" id=\"d\" format=\"ixt:date-monthname-day-year-en\">March&#160;29, 2025</ix:nonNumeric>"
        + "<ix:nonNumeric name=\"t:Flag\" contextRef=\"c\" id=\"b\" format=\"ixt:fixed-true\">&#9746;</ix:nonNumeric>"
        + "<ix:nonNumeric name=\"t:Term\" contextRef=\"c\" id=\"y\" format=\"ixt-sec:duryear\">2.7</ix:nonNumeric>"
        + "<ix:nonFraction name=\"t:Count\" contextRef=\"c\" unitRef=\"u\" decimals=\"INF\" id=\"n\" format=\"ixt-sec:numwordsen\">two</ix:nonFraction></p>",
        "<style type=\"text/css\">p {}</style>", "");
    Filing filing = InlineXbrl.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:t.xhtml", "t.xhtml");
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "d").value()).text()).isEqualTo("2025-03-29");
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "b").value()).text()).isEqualTo("true");
    assertThat(((FactValue.Text) InlineReaderTest.fact(filing, "y").value()).text()).isEqualTo("P2Y8M12D");
    assertThat(((FactValue.Numeric) InlineReaderTest.fact(filing, "n").value()).value()).isEqualByComparingTo("2");
  }
}
