package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.CalculationTemplate.Arc;
import org.junit.jupiter.api.Test;

class CalculationTemplateTest {
  static final String BASE = "http://finfile.org/taxonomy/base";
  static final CalculationTemplate TEMPLATE = CalculationTemplate.base();

  static QName b(String local) {
    return new QName(BASE, local);
  }

  static List<QName> rows(String... locals) {
    return Arrays.stream(locals).map(l -> l.startsWith("ext:") ? new QName("http://acme.example/x", l.substring(4)) : b(l))
        .toList();
  }

  static Arc arc(String total, String item, int weight) {
    return new Arc(b(total), b(item), weight);
  }

  @Test
  void theBundledTemplateIsReadThroughTheLoader() {
    assertThat(TEMPLATE.arcs()).hasSizeGreaterThan(200);
    assertThat(TEMPLATE.isTotal(b("GrossProfit"))).isTrue();
    assertThat(TEMPLATE.isTotal(b("CostOfGoodsSold"))).isFalse();
    assertThat(TEMPLATE.arcs()).contains(arc("GrossProfit", "CostOfRevenue", -1), arc("AssetsCurrent", "InventoryNet", 1));
  }

  @Test
  void aFullIncomeStatementGetsOneArcPerLineUnderItsNearestTotal() {
    List<Arc> arcs = TEMPLATE.project(rows("IncomeStatementAbstract", "Revenues", "CostOfRevenue", "GrossProfit",
        "SellingGeneralAndAdministrativeExpense", "ResearchAndDevelopmentExpense", "OperatingExpenses", "OperatingIncomeLoss",
        "InterestExpense", "IncomeLossBeforeIncomeTaxes", "IncomeTaxExpenseBenefit", "NetIncomeLoss"), List.of());
    assertThat(arcs).containsExactly(
        arc("GrossProfit", "Revenues", 1), arc("GrossProfit", "CostOfRevenue", -1),
        arc("OperatingExpenses", "SellingGeneralAndAdministrativeExpense", 1), arc("OperatingExpenses", "ResearchAndDevelopmentExpense", 1),
        arc("OperatingIncomeLoss", "GrossProfit", 1), arc("OperatingIncomeLoss", "OperatingExpenses", -1),
        arc("IncomeLossBeforeIncomeTaxes", "OperatingIncomeLoss", 1), arc("IncomeLossBeforeIncomeTaxes", "InterestExpense", -1),
        arc("NetIncomeLoss", "IncomeLossBeforeIncomeTaxes", 1), arc("NetIncomeLoss", "IncomeTaxExpenseBenefit", -1));
  }

  @Test
  void anExtensionRowBetweenTheItemsLeavesTheTotalToTheUser() {
    List<Arc> arcs = TEMPLATE.project(rows("Revenues", "CostOfRevenue", "ext:WarrantyCosts", "GrossProfit"), List.of());
    assertThat(arcs).noneMatch(a -> a.total().equals(b("GrossProfit")));
  }

  @Test
  void aDeclaredArcForTheExtensionRowLetsTheTemplateApply() {
    Arc declared = new Arc(b("GrossProfit"), new QName("http://acme.example/x", "WarrantyCosts"), -1);
    List<Arc> arcs = TEMPLATE.project(rows("Revenues", "CostOfRevenue", "ext:WarrantyCosts", "GrossProfit"), List.of(declared));
    assertThat(arcs).containsExactly(arc("GrossProfit", "Revenues", 1), arc("GrossProfit", "CostOfRevenue", -1));
  }

  @Test
  void unreportedSubtotalsAreLookedThroughWithTheirWeightsMultiplied() {
    List<Arc> arcs = TEMPLATE.project(rows("PropertyPlantAndEquipmentGross",
        "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", "Goodwill", "NoncurrentAssets"), List.of());
    assertThat(arcs).containsExactlyInAnyOrder(arc("NoncurrentAssets", "PropertyPlantAndEquipmentGross", 1),
        arc("NoncurrentAssets", "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", -1),
        arc("NoncurrentAssets", "Goodwill", 1));
    List<Arc> operating = TEMPLATE.project(rows("Revenues", "CostOfRevenue", "SellingGeneralAndAdministrativeExpense",
        "OperatingIncomeLoss"), List.of());
    assertThat(operating).containsExactlyInAnyOrder(arc("OperatingIncomeLoss", "Revenues", 1),
        arc("OperatingIncomeLoss", "CostOfRevenue", -1), arc("OperatingIncomeLoss", "SellingGeneralAndAdministrativeExpense", -1));
  }

  @Test
  void netIncomeAtTheTopOfACashFlowStatementGetsNoIncomeStatementArcs() {
    List<Arc> arcs = TEMPLATE.project(rows("CashFlowStatementAbstract", "NetIncomeLoss", "DepreciationDepletionAndAmortization",
        "ShareBasedCompensation", "IncreaseDecreaseInAccountsReceivable", "NetCashProvidedByUsedInOperatingActivities",
        "PaymentsToAcquirePropertyPlantAndEquipment", "NetCashProvidedByUsedInInvestingActivities",
        "PaymentsOfDividends", "NetCashProvidedByUsedInFinancingActivities",
        "NetIncreaseDecreaseInCashAndCashEquivalents"), List.of());
    assertThat(arcs).noneMatch(a -> a.total().equals(b("NetIncomeLoss")));
    assertThat(arcs).containsExactly(
        arc("NetCashProvidedByUsedInOperatingActivities", "NetIncomeLoss", 1),
        arc("NetCashProvidedByUsedInOperatingActivities", "DepreciationDepletionAndAmortization", 1),
        arc("NetCashProvidedByUsedInOperatingActivities", "ShareBasedCompensation", 1),
        arc("NetCashProvidedByUsedInOperatingActivities", "IncreaseDecreaseInAccountsReceivable", -1),
        arc("NetCashProvidedByUsedInInvestingActivities", "PaymentsToAcquirePropertyPlantAndEquipment", -1),
        arc("NetCashProvidedByUsedInFinancingActivities", "PaymentsOfDividends", -1),
        arc("NetIncreaseDecreaseInCashAndCashEquivalents", "NetCashProvidedByUsedInOperatingActivities", 1),
        arc("NetIncreaseDecreaseInCashAndCashEquivalents", "NetCashProvidedByUsedInInvestingActivities", 1),
        arc("NetIncreaseDecreaseInCashAndCashEquivalents", "NetCashProvidedByUsedInFinancingActivities", 1));
  }

