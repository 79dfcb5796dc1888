package org.finfile.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.Source;
import org.finfile.model.Unit;
import org.finfile.tables.Cells;
import org.finfile.tables.Numbers;
import org.finfile.tables.TabBlock;
import org.finfile.validate.FilingCalculations;

/**
 * A conversion's totals checked with its taxonomy's calculations (Calculations 1.1, {@link
 * FilingCalculations}), each one that does not add up told in the document's terms: the
 * total's line, the rows' labels as printed, the figures in the table's own scale, the
 * difference, the currency and scale.
 *
 * <pre>
 * acme.txt:29: Total current assets prints 5,850 but its lines sum to 5,800 (off by 50, USD thousands): Cash 2,600 (line 25), Receivables 3,200 (line 26)
 * </pre>
 *
 * <p>Every printed figure stands for the values that round to it, so a difference that the
 * rounding of the printed figures explains is no mismatch: a total of n lines, all printed to
 * the same last digit, may differ from the sum of the printed lines by up to (n + 1) / 2 of
 * that digit.
 */
final class TotalsCheck {
  /** How many characters of a line the items take before the rest are counted, not named. */
  private static final int PARTS_CHARS = 2_000;

  private final Map<Integer, List<TabBlock.Row>> rowsByLine = new HashMap<>();

  TotalsCheck(List<TabBlock> blocks) {
    for (TabBlock b : blocks) {
      for (TabBlock.Row r : b.rows()) {
        rowsByLine.computeIfAbsent(r.line(), k -> new ArrayList<>(1)).add(r);
      }
    }
  }

  /** Checks the conversion's totals; the document's tables give the rows' labels. */
  static Conversion.Totals check(Conversion conversion, List<TabBlock> blocks) {
    FilingCalculations.Result result = FilingCalculations.check(conversion.taxonomy().calculations(), conversion.filing());
    TotalsCheck check = new TotalsCheck(blocks);
    List<FilingCalculations.Inconsistency> found = new ArrayList<>(result.inconsistencies());
    found.sort(Comparator.comparing((FilingCalculations.Inconsistency i) -> i.total().source(),
        Comparator.nullsLast(Comparator.comparing(Source::document).thenComparingInt(Source::line)
            .thenComparingInt(Source::column))));
    List<Conversion.Mismatch> mismatches = new ArrayList<>();
    for (FilingCalculations.Inconsistency i : found) {
      mismatches.add(check.mismatch(i));
    }
    return new Conversion.Totals(result.checked(), mismatches);
  }

  /** One inconsistent total, told at its line. */
  Conversion.Mismatch mismatch(FilingCalculations.Inconsistency bad) {
    Fact total = bad.total();
    Printed scale = Printed.of(total);
    BigDecimal sum = bad.itemsSum();
    BigDecimal value = Printed.value(total);
    int places = Math.max(scale.fractionDigits(), Math.max(places(sum, scale.power()), places(value, scale.power())));
    StringBuilder message = new StringBuilder();
    message.append(label(total)).append(" prints ").append(Printed.format(value, scale.power(), scale.fractionDigits()))
        .append(" but its lines sum to ").append(Printed.format(sum, scale.power(), places))
        .append(" (off by ").append(Printed.format(value.subtract(sum).abs(), scale.power(), places))
        .append(", ").append(unitWords(total.unit(), scale.power())).append("): ");
    List<String> parts = new ArrayList<>();
    int chars = 0;
    for (FilingCalculations.Item item : bad.items()) {
      if (chars > PARTS_CHARS) {
        // a line names the items it can show, not 100,000 of them
        parts.add("… (" + (bad.items().size() - parts.size()) + " more)");
        break;
      }
      Printed p = Printed.of(item.fact());
      String part = weight(item.weight()) + label(item.fact()) + " "
          + Printed.format(item.value(), p.power(), p.fractionDigits()) + where(item.fact().source(), total.source());
      chars += part.length() + 2;
      parts.add(part);
    }
    message.append(String.join(", ", parts));
    Source at = total.source();
    String location = at == null ? total.concept().getLocalPart() : at.document() + ":" + place(at);
    return new Conversion.Mismatch(location, message.toString());
  }

