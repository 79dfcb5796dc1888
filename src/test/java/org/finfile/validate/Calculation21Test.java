package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XBRL 2.1 calculations ({@code --calc c10}), accuracies of any integer size in both calculation
 * modes, schema defaults, precision 0, and essence-alias consistency: each on a taxonomy of three
 * monetary concepts (A = B + C) and an essence-alias E → F written here.
 */
class Calculation21Test {
  @TempDir
  Path dir;

  private static final String SCHEMA = """
      <?xml version="1.0"?>
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
          xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
          xmlns:t="http://example.com/t" targetNamespace="http://example.com/t" elementFormDefault="qualified">
        <xs:annotation><xs:appinfo>
          <link:linkbaseRef xlink:type="simple" xlink:href="t-calc.xml" xlink:role="http://www.xbrl.org/2003/role/calculationLinkbaseRef"
              xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
          <link:linkbaseRef xlink:type="simple" xlink:href="t-def.xml" xlink:role="http://www.xbrl.org/2003/role/definitionLinkbaseRef"
              xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
        </xs:appinfo></xs:annotation>
        <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
        <xs:element id="A" name="A" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true"/>
        <xs:element id="B" name="B" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true"/>
        <xs:element id="C" name="C" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true" default="7"/>
        <xs:element id="E" name="E" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <xs:element id="F" name="F" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <xs:element id="G" name="G" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <xs:element id="H" name="H" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <xs:element id="T" name="T" substitutionGroup="xbrli:tuple">
          <xs:complexType><xs:complexContent><xs:restriction base="xs:anyType"><xs:choice minOccurs="0" maxOccurs="unbounded">
            <xs:element ref="t:A"/>
            <xs:element ref="t:B"/>
            <xs:element ref="t:C"/>
            <xs:element ref="t:E"/>
            <xs:element ref="t:F"/>
            <xs:element ref="t:T"/>
          </xs:choice></xs:restriction></xs:complexContent></xs:complexType>
        </xs:element>
      </xs:schema>
      """;

  private static final String CALC = """
      <?xml version="1.0"?>
      <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
        <link:calculationLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
          <link:loc xlink:type="locator" xlink:href="t.xsd#A" xlink:label="A"/>
          <link:loc xlink:type="locator" xlink:href="t.xsd#B" xlink:label="B"/>
          <link:loc xlink:type="locator" xlink:href="t.xsd#C" xlink:label="C"/>
          <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="A" xlink:to="B" weight="1"/>
          <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="A" xlink:to="C" weight="1"/>
        </link:calculationLink>
      </link:linkbase>
      """;

  private static final String DEF = """
      <?xml version="1.0"?>
      <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
        <link:definitionLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
          <link:loc xlink:type="locator" xlink:href="t.xsd#E" xlink:label="E"/>
          <link:loc xlink:type="locator" xlink:href="t.xsd#F" xlink:label="F"/>
          <link:loc xlink:type="locator" xlink:href="t.xsd#G" xlink:label="G"/>
          <link:loc xlink:type="locator" xlink:href="t.xsd#H" xlink:label="H"/>
          <link:definitionArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/essence-alias" xlink:from="E" xlink:to="F"/>
          <link:definitionArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/essence-alias" xlink:from="G" xlink:to="H"/>
        </link:definitionLink>
      </link:linkbase>
      """;

