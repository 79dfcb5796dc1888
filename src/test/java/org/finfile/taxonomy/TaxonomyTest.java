package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

class TaxonomyTest {
  static final String BASE = "http://finfile.org/taxonomy/base";
  static final String IIJ = "http://finfile.org/taxonomy/iij/2003-03-31";
  static final String XBRLI = "http://www.xbrl.org/2003/instance";
  static Taxonomy taxonomy;

  @BeforeAll
  static void load() throws Exception {
    taxonomy = Taxonomy.load(TestFiles.exampleTaxonomy().toUri().toString(), null,
        OfflineResolver.bundled());
  }

  @Test
  void theBaseIsFoundByItsUrlThroughTheCatalog() {
    assertThat(taxonomy.schemas()).extracting(Taxonomy.Document::uri)
        .contains(BASE + "/finfile-base.xsd", "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd");
    assertThat(taxonomy.linkbases()).hasSize(4); // the IIJ schema's three and the base's labels: the base has no presentation, its calculations are a template
    assertThat(taxonomy.concepts().keySet()).extracting(QName::getNamespaceURI).contains(BASE, IIJ);
  }

  @Test
  void conceptsHaveTheRightTypesPeriodsAndBalances() {
    Concept revenues = taxonomy.concept(new QName(BASE, "Revenues")).orElseThrow();
    assertThat(revenues.isMonetary()).isTrue();
    assertThat(revenues.balance()).isEqualTo(Concept.Balance.CREDIT);
    assertThat(revenues.periodType()).isEqualTo(Concept.PeriodType.DURATION);
    Concept cash = taxonomy.concept(new QName(BASE, "Cash")).orElseThrow();
    assertThat(cash.periodType()).isEqualTo(Concept.PeriodType.INSTANT);
    assertThat(cash.balance()).isEqualTo(Concept.Balance.DEBIT);
    Concept eps = taxonomy.concept(new QName(BASE, "BasicNetIncomeLossPerShare")).orElseThrow();
    assertThat(eps.type()).isEqualTo(new QName(BASE, "perShareItemType"));
    assertThat(eps.itemType()).isEqualTo(new QName(XBRLI, "decimalItemType"));
    assertThat(eps.balance()).isNull();
    Concept rate = taxonomy.concept(new QName(IIJ, "CrossSellingRateValueAddedService")).orElseThrow();
    assertThat(rate.itemType()).isEqualTo(new QName(XBRLI, "pureItemType"));
    assertThat(taxonomy.concept(new QName(BASE, "WeightedAverageNumberOfSharesOutstanding")).orElseThrow().isShares()).isTrue();
    assertThat(taxonomy.concepts().values()).filteredOn(Concept::isMonetary)
        .filteredOn(c -> c.balance() == null).extracting(c -> c.name().getLocalPart())
        .allSatisfy(n -> assertThat(n).matches("NetCash.*|CashFlowsFromUsedIn.*|EffectOfExchangeRate.*|NetIncreaseDecrease.*|FreeCashFlow"));
    assertThat(taxonomy.concepts().values()).allSatisfy(c -> assertThat(c.nillable()).isTrue());
  }

  /** The taxonomy's own linkbases are valid against the XBRL 2.1 linkbase schema. */
  @Test
  void everyLinkbaseIsSchemaValid() throws Exception {
    OfflineResolver resolver = OfflineResolver.bundled();
    Schema schema = XmlSecurity.schemaFactory(resolver).newSchema(
        resolver.resolve("http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd", null));
    List<String> errors = new ArrayList<>();
    for (Taxonomy.Document linkbase : taxonomy.linkbases()) {
      javax.xml.validation.Validator v = schema.newValidator();
      v.setResourceResolver(resolver);
      v.setErrorHandler(new ErrorHandler() {
        @Override public void warning(SAXParseException e) { }
        @Override public void error(SAXParseException e) { errors.add(linkbase.uri() + ":" + e.getLineNumber() + " " + e.getMessage()); }
        @Override public void fatalError(SAXParseException e) { errors.add(e.getMessage()); }
      });
      v.validate(new StreamSource(linkbase.local().openStream(), linkbase.local().toString()));
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void labelsAndPresentationFollowTheRelease() {
    assertThat(taxonomy.labels().label(new QName(IIJ, "DedicatedAccessServicesRevenues"), Labels.STANDARD, "en"))
        .isEqualTo("Dedicated access services");
    assertThat(taxonomy.labels().label(new QName(BASE, "Cash"), "http://www.xbrl.org/2003/role/periodStartLabel", "en"))
        .isEqualTo("Cash, beginning of period");
    assertThat(taxonomy.labels().label(new QName("urn:x", "Unlabelled"), Labels.STANDARD, "en")).isEqualTo("Unlabelled");
    Presentation.Network operations = taxonomy.presentation().networks().stream()
        .filter(n -> n.role().endsWith("/OperationsQuarter")).findFirst().orElseThrow();
    List<QName> order = new ArrayList<>();
    operations.lines().forEach(l -> order.add(l.concept()));
    assertThat(order.indexOf(new QName(IIJ, "DedicatedAccessServicesRevenues")))
        .isLessThan(order.indexOf(new QName(BASE, "Revenues")));
    assertThat(order.indexOf(new QName(BASE, "Revenues")))
        .isLessThan(order.indexOf(new QName(BASE, "NetIncomeLoss")));
    for (Concept c : taxonomy.concepts().values()) {
      if (!c.isAbstract()) {
        assertThat(taxonomy.labels().labels().get(c.name())).as(c.name().toString()).containsKey(Labels.STANDARD);
      }
    }
  }
}
