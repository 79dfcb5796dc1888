package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading pages finfile did not write: exclusions, continuations, nested facts, footnotes, and what is refused. */
class InlineReaderTest {
  @TempDir
  Path dir;

  static Filing read(String body, String resources) throws InputException {
    String page = InlineSchemaTest.page(body, "<style type=\"text/css\">p {}</style>", resources);
    return InlineXbrl.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:t.xhtml", "t.xhtml");
  }

  static Fact fact(Filing filing, String id) {
    return filing.facts().stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow();
  }

  @Test
  void textLeftOutByExcludeAndAddedByContinuationsWithNestedFacts() throws Exception {
    Filing filing = read("<p><ix:nonNumeric name=\"t:Note\" contextRef=\"c\" id=\"n\" continuedAt=\"k1\">First "
        + "<ix:exclude>[page 3]</ix:exclude>part, <b><ix:nonFraction name=\"t:Amount\" contextRef=\"c\" unitRef=\"u\" id=\"a\""
        + " decimals=\"0\" format=\"ixt:num-dot-decimal\" scale=\"3\">1,234.5</ix:nonFraction></b> thousand</ix:nonNumeric></p>"
        + "<p><ix:continuation id=\"k2\">, the end.</ix:continuation></p>"
        + "<p><ix:continuation id=\"k1\" continuedAt=\"k2\"> yen</ix:continuation></p>"
        + "<p><ix:nonFraction name=\"t:Zero\" contextRef=\"c\" unitRef=\"u\" id=\"z\" decimals=\"0\" format=\"ixt:fixed-zero\">-</ix:nonFraction>"
        + "<ix:nonNumeric name=\"t:Empty\" contextRef=\"c\" id=\"e\" xsi:nil=\"true\"/></p>", "");
    assertThat(filing.facts()).hasSize(4);
    assertThat(((FactValue.Text) fact(filing, "n").value()).text()).isEqualTo("First part, 1,234.5 thousand yen, the end.");
    assertThat(((FactValue.Numeric) fact(filing, "a").value()).value()).isEqualByComparingTo(new BigDecimal("1234500"));
    assertThat(((FactValue.Numeric) fact(filing, "z").value()).value()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(fact(filing, "e").value()).isInstanceOf(FactValue.Nil.class);
    assertThat(filing.lang()).isEqualTo("en");
  }

  @Test
  void footnotesInTheirLanguageWithTheirRolesAndRelationships() throws Exception {
    Filing filing = read("<p><ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"f1\">a</ix:nonNumeric>"
        + "<ix:nonNumeric name=\"t:B\" contextRef=\"c\" id=\"f2\">b</ix:nonNumeric></p>"
        + "<div xml:lang=\"fr\"><p><ix:footnote id=\"n1\">Une note <i>en</i> français.</ix:footnote></p></div>"
        + "<p><ix:footnote id=\"n2\" footnoteRole=\"urn:role:warning\">Careful.</ix:footnote></p>",
        "<ix:relationship fromRefs=\"f1 f2\" toRefs=\"n1\" order=\"2\"/>"
        + "<ix:relationship fromRefs=\"f2\" toRefs=\"n2\" linkRole=\"urn:link:other\" arcrole=\"urn:arcrole:warns\"/>");
    assertThat(filing.footnotes()).hasSize(2);
    Footnote standard = filing.footnotes().get(0);
    assertThat(standard.role()).isEqualTo(Footnote.STANDARD_LINK_ROLE);
    assertThat(standard.resources()).singleElement().isEqualTo(
        new Footnote.Resource("n1", Footnote.STANDARD_ROLE, "fr", "Une note en français."));
    assertThat(standard.locators()).extracting(Footnote.Locator::factId).containsExactly("f1", "f2");
    assertThat(standard.arcs()).extracting(Footnote.Arc::order).containsExactly("2", "2");
    Footnote other = filing.footnotes().get(1);
    assertThat(other.role()).isEqualTo("urn:link:other");
    assertThat(other.resources()).singleElement().isEqualTo(new Footnote.Resource("n2", "urn:role:warning", "en", "Careful."));
    assertThat(other.arcs()).singleElement().extracting(Footnote.Arc::arcrole).isEqualTo("urn:arcrole:warns");
  }

  @Test
  void readsAFile() throws Exception {
    Path file = dir.resolve("page.xhtml");
    Files.writeString(file, InlineSchemaTest.page("<p><ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"f1\">a</ix:nonNumeric></p>"));
    assertThat(InlineXbrl.read(file).facts()).hasSize(1);
    assertThatThrownBy(() -> InlineXbrl.read(dir.resolve("absent.xhtml"))).isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another target        | <ix:nonNumeric name="t:A" contextRef="c" target="other">a</ix:nonNumeric>                | several target documents
      an unknown transform  | <ix:nonFraction name="t:A" contextRef="c" unitRef="u" format="ixt:num-roman">IV</ix:nonFraction> | format num-roman in http://www.xbrl.org/inlineXBRL/transformation/2020-02-12 is no transformation finfile knows
      a date that is none   | <ix:nonNumeric name="t:A" contextRef="c" format="ixt:date-day-month-year">31 2 2003</ix:nonNumeric> | '31 2 2003' does not match transformation date-day-month-year
      a broken chain        | <ix:nonNumeric name="t:A" contextRef="c" continuedAt="nowhere">a</ix:nonNumeric>         | continuedAt nowhere names no ix:continuation
      a looping chain       | <ix:nonNumeric name="t:A" contextRef="c" continuedAt="k">a</ix:nonNumeric><ix:continuation id="k" continuedAt="k">b</ix:continuation> | loops
      not a number          | <ix:nonFraction name="t:A" contextRef="c" unitRef="u">1,234</ix:nonFraction>               | plain decimal
      an absurd scale       | <ix:nonFraction name="t:A" contextRef="c" unitRef="u" scale="99999999">1</ix:nonFraction>  | scale
      Inline XBRL 1.0       | <ix10:nonNumeric xmlns:ix10="http://www.xbrl.org/2008/inlineXBRL" name="t:A" contextRef="c">a</ix10:nonNumeric> | Inline XBRL 1.0
      """)
  void refusedWithOneLine(String what, String body, String message) {
    assertThatThrownBy(() -> read("<p>" + body + "</p>", "")).as(what).isInstanceOf(InputException.class)
        .hasMessageContaining(message).hasMessageStartingWith("t.xhtml:").hasMessageNotContaining("\n");
  }

  @Test
  void aRelationshipToNothingIsRefused() {
    assertThatThrownBy(() -> read("<p><ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"f1\">a</ix:nonNumeric></p>",
        "<ix:relationship fromRefs=\"f1\" toRefs=\"n9\"/>")).isInstanceOf(InputException.class)
        .hasMessageContaining("n9");
  }
}