  private List<Problem> validate(Validator.Calc calc, String facts) throws IOException {
    Files.writeString(dir.resolve("t.xsd"), SCHEMA);
    Files.writeString(dir.resolve("t-calc.xml"), CALC);
    Files.writeString(dir.resolve("t-def.xml"), DEF);
    Path file = dir.resolve("i.xml");
    Files.writeString(file, """
        <?xml version="1.0"?>
        <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
            xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <link:schemaRef xlink:type="simple" xlink:href="t.xsd"/>
          <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://example.com">e</xbrli:identifier></xbrli:entity>
            <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
          <xbrli:unit id="u"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
          <xbrli:unit id="e"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
        """ + facts + "</xbrli:xbrl>\n");
    return Validator.create(OfflineResolver.bundled(), calc).validate(file).problems();
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::code).toList();
  }

  private static String fact(String concept, String attributes, String value) {
    return "<t:" + concept + " contextRef='c' unitRef='u' " + attributes + ">" + value + "</t:" + concept + ">\n";
  }

  @Test
  void c10FindsATotalThatIsNotTheSumOfItsItems() throws IOException {
    List<Problem> problems = validate(Validator.Calc.C10,
        fact("A", "decimals='0'", "3201") + fact("B", "decimals='0'", "3000") + fact("C", "decimals='0'", "200"));

    assertThat(codes(problems)).containsExactly(Rules.CALC);
    assertThat(problems.stream().filter(p -> p.code().equals(Rules.CALC)).findFirst().orElseThrow().message())
        .contains("c10").contains("3201").contains("sum to 3200");
  }

  @Test
  void c10RoundsEachItemToItsDecimalsThenTheSumToTheTotals() throws IOException {
    // 1.234 and -1.223 round to 1.23 and -1.22; their sum 0.01 is 0.0 at one decimal
    assertThat(codes(validate(Validator.Calc.C10,
        fact("A", "decimals='1'", "0") + fact("B", "decimals='2'", "1.234") + fact("C", "decimals='2'", "-1.223")))).isEmpty();
    // 0.5 and 0.5 at decimals 0 round (half to even) to 0 and 0, not 1: a total of 1 disagrees
    assertThat(codes(validate(Validator.Calc.C10,
        fact("A", "precision='INF'", "1") + fact("B", "decimals='0'", "0.5") + fact("C", "decimals='0'", "0.5"))))
        .containsExactly(Rules.CALC);
  }

  @Test
  void c10InfersDecimalsFromPrecision() throws IOException {
    // 100.00 with precision 5 is correct to 2 decimals; 99.996 with precision 5 rounds to 100.00
    assertThat(codes(validate(Validator.Calc.C10,
        fact("A", "precision='5'", "100.00") + fact("B", "precision='5'", "99.996") + fact("C", "precision='INF'", "0")))).isEmpty();
  }

  @Test
  void c10CannotHoldWithAPrecisionZeroFact() throws IOException {
    assertThat(codes(validate(Validator.Calc.C10,
        fact("A", "precision='0'", "1") + fact("B", "precision='INF'", "0.5") + fact("C", "precision='INF'", "0.5"))))
        .containsExactly(Rules.CALC);
  }

  @Test
  void c11rCannotCheckAPrecisionZeroFactEither() throws IOException {
    assertThat(codes(validate(Validator.Calc.C11R,
        fact("A", "precision='0'", "0.8") + fact("B", "precision='INF'", "0.5") + fact("C", "precision='INF'", "0.5"))))
        .containsExactly(Rules.CALC);
  }

  @Test
  void c10DoesNotBindWhenAnItemIsDuplicatedEvenByANilFact() throws IOException {
    assertThat(codes(validate(Validator.Calc.C10, fact("A", "decimals='0'", "9") + fact("B", "decimals='0'", "1")
        + "<t:B contextRef='c' unitRef='u' xsi:nil='true'/>\n" + fact("C", "decimals='0'", "1")))).doesNotContain(Rules.CALC);
  }

  @Test
  void c10IgnoresNilItemsButChecksTheOthers() throws IOException {
    assertThat(codes(validate(Validator.Calc.C10, fact("A", "decimals='0'", "2") + fact("B", "decimals='0'", "1")
        + "<t:C contextRef='c' unitRef='u' xsi:nil='true'/>\n"))).containsExactly(Rules.CALC);
  }

  @Test
  void anEmptyItemTakesItsSchemaDefaultInBothModes() throws IOException {
    // C is empty: its schema default 7 makes 10 = 3 + 7
    String facts = fact("A", "decimals='0'", "10") + fact("B", "decimals='0'", "3") + fact("C", "decimals='0'", "");
    assertThat(codes(validate(Validator.Calc.C10, facts))).isEmpty();
    assertThat(codes(validate(Validator.Calc.C11R, facts))).isEmpty();
    String wrong = fact("A", "decimals='0'", "12") + fact("B", "decimals='0'", "3") + fact("C", "decimals='0'", "");
    assertThat(codes(validate(Validator.Calc.C10, wrong))).containsExactly(Rules.CALC);
    assertThat(codes(validate(Validator.Calc.C11R, wrong))).containsExactly(Rules.CALC);
  }

  @Test
  void aBillionDecimalsStillTakesPartInTheCalculation() throws IOException {
    // decimals of ten digits were taken as no integer, which left the facts out: 999,999 = 100 + 50 passed
    String facts = fact("A", "decimals='1000000000'", "999999") + fact("B", "decimals='1000000000'", "100")
        + fact("C", "decimals='1000000000'", "50");
    assertThat(codes(validate(Validator.Calc.C11R, facts))).containsExactly(Rules.CALC);
    assertThat(codes(validate(Validator.Calc.C10, facts))).containsExactly(Rules.CALC);
    String huge = fact("A", "precision='99999999999999999999'", "150") + fact("B", "decimals='-99999999999999999999'", "100")
        + fact("C", "decimals='INF'", "50");
    // B at minus 10^20 decimals claims none of its digits: c10 rounds it to 0, c11r stops at its excess digits
    assertThat(codes(validate(Validator.Calc.C10, huge))).containsExactly(Rules.CALC);
    assertThat(codes(validate(Validator.Calc.C11R, huge))).containsExactly(Rules.CALC_EXCESS_DIGITS);
  }

  @Test
  void c10CountsItemsInsideTuplesForATopLevelTotal() throws IOException {
    // 5 = 1 + (1 + (1 + (1 + 1))): items at every depth descend from the total's parent
    String nested = fact("A", "decimals='0'", "5") + fact("B", "decimals='0'", "1")
        + "<t:T>" + fact("C", "decimals='0'", "1") + "<t:T>" + fact("B", "decimals='0'", "1")
        + "<t:T>" + fact("C", "decimals='0'", "1") + fact("B", "decimals='0'", "1") + "</t:T></t:T></t:T>\n";
    assertThat(codes(validate(Validator.Calc.C10, nested))).isEmpty();
    assertThat(codes(validate(Validator.Calc.C10, nested.replace(">5<", ">4<")))).containsExactly(Rules.CALC);
  }

  @Test
  void c10ChecksATotalInsideATupleAgainstItsSiblingsOnly() throws IOException {
    // the first tuple's total sees its own items, not the second tuple's: 2 = 1 + 1 holds, 3 = 1 + 1 does not
    String tuples = "<t:T>" + fact("A", "decimals='0'", "2") + fact("B", "decimals='0'", "1") + fact("C", "decimals='0'", "1")
        + "</t:T>\n<t:T>" + fact("A", "decimals='0'", "3") + fact("B", "decimals='0'", "1") + fact("C", "decimals='0'", "1")
        + "</t:T>\n";
    List<Problem> problems = validate(Validator.Calc.C10, tuples);
    assertThat(codes(problems)).containsExactly(Rules.CALC);
    assertThat(problems.stream().filter(p -> p.code().equals(Rules.CALC)).findFirst().orElseThrow().message())
        .contains("A is reported as 3");
    // B twice in two tuples is no duplicate: both count for a top-level A, 3 != 1 + 1 + 2
    assertThat(codes(validate(Validator.Calc.C10, fact("A", "decimals='0'", "3") + "<t:T>" + fact("B", "decimals='0'", "1")
        + "</t:T><t:T>" + fact("B", "decimals='0'", "1") + "</t:T>" + fact("C", "decimals='0'", "2")))).containsExactly(Rules.CALC);
    // B twice in one tuple is a duplicate: the top-level summation does not bind
    assertThat(codes(validate(Validator.Calc.C10, fact("A", "decimals='0'", "3") + "<t:T>" + fact("B", "decimals='0'", "1")
        + fact("B", "decimals='0'", "1") + "</t:T>" + fact("C", "decimals='0'", "2")))).doesNotContain(Rules.CALC);
  }

  @Test
  void c11rStopsAtAValueWithMoreDigitsThanItsDecimals() throws IOException {
    // 0.5 at decimals 0 has a digit its decimals disclaim (Calculations 1.1, calc11e:excessDigits)
    List<Problem> problems = validate(Validator.Calc.C11R,
        fact("A", "decimals='0'", "1") + fact("B", "decimals='0'", "0.5") + fact("C", "decimals='0'", "0.5"));
    assertThat(codes(problems)).containsExactly(Rules.CALC_EXCESS_DIGITS);
    assertThat(problems.stream().filter(p -> p.code().equals(Rules.CALC_EXCESS_DIGITS)).findFirst().orElseThrow().message())
        .contains("B is written 0.5").contains("its decimals 0 allows");
    // 1527 with precision 3 is correct to tens only
    assertThat(codes(validate(Validator.Calc.C11R,
        fact("A", "precision='3'", "1527") + fact("B", "decimals='0'", "1000") + fact("C", "decimals='0'", "527"))))
        .containsExactly(Rules.CALC_EXCESS_DIGITS);
    assertThat(codes(validate(Validator.Calc.C11R,
        fact("A", "precision='3'", "1530") + fact("B", "decimals='0'", "1000") + fact("C", "decimals='0'", "527")))).isEmpty();
  }

  @Test
  void essenceAndAliasAreComparedOnlyUnderOneParent() throws IOException {
    String tuples = "<t:T>" + fact("E", "decimals='0'", "1") + fact("F", "decimals='0'", "1") + "</t:T>\n"
        + "<t:T>" + fact("E", "decimals='0'", "2") + fact("F", "decimals='0'", "2") + "</t:T>\n";
    assertThat(codes(validate(Validator.Calc.C10, tuples))).isEmpty();
    assertThat(codes(validate(Validator.Calc.C10, tuples.replaceFirst(">2<", ">3<")))).containsExactly(Rules.ESSENCE_ALIAS_VALUES);
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandTuplesInOneBindingCostEachTotalItsOwnTuple() {
    // every tuple holds A = B + C in one context and unit: each total looks at its own tuple's
    // facts (a binary search), not at the 200,000 items of the binding
    String ns = "http://example.com/t";
    javax.xml.namespace.QName a = new javax.xml.namespace.QName(ns, "A");
    javax.xml.namespace.QName b = new javax.xml.namespace.QName(ns, "B");
    javax.xml.namespace.QName c = new javax.xml.namespace.QName(ns, "C");
    InstanceScan scan = new InstanceScan("i.xml", new java.util.ArrayList<>(), null, true);
    scan.contexts.put("c", new Facts.Ctx("c", 2, 1, Facts.PeriodKind.INSTANT, 0));
    Facts.Un usd = new Facts.Un("u", "i.xml", List.of(new javax.xml.namespace.QName("http://www.xbrl.org/2003/iso4217", "USD")), List.of());
    scan.units.put("u", usd);
    int n = 100_000;
    for (int k = 0; k < n; k++) {
      int tuple = 1 + 4 * k;
      javax.xml.namespace.QName[] concepts = {a, b, c};
      long[] values = {k == n - 1 ? 9 : 3, 1, 2};
      for (int i = 0; i < 3; i++) {
        Facts.CalcFact f = new Facts.CalcFact(concepts[i], "c", "u", java.math.BigDecimal.valueOf(values[i]),
            org.finfile.model.Accuracy.Decimals.of(0), k + 3, 1, null);
        f.depth = 3;
        f.start = tuple + 1 + i;
        f.parentStart = tuple;
        f.parentEnd = tuple + 4;
        scan.calcFacts.add(f);
      }
    }
    List<Problem> problems = new java.util.ArrayList<>();
    org.finfile.taxonomy.Calculations calculations = new org.finfile.taxonomy.Calculations(List.of(
        new org.finfile.taxonomy.Calculations.Summation("http://example.com/role/R", a,
            List.of(new org.finfile.taxonomy.Calculations.Item(b, java.math.BigDecimal.ONE),
                new org.finfile.taxonomy.Calculations.Item(c, java.math.BigDecimal.ONE)))));

    Calculation21.check(calculations, scan, "i.xml", problems);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("A is reported as 9"));
  }

  @Test
  void calcNoneChecksNoCalculation() throws IOException {
    assertThat(codes(validate(Validator.Calc.NONE,
        fact("A", "decimals='0'", "3201") + fact("B", "decimals='0'", "3000") + fact("C", "decimals='0'", "200")))).isEmpty();
  }

  @Test
  void essenceAndAliasMustAgreeAtTheirAccuracyInEveryMode() throws IOException {
    for (Validator.Calc calc : Validator.Calc.values()) {
      assertThat(codes(validate(calc, fact("E", "precision='4'", "100.0") + fact("F", "precision='3'", "100")))).isEmpty();
      assertThat(codes(validate(calc, fact("E", "precision='3'", "200") + fact("F", "precision='3'", "100"))))
          .containsExactly(Rules.ESSENCE_ALIAS_VALUES);
    }
  }

  @Test
  void essenceAndAliasMustBeInUEqualUnits() throws IOException {
    assertThat(codes(validate(Validator.Calc.C11R, fact("E", "decimals='0'", "100")
        + "<t:F contextRef='c' unitRef='e' decimals='0'>100</t:F>\n"))).containsExactly(Rules.ESSENCE_ALIAS_VALUES);
  }

  @Test
  void nonNumericEssenceAndAliasMustHaveTheSameText() throws IOException {
    assertThat(codes(validate(Validator.Calc.C11R,
        "<t:G contextRef='c'>100.0</t:G>\n<t:H contextRef='c'>100</t:H>\n"))).containsExactly(Rules.ESSENCE_ALIAS_VALUES);
    assertThat(codes(validate(Validator.Calc.C11R, "<t:G contextRef='c'>same</t:G>\n<t:H contextRef='c'>same</t:H>\n"))).isEmpty();
  }
}
