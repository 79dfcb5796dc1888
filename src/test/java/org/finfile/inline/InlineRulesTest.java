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
      a tuple               | ix-unsupported    | <p><ix:tuple name="t:T"><ix:nonNumeric name="t:A" contextRef="c">a</ix:nonNumeric></ix:tuple></p> | ix:tuple is not supported yet
      a fraction            | ix-unsupported    | <p><ix:fraction name="t:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator><ix:denominator>2</ix:denominator></ix:fraction></p> | ix:fraction is not supported yet
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
