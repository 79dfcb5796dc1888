package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.finfile.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** finfile's compact XHTML 1.1 and Inline XBRL 1.1 schemas accept a valid page and refuse what those specifications refuse. */
class InlineSchemaTest {
  static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\""
      + " xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\""
      + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:t=\"urn:t\" xml:lang=\"en\">"
      + "<head><title>t</title><STYLE></head><body><div style=\"display: none\"><ix:header>"
      + "<ix:references><link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/></ix:references><ix:resources>"
      + "<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"http://x\">X</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>"
      + "<xbrli:unit id=\"u\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit><RESOURCES></ix:resources></ix:header></div>";

  /** A page whose body (after the header) is {@code body}, with a valid style element unless {@code style} is given. */
  static String page(String body, String style, String resources) {
    return HEAD.replace("<STYLE>", style).replace("<RESOURCES>", resources) + body + "</body></html>";
  }

  static String page(String body) {
    return page(body, "<style type=\"text/css\">p { margin: 0 }</style>", "");
  }

  static List<Problem> problems(String page) throws Exception {
    return InlineSchema.check(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:t.xhtml", "t.xhtml");
  }

  @Test
  void aPageWithFactsFootnotesAndRelationshipsIsValid() throws Exception {
    String body = "<div class=\"statement\"><h2>Title</h2><table><thead><tr><th></th><th>2003<br/>JPY</th></tr></thead>"
        + "<tbody><tr class=\"total\"><th class=\"label\">Cash</th><td class=\"num\">(<ix:nonFraction name=\"t:Cash\""
        + " contextRef=\"c\" unitRef=\"u\" id=\"f1\" decimals=\"-3\" format=\"ixt:num-dot-decimal\" scale=\"3\" sign=\"-\">"
        + "1,234</ix:nonFraction>)<sup><a href=\"#n1\">1</a></sup></td></tr>"
        + "<tr><th>Nil</th><td><ix:nonFraction name=\"t:Cash\" contextRef=\"c\" unitRef=\"u\" id=\"f2\" xsi:nil=\"true\"/>-</td></tr>"
        + "</tbody></table>"
        + "<p>Name: <ix:nonNumeric name=\"t:Name\" contextRef=\"c\" id=\"f3\">A &amp; B <b>bold</b><ix:exclude>x</ix:exclude></ix:nonNumeric></p>"
        + "</div><div class=\"notes\"><p><ix:footnote id=\"n1\" xml:lang=\"en\">A note.</ix:footnote></p></div>";
    String valid = page(body, "<style type=\"text/css\">p { margin: 0 }</style>",
        "<ix:relationship fromRefs=\"f1 f2\" toRefs=\"n1\"/>");
    assertThat(problems(valid)).isEmpty();
  }

  @Test
  void theMinimalPageOfTheOtherCasesIsValid() throws Exception {
    assertThat(problems(page("<div><p>text</p></div>"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an HTML5 element                   | <section><p>text</p></section>                                                              | 'section'
      a fact without a name              | <p><ix:nonFraction contextRef="c" unitRef="u" id="f1">1</ix:nonFraction></p>                 | 'name'
      a fact without a context           | <p><ix:nonNumeric name="t:A" id="f1">a</ix:nonNumeric></p>                                   | 'contextRef'
      an empty class                     | <div class=""><p>text</p></div>                                                             | NMTOKENS
      an empty id                        | <p><ix:nonNumeric name="t:A" contextRef="c" id="">a</ix:nonNumeric></p>                      | NCName
      two facts with one id              | <p><ix:nonNumeric name="t:A" contextRef="c" id="f1">a</ix:nonNumeric><ix:nonNumeric name="t:B" contextRef="c" id="f1">b</ix:nonNumeric></p> | ID value 'f1'
      a fact with the id of a context    | <p><ix:nonNumeric name="t:A" contextRef="c" id="c">a</ix:nonNumeric></p>                     | ID value 'c'
      a nil fact with content            | <p><ix:nonFraction name="t:A" contextRef="c" unitRef="u" id="f1" xsi:nil="true">1</ix:nonFraction></p> | XMLSchema-instance,nil
      a sign other than minus            | <p><ix:nonFraction name="t:A" contextRef="c" unitRef="u" id="f1" sign="+">1</ix:nonFraction></p> | '+'
      text directly in the body          | text<p>text</p>                                                                             | character
      a block inside a paragraph         | <p><div>text</div></p>                                                                      | 'div'
      a footnote without an id           | <p><ix:footnote>a</ix:footnote></p>                                                          | 'id'
      an attribute XHTML 1.1 does not have | <p lang="en">text</p>                                                                     | 'lang'
      """)
  void theSchemasRefuse(String what, String body, String named) throws Exception {
    assertThat(problems(page(body))).as(what).isNotEmpty()
        .anySatisfy(p -> assertThat(p.message()).contains(named));
  }

  @Test
  void aStyleElementNeedsItsType() throws Exception {
    assertThat(problems(page("<p>text</p>", "<style>p { margin: 0 }</style>", "")))
        .anySatisfy(p -> assertThat(p.message()).contains("type"));
  }

  @Test
  void aRelationshipNeedsItsReferences() throws Exception {
    assertThat(problems(page("<p>text</p>", "<style type=\"text/css\">p {}</style>", "<ix:relationship toRefs=\"n1\"/>")))
        .anySatisfy(p -> assertThat(p.message()).contains("fromRefs"));
  }
}
