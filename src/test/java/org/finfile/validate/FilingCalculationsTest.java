package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Calculations;
import org.junit.jupiter.api.Test;

/** Calculations 1.1 over a filing in memory binds, narrows and reports as validation does. */
class FilingCalculationsTest {
  private static final String NS = "http://x.example/t";
  private static final QName TOTAL = new QName(NS, "Total");
  private static final QName A = new QName(NS, "A");
  private static final QName B = new QName(NS, "B");
  private static final Calculations SUM = new Calculations(List.of(new Calculations.Summation("http://x.example/role/R", TOTAL,
      List.of(new Calculations.Item(A, BigDecimal.ONE), new Calculations.Item(B, BigDecimal.ONE.negate())))));
  private static final Entity X = new Entity("http://x.example", "X");
  private static final Period END = new Period.Instant(LocalDate.of(2024, 12, 31));

  private static Fact fact(String id, QName concept, Context c, Unit u, String value, int decimals) {
    return new Fact(id, concept, c, u, new FactValue.Numeric(new BigDecimal(value)), Accuracy.Decimals.of(decimals), null);
  }

  private static Filing filing(List<Context> contexts, List<Unit> units, List<Fact> facts) {
    return new Filing(List.of("t.xsd"), Map.of("t", NS), contexts, units, facts, List.of());
  }

  @Test
  void sEqualContextsAndUnitsOfTheSameMeasuresBindWhateverTheirIds() {
    Context c1 = new Context("c1", X, END);
    Context c2 = new Context("c2", X, END);
    Unit u1 = Unit.of("u1", new QName(Unit.ISO4217, "USD"));
    Unit u2 = Unit.of("u2", new QName(Unit.ISO4217, "USD"));
    Fact total = fact("t", TOTAL, c1, u1, "4000", -3);
    Fact a = fact("a", A, c2, u2, "9000", -3);
    Fact b = fact("b", B, c1, u2, "3000", -3);
    FilingCalculations.Result r = FilingCalculations.check(SUM, filing(List.of(c1, c2), List.of(u1, u2), List.of(total, a, b)));
    assertThat(r.checked()).isEqualTo(1);
    assertThat(r.inconsistencies()).hasSize(1);
    FilingCalculations.Inconsistency i = r.inconsistencies().get(0);
    assertThat(i.total()).isSameAs(total);
    assertThat(i.items()).extracting(FilingCalculations.Item::fact).containsExactly(a, b);
    assertThat(i.items()).extracting(FilingCalculations.Item::weight).containsExactly(BigDecimal.ONE, BigDecimal.ONE.negate());
    assertThat(i.itemsSum()).isEqualByComparingTo("6000");
    assertThat(i.reported().toString()).isEqualTo("[3500, 4500]");
    assertThat(i.itemsRange().toString()).isEqualTo("[5000, 7000]");
  }

  @Test
  void otherContextsAndUnitsDoNotBindAndRoundingIsAllowed() {
    Context now = new Context("now", X, END);
    Context before = new Context("before", X, new Period.Instant(LocalDate.of(2023, 12, 31)));
    Unit usd = Unit.of("USD", new QName(Unit.ISO4217, "USD"));
    Unit eur = Unit.of("EUR", new QName(Unit.ISO4217, "EUR"));
    List<Fact> facts = List.of(
        // 7 thousand stands for [6,500, 7,500]; 9 - 3 for [5,000, 7,000]: they meet
        fact("t", TOTAL, now, usd, "7000", -3), fact("a", A, now, usd, "9000", -3), fact("b", B, now, usd, "3000", -3),
        // an item in another period, another unit: no binding with the total
        fact("a2", A, before, usd, "1", 0), fact("b2", B, now, eur, "1", 0),
        new Fact("n", TOTAL, before, eur, FactValue.NIL, null, null));
    FilingCalculations.Result r = FilingCalculations.check(SUM, filing(List.of(now, before), List.of(usd, eur), facts));
    assertThat(r.checked()).isEqualTo(1);
    assertThat(r.inconsistencies()).isEmpty();
  }

  /** A summation two roles both state is one total to check, whatever the order of its items there. */
  @Test
  void theSameSummationInTwoRolesIsCheckedOnceWhateverTheOrderOfItsItems() {
    Calculations twice = new Calculations(List.of(SUM.summations().get(0), new Calculations.Summation("http://x.example/role/S",
        TOTAL, List.of(new Calculations.Item(B, new BigDecimal("-1.0")), new Calculations.Item(A, new BigDecimal("1.00"))))));
    Context now = new Context("now", X, END);
    Unit usd = Unit.of("USD", new QName(Unit.ISO4217, "USD"));
    Filing f = filing(List.of(now), List.of(usd),
        List.of(fact("t", TOTAL, now, usd, "6000", -3), fact("a", A, now, usd, "9000", -3), fact("b", B, now, usd, "3000", -3)));
    assertThat(FilingCalculations.check(twice, f).checked()).isEqualTo(1);
    Calculations other = new Calculations(List.of(SUM.summations().get(0), new Calculations.Summation("http://x.example/role/S",
        TOTAL, List.of(new Calculations.Item(A, BigDecimal.ONE), new Calculations.Item(B, BigDecimal.ONE)))));
    assertThat(FilingCalculations.check(other, f).checked()).as("a summation of other weights is checked too").isEqualTo(2);
  }
}