  @Test
  void aConceptAlreadySummedIsNotAddedToASecondTotal() {
    List<Arc> arcs = TEMPLATE.project(rows("AssetsAbstract", "CashAndCashEquivalentsAtCarryingValue", "AccountsReceivableNetCurrent",
        "AssetsCurrent", "PropertyPlantAndEquipmentNet", "Goodwill", "Assets"), List.of());
    assertThat(arcs).containsExactly(arc("AssetsCurrent", "CashAndCashEquivalentsAtCarryingValue", 1),
        arc("AssetsCurrent", "AccountsReceivableNetCurrent", 1), arc("Assets", "AssetsCurrent", 1),
        arc("Assets", "PropertyPlantAndEquipmentNet", 1), arc("Assets", "Goodwill", 1));
    Arc declared = new Arc(new QName("http://acme.example/x", "Liquidity"), b("CashAndCashEquivalentsAtCarryingValue"), 1);
    assertThat(TEMPLATE.project(rows("CashAndCashEquivalentsAtCarryingValue", "AccountsReceivableNetCurrent", "AssetsCurrent"),
        List.of(declared))).containsExactly(arc("AssetsCurrent", "AccountsReceivableNetCurrent", 1));
  }

  @Test
  void aTotalWithNoItemReportedAboveItGetsNothing() {
    assertThat(TEMPLATE.project(rows("GrossProfit", "Revenues", "CostOfRevenue"), List.of())).isEmpty();
    assertThat(TEMPLATE.project(rows("Revenues", "NetIncomeLoss"), List.of())).isEmpty();
  }

  @Test
  void anArcOfWeightZeroIsRefused() {
    assertThatThrownBy(() -> arc("GrossProfit", "Revenues", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of 0");
  }

  @Test
  void anIfrsIncomeStatementUsesTheIfrsTotalsAndLeavesTheAttributionBelowProfitAlone() {
    List<Arc> arcs = TEMPLATE.project(rows("Revenue", "CostOfSales", "GrossProfit", "DistributionCosts", "AdministrativeExpense",
        "OtherOperatingIncome", "ProfitLossFromOperatingActivities", "FinanceIncome", "FinanceCosts", "ProfitLossBeforeTax",
        "IncomeTaxExpenseContinuingOperations", "ProfitLoss", "ProfitLossAttributableToOwnersOfParent",
        "ProfitLossAttributableToNoncontrollingInterests"), List.of());
    assertThat(arcs).containsExactly(arc("GrossProfit", "Revenue", 1), arc("GrossProfit", "CostOfSales", -1),
        arc("ProfitLossFromOperatingActivities", "GrossProfit", 1), arc("ProfitLossFromOperatingActivities", "DistributionCosts", -1),
        arc("ProfitLossFromOperatingActivities", "AdministrativeExpense", -1),
        arc("ProfitLossFromOperatingActivities", "OtherOperatingIncome", 1),
        arc("ProfitLossBeforeTax", "ProfitLossFromOperatingActivities", 1), arc("ProfitLossBeforeTax", "FinanceIncome", 1),
        arc("ProfitLossBeforeTax", "FinanceCosts", -1),
        arc("ProfitLoss", "ProfitLossBeforeTax", 1), arc("ProfitLoss", "IncomeTaxExpenseContinuingOperations", -1));
  }

  @Test
  void aBalanceSheetWithoutATotalOfLiabilitiesSumsItsPartsIntoTheGrandTotal() {
    List<Arc> arcs = TEMPLATE.project(rows("AccountsPayableCurrent", "AccruedLiabilitiesCurrent", "LiabilitiesCurrent",
        "LongTermDebtNoncurrent", "CommitmentsAndContingencies", "CommonStockValue", "TreasuryStockValue", "RetainedEarnings",
        "StockholdersEquity", "LiabilitiesAndStockholdersEquity"), List.of());
    assertThat(arcs).containsExactly(arc("LiabilitiesCurrent", "AccountsPayableCurrent", 1),
        arc("LiabilitiesCurrent", "AccruedLiabilitiesCurrent", 1), arc("StockholdersEquity", "CommonStockValue", 1),
        arc("StockholdersEquity", "TreasuryStockValue", -1), arc("StockholdersEquity", "RetainedEarnings", 1),
        arc("LiabilitiesAndStockholdersEquity", "LiabilitiesCurrent", 1),
        arc("LiabilitiesAndStockholdersEquity", "CommitmentsAndContingencies", 1),
        arc("LiabilitiesAndStockholdersEquity", "StockholdersEquity", 1),
        arc("LiabilitiesAndStockholdersEquity", "LongTermDebtNoncurrent", 1));
  }
}
