package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XBRL Dimensions 1.0 instance rules (xbrldie) on the hand-written taxonomy in
 * {@code dimensions/}: Sales (and NetSales, by inheritance) in the closed SalesTable by region,
 * taken from the segment, RegionDomain the default, Asia unusable; Costs in the open CostTable
 * by a typed customer in the scenario, and not in ExcludedTable (gadgets). {@code valid.xml}
 * uses every case the taxonomy allows; each test breaks it in one place.
 */
class DimensionInstanceTest {
  private static final String EUROPE = "<xbrldi:explicitMember dimension=\"d:RegionAxis\">d:Europe</xbrldi:explicitMember>";
  private static final String WIDGETS = "<xbrldi:explicitMember dimension=\"d:ProductAxis\">d:Widgets</xbrldi:explicitMember>";
  private static final String CUSTOMER_42 = "<d:CustomerId>42</d:CustomerId>";

  @TempDir
  Path dir;

  private String valid;

  static String resource(String name) throws Exception {
    try (InputStream in = DimensionInstanceTest.class.getResourceAsStream("dimensions/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void taxonomy() throws Exception {
    Files.writeString(dir.resolve("dim.xsd"), resource("dim.xsd"));
    Files.writeString(dir.resolve("dim-def.xml"), resource("dim-def.xml"));
    valid = resource("valid.xml");
  }

  private List<Problem> validate(String instance) throws Exception {
    Path file = dir.resolve("i.xml");
    Files.writeString(file, instance);
    return Validator.create(OfflineResolver.bundled(), Validator.Calc.NONE).validate(file).problems();
  }

  /** The problems of the dimension rules (codes dim-...). */
  private List<Problem> dimensional(String instance) throws Exception {
    return validate(instance).stream().filter(p -> p.code().startsWith("dim-")).toList();
  }

  private String replaced(String from, String to) {
    assertThat(valid).contains(from);
    return valid.replace(from, to);
  }

  @Test
  void theValidInstanceHasNoProblemAtAll() throws Exception {
    assertThat(validate(valid)).isEmpty();
  }

  @Test
  void theTaxonomyKeepsEveryDimensionRule() throws Exception {
    List<Problem> problems = Validator.create(OfflineResolver.bundled()).validateTaxonomy(dir.resolve("dim.xsd")).problems();
    assertThat(problems).isEmpty();
  }

  @Test
  void aMemberAnArcCallsUnusableIsInvalidForTheItemAndItsInheritors() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE.replace("d:Europe", "d:Asia")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID, Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).startsWith("Sales in context europe is dimensionally invalid: Asia is not a usable member"
        + " of RegionAxis in hypercube SalesTable").endsWith("(xbrldie:PrimaryItemDimensionallyInvalidError)");
    assertThat(problems.get(0).location()).endsWith("i.xml:32:59");
    assertThat(problems.get(1).message()).startsWith("NetSales in context europe");
  }

