package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XBRL Dimensions 1.0 schemas are bundled: a dimensional taxonomy (as every SEC filing's
 * is) loads offline, and the arcrole declarations it refers to are the specification's.
 */
class DimensionSchemasTest {
  @TempDir
  Path dir;

  private static final String XSD = """
      <?xml version='1.0' encoding='UTF-8'?>
      <xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'
          xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'
          xmlns:xbrldt='http://xbrl.org/2005/xbrldt' xmlns:t='http://example.com/t'
          targetNamespace='http://example.com/t' elementFormDefault='qualified'>
        <xs:annotation><xs:appinfo>
          <link:linkbaseRef xlink:type='simple' xlink:href='t-def.xml' xlink:role='http://www.xbrl.org/2003/role/definitionLinkbaseRef'
              xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>
        </xs:appinfo></xs:annotation>
        <xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>
        <xs:import namespace='http://xbrl.org/2005/xbrldt' schemaLocation='http://www.xbrl.org/2005/xbrldt-2005.xsd'/>
        <xs:element name='Revenue' id='t_Revenue' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item'
            xbrli:periodType='duration' xbrli:balance='credit'/>
        <xs:element name='Table' id='t_Table' type='xbrli:stringItemType' substitutionGroup='xbrldt:hypercubeItem'
            abstract='true' xbrli:periodType='duration'/>
        <xs:element name='SegmentAxis' id='t_SegmentAxis' type='xbrli:stringItemType' substitutionGroup='xbrldt:dimensionItem'
            abstract='true' xbrli:periodType='duration'/>
        <xs:element name='AllSegments' id='t_AllSegments' type='xbrli:stringItemType' substitutionGroup='xbrli:item'
            abstract='true' xbrli:periodType='duration'/>
        <xs:element name='Japan' id='t_Japan' type='xbrli:stringItemType' substitutionGroup='xbrli:item'
            abstract='true' xbrli:periodType='duration'/>
      </xs:schema>
      """;

  private static String definition(String arcs) {
    String refs = "";
    for (String a : new String[] {"all", "hypercube-dimension", "dimension-domain", "domain-member", "dimension-default"}) {
      refs += "<link:arcroleRef arcroleURI='http://xbrl.org/int/dim/arcrole/" + a + "' xlink:type='simple'"
          + " xlink:href='http://www.xbrl.org/2005/xbrldt-2005.xsd#" + a + "'/>\n";
    }
    String locs = "";
    for (String c : new String[] {"Revenue", "Table", "SegmentAxis", "AllSegments", "Japan"}) {
      locs += "<link:loc xlink:type='locator' xlink:href='t.xsd#t_" + c + "' xlink:label='" + c + "'/>\n";
    }
    return "<?xml version='1.0' encoding='UTF-8'?>\n<link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase'"
        + " xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:xbrldt='http://xbrl.org/2005/xbrldt'>\n" + refs
        + "<link:definitionLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>\n" + locs + arcs
        + "</link:definitionLink>\n</link:linkbase>\n";
  }

  private static String arc(String arcrole, String from, String to, String extra) {
    return "<link:definitionArc xlink:type='arc' xlink:arcrole='http://xbrl.org/int/dim/arcrole/" + arcrole + "' xlink:from='"
        + from + "' xlink:to='" + to + "'" + extra + "/>\n";
  }

  private static final String CUBE = arc("all", "Revenue", "Table", " xbrldt:contextElement='segment' xbrldt:closed='true'")
      + arc("hypercube-dimension", "Table", "SegmentAxis", "") + arc("dimension-domain", "SegmentAxis", "AllSegments", "")
      + arc("domain-member", "AllSegments", "Japan", "") + arc("dimension-default", "SegmentAxis", "AllSegments", "");

  private static final String INSTANCE = """
      <?xml version='1.0' encoding='UTF-8'?>
      <xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'
          xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:iso4217='http://www.xbrl.org/2003/iso4217'
          xmlns:xbrldi='http://xbrl.org/2006/xbrldi' xmlns:t='http://example.com/t'>
        <link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>
        <xbrli:context id='japan'><xbrli:entity><xbrli:identifier scheme='http://example.com'>X</xbrli:identifier>
          <xbrli:segment><xbrldi:explicitMember dimension='t:SegmentAxis'>t:Japan</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
          <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id='usd'><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
        <t:Revenue contextRef='japan' unitRef='usd' decimals='0'>100</t:Revenue>
      </xbrli:xbrl>
      """;

  private Report validate(String arcs) throws Exception {
    Files.writeString(dir.resolve("t.xsd"), XSD);
    Files.writeString(dir.resolve("t-def.xml"), definition(arcs));
    Files.writeString(dir.resolve("i.xml"), INSTANCE);
    return Validator.create(OfflineResolver.bundled(), Validator.Calc.C11R).validate(dir.resolve("i.xml"));
  }

  @Test
  void aDimensionalTaxonomyLoadsOffline() throws Exception {
    Report report = validate(CUBE);
    assertThat(report.problems()).as("xbrldt-2005.xsd resolves to the bundled copy; its arcroles are declared").isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @Test
  void theBundledArcroleTypesSayWhichCyclesAreAllowed() throws Exception {
    // dimension-default allows no cycle at all, domain-member undirected ones only
    // (a dimension-default arc from a member is also xbrldte:DimensionDefaultSourceError)
    Report report = validate(CUBE + arc("dimension-default", "AllSegments", "SegmentAxis", ""));
    assertThat(report.problems()).extracting(Problem::code).containsExactly(Rules.DTS_CYCLE, Rules.DIM_ARC);
    assertThat(validate(CUBE + arc("domain-member", "Japan", "AllSegments", "")).problems())
        .extracting(Problem::code).containsExactly(Rules.DTS_CYCLE);
  }

  @Test
  void aDimensionalArcroleOnAnotherArcIsRefused() throws Exception {
    String onPresentation = definition(CUBE).replace("<link:definitionLink", "<link:presentationLink")
        .replace("</link:definitionLink>", "</link:presentationLink>")
        .replace("definitionArc", "presentationArc");
    Files.writeString(dir.resolve("t.xsd"), XSD);
    Files.writeString(dir.resolve("t-def.xml"), onPresentation);
    Files.writeString(dir.resolve("i.xml"), INSTANCE);
    Report report = Validator.create(OfflineResolver.bundled(), Validator.Calc.C11R).validate(dir.resolve("i.xml"));
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.ROLE_DECLARED);
  }
}
