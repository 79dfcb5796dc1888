package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule code: a minimal instance that triggers it, and the valid instance, which triggers
 * none. The instances use the IIJ example taxonomy (which imports finfile's base taxonomy by URL).
 */
class RulesTest {
  static final Validator VALIDATOR = Validator.create(OfflineResolver.bundled());

  @TempDir
  Path dir;

  static String head() {
    return "<?xml version='1.0' encoding='UTF-8'?>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
        + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
        + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:base='http://finfile.org/taxonomy/base'"
        + " xmlns:iij='http://finfile.org/taxonomy/iij/2003-03-31' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\n"
        + "<link:schemaRef xlink:type='simple' xlink:href='"
        + TestFiles.exampleTaxonomy().toUri() + "'/>\n";
  }

  static String context(String id, String period) {
    return "<xbrli:context id='" + id + "'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier>"
        + "</xbrli:entity><xbrli:period>" + period + "</xbrli:period></xbrli:context>\n";
  }

  static final String BASE = context("END", "<xbrli:instant>2003-03-31</xbrli:instant>")
      + context("FY", "<xbrli:startDate>2002-04-01</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate>")
      + "<xbrli:unit id='JPY'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n"
      + "<xbrli:unit id='shares'><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>\n"
      + "<xbrli:unit id='pure'><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>\n";

  /** Uses every context and unit of BASE, and is valid. */
  static final String VALID_FACTS = "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'>1000</base:Cash>\n"
      + "<base:Revenues contextRef='FY' unitRef='JPY' decimals='0'>90</base:Revenues>\n"
      + "<iij:ConnectivityAndValueAddedServicesRevenues contextRef='FY' unitRef='JPY' decimals='0'>50</iij:ConnectivityAndValueAddedServicesRevenues>\n"
      + "<iij:SystemsIntegrationRevenues contextRef='FY' unitRef='JPY' decimals='0'>20</iij:SystemsIntegrationRevenues>\n"
      + "<iij:EquipmentSalesRevenues contextRef='FY' unitRef='JPY' decimals='0'>20</iij:EquipmentSalesRevenues>\n"
      + "<base:WeightedAverageNumberOfSharesOutstanding contextRef='FY' unitRef='shares' decimals='0'>22480</base:WeightedAverageNumberOfSharesOutstanding>\n"
      + "<iij:CrossSellingRateDataCenterService contextRef='FY' unitRef='pure' decimals='3'>0.353</iij:CrossSellingRateDataCenterService>\n"
      + "<base:Inventories contextRef='END' unitRef='JPY' xsi:nil='true'/>\n"
      + "<base:EntityRegistrantName contextRef='FY'>X Inc.</base:EntityRegistrantName>\n";

  Report validate(String extra, String facts) throws Exception {
    Path file = dir.resolve("instance.xml");
    Files.writeString(file, head() + BASE + extra + VALID_FACTS + facts + "</xbrli:xbrl>\n");
    return VALIDATOR.validate(file);
  }

  @Test
  void theValidInstanceTriggersNoRule() throws Exception {
    assertThat(validate("", "").problems()).isEmpty();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Rules.XSD, "", "<base:Cash contextRef='END' unitRef='JPY' decimals='0'>1,000</base:Cash>"),
        Arguments.of(Rules.DUPLICATE_ID, "", "<base:Inventories id='END' contextRef='END' unitRef='JPY' decimals='0'>1</base:Inventories>"),
        Arguments.of(Rules.CONTEXT_PERIOD,
            context("BACKWARDS", "<xbrli:startDate>2003-03-31</xbrli:startDate><xbrli:endDate>2003-01-01</xbrli:endDate>"),
            "<base:Revenues contextRef='BACKWARDS' unitRef='JPY' decimals='0'>1</base:Revenues>"),
        Arguments.of(Rules.CONTEXT_CONTENT,
            "<xbrli:context id='SEG'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier><xbrli:segment>"
                + "<xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:segment></xbrli:entity><xbrli:period>"
                + "<xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>",
            "<base:Cash contextRef='SEG' unitRef='JPY' decimals='0'>1</base:Cash>"),
        Arguments.of(Rules.PERIOD_TYPE, "", "<base:Revenues contextRef='END' unitRef='JPY' decimals='0'>1</base:Revenues>"),
        Arguments.of(Rules.CONTEXT_REF, "", "<base:Cash contextRef='NOPE' unitRef='JPY' decimals='0'>1</base:Cash>"),
        Arguments.of(Rules.UNIT_REF, "", "<base:Cash contextRef='END' unitRef='NOPE' decimals='0'>1</base:Cash>"),
        Arguments.of(Rules.NUMERIC_UNIT, "", "<base:Inventories contextRef='END' decimals='0'>1</base:Inventories>"),
        Arguments.of(Rules.UNIT_MONETARY, "", "<base:Inventories contextRef='END' unitRef='shares' decimals='0'>1</base:Inventories>"),
        Arguments.of(Rules.UNIT_SHARES, "",
            "<base:WeightedAverageNumberOfSharesOutstanding contextRef='END' unitRef='JPY' decimals='0'>1</base:WeightedAverageNumberOfSharesOutstanding>"
                .replace("END", "FY")),
        Arguments.of(Rules.UNIT_PURE, "",
            "<iij:CrossSellingRateValueAddedService contextRef='FY' unitRef='JPY' decimals='3'>0.5</iij:CrossSellingRateValueAddedService>"),
        Arguments.of(Rules.UNIT_FORM, "<xbrli:unit id='odd'><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:JPY"
                + "</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>iso4217:JPY</xbrli:measure>"
                + "</xbrli:unitDenominator></xbrli:divide></xbrli:unit>",
            "<base:BasicNetIncomeLossPerShare contextRef='FY' unitRef='odd' decimals='0'>1</base:BasicNetIncomeLossPerShare>"),
        Arguments.of(Rules.UNIT_FORM, "<xbrli:unit id='bad'><xbrli:measure>iso4217:yen</xbrli:measure></xbrli:unit>",
            "<base:Inventories contextRef='END' unitRef='bad' decimals='0'>1</base:Inventories>"),
        Arguments.of(Rules.NUMERIC_ACCURACY, "", "<base:Inventories contextRef='END' unitRef='JPY'>1</base:Inventories>"),
        Arguments.of(Rules.NUMERIC_ACCURACY, "", "<base:Inventories contextRef='END' unitRef='JPY' decimals='0' precision='3'>1</base:Inventories>"),
        Arguments.of(Rules.NIL_ACCURACY, "", "<base:Cash contextRef='END' unitRef='JPY' decimals='0' xsi:nil='true'/>"),
        Arguments.of(Rules.NON_NUMERIC, "", "<base:EntityRegistrantName contextRef='FY' unitRef='JPY'>Y</base:EntityRegistrantName>"),
        Arguments.of(Rules.DUPLICATE_COMPLETE, "", "<base:Cash contextRef='END' unitRef='JPY' decimals='-3'>1000</base:Cash>"),
        Arguments.of(Rules.DUPLICATE_ROUNDING, "", "<base:Cash contextRef='END' unitRef='JPY' decimals='0'>1234</base:Cash>"),
        Arguments.of(Rules.DUPLICATE_INCONSISTENT, "", "<base:Cash contextRef='END' unitRef='JPY' decimals='0'>2000</base:Cash>"),
        Arguments.of(Rules.DUPLICATE_INCONSISTENT, "", "<base:Cash contextRef='END' unitRef='JPY' xsi:nil='true'/>"),
        Arguments.of(Rules.DUPLICATE_INCONSISTENT, "", "<base:EntityRegistrantName contextRef='FY'>Y Inc.</base:EntityRegistrantName>"),
        Arguments.of(Rules.CONTEXT_UNUSED, context("SPARE", "<xbrli:instant>2002-03-31</xbrli:instant>"), ""),
        Arguments.of(Rules.UNIT_UNUSED, "<xbrli:unit id='USD'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>", ""),
        Arguments.of(Rules.CALC, context("Q", "<xbrli:startDate>2003-01-01</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate>"),
            "<base:Revenues contextRef='Q' unitRef='JPY' decimals='-3'>100000</base:Revenues>"
                + "<iij:SystemsIntegrationRevenues contextRef='Q' unitRef='JPY' decimals='-3'>90000</iij:SystemsIntegrationRevenues>"
                + "<iij:EquipmentSalesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>1000</iij:EquipmentSalesRevenues>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleHasAnInstanceThatTriggersIt(String code, String extra, String facts) throws Exception {
    Report report = validate(extra, facts);
    assertThat(report.problems()).extracting(Problem::code).contains(code);
    assertThat(report.problems()).filteredOn(p -> p.code().equals(code))
        .allSatisfy(p -> assertThat(p.location()).matches(".*instance\\.xml:\\d+:\\d+"));
  }

  @Test
  void roundingWithinTheItemsAccuracyIsConsistent() throws Exception {
    String q = context("Q", "<xbrli:startDate>2003-01-01</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate>");
    Report report = validate(q, "<base:Revenues contextRef='Q' unitRef='JPY' decimals='-3'>100000</base:Revenues>"
        + "<iij:SystemsIntegrationRevenues contextRef='Q' unitRef='JPY' decimals='-3'>66000</iij:SystemsIntegrationRevenues>"
        + "<iij:EquipmentSalesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>33000</iij:EquipmentSalesRevenues>"
        + "<iij:ConnectivityAndValueAddedServicesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>2000</iij:ConnectivityAndValueAddedServicesRevenues>");
    assertThat(report.problems()).extracting(Problem::code).doesNotContain(Rules.CALC);
    Report off = validate(q, "<base:Revenues contextRef='Q' unitRef='JPY' decimals='-3'>100000</base:Revenues>"
        + "<iij:SystemsIntegrationRevenues contextRef='Q' unitRef='JPY' decimals='-3'>66000</iij:SystemsIntegrationRevenues>"
        + "<iij:EquipmentSalesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>30000</iij:EquipmentSalesRevenues>"
        + "<iij:ConnectivityAndValueAddedServicesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>1000</iij:ConnectivityAndValueAddedServicesRevenues>");
    assertThat(off.problems()).filteredOn(p -> p.code().equals(Rules.CALC)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Revenues is reported as 100000 [99500, 100500]")
            .contains("items sum to 97000 [95500, 98500]"));
    Report edge = validate(q, "<base:Revenues contextRef='Q' unitRef='JPY' decimals='-3'>100000</base:Revenues>"
        + "<iij:SystemsIntegrationRevenues contextRef='Q' unitRef='JPY' decimals='-3'>66000</iij:SystemsIntegrationRevenues>"
        + "<iij:EquipmentSalesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>31000</iij:EquipmentSalesRevenues>"
        + "<iij:ConnectivityAndValueAddedServicesRevenues contextRef='Q' unitRef='JPY' decimals='-3'>1000</iij:ConnectivityAndValueAddedServicesRevenues>");
    assertThat(edge.problems()).as("98000 ± 1500 reaches 99500: the intervals touch").extracting(Problem::code)
        .doesNotContain(Rules.CALC);
  }

  @Test
  void calculationsCanBeSwitchedOff() throws Exception {
    Path file = dir.resolve("calc.xml");
    Files.writeString(file, head() + BASE + VALID_FACTS.replace(">90<", ">95<") + "</xbrli:xbrl>");
    assertThat(VALIDATOR.validate(file).problems()).extracting(Problem::code).containsExactly(Rules.CALC);
    assertThat(Validator.create(OfflineResolver.bundled(), Validator.Calc.NONE).validate(file).problems()).isEmpty();
  }

  @Test
  void aTaxonomyThatCannotBeFoundStillLeavesTheOtherChecks() throws Exception {
    Path file = dir.resolve("lost.xml");
    Files.writeString(file, head().replaceAll("xlink:href='[^']*'", "xlink:href='http://example.invalid/t.xsd'") + BASE
        + "<base:Cash contextRef='NOPE' unitRef='JPY' decimals='0'>1</base:Cash></xbrli:xbrl>");
    Report report = VALIDATOR.validate(file);
    assertThat(report.unreadable()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF, Rules.CONTEXT_REF);
  }
}