  /** The places a value needs after the point in units of {@code 10^power}. */
  private static int places(BigDecimal v, int power) {
    return Math.max(0, v.scaleByPowerOfTen(-power).stripTrailingZeros().scale());
  }

  /** The row's label as printed (footnote markers and a closing colon left out); the concept's name when unknown. */
  private String label(Fact f) {
    Source s = f.source();
    if (s != null) {
      for (TabBlock.Row row : rowsByLine.getOrDefault(s.line(), List.of())) {
        if (row.cell(s.column()).equals(s.text())) {
          String label = Cells.label(row.cell(1));
          if (!label.isEmpty()) {
            return InputException.clip(label);
          }
        }
      }
    }
    return f.concept().getLocalPart();
  }

  /** Where an item is: its line, and its table when it is not the total's. */
  private String where(Source item, Source total) {
    if (item == null) {
      return "";
    }
    boolean sameTable = total != null && total.document().equals(item.document()) && total.table().equals(item.table());
    String place = place(item);
    String line = place.equals(Integer.toString(item.line())) ? "line " + place : place;
    return sameTable ? " (" + line + ")" : " (table " + item.table() + ", " + line + ")";
  }

  /** A fact's cell as the document names it: a text line, {@code Income!B7}, {@code table 2, row 7}. */
  private String place(Source s) {
    for (TabBlock.Row row : rowsByLine.getOrDefault(s.line(), List.of())) {
      return row.at(s.column());
    }
    return Integer.toString(s.line());
  }

  private static String weight(BigDecimal w) {
    if (w.compareTo(BigDecimal.ONE) == 0) {
      return "";
    }
    if (w.compareTo(BigDecimal.ONE.negate()) == 0) {
      return "less ";
    }
    return (w.signum() < 0 ? "less " : "") + w.abs().stripTrailingZeros().toPlainString() + " × ";
  }

  /**
   * {@code USD thousands}, {@code JPY millions}, {@code shares}; a ratio unit as {@code
   * JPY/shares}; a pure number printed as a percentage, {@code percent}.
   */
  static String unitWords(Unit unit, int power) {
    String measures = String.join("·", unit.numerator().stream().map(QName::getLocalPart).toList())
        + (unit.isDivide() ? "/" + String.join("·", unit.denominator().stream().map(QName::getLocalPart).toList()) : "");
    if (power == -2 && measures.equals("pure")) {
      return "percent";
    }
    String scale = switch (power) {
      case 0 -> "";
      case 3 -> " thousands";
      case 6 -> " millions";
      case 9 -> " billions";
      case 12 -> " trillions";
      default -> " ×10^" + power;
    };
    return measures + scale;
  }

  /**
   * How a fact's figure was printed: the table's scale ({@code power}: the value is the printed
   * figure times {@code 10^power}) and the digits after the point.
   */
  record Printed(int power, int fractionDigits) {
    static Printed of(Fact f) {
      if (f.source() != null && f.accuracy() instanceof Accuracy.Decimals d && !d.infinite()) {
        try {
          if (Numbers.read(f.source().text()) instanceof Numbers.Value v) {
            int digits = v.number().fractionDigits();
            return new Printed(digits - d.places(), digits);
          }
        } catch (Numbers.NotANumberException e) {
          // a cell the converter read parses again; if it ever does not, the value is shown unscaled
        }
      }
      return new Printed(0, places(value(f), 0));
    }

    static BigDecimal value(Fact f) {
      return ((org.finfile.model.FactValue.Numeric) f.value()).value();
    }

    /** {@code value} in units of {@code 10^power}, grouped by commas in threes, with at least {@code places} decimals. */
    static String format(BigDecimal value, int power, int places) {
      BigDecimal x = value.scaleByPowerOfTen(-power).stripTrailingZeros();
      x = x.setScale(Math.max(places, Math.max(0, x.scale())));
      String plain = x.abs().toPlainString();
      int point = plain.indexOf('.');
      String whole = point < 0 ? plain : plain.substring(0, point);
      StringBuilder grouped = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          grouped.append(',');
        }
        grouped.append(whole.charAt(i));
      }
      return (x.signum() < 0 ? "-" : "") + grouped + (point < 0 ? "" : plain.substring(point));
    }
  }
}
