package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.LoopbackServer;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule: an instance that triggers it, and the valid one that does not. */
class ValidatorTest {
  static final Validator VALIDATOR = Validator.create(OfflineResolver.bundled());

  @TempDir
  Path dir;

  static final String HEAD = "<?xml version='1.0' encoding='UTF-8'?>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
      + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:base='http://finfile.org/taxonomy/base'"
      + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\n";
  static final String REF = "<link:schemaRef xlink:type='simple' xlink:href='http://finfile.org/taxonomy/base/finfile-base.xsd'/>\n";
  static final String CONTEXTS = "<xbrli:context id='END'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier>"
      + "</xbrli:entity><xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n"
      + "<xbrli:context id='FY'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:startDate>2002-04-01</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate></xbrli:period></xbrli:context>\n"
      + "<xbrli:unit id='JPY'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n";
  static final String VALID_FACT = "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'>1000</base:Cash>\n";

  private Report validate(String facts) throws Exception {
    return validateDocument(HEAD + REF + CONTEXTS + facts + "</xbrli:xbrl>\n");
  }

  private Report validateDocument(String xml) throws Exception {
    Path file = dir.resolve("instance.xml");
    Files.writeString(file, xml);
    return VALIDATOR.validate(file);
  }

  @Test
  void theSeedFilingHasNoProblems() throws Exception {
    var conversion = org.finfile.Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    Path out = dir.resolve("out");
    org.finfile.Finfile.write(conversion, out, "iij-fy2002.xml");
    Report report = VALIDATOR.validate(out.resolve("iij-fy2002.xml"));
    assertThat(report.errors()).isZero();
    assertThat(report.warnings()).isZero();
    assertThat(report.problems()).extracting(Problem::code)
        .containsOnly(Rules.DUPLICATE_COMPLETE, Rules.DUPLICATE_ROUNDING);
    assertThat(report.valid()).isTrue();
  }

