package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XBRL 2.1 instance rules: contexts compared by typed value (§4.10), inconsistent
 * duplicates as a warning, footnote links (§4.11), tuple attributes, segment content and
 * requires-element. Each test writes a tiny taxonomy and instance of its own.
 */
class InstanceRulesTest {
  static final Validator VALIDATOR = Validator.create(OfflineResolver.bundled(), Validator.Calc.NONE);

  @TempDir
  Path dir;

  /** A taxonomy: items A, B and Flag, tuple T, and segment elements of several types. */
  static final String TAXONOMY = """
      <xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'
          xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'
          xmlns:t='http://example.com/t' targetNamespace='http://example.com/t' elementFormDefault='qualified'>
        <xs:annotation><xs:appinfo>
          <link:linkbaseRef xlink:type='simple' xlink:href='t-definition.xml'
              xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>
          <link:arcroleType id='note-note' arcroleURI='http://example.com/arcrole/note-note' cyclesAllowed='none'>
            <link:usedOn>link:footnoteArc</link:usedOn>
          </link:arcroleType>
        </xs:appinfo></xs:annotation>
        <xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>
        <xs:element name='A' id='t_A' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item' xbrli:periodType='instant' nillable='true'/>
        <xs:element name='B' id='t_B' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item' xbrli:periodType='instant' nillable='true'/>
        <xs:element name='Flag' id='t_Flag' type='xbrli:stringItemType' substitutionGroup='xbrli:item' xbrli:periodType='instant'/>
        <xs:element name='T' id='t_T' substitutionGroup='xbrli:tuple'>
          <xs:complexType><xs:sequence><xs:element ref='t:Flag'/></xs:sequence>
            <xs:anyAttribute namespace='##other' processContents='lax'/></xs:complexType>
        </xs:element>
        <xs:element name='dec' type='xs:decimal'/>
        <xs:element name='dbl' type='xs:double'/>
        <xs:element name='code' type='xs:string'/>
        <xs:element name='at' type='xs:dateTime'/>
        <xs:element name='name' type='xs:token'/>
        <xs:element name='member'>
          <xs:complexType><xs:simpleContent><xs:extension base='xs:string'>
            <xs:attribute name='weight' type='xs:double'/>
          </xs:extension></xs:simpleContent></xs:complexType>
        </xs:element>
      </xs:schema>
      """;

  /** Flag requires B. */
  static final String DEFINITION = """
      <link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'>
        <link:definitionLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>
          <link:loc xlink:type='locator' xlink:href='t.xsd#t_Flag' xlink:label='flag'/>
          <link:loc xlink:type='locator' xlink:href='t.xsd#t_B' xlink:label='b'/>
          <link:definitionArc xlink:type='arc' xlink:arcrole='http://www.xbrl.org/2003/arcrole/requires-element'
              xlink:from='flag' xlink:to='b'/>
        </link:definitionLink>
      </link:linkbase>
      """;

  @BeforeEach
  void taxonomy() throws Exception {
    Files.writeString(dir.resolve("t.xsd"), TAXONOMY);
    Files.writeString(dir.resolve("t-definition.xml"), DEFINITION);
  }

  static String context(String id, String segment) {
    return "<xbrli:context id='" + id + "'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier>"
        + (segment.isEmpty() ? "" : "<xbrli:segment>" + segment + "</xbrli:segment>")
        + "</xbrli:entity><xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n";
  }

  static final String UNIT = "<xbrli:unit id='u'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n";

