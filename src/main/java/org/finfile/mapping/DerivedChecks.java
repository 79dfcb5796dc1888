package org.finfile.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.InputException;
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
  private final Map<List<Column>, AmountColumns> amountColumns = new java.util.IdentityHashMap<>();
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
    AmountColumns amounts = amountColumns.computeIfAbsent(c.columns(), AmountColumns::new);
    int amountColumn = amounts.leftOf(c.column());
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
      int currentColumn = amounts.first(c.columns().get(amountColumn - 2).currency());
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
          + ": the release prints " + InputException.clip(c.text()) + " but " + formula + " gives "
          + expected.middle().setScale(c.number().fractionDigits() + 2, RoundingMode.HALF_UP).toPlainString()
          + "% (with rounding, " + expected.describe(8) + ")"));
    }
  }

  /**
   * Checks each translated amount against the amount it translates. Facts are indexed by
   * currency, and the amounts translated from by concept and context, so the work grows with
   * the facts times the translations into one currency, never with the facts squared.
   */
  void translations(List<Mapping.Translation> translations, List<Fact> facts) {
    Map<String, List<Fact>> byCurrency = new HashMap<>();
    Map<List<Object>, Fact> first = new HashMap<>();
    for (Fact f : facts) {
      String code = usable(f) ? currency(f.unit()) : null;
      if (code != null) {
        byCurrency.computeIfAbsent(code, k -> new ArrayList<>()).add(f);
        first.putIfAbsent(List.of(f.concept(), f.context(), code), f);
      }
    }
    for (Mapping.Translation t : translations) {
      for (Fact to : byCurrency.getOrDefault(t.to(), List.of())) {
        Fact from = first.get(List.of(to.concept(), to.context(), t.from()));
        if (from == null) {
          unchecked++;
          continue;
        }
        Interval expected = span(from).times(BigDecimal.ONE.divide(t.rate(), MC));
        checked++;
        if (!expected.meets(span(to))) {
          problems.add(new Problem(to.source() == null ? to.concept().getLocalPart() : to.source().location(),
              Severity.WARNING, Rules.DERIVED, "convenience translation: the release prints " + t.to() + " "
              + (to.source() == null ? number(to) : InputException.clip(to.source().text())) + " but " + t.from() + " " + number(from)
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

  /** The ISO 4217 code of a plain currency unit, or null. */
  private static String currency(Unit u) {
    return !u.isDivide() && u.numerator().size() == 1 && u.numerator().get(0).getNamespaceURI().equals(Namespaces.ISO4217)
        ? u.numerator().get(0).getLocalPart() : null;
  }

  private static boolean usable(Fact f) {
    return f != null && f.value() instanceof FactValue.Numeric && f.accuracy() instanceof Accuracy.Decimals;
  }

  private static String number(Fact f) {
    return InputException.clip(f.source() != null ? f.source().text().replaceAll("</?u>", "")
        : ((FactValue.Numeric) f.value()).value().toPlainString());
  }

  /**
   * A table's amount columns (not derived, with a period), found in one pass: the nearest one
   * left of each column, and the first of each currency.
   */
  private static final class AmountColumns {
    private final int[] leftOf;
    private final Map<String, Integer> first = new HashMap<>();

    AmountColumns(List<Column> columns) {
      leftOf = new int[columns.size() + 2];
      int last = -1;
      for (int c = 2; c - 2 < columns.size(); c++) {
        leftOf[c] = last;
        Column col = columns.get(c - 2);
        if (col != null && col.derived() == null && col.period() != null) {
          last = c;
          first.putIfAbsent(col.currency() == null ? "" : "=" + col.currency(), c);
        }
      }
    }

    /** The nearest amount column left of {@code column}, or -1. */
    int leftOf(int column) {
      return column < leftOf.length ? leftOf[column] : -1;
    }

    /** The first amount column of {@code currency} (null: none stated), or -1. */
    int first(String currency) {
      return first.getOrDefault(currency == null ? "" : "=" + currency, -1);
    }
  }
}
