package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XBRL Dimensions 1.0 taxonomy rules (xbrldte): the hand-written taxonomy of
 * {@link DimensionInstanceTest}, broken in one place per test and validated as a DTS.
 */
class DimensionTaxonomyTest {
  private static final String ALL_ARC = "xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/all\" xlink:from=\"Sales\""
      + " xlink:to=\"SalesTable\" xbrldt:contextElement=\"segment\"";

  @TempDir
  Path dir;

  private String schema;
  private String definitions;

  @BeforeEach
  void taxonomy() throws Exception {
    schema = DimensionInstanceTest.resource("dim.xsd");
    definitions = DimensionInstanceTest.resource("dim-def.xml");
  }

  /** The dimension problems of the taxonomy with {@code from} replaced by {@code to} in the file named. */
  private List<Problem> problems(String file, String from, String to) throws Exception {
    String text = file.equals("dim.xsd") ? schema : definitions;
    assertThat(text).contains(from);
    Files.writeString(dir.resolve("dim.xsd"), file.equals("dim.xsd") ? text.replace(from, to) : schema);
    Files.writeString(dir.resolve("dim-def.xml"), file.equals("dim.xsd") ? definitions : text.replace(from, to));
    return Validator.create(OfflineResolver.bundled()).validateTaxonomy(dir.resolve("dim.xsd")).problems();
  }

  private static String onlyDimensional(List<Problem> problems, String code) {
    assertThat(problems).extracting(Problem::code).containsExactly(code);
    return problems.get(0).message();
  }

  @Test
  void theTaxonomyAsWrittenHasNoProblem() throws Exception {
    assertThat(problems("dim.xsd", "", "")).isEmpty();
  }

  @Test
  void aHasHypercubeArcFromADimension() throws Exception {
    String message = onlyDimensional(problems("dim-def.xml", ALL_ARC, ALL_ARC.replace("from=\"Sales\"", "from=\"RegionAxis\"")),
        Rules.DIM_ARC);
    assertThat(message).isEqualTo("an all arc goes from RegionAxis, which is not a primary item or member (an item, not a hypercube"
        + " or dimension) (xbrldte:HasHypercubeSourceError)");
  }

  @Test
  void aHasHypercubeArcToSomethingElse() throws Exception {
    String message = onlyDimensional(problems("dim-def.xml", ALL_ARC, ALL_ARC.replace("to=\"SalesTable\"", "to=\"NetSales\"")),
        Rules.DIM_ARC);
    assertThat(message).contains("goes to NetSales, which is not a hypercube (xbrldte:HasHypercubeTargetError)");
  }

  @Test
  void aHypercubeDimensionArcToAMember() throws Exception {
    String arc = "xlink:from=\"SalesTable\" xlink:to=\"RegionAxis\"";
    String message = onlyDimensional(problems("dim-def.xml", arc, arc.replace("RegionAxis", "Europe")), Rules.DIM_ARC);
    assertThat(message).contains("a hypercube-dimension arc goes to Europe, which is not a dimension (xbrldte:HypercubeDimensionTargetError)");
  }

  @Test
  void aDimensionDomainArcFromAHypercube() throws Exception {
    String arc = "xlink:from=\"RegionAxis\" xlink:to=\"RegionDomain\" order=\"1\"/>\n    <link:definitionArc xlink:type=\"arc\""
        + " xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\"";
    String message = onlyDimensional(problems("dim-def.xml", arc, arc.replace("from=\"RegionAxis\"", "from=\"SalesTable\"")),
        Rules.DIM_ARC);
    assertThat(message).contains("a dimension-domain arc goes from SalesTable, which is not a dimension (xbrldte:DimensionDomainSourceError)");
  }

  @Test
  void aHasHypercubeArcWithoutContextElement() throws Exception {
    String message = onlyDimensional(problems("dim-def.xml", ALL_ARC, ALL_ARC.replace(" xbrldt:contextElement=\"segment\"", "")),
        Rules.DIM_CONTEXT_ELEMENT);
    assertThat(message).isEqualTo("the all arc from Sales to SalesTable has no xbrldt:contextElement (segment or scenario)"
        + " (xbrldte:HasHypercubeMissingContextElementAttributeError)");
  }

  @Test
  void aTypedDomainRefOnAnItem() throws Exception {
    String sales = "<xs:element name=\"Sales\" id=\"d_Sales\"";
    String message = onlyDimensional(problems("dim.xsd", sales, sales + " xbrldt:typedDomainRef=\"#d_CustomerId\""),
        Rules.DIM_TYPED_DOMAIN_REF);
    assertThat(message).isEqualTo("Sales has an xbrldt:typedDomainRef but is not a dimension (xbrldte:TypedDomainRefError)");
  }

  @Test
  void aTypedDomainRefToNoElement() throws Exception {
    String message = onlyDimensional(problems("dim.xsd", "xbrldt:typedDomainRef=\"#d_CustomerId\"", "xbrldt:typedDomainRef=\"#d_Nobody\""),
        Rules.DIM_TYPED_DOMAIN_REF);
    assertThat(message).startsWith("CustomerAxis: xbrldt:typedDomainRef ").endsWith("dim.xsd#d_Nobody names no element declaration"
        + " of the DTS (xbrldte:TypedDomainRefError)");
  }

  @Test
  void aTypedDimensionWithADomain() throws Exception {
    String arc = "xlink:from=\"ProductAxis\" xlink:to=\"ProductDomain\"";
    String message = onlyDimensional(problems("dim-def.xml", arc, arc.replace("ProductAxis", "CustomerAxis")), Rules.DIM_TYPED_DIMENSION);
    assertThat(message).isEqualTo("a dimension-domain arc goes from CustomerAxis, a typed dimension, which has no domain of members"
        + " (xbrldte:TypedDimensionError)");
  }

  @Test
  void twoDefaultsForOneDimension() throws Exception {
    String arc = "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/dimension-default\""
        + " xlink:from=\"RegionAxis\" xlink:to=\"RegionDomain\" order=\"1\"/>";
    String message = onlyDimensional(problems("dim-def.xml", arc, arc + arc.replace("RegionDomain", "Europe")), Rules.DIM_DEFAULTS);
    assertThat(message).isEqualTo("dimension RegionAxis has two defaults, RegionDomain and Europe (xbrldte:TooManyDefaultMembersError)");
  }

  @Test
  void aTargetRoleNoRoleTypeDeclares() throws Exception {
    String message = onlyDimensional(problems("dim-def.xml", ALL_ARC, ALL_ARC + " xbrldt:targetRole=\"http://example.com/role/none\""),
        Rules.DIM_TARGET_ROLE);
    assertThat(message).isEqualTo("the xbrldt:targetRole http://example.com/role/none of an all arc is no role the DTS declares"
        + " (xbrldte:TargetRoleNotResolvedError)");
  }
}