  Report validate(String body) throws Exception {
    Path file = dir.resolve("instance.xml");
    Files.writeString(file, "<?xml version='1.0' encoding='UTF-8'?>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
        + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
        + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:t='http://example.com/t' xmlns:u='http://example.com/t'"
        + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\n"
        + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n" + body + "</xbrli:xbrl>\n");
    return VALIDATOR.validate(file);
  }

  /** Two A facts, 1 in context c1 and 2 in c2: a duplicate exactly when c1 and c2 are s-equal. */
  Report twoContexts(String segment1, String segment2) throws Exception {
    return validate(context("c1", segment1) + context("c2", segment2) + UNIT
        + "<t:A contextRef='c1' unitRef='u' decimals='0'>1</t:A>\n<t:A contextRef='c2' unitRef='u' decimals='0'>2</t:A>\n");
  }

  static boolean duplicate(Report report) {
    return report.problems().stream().anyMatch(p -> p.code().equals(Rules.DUPLICATE_INCONSISTENT));
  }

  @Test
  void decimalsInASegmentCompareByValue() throws Exception {
    assertThat(duplicate(twoContexts("<t:dec>00123</t:dec>", "<t:dec>+123.000</t:dec>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:dec>123</t:dec>", "<t:dec>123.001</t:dec>"))).isFalse();
  }

  @Test
  void doublesCompareByValueAndZeroHasNoSign() throws Exception {
    assertThat(duplicate(twoContexts("<t:dbl>0.321E1</t:dbl>", "<t:dbl>321E-2</t:dbl>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:dbl>0</t:dbl>", "<t:dbl>-0E0</t:dbl>"))).isTrue();
  }

  @Test
  void attributesCompareByTheirTypedValue() throws Exception {
    assertThat(duplicate(twoContexts("<t:member weight='0.5'>m</t:member>", "<t:member weight='5E-1'>m</t:member>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:member weight='0.5'>m</t:member>", "<t:member weight='0.6'>m</t:member>"))).isFalse();
  }

  @Test
  void datesAndTokensCompareByValue() throws Exception {
    assertThat(duplicate(twoContexts("<t:at>2007-12-31T10:00:00+01:00</t:at>", "<t:at>2007-12-31T09:00:00.000Z</t:at>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:at>2007-12-31T24:00:00</t:at>", "<t:at>2008-01-01T00:00:00</t:at>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:at>2007-12-31T09:00:00</t:at>", "<t:at>2007-12-31T09:00:00Z</t:at>"))).isFalse();
    assertThat(duplicate(twoContexts("<t:name>North  America</t:name>", "<t:name> North America </t:name>"))).isTrue();
  }

  @Test
  void aContextHoldingNaNIsSEqualToNoOtherEvenACopy() throws Exception {
    assertThat(duplicate(twoContexts("<t:dbl>NaN</t:dbl>", "<t:dbl>NaN</t:dbl>"))).isFalse();
    assertThat(duplicate(twoContexts("<t:member weight='NaN'>m</t:member>", "<t:member weight='NaN'>m</t:member>"))).isFalse();
  }

  @Test
  void namesCompareByNamespaceNotPrefixAndOrderCounts() throws Exception {
    assertThat(duplicate(twoContexts("<t:code>x</t:code>", "<u:code>x</u:code>"))).isTrue();
    assertThat(duplicate(twoContexts("<t:code>x</t:code><t:dec>1</t:dec>", "<t:dec>1</t:dec><t:code>x</t:code>"))).isFalse();
    assertThat(duplicate(twoContexts("<t:code>x</t:code>", "<t:code>X</t:code>"))).isFalse();
  }

  @Test
  void inconsistentDuplicatesAreAWarningNotAnError() throws Exception {
    Report report = twoContexts("", "");
    assertThat(report.problems()).filteredOn(p -> p.code().equals(Rules.DUPLICATE_INCONSISTENT))
        .singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    assertThat(report.errors()).isZero();
  }

  static final String FACTS = context("c", "") + UNIT + "<t:A id='f1' contextRef='c' unitRef='u' decimals='0'>1</t:A>\n"
      + "<t:B id='f2' contextRef='c' unitRef='u' decimals='0'>2</t:B>\n";

  static String footnoteLink(String children) {
    return "<link:footnoteLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>"
        + "<link:loc xlink:type='locator' xlink:href='#f1' xlink:label='fact1'/>"
        + "<link:loc xlink:type='locator' xlink:href='#f2' xlink:label='fact2'/>"
        + "<link:footnote xlink:type='resource' xlink:label='note' xlink:role='http://www.xbrl.org/2003/role/footnote'"
        + " xml:lang='en'>A note</link:footnote>" + children + "</link:footnoteLink>\n";
  }

  static String arc(String arcrole, String from, String to) {
    return "<link:footnoteArc xlink:type='arc' xlink:arcrole='" + arcrole + "' xlink:from='" + from + "' xlink:to='" + to + "'/>";
  }

  static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";

  @Test
  void aFactFootnoteArcFromAFactLocatorToAFootnoteIsValid() throws Exception {
    assertThat(validate(FACTS + footnoteLink(arc(FACT_FOOTNOTE, "fact1", "note") + arc(FACT_FOOTNOTE, "fact2", "note")))
        .problems()).isEmpty();
  }

  @Test
  void aFootnoteArcMustJoinLabelsOfItsOwnLink() throws Exception {
    Report report = validate(FACTS + footnoteLink(arc(FACT_FOOTNOTE, "fact1", "note"))
        + "<link:footnoteLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>"
        + "<link:footnote xlink:type='resource' xlink:label='other' xml:lang='en'>B</link:footnote>"
        + arc(FACT_FOOTNOTE, "fact1", "other") + "</link:footnoteLink>\n");
    assertThat(report.problems()).filteredOn(p -> p.code().equals(Rules.FOOTNOTE_ARC)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'fact1'").contains("label of no locator"))
        .satisfies(p -> assertThat(p.location()).matches(".*instance\\.xml:\\d+:\\d+"));
  }

  @Test
  void aFactFootnoteArcGoesFromAFactToAFootnote() throws Exception {
    assertThat(validate(FACTS + footnoteLink(arc(FACT_FOOTNOTE, "note", "fact1"))).problems())
        .extracting(Problem::code).contains(Rules.FOOTNOTE_ARC);
    assertThat(validate(FACTS + footnoteLink(arc(FACT_FOOTNOTE, "fact1", "fact2"))).problems())
        .extracting(Problem::code).containsExactly(Rules.FOOTNOTE_ARC);
  }

  @Test
  void anArcBeforeItsLabelsIsCheckedWhenTheLinkEnds() throws Exception {
    String early = "<link:footnoteLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>"
        + arc(FACT_FOOTNOTE, "fact1", "note") + arc(FACT_FOOTNOTE, "fact1", "nowhere")
        + "<link:loc xlink:type='locator' xlink:href='#f1' xlink:label='fact1'/>"
        + "<link:footnote xlink:type='resource' xlink:label='note' xml:lang='en'>A note</link:footnote></link:footnoteLink>\n";
    assertThat(validate(FACTS + early).problems()).filteredOn(p -> p.code().equals(Rules.FOOTNOTE_ARC)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'nowhere'"));
  }

  @Test
  void aCustomArcroleDeclaredByAnArcroleRefMayJoinFootnotes() throws Exception {
    String custom = "http://example.com/arcrole/note-note";
    String link = footnoteLink(arc(FACT_FOOTNOTE, "fact1", "note")
        + "<link:footnote xlink:type='resource' xlink:label='more' xml:lang='en'>More</link:footnote>" + arc(custom, "note", "more"));
    String arcroleRef = "<link:arcroleRef arcroleURI='" + custom + "' xlink:type='simple' xlink:href='t.xsd#note-note'/>\n";
    assertThat(validate(arcroleRef + FACTS + link).problems()).isEmpty();
    assertThat(validate(FACTS + link).problems()).filteredOn(p -> p.code().equals(Rules.FOOTNOTE_ROLE)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("custom arcrole 'http://example.com/arcrole/note-note'"));
  }

  @Test
  void aCustomLinkRoleNeedsARoleRef() throws Exception {
    Report report = validate(FACTS + footnoteLink(arc(FACT_FOOTNOTE, "fact1", "note"))
        .replace("http://www.xbrl.org/2003/role/link", "http://example.com/role/notes"));
    assertThat(report.problems()).extracting(Problem::code).containsExactly(Rules.FOOTNOTE_ROLE);
  }

  @Test
  void aFootnoteSaysItsLanguage() throws Exception {
    String link = footnoteLink(arc(FACT_FOOTNOTE, "fact1", "note")).replace(" xml:lang='en'", "");
    assertThat(validate(FACTS + link).problems()).extracting(Problem::code).containsExactly(Rules.FOOTNOTE_LANG);
    String inherited = link.replace("<link:footnoteLink ", "<link:footnoteLink xml:lang='en' ");
    assertThat(validate(FACTS + inherited).problems()).isEmpty();
  }

  @Test
  void aTupleCarriesNoAttributeOfAnXbrlNamespace() throws Exception {
    String tuple = context("c", "") + "<t:T xbrli:periodType='instant'><t:Flag contextRef='c'>x</t:Flag></t:T>\n"
        + "<t:B contextRef='c' unitRef='u' decimals='0'>2</t:B>\n" + UNIT;
    assertThat(validate(tuple).problems()).extracting(Problem::code).containsExactly(Rules.TUPLE_ATTRIBUTE);
    assertThat(validate(tuple.replace("xbrli:periodType='instant'", "xml:lang='en'")).problems()).isEmpty();
  }

  @Test
  void aSegmentHoldsNoItemOrTuple() throws Exception {
    Report report = validate(context("c", "<t:Flag>x</t:Flag>") + UNIT + "<t:A contextRef='c' unitRef='u' decimals='0'>1</t:A>\n");
    assertThat(report.problems()).filteredOn(p -> p.code().equals(Rules.CONTEXT_CONTENT)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Flag is an item or tuple"));
  }

  @Test
  void aRequiredElementIsReportedWithTheOneThatRequiresIt() throws Exception {
    String flag = context("c", "") + "<t:Flag contextRef='c'>x</t:Flag>\n";
    assertThat(validate(flag).problems()).extracting(Problem::code).containsExactly(Rules.REQUIRES_ELEMENT);
    assertThat(validate(flag + UNIT + "<t:B contextRef='c' unitRef='u' xsi:nil='true'/>\n").problems()).isEmpty();
    assertThat(validate(context("c", "") + UNIT + "<t:B contextRef='c' unitRef='u' decimals='0'>1</t:B>\n").problems()).isEmpty();
  }
}
