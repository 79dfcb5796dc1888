package org.finfile.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Unit;
import org.finfile.tables.ParsedNumber;
import org.finfile.validate.Problem;
import org.finfile.validate.Rules;
import org.finfile.validate.Severity;
import org.finfile.xml.Namespaces;

/**
 * Recomputes the figures a release derives from its own facts — percentages of a total,
 * period-over-period changes, convenience translations — and compares them with what it
 * printed, within the rounding of every number involved (interval arithmetic). A mismatch is
 * a warning naming the printed cell: the release may simply be wrong, and that is worth knowing.
 */
final class DerivedChecks {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A derived cell as printed: where it is, what it says, and which columns it derives from. */
  record Cell(Mapping.TableSpec table, int row, int column, String text, ParsedNumber number, Mapping.Derived kind,
      List<Column> columns, String document) {
    String location() {
      return document + ":" + table.id() + ":" + row + ":" + column;
    }
  }

  private final Map<String, Fact> byCell;
  private final Map<String, Fact> byConceptContextUnit = new HashMap<>();
  final List<Problem> problems = new ArrayList<>();
  int checked;
  int unchecked;

  DerivedChecks(List<Fact> facts) {
    byCell = new HashMap<>();
    for (Fact f : facts) {
      if (f.source() != null) {
        byCell.put(f.source().table() + ":" + f.source().row() + ":" + f.source().column(), f);
      }
      if (f.value() instanceof FactValue.Numeric) {
        byConceptContextUnit.merge(key(f.concept(), f), f, (a, b) -> precise(a) >= precise(b) ? a : b);
      }
    }
  }

  private static String key(QName concept, Fact f) {
    return concept + "|" + f.context().period() + "|" + f.unit().id();
  }

  private static int precise(Fact f) {
    return f.accuracy() instanceof Accuracy.Decimals d ? (d.infinite() ? Integer.MAX_VALUE : d.places()) : 0;
  }

  void cell(Cell c) {
    if (c.kind().check() == null) {
      return;
    }
    int amountColumn = amountColumnLeftOf(c.columns(), c.column());
    Fact amount = amountColumn < 0 ? null : byCell.get(c.table().id() + ":" + c.row() + ":" + amountColumn);
    Span printed = Span.of(c.number().value(), c.number().fractionDigits());
    Span expected;
    String formula;
    if ("percent-of".equals(c.kind().check())) {
      Fact total = amount == null ? null : byConceptContextUnit.get(key(c.kind().total(), amount));
      if (!usable(amount) || !usable(total)) {
        unchecked++;
        return;
      }
      expected = Span.of(amount).dividedBy(Span.of(total));
      formula = number(amount) + " / " + number(total) + " (" + c.kind().total().getLocalPart() + ")";
    } else {
      int currentColumn = firstAmountColumn(c.columns(), c.columns().get(amountColumn - 2).currency());
      Fact current = byCell.get(c.table().id() + ":" + c.row() + ":" + currentColumn);
      if (currentColumn == amountColumn || !usable(amount) || !usable(current)) {
        unchecked++;
        return;
      }
      Span ratio = Span.of(current).dividedBy(Span.of(amount));
      expected = ratio == null ? null : ratio.minus(BigDecimal.ONE);
      formula = "(" + number(current) + " - " + number(amount) + ") / " + number(amount);
    }
    if (expected == null) {
      unchecked++;
      return;
    }
    expected = expected.times(HUNDRED);
    checked++;
    if (!expected.meets(printed)) {
      problems.add(new Problem(c.location(), Severity.WARNING, Rules.DERIVED, c.kind().reason().replace(" (derived)", "")
          + ": the release prints " + c.text().strip() + " but " + formula + " gives "
          + expected.middle().setScale(c.number().fractionDigits() + 2, RoundingMode.HALF_UP).toPlainString()
          + "% (with rounding, " + expected + ")"));
    }
  }

