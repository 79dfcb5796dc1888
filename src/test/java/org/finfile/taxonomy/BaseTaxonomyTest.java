package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The bundled base taxonomy, loaded by its URL as a filing would, and its calculation template. */
class BaseTaxonomyTest {
  static final String BASE = "http://finfile.org/taxonomy/base";
  static Taxonomy base;

  @BeforeAll
  static void load() throws Exception {
    base = Taxonomy.load(BASE + "/finfile-base.xsd", null, OfflineResolver.bundled());
  }

  @Test
  void loadsWithoutProblemsAndHoldsTheCommonStatementLines() {
    assertThat(base.problems()).isEmpty();
    assertThat(base.isPartial()).isFalse();
    assertThat(base.concepts().keySet()).filteredOn(q -> q.getNamespaceURI().equals(BASE)).hasSizeGreaterThanOrEqualTo(250);
    for (String name : List.of("Revenues", "Revenue", "CostOfRevenue", "CostOfSales", "GrossProfit", "OperatingIncomeLoss",
        "ProfitLoss", "ProfitLossBeforeTax", "NetIncomeLoss", "EarningsPerShareDiluted", "AssetsCurrent", "CurrentAssets", "Assets",
        "LiabilitiesAndStockholdersEquity", "EquityAndLiabilities", "Equity", "NetCashProvidedByUsedInOperatingActivities",
        "IncomeStatementAbstract", "AssetsAbstract")) {
      assertThat(base.concept(new QName(BASE, name))).as(name).isPresent();
    }
    Concept netIncome = base.concept(new QName(BASE, "NetIncomeLoss")).orElseThrow();
    assertThat(netIncome.balance()).isEqualTo(Concept.Balance.CREDIT);
    assertThat(netIncome.periodType()).isEqualTo(Concept.PeriodType.DURATION);
    Concept treasury = base.concept(new QName(BASE, "TreasuryStockValue")).orElseThrow();
    assertThat(treasury.balance()).isEqualTo(Concept.Balance.DEBIT);
    assertThat(treasury.periodType()).isEqualTo(Concept.PeriodType.INSTANT);
    assertThat(base.concept(new QName(BASE, "AssetsAbstract")).orElseThrow().isAbstract()).isTrue();
  }

  @Test
  void showsNoStatementsAndAppliesNoCalculationsByItself() {
    assertThat(base.presentation().networks()).isEmpty();
    assertThat(base.calculations().summations()).isEmpty();
    assertThat(base.linkbases()).extracting(Taxonomy.Document::uri).containsExactly(BASE + "/finfile-base-lab.xml");
    assertThat(CalculationTemplateTest.class.getResource("/org/finfile/schemas/taxonomy/base/finfile-base-pre.xml")).isNull();
  }

  @Test
  void everyConceptHasAStandardLabelAndNoLabelNamesTwoConcepts() {
    Map<String, QName> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Concept c : base.concepts().values()) {
      Map<String, Map<String, String>> byRole = base.labels().labels().get(c.name());
      assertThat(byRole).as(c.name().toString()).containsKey(Labels.STANDARD);
      for (Map.Entry<String, Map<String, String>> role : byRole.entrySet()) {
        if (role.getKey().endsWith("/documentation")) {
          continue;
        }
        String key = role.getKey() + " " + role.getValue().get("en").toLowerCase(java.util.Locale.ROOT);
        QName other = seen.putIfAbsent(key, c.name());
        if (other != null) {
          clashes.add(key + ": " + other.getLocalPart() + ", " + c.name().getLocalPart());
        }
      }
    }
    assertThat(clashes).isEmpty();
    assertThat(base.labels().label(new QName(BASE, "NetIncomeLoss"), Labels.STANDARD, "en")).isEqualTo("Net income (loss)");
  }

  @Test
  void theTemplateIsAValidLinkbaseOfKnownConceptsWithConsistentWeightsAndPeriods() throws Exception {
    OfflineResolver resolver = OfflineResolver.bundled();
    Schema schema = XmlSecurity.schemaFactory(resolver).newSchema(
        resolver.resolve("http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd", null));
    List<String> errors = new ArrayList<>();
    javax.xml.validation.Validator v = schema.newValidator();
    v.setResourceResolver(resolver);
    v.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) { }
      @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + " " + e.getMessage()); }
      @Override public void fatalError(SAXParseException e) { errors.add(e.getMessage()); }
    });
    java.net.URL template = resolver.resolve(CalculationTemplate.HREF, null);
    try (var in = template.openStream()) {
      v.validate(new StreamSource(in, template.toString()));
    }
    assertThat(errors).isEmpty();

    List<CalculationTemplate.Arc> arcs = CalculationTemplate.base().arcs();
    assertThat(arcs).hasSizeGreaterThanOrEqualTo(200);
    List<String> wrong = new ArrayList<>();
    for (CalculationTemplate.Arc a : arcs) {
      Concept total = base.concept(a.total()).orElse(null);
      Concept item = base.concept(a.item()).orElse(null);
      if (total == null || item == null) {
        wrong.add("unknown concept in " + a);
        continue;
      }
      if (total.periodType() != item.periodType()) {
        wrong.add("period types differ in " + a);
      }
      if (total.balance() != null && item.balance() != null && (total.balance() == item.balance()) != (a.weight() > 0)) {
        wrong.add("weight against balances (XBRL 2.1 5.2.5.2) in " + a);
      }
      if (!total.isMonetary() || !item.isMonetary()) {
        wrong.add("not monetary in " + a);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
