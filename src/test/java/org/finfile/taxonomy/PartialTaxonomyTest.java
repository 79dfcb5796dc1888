package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DTS whose official imports cannot be had offline loads all the rest (issue 10, partial taxonomies). */
class PartialTaxonomyTest {
  private static final String LABEL = "http://www.xbrl.org/2003/role/label";
  private static final QName REVENUES = new QName(PartialFixture.FAKE, "Revenues");
  private static final QName COSTS = new QName(PartialFixture.FAKE, "Costs");
  private static final QName WIDGETS = new QName(PartialFixture.EXT, "Widgets");

  @TempDir
  Path dir;

  private static Taxonomy load(Path schema, OfflineResolver resolver) throws Exception {
    return Taxonomy.load(schema.toUri().toString(), null, resolver);
  }

  @Test
  void everyMissingOfficialDocumentIsNamedOnceWithTheDocumentsThatReferenceIt() throws Exception {
    PartialFixture.write(dir, "100");
    Taxonomy t = load(dir.resolve("ext.xsd"), OfflineResolver.bundled());
    assertThat(t.isPartial()).isTrue();
    assertThat(t.missing()).extracting(Taxonomy.Missing::url).containsExactly(PartialFixture.FAKE_URL, PartialFixture.OTHER_URL);
    Taxonomy.Missing fake = t.missing().get(0);
    assertThat(fake.namespace()).isEqualTo(PartialFixture.FAKE);
    assertThat(fake.referencedBy()).extracting(PartialTaxonomyTest::fileName)
        .containsExactly("ext.xsd", "ext_lab.xml", "ext_pre.xml", "ext_cal.xml");
    assertThat(t.missing().get(1).referencedBy()).extracting(PartialTaxonomyTest::fileName).containsExactly("ext.xsd", "ext_lab.xml");
  }

  @Test
  void theExtensionsLabelsPresentationAndCalculationsOfMissingConceptsAreKept() throws Exception {
    PartialFixture.write(dir, "100");
    Taxonomy t = load(dir.resolve("ext.xsd"), OfflineResolver.bundled());
    assertThat(t.concept(WIDGETS)).isPresent();
    assertThat(t.concept(REVENUES)).isEmpty();
    assertThat(t.assumed()).containsExactlyInAnyOrder(REVENUES, COSTS);
    assertThat(t.labels().label(REVENUES, LABEL, "en")).isEqualTo("Net sales of the extension");
    assertThat(t.labels().label(COSTS, LABEL, "en")).isEqualTo("Costs of widgets");
    assertThat(t.labels().label(WIDGETS, LABEL, "en")).isEqualTo("Widgets sold");
    assertThat(t.presentation().networks()).singleElement().satisfies(n -> {
      assertThat(n.roots()).containsExactly(REVENUES);
      assertThat(n.lines()).extracting(Presentation.Line::concept).containsExactly(REVENUES, WIDGETS, COSTS);
    });
    assertThat(t.calculations().summations()).singleElement().satisfies(s -> {
      assertThat(s.total()).isEqualTo(REVENUES);
      assertThat(s.items()).extracting(Calculations.Item::concept).containsExactly(WIDGETS, COSTS);
    });
    // the one locator whose id is not prefix_localName is left out, said once
    assertThat(t.problems()).singleElement().asString().contains("1 locators point into missing documents")
        .contains("left out");
  }

  @Test
  void theOfficialTaxonomyFromAPackageMakesTheSameDtsComplete() throws Exception {
    PartialFixture.write(dir, "100");
    Path zip = PartialFixture.taxonomyPackage(dir.resolve("fake.zip"));
    try (org.finfile.packages.OpenPackage p = org.finfile.packages.Packages.open(zip)) {
      Taxonomy t = load(dir.resolve("ext.xsd"), OfflineResolver.create(List.of(), List.of(p.root())));
      assertThat(t.isPartial()).isFalse();
      assertThat(t.assumed()).isEmpty();
      assertThat(t.concept(REVENUES)).hasValueSatisfying(c -> assertThat(c.isMonetary()).isTrue());
      assertThat(t.labels().label(REVENUES, LABEL, "en")).isEqualTo("Net sales of the extension");
    }
  }

  @Test
  void aLocalSchemaThatIsMissingStillRefusesTheTaxonomy() throws Exception {
    Files.writeString(dir.resolve("a.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:a'>"
        + "<xs:import namespace='urn:b' schemaLocation='b.xsd'/></xs:schema>");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> load(dir.resolve("a.xsd"), OfflineResolver.bundled()))
        .isInstanceOf(org.finfile.InputException.class).hasMessageContaining("b.xsd");
  }

  @Test
  void aWrongLocationForANamespaceTheDtsHasIsAnErrorNotAMissingPart() throws Exception {
    Files.writeString(dir.resolve("a.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:a'>"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>\n"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='https://example.com/xbrl-instance-2099.xsd'/>"
        + "</xs:schema>");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> load(dir.resolve("a.xsd"), OfflineResolver.bundled()))
        .isInstanceOf(org.finfile.InputException.class).hasMessageContaining("a.xsd:2:")
        .hasMessageContaining("https://example.com/xbrl-instance-2099.xsd").hasMessageContaining("schemaLocation is wrong");
  }

  @Test
  void netflix2010UsesItsExtensionsLabelsForUsGaapConcepts() throws Exception {
    Path filing = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xsd").normalize();
    assumeTrue(Files.isRegularFile(filing), "the real filings are in ../shared/filings (absent here)");
    Taxonomy t = load(filing, OfflineResolver.bundled());
    List<String> urls = t.missing().stream().map(Taxonomy.Missing::url).toList();
    assertThat(urls).contains("http://taxonomies.xbrl.us/us-gaap/2009/elts/us-gaap-2009-01-31.xsd",
        "http://taxonomies.xbrl.us/us-gaap/2009/non-gaap/dei-2009-01-31.xsd").doesNotHaveDuplicates();
    String usGaap = "http://xbrl.us/us-gaap/2009-01-31";
    assertThat(t.labels().label(new QName(usGaap, "CostOfGoodsSoldSubscription"), LABEL, "en-US")).isEqualTo("Subscription");
    Set<String> roles = t.presentation().networks().stream().map(Presentation.Network::role).collect(Collectors.toSet());
    assertThat(roles).hasSizeGreaterThan(5);
    assertThat(t.calculations().concepts()).contains(new QName(usGaap, "GrossProfit"), new QName(usGaap, "CostOfRevenue"));
    assertThat(t.problems()).noneMatch(p -> p.contains("points at no concept"));
  }

  private static String fileName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