  /** Checks each translated amount against the amount it translates. */
  void translations(List<Mapping.Translation> translations, List<Fact> facts) {
    for (Mapping.Translation t : translations) {
      for (Fact to : facts) {
        if (!usable(to) || !currency(to.unit(), t.to())) {
          continue;
        }
        Fact from = null;
        for (Fact f : facts) {
          if (f.concept().equals(to.concept()) && f.context().equals(to.context()) && usable(f) && currency(f.unit(), t.from())) {
            from = f;
            break;
          }
        }
        if (from == null) {
          unchecked++;
          continue;
        }
        Span expected = Span.of(from).times(BigDecimal.ONE.divide(t.rate(), MC));
        checked++;
        if (!expected.meets(Span.of(to))) {
          problems.add(new Problem(to.source() == null ? to.concept().getLocalPart() : to.source().location(),
              Severity.WARNING, Rules.DERIVED, "convenience translation: the release prints " + t.to() + " "
              + (to.source() == null ? number(to) : to.source().text()) + " but " + t.from() + " " + number(from)
              + " / " + t.rate().toPlainString() + " = " + expected.middle().setScale(0, RoundingMode.HALF_UP).toPlainString()
              + " (with rounding, " + expected + ")"));
        }
      }
    }
  }

  private static boolean currency(Unit u, String code) {
    return !u.isDivide() && u.numerator().size() == 1 && u.numerator().get(0).getNamespaceURI().equals(Namespaces.ISO4217)
        && u.numerator().get(0).getLocalPart().equals(code);
  }

  private static boolean usable(Fact f) {
    return f != null && f.value() instanceof FactValue.Numeric && f.accuracy() instanceof Accuracy.Decimals;
  }

  private static String number(Fact f) {
    return f.source() != null ? f.source().text().replaceAll("</?u>", "") : ((FactValue.Numeric) f.value()).value().toPlainString();
  }

  private static int amountColumnLeftOf(List<Column> columns, int column) {
    for (int c = column - 1; c >= 2; c--) {
      Column col = columns.get(c - 2);
      if (col != null && col.derived() == null && col.period() != null) {
        return c;
      }
    }
    return -1;
  }

  private static int firstAmountColumn(List<Column> columns, String currency) {
    for (int c = 2; c - 2 < columns.size(); c++) {
      Column col = columns.get(c - 2);
      if (col != null && col.derived() == null && col.period() != null && java.util.Objects.equals(col.currency(), currency)) {
        return c;
      }
    }
    return -1;
  }

  /** An interval of exact decimals. */
  record Span(BigDecimal low, BigDecimal high) {
    static Span of(BigDecimal value, int fractionDigits) {
      BigDecimal half = new BigDecimal("0.5").scaleByPowerOfTen(-fractionDigits);
      return new Span(value.subtract(half), value.add(half));
    }

    static Span of(Fact f) {
      BigDecimal v = ((FactValue.Numeric) f.value()).value();
      Accuracy.Decimals d = (Accuracy.Decimals) f.accuracy();
      return d.infinite() ? new Span(v, v) : of(v, d.places());
    }

    Span dividedBy(Span o) {
      if (o.low.signum() <= 0 && o.high.signum() >= 0) {
        return null;
      }
      BigDecimal[] q = {low.divide(o.low, MC), low.divide(o.high, MC), high.divide(o.low, MC), high.divide(o.high, MC)};
      BigDecimal lo = q[0];
      BigDecimal hi = q[0];
      for (BigDecimal x : q) {
        lo = lo.min(x);
        hi = hi.max(x);
      }
      return new Span(lo, hi);
    }

    Span minus(BigDecimal x) {
      return new Span(low.subtract(x), high.subtract(x));
    }

    Span times(BigDecimal x) {
      BigDecimal a = low.multiply(x);
      BigDecimal b = high.multiply(x);
      return x.signum() >= 0 ? new Span(a, b) : new Span(b, a);
    }

    boolean meets(Span o) {
      return low.compareTo(o.high) <= 0 && o.low.compareTo(high) <= 0;
    }

    BigDecimal middle() {
      return low.add(high).divide(BigDecimal.valueOf(2), MC);
    }

    @Override
    public String toString() {
      return "[" + low.round(new MathContext(8)).stripTrailingZeros().toPlainString() + ", "
          + high.round(new MathContext(8)).stripTrailingZeros().toPlainString() + "]";
    }
  }
}
