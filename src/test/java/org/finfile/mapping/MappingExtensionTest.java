package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.taxonomy.Concept;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping's extension declarations read, and each mistake in them told at its line with the closest name. */
class MappingExtensionTest {
  static final String BASE = "http://finfile.org/taxonomy/base";
  static final String EXT = "http://acme.example/xbrl/filing";

  @TempDir
  Path dir;

  static Path acme() {
    return TestFiles.base().resolve("src/test/resources/org/finfile/mapping/acme");
  }

  static String acmeMapping() throws Exception {
    return Files.readString(acme().resolve("mapping.xml"), StandardCharsets.UTF_8);
  }

  /** The line (from 1) of the first line of {@code text} containing {@code marker}. */
  static int lineOf(String text, String marker) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line has " + marker);
  }

  private Path write(String text) throws Exception {
    Path file = dir.resolve("mapping.xml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The ACME mapping with {@code from} replaced by {@code to} (which must be there), converted: the error. */
  private InputException refused(String from, String to) throws Exception {
    String text = acmeMapping();
    assertThat(text).contains(from);
    String changed = text.replace(from, to);
    Path file = write(changed);
    try {
      Converter.of(Mapping.read(file), OfflineResolver.bundled());
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("the mapping was accepted: " + to);
  }

  @Test
  void declarationsAreReadWithTheirLines() throws Exception {
    String text = acmeMapping();
    Mapping m = Mapping.read(acme().resolve("mapping.xml"));
    Mapping.Declarations d = m.declarations();
    assertThat(d.extension()).isNull();
    assertThat(d.taxonomyLine()).isEqualTo(lineOf(text, "<taxonomy "));
    assertThat(d.concepts()).extracting(Mapping.ConceptSpec::name)
        .containsExactly(new QName(EXT, "WidgetSales"), new QName(EXT, "InstallationServiceRevenue"));
    Mapping.ConceptSpec widget = d.concepts().get(0);
    assertThat(widget.line()).isEqualTo(lineOf(text, "ext:WidgetSales\" type"));
    assertThat(widget.period()).isEqualTo(Concept.PeriodType.DURATION);
    assertThat(widget.balance()).isEqualTo(Concept.Balance.CREDIT);
    assertThat(widget.labels()).extracting(Mapping.LabelSpec::role, Mapping.LabelSpec::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("label", "Widget sales"),
            org.assertj.core.groups.Tuple.tuple("documentation", "Revenue from widgets sold."));
    assertThat(d.labels()).extracting(Mapping.LabelSpec::concept, Mapping.LabelSpec::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(new QName(BASE, "Revenues"), "statementTotal"),
            org.assertj.core.groups.Tuple.tuple(new QName(BASE, "CurrentAssets"), "statementTotal"));
    assertThat(d.labelRoles()).extracting(Mapping.LabelRoleSpec::name).containsExactly("statementTotal");
  }

  @Test
  void linesNestRowsAndRowsKeepTheirOrderAndSums() throws Exception {
    String text = acmeMapping();
    Mapping m = Mapping.read(acme().resolve("mapping.xml"));
    Mapping.TableSpec bs = m.tables().get(1);
    assertThat(bs.roleName()).isEqualTo("BalanceSheet");
    assertThat(bs.calculations()).isEqualTo(Mapping.Calculations.TEMPLATE);
    assertThat(bs.line()).isEqualTo(lineOf(text, "id=\"balance-sheet\""));
    assertThat(bs.rows()).extracting(Mapping.RowSpec::label).startsWith("Cash", "Receivables", "Total current assets",
        "Equipment, net", "Total assets", "Payables");
    Mapping.LineSpec assets = (Mapping.LineSpec) bs.tree().get(0);
    assertThat(assets.concept()).isEqualTo(new QName(BASE, "AssetsAbstract"));
    Mapping.LineSpec current = (Mapping.LineSpec) assets.children().get(0);
    assertThat(current.children()).hasSize(3);
    Mapping.RowSpec total = (Mapping.RowSpec) current.children().get(2);
    assertThat(total.preferredLabel()).isEqualTo("statementTotal");
    assertThat(total.sum()).isEqualTo(new QName(BASE, "Assets"));
    assertThat(total.line()).isEqualTo(lineOf(text, "label=\"Total current assets\""));
    assertThat(bs.tree()).hasSize(7);
    Mapping.RowSpec cost = m.tables().get(0).rows().get(3);
    assertThat(cost.weight()).isEqualTo(-1);
    assertThat(m.tables().get(0).rows().get(0).weight()).isEqualTo(1);
  }

  @Test
  void anOldMappingHasNoDeclarations() throws Exception {
    Mapping m = Mapping.read(TestFiles.handwrittenMapping());
    assertThat(m.declarations().concepts()).isEmpty();
    assertThat(m.declarations().extension()).isNull();
    assertThat(m.tables()).allSatisfy(t -> assertThat(t.tree()).hasSameSizeAs(t.rows()));
    assertThat(Converter.of(m, OfflineResolver.bundled()).writesExtension()).isFalse();
  }

  @Test
  void aMistypedTaxonomyConceptNamesTheLineAndTheClosestConcept() throws Exception {
    InputException e = refused("concept=\"base:CostOfRevenue\"", "concept=\"base:CostOfRevenu\"");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(acmeMapping(), "label=\"Cost of revenues\""));
    assertThat(e.problem()).contains("base:CostOfRevenu is not declared").endsWith("did you mean base:CostOfRevenue?");
  }

  @Test
  void aMistypedDeclaredConceptSuggestsTheDeclaredOne() throws Exception {
    InputException e = refused("concept=\"ext:WidgetSales\"", "concept=\"ext:WidgetSale\"");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(acmeMapping(), "label=\"Widget sales\""));
    assertThat(e.problem()).endsWith("did you mean ext:WidgetSales?");
  }

  @Test
  void anUnknownTypeSuggestsTheItemType() throws Exception {
    InputException e = refused("name=\"ext:WidgetSales\" type=\"xbrli:monetaryItemType\"",
        "name=\"ext:WidgetSales\" type=\"xbrli:monetaryItemTyp\"");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(acmeMapping(), "ext:WidgetSales\" type"));
    assertThat(e.problem()).contains("is not an XBRL item type").endsWith("did you mean xbrli:monetaryItemType?");
  }

  @Test
  void aConceptDeclaredTwiceIsRefusedAtTheSecond() throws Exception {
    String anchor = "  <label concept=\"base:Revenues\"";
    String second = "  <concept name=\"ext:WidgetSales\" type=\"xbrli:monetaryItemType\" period=\"duration\"/>\n" + anchor;
    InputException e = refused(anchor, second);
    String changed = acmeMapping().replace(anchor, second);
    assertThat(e.location()).endsWith("mapping.xml:" + (lineOf(changed, "<label concept") - 1));
    assertThat(e.problem()).isEqualTo("concept ext:WidgetSales is declared twice");
  }

  @Test
  void aConceptOutsideTheExtensionsNamespaceIsRefused() throws Exception {
    InputException e = refused("<taxonomy href=\"http://finfile.org/taxonomy/base/finfile-base.xsd\"/>",
        "<taxonomy href=\"http://finfile.org/taxonomy/base/finfile-base.xsd\"/>\n"
            + "  <extension name=\"acme-2024\" namespace=\"http://acme.example/xbrl/2024\" prefix=\"acme\"/>");
    assertThat(e.problem()).contains("ext:WidgetSales is not in the extension's namespace http://acme.example/xbrl/2024")
        .contains("prefix acme");
  }

  @Test
  void aWeightTheBalancesContradictIsRefused() throws Exception {
    InputException e = refused("concept=\"base:CostOfRevenue\" sum=\"base:OperatingIncomeLoss\" weight=\"-1\"",
        "concept=\"base:CostOfRevenue\" sum=\"base:OperatingIncomeLoss\" weight=\"1\"");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(acmeMapping(), "label=\"Cost of revenues\""));
    assertThat(e.problem()).isEqualTo("base:CostOfRevenue (debit) adds into base:OperatingIncomeLoss (credit) with weight 1;"
        + " XBRL 2.1 (5.2.5.2) requires weight below 0 for opposite balances: use weight=\"-1\"");
  }

  @Test
  void sumsInACycleAreRefused() throws Exception {
    InputException e = refused("  </table>\n\n  <table id=\"balance-sheet\"",
        "    <sum total=\"base:Revenues\" item=\"base:NetIncomeLoss\"/>\n  </table>\n\n  <table id=\"balance-sheet\"");
    assertThat(e.problem()).startsWith("the sums go round in a cycle: ").contains("base:NetIncomeLoss into base:Revenues");
  }

  @Test
  void aTotalAndAnItemOfDifferentPeriodTypesAreRefused() throws Exception {
    InputException e = refused("  </table>\n</mapping>",
        "    <sum total=\"base:Assets\" item=\"base:CostOfRevenue\"/>\n  </table>\n</mapping>");
    String changed = acmeMapping().replace("  </table>\n</mapping>",
        "    <sum total=\"base:Assets\" item=\"base:CostOfRevenue\"/>\n  </table>\n</mapping>");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(changed, "<sum total=\"base:Assets\""));
    assertThat(e.problem()).isEqualTo("base:CostOfRevenue (duration) cannot add into base:Assets (instant):"
        + " a total and its items have one period type");
  }

  @Test
  void anUnknownLabelRoleSuggestsTheStandardOne() throws Exception {
    InputException e = refused("preferred-label=\"statementTotal\" sum=\"base:Assets\"", "preferred-label=\"totalLable\" sum=\"base:Assets\"");
    assertThat(e.location()).endsWith("mapping.xml:" + lineOf(acmeMapping(), "label=\"Total current assets\""));
    assertThat(e.problem()).endsWith("did you mean totalLabel?");
  }

  @Test
  void aBalanceOnANonMonetaryConceptIsRefused() throws Exception {
    InputException e = refused("name=\"ext:InstallationServiceRevenue\" type=\"xbrli:monetaryItemType\"",
        "name=\"ext:InstallationServiceRevenue\" type=\"xbrli:decimalItemType\"");
    assertThat(e.problem()).isEqualTo("concept ext:InstallationServiceRevenue has a balance but is not monetary (type xbrli:decimalItemType)");
  }

  @Test
  void declarationsWithoutAnExtensionOverAHandWrittenTaxonomyAreRefused() throws Exception {
    String text = Files.readString(TestFiles.handwrittenMapping(), StandardCharsets.UTF_8);
    Path folder = dir.resolve("iij");
    copyTree(TestFiles.handwrittenTaxonomy().getParent(), folder);
    String changed = text.replace("  <entity ", "  <label concept=\"base:Revenues\" role=\"terseLabel\">Sales</label>\n  <entity ");
    Path file = folder.resolve("mapping.xml");
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Converter.of(Mapping.read(file), OfflineResolver.bundled()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("mapping.xml:" + lineOf(changed, "<label concept=\"base:Revenues\""))
        .hasMessageContaining("add <extension");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void closestNamesAreFoundByEditDistanceAndFarOnesAreNotSuggested() {
    assertThat(MappingChecks.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(MappingChecks.didYouMean("base:Reveneus", List.of("base:Revenues", "base:Assets"))).isEqualTo("; did you mean base:Revenues?");
    assertThat(MappingChecks.didYouMean("base:Xyzzy", List.of("base:Revenues", "base:Assets"))).isEmpty();
  }
}