  @Test
  void aValidInstanceHasNoProblems() throws Exception {
    Report report = validate(VALID_FACT
        + "<base:EntityRegistrantName contextRef='FY'>X Inc.</base:EntityRegistrantName>\n"
        + "<base:Inventories contextRef='END' unitRef='JPY' xsi:nil='true'/>\n");
    assertThat(report.problems()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "numeric-accuracy       | <base:Cash contextRef='END' unitRef='JPY'>1000</base:Cash>",
      "numeric-accuracy       | <base:Cash contextRef='END' unitRef='JPY' decimals='0' precision='4'>1000</base:Cash>",
      "nil-accuracy           | <base:Inventories contextRef='END' unitRef='JPY' decimals='0' xsi:nil='true'/>",
      "context-ref            | <base:Cash contextRef='NOPE' unitRef='JPY' decimals='0'>1</base:Cash>",
      "unit-ref               | <base:Cash contextRef='END' unitRef='NOPE' decimals='0'>1</base:Cash>",
      "numeric-unit           | <base:Cash contextRef='END' decimals='0'>1</base:Cash>",
      "non-numeric-attributes | <base:EntityRegistrantName contextRef='FY' unitRef='JPY'>X</base:EntityRegistrantName>",
      "xsd                    | <base:Cash contextRef='END' unitRef='JPY' decimals='0'>1,000</base:Cash>",
      "xsd                    | <base:NoSuchConcept contextRef='END'>1</base:NoSuchConcept>",
  })
  void eachRuleIsTriggeredByItsCase(String code, String fact) throws Exception {
    Report report = validate(VALID_FACT + fact + "\n");
    assertThat(report.problems()).extracting(Problem::code).contains(code);
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.location()).matches(".*instance\\.xml:\\d+:\\d+"));
    assertThat(report.valid()).isFalse();
  }

  @Test
  void aMissingSchemaRefIsReported() throws Exception {
    Report report = validateDocument(HEAD + CONTEXTS + VALID_FACT + "</xbrli:xbrl>");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF);
  }

  @Test
  void anUnmappedTaxonomyUrlIsAProblemAndNeverFetched() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      String url = server.url("/taxonomy.xsd");
      Report report = validateDocument(HEAD + REF.replace("http://finfile.org/taxonomy/base/finfile-base.xsd", url)
          + CONTEXTS + VALID_FACT + "</xbrli:xbrl>");
      assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF);
      assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("never downloads"));
      // a schemaLocation hint to the same server is not followed either
      validateDocument(HEAD.replace("xmlns:xsi", "xsi:schemaLocation='http://finfile.org/taxonomy/base " + url + "' xmlns:xsi")
          + REF + CONTEXTS + VALID_FACT + "</xbrli:xbrl>");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "MARKER-51d0");
    Report report = validateDocument("<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY e SYSTEM '" + secret.toUri() + "'>]>\n"
        + HEAD.substring(HEAD.indexOf('\n') + 1) + REF + CONTEXTS
        + "<base:EntityRegistrantName contextRef='FY'>&e;</base:EntityRegistrantName></xbrli:xbrl>");
    assertThat(report.unreadable()).isTrue();
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Rules.XML);
      assertThat(p.message()).contains("DOCTYPE").doesNotContain("MARKER-51d0");
    });
  }

  @Test
  void aSchemaLocationHintThatIsNoSchemaIsIgnoredWithAWarning() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "SECRET-7a1 not a schema");
    String hinted = HEAD.replace("xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'",
        "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:schemaLocation='http://example.com/x notes.txt http://example.com/y http://example.com/y.xsd'");
    Report report = validateDocument(hinted + REF + CONTEXTS + VALID_FACT + "</xbrli:xbrl>\n");
    assertThat(report.valid()).as(report.problems().toString()).isTrue();
    assertThat(report.problems()).filteredOn(p -> p.code().equals(Rules.SCHEMA_REF)).hasSize(2)
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING))
        .allSatisfy(p -> assertThat(p.message()).contains("hint").doesNotContain("SECRET-7a1"));
  }

  @Test
  void malformedEmptyAndNonXbrlFilesAreProblemsNotCrashes() throws Exception {
    assertThat(validateDocument(HEAD + REF + "<unclosed>").unreadable()).isTrue();
    assertThat(validateDocument("").unreadable()).isTrue();
    Report other = validateDocument("<html/>");
    assertThat(other.problems()).extracting(Problem::code).containsExactly(Rules.ROOT);
    assertThat(other.unreadable()).as("a well-formed document with another root is invalid, not unreadable").isFalse();
    assertThat(VALIDATOR.validate(dir.resolve("missing.xml")).problems()).singleElement()
        .satisfies(p -> assertThat(p.format()).endsWith("missing.xml: error [xml] no such file"));
  }

  @Test
  void aTaxonomySchemaThatIsNotXmlIsReportedAtTheInstance() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("junk.xsd"), "not xml at all");
    Path file = dir.resolve("refers-to-junk.xml");
    java.nio.file.Files.writeString(file, HEAD + "<link:schemaRef xlink:type='simple' xlink:href='junk.xsd'/>\n</xbrli:xbrl>\n");
    Report report = VALIDATOR.validate(file);
    assertThat(report.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location()).doesNotContain("instance\\u"));
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.location()).isEqualTo(file.toString()));
  }

  @Test
  void aMegabyteContextRefIsQuotedNotEchoed() throws Exception {
    Path file = dir.resolve("long-ref.xml");
    String ref = "c" + "x".repeat(1_000_000);
    Files.writeString(file, HEAD + REF + CONTEXTS + "<base:EntityRegistrantName contextRef='" + ref + "'>X</base:EntityRegistrantName>\n"
        + "</xbrli:xbrl>\n");
    Report report = VALIDATOR.validate(file);
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("context-ref"));
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.format().length()).isLessThan(1_000));
  }
}