  @Test
  void aClosedHypercubeRefusesAnotherDimensionInItsContainer() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE + WIDGETS));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID, Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).contains("hypercube SalesTable is closed and has no dimension ProductAxis");
  }

  @Test
  void anOpenHypercubeTakesAnotherDimension() throws Exception {
    // CostTable is open: the ProductAxis member of customerWidgets is allowed (and Widgets is not excluded)
    assertThat(dimensional(valid)).isEmpty();
    assertThat(valid).contains(WIDGETS);
  }

  @Test
  void aDimensionInTheOtherContainerDoesNotCount() throws Exception {
    String moved = replaced("<xbrli:segment>" + EUROPE + "</xbrli:segment>", "")
        .replace("<xbrli:context id=\"europe\">", "<xbrli:context id=\"europe\">").replaceFirst(
            "(<xbrli:context id=\"europe\">[\\s\\S]*?</xbrli:period>)", "$1<xbrli:scenario>" + EUROPE + "</xbrli:scenario>");
    List<Problem> problems = dimensional(moved);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID, Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).contains("RegionAxis is in the scenario, but hypercube SalesTable takes it from the segment");
  }

  @Test
  void aContextInANotAllHypercubeIsInvalid() throws Exception {
    List<Problem> problems = dimensional(replaced(WIDGETS, WIDGETS.replace("d:Widgets", "d:Gadgets")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).isEqualTo("Costs in context customerWidgets is dimensionally invalid: its members are in the"
        + " excluded (notAll) hypercube ExcludedTable (in http://example.com/role/costs) (xbrldie:PrimaryItemDimensionallyInvalidError)");
  }

  @Test
  void aTypedDimensionHasNoDefault() throws Exception {
    List<Problem> problems = dimensional(replaced("<d:Costs contextRef=\"customer\"", "<d:Costs contextRef=\"all\""));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).contains("hypercube CostTable needs a member of CustomerAxis in the scenario");
  }

  @Test
  void aMissingExplicitDimensionTakesItsDefault() throws Exception {
    // Sales in context "all" has no region: RegionDomain, the default, is a usable member of SalesTable's RegionAxis
    assertThat(valid).contains("<d:Sales contextRef=\"all\"");
    assertThat(dimensional(valid)).isEmpty();
  }

  @Test
  void theDefaultMemberMayNotBeWritten() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE.replace("d:Europe", "d:RegionDomain")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_DEFAULT_USED);
    assertThat(problems.get(0).message()).isEqualTo("context europe: RegionDomain is the default member of RegionAxis, which a context"
        + " leaves out instead (xbrldie:DefaultValueUsedInInstanceError)");
    assertThat(problems.get(0).location()).endsWith("i.xml:13:70");
  }

  @Test
  void anExplicitMemberOfATypedDimension() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE.replace("d:RegionAxis", "d:CustomerAxis")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_NOT_EXPLICIT);
    assertThat(problems.get(0).message()).contains("names CustomerAxis, which is a typed dimension");
  }

  @ParameterizedTest
  @ValueSource(strings = {"d:Sales", "d:SalesTable", "d:Nothing"})
  void anExplicitMemberOfSomethingElse(String dimension) throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE.replace("d:RegionAxis", dimension)));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_NOT_EXPLICIT);
    assertThat(problems.get(0).message()).contains("names " + dimension.substring(2) + ", which is "
        + (dimension.equals("d:Nothing") ? "no element of the taxonomy" : "not a dimension"));
  }

  @Test
  void aTypedMembersValueIsCheckedAgainstItsDomainElementsType() throws Exception {
    // CustomerId is an xs:positiveInteger: the instance's XML Schema validation (rule xsd) checks the value
    List<Problem> problems = validate(replaced(CUSTOMER_42, "<d:CustomerId>forty-two</d:CustomerId>"));
    assertThat(problems).extracting(Problem::code).contains(Rules.XSD);
    assertThat(problems).filteredOn(p -> p.code().equals(Rules.XSD)).first().extracting(Problem::message).asString()
        .contains("forty-two");
  }

  @Test
  void aTypedMemberOfAnExplicitDimension() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE,
        "<xbrldi:typedMember dimension=\"d:RegionAxis\"><d:CustomerId>1</d:CustomerId></xbrldi:typedMember>"));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_NOT_TYPED);
    assertThat(problems.get(0).message()).contains("xbrldi:typedMember names RegionAxis, which is an explicit dimension"
        + " (xbrldie:TypedMemberNotTypedDimensionError)");
  }

  @Test
  void anExplicitMemberTheTaxonomyDoesNotDeclare() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE.replace("d:Europe", "d:Nowhere")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_MEMBER_UNDEFINED);
    assertThat(problems.get(0).message()).contains("the member Nowhere of RegionAxis is no element of the taxonomy");
  }

  @Test
  void aTypedMemberHoldsExactlyOneElementOfItsDomain() throws Exception {
    String two = valid.replaceFirst("(<xbrli:context id=\"customerWidgets\">[\\s\\S]*?)" + CUSTOMER_42, "$1" + CUSTOMER_42
        + "<d:CustomerId>43</d:CustomerId>");
    assertThat(two).isNotEqualTo(valid);
    List<Problem> problems = dimensional(two);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_TYPED_CONTENT);
    assertThat(problems.get(0).message()).isEqualTo("context customerWidgets: the typed member of CustomerAxis must be one CustomerId"
        + " element, its typedDomainRef; it has 2 elements (xbrldie:IllegalTypedDimensionContentError)");
  }

  @Test
  void aTypedMemberOfAnotherElement() throws Exception {
    // the schema's own string element, not the typedDomainRef (CustomerId)
    String schema = resource("dim.xsd").replace("<!-- members -->", "<xs:element name=\"Code\" type=\"xs:string\"/>");
    Files.writeString(dir.resolve("dim.xsd"), schema);
    List<Problem> problems = dimensional(valid.replaceFirst(CUSTOMER_42, "<d:Code>42</d:Code>"));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_TYPED_CONTENT);
    assertThat(problems.get(0).message()).contains("must be one CustomerId element, its typedDomainRef; it has Code");
  }

  @Test
  void aDimensionTwiceInOneContext() throws Exception {
    List<Problem> problems = dimensional(replaced(EUROPE, EUROPE + EUROPE.replace("d:Europe", "d:America")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_REPEATED);
    assertThat(problems.get(0).message()).startsWith("context europe gives dimension RegionAxis a second member"
        + " (xbrldie:RepeatedDimensionInInstanceError; the first is at ").endsWith("i.xml:13:70)");
  }

  @Test
  void aFactBeforeItsContextIsCheckedAtTheEnd() throws Exception {
    String fact = "<d:Sales contextRef=\"late\" unitRef=\"usd\" decimals=\"0\">1</d:Sales>\n";
    String late = "<xbrli:context id=\"late\"><xbrli:entity><xbrli:identifier scheme=\"http://example.com\">E</xbrli:identifier>"
        + "<xbrli:segment>" + EUROPE.replace("d:Europe", "d:Asia") + "</xbrli:segment></xbrli:entity>"
        + "<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period>"
        + "</xbrli:context>\n";
    String instance = replaced("  <xbrli:context id=\"all\">", fact + "  <xbrli:context id=\"all\">")
        .replace("</xbrli:xbrl>", late + "</xbrli:xbrl>");
    List<Problem> problems = dimensional(instance);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).startsWith("Sales in context late is dimensionally invalid: Asia");
  }

  /**
   * A DTS that leaves a schema out (a definition link leads to a schema finfile cannot read
   * offline, as the SEC filings lead to the US GAAP taxonomy): members in its namespace are not
   * judged, facts are not checked against hypercubes, and a note says so.
   */
  @Test
  void aPartialTaxonomyJudgesOnlyWhatItHas() throws Exception {
    String def = resource("dim-def.xml").replace("<link:loc xlink:type=\"locator\" xlink:label=\"Gadgets\"",
        "<link:loc xlink:type=\"locator\" xlink:label=\"Gadgets\" xlink:href=\"http://example.com/missing/m.xsd#m_Gadgets\"/>\n"
        + "    <link:loc xlink:type=\"locator\" xlink:label=\"Unused\"");
    assertThat(def).contains("missing/m.xsd");
    Files.writeString(dir.resolve("dim-def.xml"), def);
    String instance = replaced(EUROPE, EUROPE.replace("d:Europe", "d:Asia")
        + "<xbrldi:explicitMember dimension=\"m:OtherAxis\" xmlns:m=\"http://example.com/missing\">m:Thing</xbrldi:explicitMember>");
    List<Problem> problems = dimensional(instance);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(problems.get(0).message()).isEqualTo("6 facts are not checked for dimensional validity: the taxonomy's definition links"
        + " lead to elements of schemas finfile could not read offline");
  }

  /**
   * ExcludedTable's dimension, domain and members moved to a role of their own, which the notAll
   * arc's xbrldt:targetRole leads to: gadgets are still excluded.
   */
  @Test
  void aTargetRoleLeadsToTheHypercubesDimensions() throws Exception {
    String role = "http://example.com/role/excluded";
    Files.writeString(dir.resolve("dim.xsd"), resource("dim.xsd").replace("<link:linkbaseRef", "<link:roleType roleURI=\"" + role
        + "\" id=\"excluded\"><link:usedOn>link:definitionLink</link:usedOn></link:roleType>\n      <link:linkbaseRef"));
    String def = resource("dim-def.xml");
    StringBuilder moved = new StringBuilder("<link:definitionLink xlink:type=\"extended\" xlink:role=\"" + role + "\">\n");
    for (String label : List.of("ExcludedTable", "ProductAxis", "ProductDomain", "Gadgets")) {
      moved.append("<link:loc xlink:type=\"locator\" xlink:label=\"").append(label).append("\" xlink:href=\"dim.xsd#d_").append(label)
          .append("\"/>\n");
    }
    for (String arc : def.lines().filter(l -> l.contains("xlink:from=\"ExcludedTable\"") || l.contains("xlink:from=\"ProductAxis\"")
        || l.contains("xlink:from=\"ProductDomain\"")).toList()) {
      def = def.replace(arc + "\n", "");
      moved.append(arc).append("\n");
    }
    moved.append("</link:definitionLink>\n</link:linkbase>");
    def = def.replace("</link:linkbase>", moved).replace("xlink:to=\"ExcludedTable\" xbrldt:contextElement=\"scenario\"",
        "xlink:to=\"ExcludedTable\" xbrldt:contextElement=\"scenario\" xbrldt:targetRole=\"" + role + "\"");
    assertThat(def).contains("xbrldt:targetRole").contains("<link:roleRef");
    Files.writeString(dir.resolve("dim-def.xml"), def.replaceFirst("<link:arcroleRef", "<link:roleRef roleURI=\"" + role
        + "\" xlink:type=\"simple\" xlink:href=\"dim.xsd#excluded\"/>\n  <link:arcroleRef"));
    assertThat(validate(valid)).isEmpty();
    List<Problem> problems = dimensional(replaced(WIDGETS, WIDGETS.replace("d:Widgets", "d:Gadgets")));
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).contains("its members are in the excluded (notAll) hypercube ExcludedTable");
  }

  /** A complete DTS and a context naming a dimension of a schema it lacks: that context's facts are not checked, and a note says so. */
  @Test
  void aContextNamingWhatTheTaxonomyLacksIsNotJudged() throws Exception {
    String instance = replaced(EUROPE, EUROPE.replace("d:Europe", "d:Asia")
        + "<xbrldi:explicitMember dimension=\"m:OtherAxis\" xmlns:m=\"http://example.com/missing\">m:Thing</xbrldi:explicitMember>");
    List<Problem> problems = dimensional(instance);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).severity()).isEqualTo(Severity.INFO);
    // Sales and NetSales have hypercubes; Notes, in the same context, has none and could not be invalid
    assertThat(problems.get(0).message()).isEqualTo("2 facts are not checked for dimensional validity: their contexts name"
        + " elements of schemas finfile could not read offline");
  }

  /** The 'all' hypercubes of different roles are alternatives: a fact need fit only one role. */
  @Test
  void hypercubesOfDifferentRolesAreAlternatives() throws Exception {
    String costsLink = "<link:loc xlink:type=\"locator\" xlink:label=\"Costs\" xlink:href=\"dim.xsd#d_Costs\"/>";
    Files.writeString(dir.resolve("dim-def.xml"), resource("dim-def.xml").replace(costsLink, costsLink
        + "\n<link:loc xlink:type=\"locator\" xlink:label=\"Sales\" xlink:href=\"dim.xsd#d_Sales\"/>"
        + "\n<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/all\" xlink:from=\"Sales\""
        + " xlink:to=\"CostTable\" xbrldt:contextElement=\"scenario\" order=\"3\"/>"));
    // Asia is unusable in the sales role, but the costs role's CostTable holds: Sales is valid; NetSales inherits only the sales role
    String instance = replaced(EUROPE, EUROPE.replace("d:Europe", "d:Asia")).replaceFirst(
        "(<xbrli:context id=\"europe\">[\\s\\S]*?</xbrli:period>)", "$1<xbrli:scenario><xbrldi:typedMember dimension=\"d:CustomerAxis\">"
        + CUSTOMER_42 + "</xbrldi:typedMember></xbrli:scenario>");
    List<Problem> problems = dimensional(instance);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).startsWith("NetSales in context europe is dimensionally invalid: Asia is not a usable member");
  }

  /** The 'all' hypercubes of one role are conjoined: a fact must fit every one. */
  @Test
  void hypercubesOfOneRoleAreConjoined() throws Exception {
    String salesLink = "<link:loc xlink:type=\"locator\" xlink:label=\"Sales\" xlink:href=\"dim.xsd#d_Sales\"/>";
    Files.writeString(dir.resolve("dim-def.xml"), resource("dim-def.xml").replace(salesLink, salesLink
        + "\n<link:loc xlink:type=\"locator\" xlink:label=\"CostTable\" xlink:href=\"dim.xsd#d_CostTable\"/>"
        + "\n<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/all\" xlink:from=\"Sales\""
        + " xlink:to=\"CostTable\" xbrldt:contextElement=\"scenario\" xbrldt:targetRole=\"http://example.com/role/costs\" order=\"2\"/>"));
    List<Problem> problems = dimensional(valid);
    assertThat(problems).extracting(Problem::code).containsExactly(Rules.DIM_INVALID, Rules.DIM_INVALID, Rules.DIM_INVALID);
    assertThat(problems.get(0).message()).startsWith("Sales in context all is dimensionally invalid: hypercube CostTable needs a member"
        + " of CustomerAxis in the scenario");
    assertThat(problems).extracting(Problem::message).anyMatch(m -> m.startsWith("NetSales in context europe"));
  }

  /** The SEC accepted these filings: finfile must find no dimensional error in them. */
  @ParameterizedTest
  @ValueSource(strings = {"aapl2023/aapl-20230930_htm.xml", "amzn2022/amzn-20221231_htm.xml", "aapl2025-inline/aapl-20250329_htm.xml",
      "nflx2010q3/nflx-20100930.xml"})
  void realFilingsHaveNoDimensionalErrors(String filing) {
    Path file = TestFiles.base().resolve("../shared/filings/" + filing).normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file), "the filing " + filing + " is in ../shared/filings");
    Report report = Validator.create(OfflineResolver.bundled(), Validator.Calc.NONE).validate(file);
    assertThat(report.problems()).filteredOn(p -> p.code().startsWith("dim-") && p.severity() != Severity.INFO).isEmpty();
  }
}
