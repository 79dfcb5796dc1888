package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.finfile.TestFiles;
import org.finfile.validate.Problem;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The standard XBRL International schemas real filings import or refer to (Data Type Registry
 * types, Link Role Registry roles, reference parts) are bundled, mapped at their official URLs
 * over http and https, valid, and give the types and roles their registries say.
 */
class StandardSchemasTest {
  private static final Path SCHEMAS = TestFiles.base().resolve("schemas");
  private static final String DTR_2020 = "http://www.xbrl.org/dtr/type/2020-01-21";
  private static final String DTR_2022 = "http://www.xbrl.org/dtr/type/2022-03-31";
  private static final String DTR_2024 = "http://www.xbrl.org/dtr/type/2024-01-31";
  private static final String ENUM2 = "http://xbrl.org/2020/extensible-enumerations-2.0";
  private static final String NUM = "http://www.xbrl.org/dtr/type/numeric";
  private static final String NONNUM = "http://www.xbrl.org/dtr/type/non-numeric";
  private static final String XBRLI = "http://www.xbrl.org/2003/instance";

  @TempDir
  Path dir;

  /** Each systemId of the bundled catalog, with the file it is mapped to. */
  static Map<String, String> catalogEntries() throws Exception {
    Map<String, String> entries = new TreeMap<>();
    try (InputStream in = Files.newInputStream(SCHEMAS.resolve("catalog.xml"))) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, "catalog.xml");
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("system")) {
          entries.put(xml.getAttributeValue(null, "systemId"), xml.getAttributeValue(null, "uri"));
        }
      }
    }
    return entries;
  }

  static Stream<String> standardSchemas() throws Exception {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("dtr", "lrr", "ref", "generic", "enum")) {
      try (Stream<Path> walk = Files.walk(SCHEMAS.resolve(folder))) {
        walk.filter(p -> p.toString().endsWith(".xsd")).forEach(p -> files.add(SCHEMAS.relativize(p).toString().replace('\\', '/')));
      }
    }
    assertThat(files).hasSize(18);
    return files.stream().sorted();
  }

  @Test
  void everyCatalogEntryResolvesToItsBundledFile() throws Exception {
    Map<String, String> entries = catalogEntries();
    assertThat(entries).hasSizeGreaterThan(30);
    OfflineResolver resolver = OfflineResolver.bundled();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      URL local = resolver.resolve(e.getKey(), null);
      assertThat(local.toString()).as(e.getKey()).endsWith("/" + e.getValue());
      try (InputStream in = local.openStream()) {
        assertThat(in.read()).as(e.getKey()).isEqualTo('<');
      }
    }
  }

  @ParameterizedTest
  @MethodSource("standardSchemas")
  void everyStandardSchemaIsMappedAtHttpAndHttps(String file) throws Exception {
    List<String> urls = catalogEntries().entrySet().stream().filter(e -> e.getValue().equals(file)).map(Map.Entry::getKey).toList();
    assertThat(urls).as(file).hasSize(2);
    assertThat(urls).anyMatch(u -> u.startsWith("http://www.xbrl.org/")).anyMatch(u -> u.startsWith("https://www.xbrl.org/"));
    assertThat(urls.get(0).replaceFirst("^https?://", "")).isEqualTo(urls.get(1).replaceFirst("^https?://", ""));
  }

  @ParameterizedTest
  @MethodSource("standardSchemas")
  void everyStandardSchemaCompilesWithXerces(String file) throws Exception {
    OfflineResolver resolver = OfflineResolver.bundled();
    List<String> errors = new ArrayList<>();
    javax.xml.validation.SchemaFactory factory = XmlSecurity.schemaFactory(resolver);
    factory.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) { }
      @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
      @Override public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
    });
    factory.newSchema(SCHEMAS.resolve(file).toFile());
    assertThat(errors).as(file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("standardSchemas")
  void everyStandardSchemaIsAValidTaxonomy(String file) {
    Report report = Validator.create(OfflineResolver.bundled()).validateTaxonomy(SCHEMAS.resolve(file));
    assertThat(report.problems()).as(file).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  /** A taxonomy with one concept of each named type, its item type and whether finfile reads its facts as numbers. */
  @ParameterizedTest
  @CsvSource({
      DTR_2022 + ", percentItemType, pureItemType, true",
      DTR_2022 + ", perShareItemType, decimalItemType, true",
      DTR_2022 + ", areaItemType, decimalItemType, true",
      DTR_2022 + ", volumeItemType, decimalItemType, true",
      DTR_2022 + ", energyItemType, decimalItemType, true",
      DTR_2022 + ", noDecimalsMonetaryItemType, monetaryItemType, true",
      DTR_2022 + ", nonNegativeMonetaryItemType, monetaryItemType, true",
      DTR_2022 + ", domainItemType, stringItemType, false",
      DTR_2022 + ", textBlockItemType, stringItemType, false",
      DTR_2022 + ", xmlItemType, stringItemType, false",
      DTR_2022 + ", SQNameItemType, tokenItemType, false",
      DTR_2022 + ", noLangTokenItemType, tokenItemType, false",
      DTR_2020 + ", percentItemType, pureItemType, true",
      DTR_2020 + ", noLangTokenItemType, tokenItemType, false",
      DTR_2020 + ", monetaryPerAreaItemType, decimalItemType, true",
      DTR_2022 + ", guidanceItemType, stringItemType, false",
      DTR_2022 + ", dateTimeItemType, dateTimeItemType, false",
      DTR_2024 + ", ghgEmissionsItemType, decimalItemType, true",
      DTR_2024 + ", monetaryPerEnergyItemType, decimalItemType, true",
      DTR_2024 + ", perShareItemType, decimalItemType, true",
      DTR_2024 + ", domainItemType, stringItemType, false",
      ENUM2 + ", enumerationItemType, tokenItemType, false",
      ENUM2 + ", enumerationSetItemType, tokenItemType, false",
      DTR_2020 + ", massItemType, decimalItemType, true",
      DTR_2020 + ", nonNegativeNoDecimalsMonetaryItemType, monetaryItemType, true",
      DTR_2020 + ", textBlockItemType, stringItemType, false",
      DTR_2020 + ", escapedItemType, stringItemType, false",
      NUM + ", perShareItemType, decimalItemType, true",
      NUM + ", percentItemType, pureItemType, true",
      NUM + ", memoryItemType, decimalItemType, true",
      NONNUM + ", textBlockItemType, stringItemType, false",
      NONNUM + ", domainItemType, stringItemType, false"})
  void dtrTypesAreNumericOrNotAsTheRegistrySays(String namespace, String type, String itemType, boolean numeric) throws Exception {
    Taxonomy t = Taxonomy.load(entryPoint(namespace, type).toUri().toString(), null, OfflineResolver.bundled());
    Concept c = t.concept(new QName("http://example.com/t", "Fact")).orElseThrow(() -> new AssertionError(t.problems()));
    assertThat(c.type()).isEqualTo(new QName(namespace, type));
    assertThat(c.itemType()).isEqualTo(new QName(XBRLI, itemType));
    assertThat(c.isNumeric()).isEqualTo(numeric);
    assertThat(t.problems()).isEmpty();
  }

  private static final Map<String, String> LOCATIONS = Map.of(
      DTR_2020, "https://www.xbrl.org/dtr/type/2020-01-21/types.xsd",
      DTR_2022, "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd",
      DTR_2024, "https://www.xbrl.org/dtr/type/2024-01-31/types.xsd",
      ENUM2, "https://www.xbrl.org/2020/extensible-enumerations-2.0.xsd",
      NUM, "http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd",
      NONNUM, "http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd");

  private Path entryPoint(String namespace, String type) throws Exception {
    Path xsd = dir.resolve("t.xsd");
    Files.writeString(xsd, """
        <xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'
            xmlns:d='%s' targetNamespace='http://example.com/t' elementFormDefault='qualified'>
          <xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>
          <xs:import namespace='%s' schemaLocation='%s'/>
          <xs:element name='Fact' id='t_Fact' type='d:%s' substitutionGroup='xbrli:item' xbrli:periodType='instant'/>
        </xs:schema>
        """.formatted(namespace, namespace, LOCATIONS.get(namespace), type));
    return xsd;
  }

  /**
   * An instance whose taxonomy uses DTR types and LRR label roles, as SEC filings do: it is
   * valid offline, a percentage and a per-share amount are numbers, a text block is text.
   */
  @Test
  void aFilingUsingDtrTypesAndLrrRolesIsValidOffline() throws Exception {
    Files.writeString(dir.resolve("t.xsd"), """
        <xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'
            xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'
            xmlns:dtr-types='http://www.xbrl.org/dtr/type/2022-03-31' xmlns:num='http://www.xbrl.org/dtr/type/numeric'
            xmlns:enum2='http://xbrl.org/2020/extensible-enumerations-2.0' targetNamespace='http://example.com/t' elementFormDefault='qualified'>
          <xs:annotation><xs:appinfo>
            <link:linkbaseRef xlink:type='simple' xlink:href='t-lab.xml' xlink:role='http://www.xbrl.org/2003/role/labelLinkbaseRef'
                xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>
            <link:linkbaseRef xlink:type='simple' xlink:href='t-lab2.xml' xlink:role='http://www.xbrl.org/2003/role/labelLinkbaseRef'
                xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>
          </xs:appinfo></xs:annotation>
          <xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>
          <xs:import namespace='http://www.xbrl.org/dtr/type/2022-03-31' schemaLocation='https://www.xbrl.org/dtr/type/2022-03-31/types.xsd'/>
          <xs:import namespace='http://www.xbrl.org/dtr/type/numeric' schemaLocation='http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd'/>
          <xs:import namespace='http://xbrl.org/2020/extensible-enumerations-2.0' schemaLocation='https://www.xbrl.org/2020/extensible-enumerations-2.0.xsd'/>
          <xs:element name='Method' id='t_Method' type='enum2:enumerationItemType' substitutionGroup='xbrli:item' xbrli:periodType='duration'/>
          <xs:element name='Margin' id='t_Margin' type='dtr-types:percentItemType' substitutionGroup='xbrli:item' xbrli:periodType='duration'/>
          <xs:element name='Eps' id='t_Eps' type='num:perShareItemType' substitutionGroup='xbrli:item' xbrli:periodType='duration'/>
          <xs:element name='Costs' id='t_Costs' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item'
              xbrli:periodType='duration' xbrli:balance='debit'/>
          <xs:element name='Policy' id='t_Policy' type='dtr-types:textBlockItemType' substitutionGroup='xbrli:item' xbrli:periodType='duration'/>
          <xs:element name='Whole' id='t_Whole' type='dtr-types:noDecimalsMonetaryItemType' substitutionGroup='xbrli:item' xbrli:periodType='duration'/>
        </xs:schema>
        """);
    Files.writeString(dir.resolve("t-lab.xml"), """
        <link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'>
          <link:roleRef roleURI='http://www.xbrl.org/2009/role/negatedLabel' xlink:type='simple'
              xlink:href='http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#negatedLabel'/>
          <link:roleRef roleURI='http://www.xbrl.org/2009/role/netLabel' xlink:type='simple'
              xlink:href='https://www.xbrl.org/lrr/role/net-2009-12-16.xsd#netLabel'/>
          <link:labelLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>
            <link:loc xlink:type='locator' xlink:href='t.xsd#t_Costs' xlink:label='costs'/>
            <link:label xlink:type='resource' xlink:label='costs_lbl' xlink:role='http://www.xbrl.org/2009/role/negatedLabel' xml:lang='en'>Less: costs</link:label>
            <link:label xlink:type='resource' xlink:label='costs_lbl' xlink:role='http://www.xbrl.org/2009/role/netLabel' xml:lang='en'>Costs, net</link:label>
            <link:labelArc xlink:type='arc' xlink:arcrole='http://www.xbrl.org/2003/arcrole/concept-label' xlink:from='costs' xlink:to='costs_lbl'/>
          </link:labelLink>
        </link:linkbase>
        """);
    // the same role schema reached at its https URL too: two documents, equal declarations, no conflict
    Files.writeString(dir.resolve("t-lab2.xml"), """
        <link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'>
          <link:roleRef roleURI='http://www.xbrl.org/2009/role/negatedLabel' xlink:type='simple'
              xlink:href='https://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#negatedLabel'/>
          <link:labelLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>
            <link:loc xlink:type='locator' xlink:href='t.xsd#t_Eps' xlink:label='eps'/>
            <link:label xlink:type='resource' xlink:label='eps_lbl' xlink:role='http://www.xbrl.org/2009/role/negatedLabel' xml:lang='en'>Loss per share</link:label>
            <link:labelArc xlink:type='arc' xlink:arcrole='http://www.xbrl.org/2003/arcrole/concept-label' xlink:from='eps' xlink:to='eps_lbl'/>
          </link:labelLink>
        </link:linkbase>
        """);
    Files.writeString(dir.resolve("i.xml"), """
        <xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'
            xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:t='http://example.com/t'>
          <link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>
          <xbrli:context id='fy'><xbrli:entity><xbrli:identifier scheme='http://example.com'>X</xbrli:identifier></xbrli:entity>
            <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
          <xbrli:unit id='pure'><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
          <xbrli:unit id='usd'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
          <xbrli:unit id='usdPerShare'><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
            <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
          <t:Margin contextRef='fy' unitRef='pure' decimals='3'>0.125</t:Margin>
          <t:Eps contextRef='fy' unitRef='usdPerShare' decimals='2'>1.25</t:Eps>
          <t:Costs contextRef='fy' unitRef='usd' decimals='0'>100</t:Costs>
          <t:Whole contextRef='fy' unitRef='usd' decimals='0'>7</t:Whole>
          <t:Method contextRef='fy'>http://example.com/t#StraightLine</t:Method>
          <t:Policy contextRef='fy'>&lt;p&gt;Revenue is recognized when earned.&lt;/p&gt;</t:Policy>
        </xbrli:xbrl>
        """);
    Report report = Validator.create(OfflineResolver.bundled()).validate(dir.resolve("i.xml"));
    assertThat(report.problems()).isEmpty();
    assertThat(report.valid()).isTrue();
    // a fraction in a type without decimals is refused by its schema, as it should be
    Files.writeString(dir.resolve("i.xml"), Files.readString(dir.resolve("i.xml")).replace(">7<", ">7.5<"));
    Report refused = Validator.create(OfflineResolver.bundled()).validate(dir.resolve("i.xml"));
    assertThat(refused.valid()).isFalse();
    assertThat(refused.problems()).extracting(Problem::message).anyMatch(m -> m.contains("7.5"));
    // an enumeration value must be namespace#name
    Files.writeString(dir.resolve("i.xml"), Files.readString(dir.resolve("i.xml")).replace(">7.5<", ">7<")
        .replace("http://example.com/t#StraightLine", "StraightLine"));
    Report badEnum = Validator.create(OfflineResolver.bundled()).validate(dir.resolve("i.xml"));
    assertThat(badEnum.problems()).extracting(Problem::message).anyMatch(m -> m.contains("'StraightLine'"))
        .allMatch(m -> m.contains("StraightLine") || m.contains("t:Method"));
  }

  /**
   * A taxonomy that labels a role type with a generic label and cites a reference for it
   * through a generic link: the linkbase is schema-valid and the DTS loads without a problem.
   */
  @Test
  void aGenericLabelAndReferenceLinkbaseIsValid() throws Exception {
    Files.writeString(dir.resolve("t.xsd"), """
        <xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:link='http://www.xbrl.org/2003/linkbase'
            xmlns:xlink='http://www.w3.org/1999/xlink' targetNamespace='http://example.com/t' elementFormDefault='qualified'>
          <xs:annotation><xs:appinfo>
            <link:roleType id='income' roleURI='http://example.com/role/Income'><link:usedOn>link:presentationLink</link:usedOn></link:roleType>
            <link:linkbaseRef xlink:type='simple' xlink:href='t-gen.xml' xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>
          </xs:appinfo></xs:annotation>
        </xs:schema>
        """);
    Files.writeString(dir.resolve("t-gen.xml"), """
        <link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'
            xmlns:gen='http://xbrl.org/2008/generic' xmlns:label='http://xbrl.org/2008/label'
            xmlns:reference='http://xbrl.org/2008/reference' xmlns:ref='http://www.xbrl.org/2006/ref'
            xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'
            xsi:schemaLocation='http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd
              http://xbrl.org/2008/generic http://www.xbrl.org/2008/generic-link.xsd
              http://xbrl.org/2008/label https://www.xbrl.org/2008/generic-label.xsd
              http://xbrl.org/2008/reference http://www.xbrl.org/2008/generic-reference.xsd
              http://www.xbrl.org/2006/ref http://www.xbrl.org/2006/ref-2006-02-27.xsd'>
          <link:roleRef roleURI='http://www.xbrl.org/2008/role/link' xlink:type='simple' xlink:href='http://www.xbrl.org/2008/generic-link.xsd#standard-link-role'/>
          <link:roleRef roleURI='http://www.xbrl.org/2008/role/label' xlink:type='simple' xlink:href='https://www.xbrl.org/2008/generic-label.xsd#standard-label'/>
          <link:roleRef roleURI='http://www.xbrl.org/2008/role/reference' xlink:type='simple' xlink:href='http://www.xbrl.org/2008/generic-reference.xsd#standard-reference'/>
          <link:arcroleRef arcroleURI='http://xbrl.org/arcrole/2008/element-label' xlink:type='simple' xlink:href='https://www.xbrl.org/2008/generic-label.xsd#element-label'/>
          <link:arcroleRef arcroleURI='http://xbrl.org/arcrole/2008/element-reference' xlink:type='simple' xlink:href='http://www.xbrl.org/2008/generic-reference.xsd#element-reference'/>
          <gen:link xlink:type='extended' xlink:role='http://www.xbrl.org/2008/role/link'>
            <link:loc xlink:type='locator' xlink:href='t.xsd#income' xlink:label='role'/>
            <label:label xlink:type='resource' xlink:label='role_lbl' xlink:role='http://www.xbrl.org/2008/role/label' xml:lang='en'>Income statement</label:label>
            <reference:reference xlink:type='resource' xlink:label='role_ref' xlink:role='http://www.xbrl.org/2008/role/reference'>
              <ref:Publisher>SEC</ref:Publisher><ref:Section>210.5-03</ref:Section><ref:URI>https://www.ecfr.gov/</ref:URI>
            </reference:reference>
            <gen:arc xlink:type='arc' xlink:arcrole='http://xbrl.org/arcrole/2008/element-label' xlink:from='role' xlink:to='role_lbl'/>
            <gen:arc xlink:type='arc' xlink:arcrole='http://xbrl.org/arcrole/2008/element-reference' xlink:from='role' xlink:to='role_ref'/>
          </gen:link>
        </link:linkbase>
        """);
    OfflineResolver resolver = OfflineResolver.bundled();
    List<String> errors = new ArrayList<>();
    javax.xml.validation.Validator v = XmlSecurity.schemaFactory(resolver).newSchema().newValidator();
    v.setResourceResolver(resolver);
    v.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) { }
      @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
      @Override public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
    });
    v.validate(new javax.xml.transform.stream.StreamSource(dir.resolve("t-gen.xml").toFile()));
    assertThat(errors).isEmpty();
    Report report = Validator.create(resolver).validateTaxonomy(dir.resolve("t.xsd"));
    assertThat(report.problems()).isEmpty();
    // a label with an element the schema does not allow is refused
    Files.writeString(dir.resolve("t-gen.xml"), Files.readString(dir.resolve("t-gen.xml"))
        .replace(">Income statement<", "><ref:Publisher>x</ref:Publisher><"));
    v.validate(new javax.xml.transform.stream.StreamSource(dir.resolve("t-gen.xml").toFile()));
    assertThat(errors).isNotEmpty();
  }
}
