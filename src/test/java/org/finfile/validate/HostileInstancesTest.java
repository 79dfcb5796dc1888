package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.InputException;
import org.finfile.LoopbackServer;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instances made to break the validator, from a review: each once crashed it or got a wrong verdict. */
class HostileInstancesTest {
  static final Validator VALIDATOR = Validator.create(OfflineResolver.bundled());

  @TempDir
  Path dir;

  Report validate(String extra, String facts) throws Exception {
    Path file = dir.resolve("instance.xml");
    Files.writeString(file, RulesTest.head() + RulesTest.BASE + extra + RulesTest.VALID_FACTS + facts + "</xbrli:xbrl>\n");
    return VALIDATOR.validate(file);
  }

  @Test
  void anAbsurdDecimalsIsNeitherACrashNorAStall() throws Exception {
    long start = System.nanoTime();
    Report report = validate("", "<base:Cash contextRef='END' unitRef='JPY' decimals='-999999999'>1000</base:Cash>"
        + "<base:Revenues contextRef='FY' unitRef='JPY' decimals='999999999'>90</base:Revenues>");
    assertThat(report.unreadable()).isFalse();
    assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(20.0);
  }

  @Test
  void duplicatesWithChildElementsDoNotCrashTheSecondPass() throws Exception {
    Report report = validate("", "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'><x/>1</base:Cash>"
        + "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'><x/>1</base:Cash>");
    assertThat(report.unreadable()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.XSD);
  }

  @Test
  void sameAccuracyDifferentValuesAreInconsistent() throws Exception {
    Report report = validate("", "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'>1001</base:Cash>");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.DUPLICATE_INCONSISTENT);
  }

  @Test
  void timezonedDatesAreDifferentPeriodsAndStillChecked() throws Exception {
    String contexts = RulesTest.context("Z1", "<xbrli:instant>2003-03-31Z</xbrli:instant>")
        + RulesTest.context("Z2", "<xbrli:instant>2002-03-31Z</xbrli:instant>")
        + RulesTest.context("ZD", "<xbrli:startDate>2002-04-01Z</xbrli:startDate><xbrli:endDate>2001-03-31Z</xbrli:endDate>");
    Report report = validate(contexts, "<base:Inventories contextRef='Z1' unitRef='JPY' decimals='0'>100</base:Inventories>"
        + "<base:Inventories contextRef='Z2' unitRef='JPY' decimals='0'>200</base:Inventories>"
        + "<base:Inventories contextRef='ZD' unitRef='JPY' decimals='0'>300</base:Inventories>");
    assertThat(report.problems()).extracting(Problem::code)
        .doesNotContain(Rules.DUPLICATE_INCONSISTENT).contains(Rules.CONTEXT_PERIOD, Rules.PERIOD_TYPE);
  }

  @Test
  void footnoteLocatorsMayNameTheDocumentButOnlyFacts() throws Exception {
    String link = "<link:footnoteLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>"
        + "<link:loc xlink:type='locator' xlink:href='instance.xml#f1' xlink:label='a'/>"
        + "<link:loc xlink:type='locator' xlink:href='#END' xlink:label='b'/>"
        + "<link:footnote xlink:type='resource' xlink:label='n' xlink:role='http://www.xbrl.org/2003/role/footnote' xml:lang='en'>x</link:footnote>"
        + "<link:footnoteArc xlink:type='arc' xlink:arcrole='http://www.xbrl.org/2003/arcrole/fact-footnote' xlink:from='a' xlink:to='n'/>"
        + "</link:footnoteLink>";
    Report report = validate("", "<base:PrepaidExpenses id='f1' contextRef='END' unitRef='JPY' decimals='0'>1</base:PrepaidExpenses>" + link);
    assertThat(report.problems()).filteredOn(p -> p.code().equals(Rules.FOOTNOTE_REF)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("#END"));
  }

  @Test
  void problemsOfASharedTaxonomyNameEachFile() throws Exception {
    Path xsd = dir.resolve("t.xsd");
    Files.writeString(xsd, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'>"
        + "<xs:import namespace='urn:u' schemaLocation='http://example.invalid/u.xsd'/></xs:schema>");
    String xml = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'"
        + " xmlns:xlink='http://www.w3.org/1999/xlink'><link:schemaRef xlink:type='simple' xlink:href='t.xsd'/></xbrli:xbrl>";
    Files.writeString(dir.resolve("a.xml"), xml);
    Files.writeString(dir.resolve("b.xml"), xml);
    Validator shared = Validator.create(OfflineResolver.bundled());
    Report a = shared.validate(dir.resolve("a.xml"));
    Report b = shared.validate(dir.resolve("b.xml"));
    assertThat(a.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location() + p.message()).doesNotContain("b.xml"));
    assertThat(b.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location() + p.message()).doesNotContain("a.xml"));
  }

  @Test
  void aCatalogMayNotSendFinfileToAnotherCatalog() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Path catalog = dir.resolve("catalog.xml");
      Files.writeString(catalog, "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'><nextCatalog catalog='"
          + server.url("/next.xml") + "'/></catalog>");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfflineResolver.create(List.of(catalog), List.of()))
          .isInstanceOf(InputException.class).hasMessageContaining("nextCatalog is not supported");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void controlCharactersInMessagesAreEscaped() {
    Problem p = new Problem("f.xml:1:1", Severity.ERROR, Rules.XSD, "value '\u001b[31mred\u0001'");
    assertThat(p.message()).isEqualTo("value '\\u001b[31mred\\u0001'");
  }
}
