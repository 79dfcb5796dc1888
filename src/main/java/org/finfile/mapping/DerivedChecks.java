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
import org.finfile.validate.Interval;
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
    Interval printed = Interval.printed(c.number().value(), c.number().fractionDigits());
    Interval expected;
    String formula;
    if ("percent-of".equals(c.kind().check())) {
      Fact total = amount == null ? null : byConceptContextUnit.get(key(c.kind().total(), amount));
      if (!usable(amount) || !usable(total)) {
        unchecked++;
        return;
      }
      expected = span(amount).dividedBy(span(total));
      formula = number(amount) + " / " + number(total) + " (" + c.kind().total().getLocalPart() + ")";
    } else {
      int currentColumn = firstAmountColumn(c.columns(), c.columns().get(amountColumn - 2).currency());
      Fact current = byCell.get(c.table().id() + ":" + c.row() + ":" + currentColumn);
      if (currentColumn == amountColumn || !usable(amount) || !usable(current)) {
        unchecked++;
        return;
      }
      Interval ratio = span(current).dividedBy(span(amount));
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
          + "% (with rounding, " + expected.describe(8) + ")"));
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
        Interval expected = span(from).times(BigDecimal.ONE.divide(t.rate(), MC));
        checked++;
        if (!expected.meets(span(to))) {
          problems.add(new Problem(to.source() == null ? to.concept().getLocalPart() : to.source().location(),
              Severity.WARNING, Rules.DERIVED, "convenience translation: the release prints " + t.to() + " "
              + (to.source() == null ? number(to) : to.source().text()) + " but " + t.from() + " " + number(from)
              + " / " + t.rate().toPlainString() + " = " + expected.middle().setScale(0, RoundingMode.HALF_UP).toPlainString()
              + " (with rounding, " + expected.describe(8) + ")"));
        }
      }
    }
  }

  /** The interval a fact's value stands for. */
  private static Interval span(Fact f) {
    return Interval.of(((FactValue.Numeric) f.value()).value(), f.accuracy());
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
}
