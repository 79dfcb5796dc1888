package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.taxonomy.Calculations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A binding costs the Calculations 1.1 check what it reports, not the size of the summations
 * its totals head: 100,000 contexts each reporting a total and one of its 100,000 items were
 * 10^10 lookups (item by item, binding by binding); from the smaller side they are 2 × 10^5.
 * A problem names the items it can show, then "…".
 */
class CalculationScaleTest {
  private static final String NS = "http://example.com/calc";

  private static QName c(int i) {
    return new QName(NS, "c" + i);
  }

  private static InstanceScan scan(int contexts) {
    InstanceScan scan = new InstanceScan("i.xml", new ArrayList<>(), null, true);
    Facts.Un jpy = new Facts.Un("JPY", "i.xml", List.of(new QName("http://www.xbrl.org/2003/iso4217", "JPY")), List.of());
    jpy.cls = 0;
    scan.units.put("JPY", jpy);
    for (int k = 0; k < contexts; k++) {
      scan.contexts.put("x" + k, new Facts.Ctx("x" + k, k + 2, 1, Facts.PeriodKind.INSTANT, k));
    }
    return scan;
  }

  private static Facts.CalcFact fact(QName concept, int context, long value) {
    return new Facts.CalcFact(concept, "x" + context, "JPY", BigDecimal.valueOf(value), new Accuracy.Decimals(0, false),
        context + 2, 1, null);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandBindingsOfAHundredThousandItemSummationAreCheckedFromTheSmallerSide() {
    int n = 100_000;
    List<Calculations.Item> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      items.add(new Calculations.Item(c(i), BigDecimal.ONE));
    }
    Calculations calculations = new Calculations(List.of(new Calculations.Summation("http://example.com/role/Wide", c(0), items)));
    InstanceScan scan = scan(n);
    for (int k = 0; k < n; k++) {
      // consistent everywhere but in the last context
      scan.calcFacts.add(fact(c(0), k, k == n - 1 ? 8 : 5));
      scan.calcFacts.add(fact(c(1 + k % n), k, 5));
    }
    List<Problem> problems = new ArrayList<>();

    CalculationCheck.check(calculations, scan, "i.xml", problems);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).contains("context x" + (n - 1)).contains("+c" + n + " 5");
  }

  @Test
  void aProblemNamesTheItemsItCanShowThenAnEllipsis() {
    int n = 2_000;
    List<Calculations.Item> items = new ArrayList<>();
    InstanceScan scan = scan(1);
    scan.calcFacts.add(fact(c(0), 0, 1));
    for (int i = 1; i <= n; i++) {
      items.add(new Calculations.Item(c(i), BigDecimal.ONE));
      scan.calcFacts.add(fact(c(i), 0, 7));
    }
    List<Problem> problems = new ArrayList<>();

    CalculationCheck.check(new Calculations(List.of(new Calculations.Summation("http://example.com/role/R", c(0), items))),
        scan, "i.xml", problems);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).contains("items sum to 14000").contains("+c1 7, +c2 7").contains(", …")
        .doesNotContain("c2000 7");
  }
}
