package org.finfile.mapping;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;

/**
 * Where a cell's fact goes: its period (from the column and the title, by the concept's period
 * type), its unit (by the concept's item type and the column's currency), and the contexts,
 * units and namespace prefixes a conversion gathers on the way.
 */
final class Placement {
  private final Entity entity;
  private final Taxonomy taxonomy;
  private final Map<Period, Context> contexts = new LinkedHashMap<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, String> namespaces = new LinkedHashMap<>();

  Placement(Entity entity, Taxonomy taxonomy) {
    this.entity = entity;
    this.taxonomy = taxonomy;
  }

  List<Context> contexts() {
    return List.copyOf(contexts.values());
  }

  List<Unit> units() {
    return List.copyOf(units.values());
  }

  Map<String, String> namespaces() {
    return namespaces;
  }

  /**
   * A fact's period. {@code titleMonths}: the length the table's title gives (-1 if none); a
   * column whose own headers give a length ("Nine Months Ended") uses that instead.
   */
  Period period(Concept concept, Column column, int titleMonths, boolean atStart, String where) throws InputException {
    int months = column.months() != -1 ? column.months() : titleMonths;
    Period.Duration duration = null;
    LocalDate end;
    if (column.period() instanceof Headers.Fiscal f) {
      duration = f.duration();
      end = duration.end();
    } else if (column.period() instanceof Headers.EndDate e) {
      end = e.end();
      if (months > 0) {
        duration = Headers.ending(end, months);
      }
    } else {
      throw new InputException(where, "the column's headers give no period");
    }
    if (concept.periodType() == Concept.PeriodType.INSTANT) {
      if (!atStart) {
        return Period.instant(end);
      }
      if (duration == null) {
        throw new InputException(where, "a beginning balance needs a period with a start; the title gives no length");
      }
      return Period.instant(duration.start().minusDays(1));
    }
    if (duration == null) {
      throw new InputException(where, concept.name().getLocalPart() + " is reported for a period, but the table is as of a date");
    }
    return duration;
  }

  Unit unit(Concept concept, Mapping.UnitRule rule, Column column, Mapping.TableSpec spec, String where) throws InputException {
    QName numerator = rule.numerator();
    if (rule.currency()) {
      String code = column.currency() != null ? column.currency() : spec.currency();
      if (code == null) {
        throw new InputException(where, "the column names no currency and table " + spec.id() + " sets none");
      }
      numerator = new QName(Namespaces.ISO4217, code, "iso4217");
    }
    QName denominator = rule.denominator();
    String id = numerator.getLocalPart() + (denominator == null ? "" : "-per-" + denominator.getLocalPart());
    namespace(numerator);
    if (denominator != null) {
      namespace(denominator);
    }
    Unit unit = new Unit(id, List.of(numerator), denominator == null ? List.of() : List.of(denominator));
    Unit existing = units.putIfAbsent(id, unit);
    if (existing != null && !existing.equals(unit)) {
      throw new InputException(where, "two different units would both be called " + id);
    }
    return existing != null ? existing : unit;
  }

  Context context(Period period) {
    return contexts.computeIfAbsent(period, p -> new Context(contextId(p), entity, p));
  }

  void namespace(QName name) {
    String uri = name.getNamespaceURI();
    if (uri.equals(Namespaces.XBRLI) || uri.equals(Namespaces.ISO4217) || namespaces.containsValue(uri)) {
      return;
    }
    String prefix = !name.getPrefix().isEmpty() ? name.getPrefix()
        : taxonomy.prefix(uri).orElse("ns" + (namespaces.size() + 1));
    while (namespaces.containsKey(prefix)) {
      prefix = prefix + "_";
    }
    namespaces.put(prefix, uri);
  }

  static String contextId(Period p) {
    if (p instanceof Period.Instant i) {
      return "I" + i.date();
    }
    if (p instanceof Period.Duration d) {
      return "D" + d.start() + "_" + d.end();
    }
    return "Forever";
  }
}
