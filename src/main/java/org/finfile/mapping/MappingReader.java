package org.finfile.mapping;

import com.google.re2j.Pattern;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.mapping.Mapping.ColumnGroup;
import org.finfile.mapping.Mapping.Calculations;
import org.finfile.mapping.Mapping.ConceptSpec;
import org.finfile.mapping.Mapping.Declarations;
import org.finfile.mapping.Mapping.Derived;
import org.finfile.mapping.Mapping.EntitySpec;
import org.finfile.mapping.Mapping.ExtensionSpec;
import org.finfile.mapping.Mapping.Header;
import org.finfile.mapping.Mapping.LabelRoleSpec;
import org.finfile.mapping.Mapping.LabelSpec;
import org.finfile.mapping.Mapping.LineSpec;
import org.finfile.mapping.Mapping.Node;
import org.finfile.mapping.Mapping.RowSpec;
import org.finfile.mapping.Mapping.SumSpec;
import org.finfile.mapping.Mapping.TableSpec;
import org.finfile.mapping.Mapping.Translation;
import org.finfile.mapping.Mapping.UnitRule;
import org.finfile.mapping.bind.Columns;
import org.finfile.mapping.bind.Row;
import org.finfile.mapping.bind.Table;
import org.finfile.mapping.bind.Units;
import org.finfile.taxonomy.Concept;

/** Turns a mapping's bound XML into a {@link Mapping}, with the line of each element. */
final class MappingReader {
  private final String name;
  private final Map<Object, Integer> lines;

  MappingReader(String name, Map<Object, Integer> lines) {
    this.name = name;
    this.lines = lines;
  }

  Mapping convert(URL url, org.finfile.mapping.bind.Mapping m) throws InputException {
    Pattern namePattern = null;
    var e0 = m.getEntity();
    boolean anyName = e0.getNamePattern() != null || e0.getNameConcept() != null || e0.getNamePeriod() != null;
    boolean allName = e0.getNamePattern() != null && e0.getNameConcept() != null && e0.getNamePeriod() != null;
    if (anyName && !allName) {
      throw new InputException(name, "entity: name-pattern, name-concept and name-period go together");
    }
    if (allName) {
      namePattern = Mapping.pattern(name, "entity name-pattern", e0.getNamePattern());
    }
    EntitySpec entity = new EntitySpec(m.getEntity().getScheme(), m.getEntity().getIdentifier(), namePattern,
        m.getEntity().getNameConcept(), m.getEntity().getNamePeriod());
    FiscalCalendar fiscal = m.getFiscalYear() == null ? null
        : new FiscalCalendar(m.getFiscalYear().getEnd().getMonth(), m.getFiscalYear().getEnd().getDay(),
            "start".equals(m.getFiscalYear().getNamedBy()));
    long entries = (long) m.getUnits().getUnit().size() + m.getColumns().getCurrency().size()
        + m.getColumns().getDerived().size() + m.getTranslation().size() + m.getTable().size();
    entries += m.getLabelRole().size() + m.getConcept().size() + m.getLabel().size();
    for (org.finfile.mapping.bind.Concept c : m.getConcept()) {
      entries += c.getLabel().size();
    }
    for (Table t : m.getTable()) {
      entries += t.getColumnGroup().size() + t.getRowOrLine().size() + t.getSum().size();
    }
    if (entries > org.finfile.Limit.MAPPING_ENTRIES.value()) {
      throw org.finfile.Limit.MAPPING_ENTRIES.exceeded(name, "a mapping of " + entries + " entries");
    }
    List<UnitRule> units = new java.util.ArrayList<>();
    for (Units.Unit u : m.getUnits().getUnit()) {
      boolean currency = "numerator".equals(u.getCurrency());
      if (currency == (u.getNumerator() != null)) {
        throw new InputException(name, "unit for " + InputException.clip(String.valueOf(u.getItemType())) + " needs exactly one of numerator and currency=\"numerator\"");
      }
      units.add(new UnitRule(u.getItemType(), u.getNumerator(), currency, u.getDenominator()));
    }
    List<Header> currencies = new java.util.ArrayList<>();
    for (Columns.Currency c : m.getColumns().getCurrency()) {
      currencies.add(new Header(c.getHeader(), c.getCode()));
    }
    List<Derived> derived = new java.util.ArrayList<>();
    for (Columns.Derived d : m.getColumns().getDerived()) {
      if ("percent-of".equals(d.getCheck()) && d.getTotal() == null) {
        throw new InputException(name, "derived column " + InputException.quote(d.getHeader()) + ": check=\"percent-of\" needs a total concept");
      }
      derived.add(new Derived(d.getHeader(), d.getReason(), d.getCheck(), d.getTotal()));
    }
    List<Translation> translations = new java.util.ArrayList<>();
    java.util.Set<String> pairs = new java.util.HashSet<>();
    for (org.finfile.mapping.bind.Translation t : m.getTranslation()) {
      if (!pairs.add(t.getFrom() + ">" + t.getTo())) {
        throw new InputException(name, "the translation from " + t.getFrom() + " to " + t.getTo() + " is given twice");
      }
      translations.add(new Translation(t.getFrom(), t.getTo(), t.getRate()));
    }
    List<TableSpec> tables = new java.util.ArrayList<>();
    java.util.Map<String, TableSpec> seen = new java.util.HashMap<>();
    for (Table t : m.getTable()) {
      List<ColumnGroup> groups = new java.util.ArrayList<>();
      for (Table.ColumnGroup g : t.getColumnGroup()) {
        groups.add(new ColumnGroup(g.getHeader(), g.getConcept()));
      }
      List<RowSpec> rows = new java.util.ArrayList<>();
      List<Node> tree = nodes(t.getRowOrLine(), rows, 0);
      List<SumSpec> sums = new java.util.ArrayList<>();
      for (org.finfile.mapping.bind.Sum s : t.getSum()) {
        sums.add(new SumSpec(s.getTotal(), s.getItem(), s.getWeight() == null ? 1 : s.getWeight(), line(s)));
      }
      String continues = t.getContinues() instanceof Table c ? c.getId() : null;
      TableSpec continued = continues == null ? null : seen.get(continues);
      if (continues != null && continued == null) {
        throw new InputException(at(line(t)), "table " + t.getId() + " continues " + continues + ", which must come before it");
      }
      int scale = t.getScale() != null ? t.getScale() : continued != null ? continued.scale() : 0;
      String currency = t.getCurrency() != null ? t.getCurrency() : continued != null ? continued.currency() : null;
      Calculations calculations = Calculations.valueOf(
          (t.getCalculations() == null ? "template" : t.getCalculations()).toUpperCase(java.util.Locale.ROOT));
      TableSpec spec = new TableSpec(t.getId(), t.getTitle(), t.getHeading(), t.getFirstLabel(), continues,
          t.getHeaderRows(), scale, currency, groups, rows, t.getRole(), calculations, tree, sums, line(t));
      seen.put(spec.id(), spec);
      tables.add(spec);
    }
    List<Mapping.Header> empties = m.getColumns().getEmpty().stream()
        .map(e -> new Mapping.Header(e.getText(), e.getReason())).toList();
    return new Mapping(name, url, m.getTaxonomy().getHref(), entity, fiscal, units, currencies, derived, translations, tables,
        declarations(m), empties, "zero".equals(m.getColumns().getDash()));
  }

  private int line(Object bound) {
    return lines.getOrDefault(bound, 0);
  }

  /** The rows and lines of a table or line, in order; every row is also added to {@code rows}. */
  private List<Node> nodes(List<Object> bound, List<RowSpec> rows, int depth) throws InputException {
    List<Node> nodes = new java.util.ArrayList<>();
    for (Object o : bound) {
      if (o instanceof Row r) {
        RowSpec row = new RowSpec(r.getLabel(), r.getSection(), r.getConcept(), r.getSkip(), r.getScale(),
            "start".equals(r.getAt()), r.getPreferredLabel(), r.getSum(), r.getWeight() == null ? 1 : r.getWeight(), line(r));
        if (r.getWeight() != null && r.getSum() == null) {
          throw new InputException(at(line(r)), "row " + InputException.quote(r.getLabel()) + " has a weight but no sum=");
        }
        rows.add(row);
        nodes.add(row);
      } else if (o instanceof org.finfile.mapping.bind.Line l) {
        if (depth >= MAX_DEPTH) {
          throw new InputException(at(line(l)), "lines nest more than " + MAX_DEPTH + " deep");
        }
        nodes.add(new LineSpec(l.getConcept(), l.getPreferredLabel(), nodes(l.getRowOrLine(), rows, depth + 1), line(l)));
      }
    }
    return nodes;
  }

  /** Deepest nesting of lines. */
  static final int MAX_DEPTH = 20;

  private String at(int line) {
    return line > 0 ? name + ":" + line : name;
  }

  private Declarations declarations(org.finfile.mapping.bind.Mapping m) {
    org.finfile.mapping.bind.Extension x = m.getExtension();
    ExtensionSpec extension = x == null ? null : new ExtensionSpec(x.getName(), x.getNamespace(), x.getPrefix(), line(x));
    List<LabelRoleSpec> roles = new java.util.ArrayList<>();
    for (org.finfile.mapping.bind.LabelRole r : m.getLabelRole()) {
      roles.add(new LabelRoleSpec(r.getName(), r.getDefinition(), line(r)));
    }
    List<ConceptSpec> concepts = new java.util.ArrayList<>();
    for (org.finfile.mapping.bind.Concept c : m.getConcept()) {
      List<LabelSpec> labels = new java.util.ArrayList<>();
      for (org.finfile.mapping.bind.Label l : c.getLabel()) {
        labels.add(new LabelSpec(c.getName(), l.getRole() == null ? "label" : l.getRole(), l.getValue(), line(l)));
      }
      concepts.add(new ConceptSpec(c.getName(), c.getType(),
          "instant".equals(c.getPeriod()) ? Concept.PeriodType.INSTANT : Concept.PeriodType.DURATION,
          c.getBalance() == null ? null : "debit".equals(c.getBalance()) ? Concept.Balance.DEBIT : Concept.Balance.CREDIT,
          c.isAbstract(), labels, line(c)));
    }
    List<LabelSpec> labels = new java.util.ArrayList<>();
    for (org.finfile.mapping.bind.ConceptLabel l : m.getLabel()) {
      labels.add(new LabelSpec(l.getConcept(), l.getRole() == null ? "label" : l.getRole(), l.getValue(), line(l)));
    }
    return new Declarations(extension, roles, concepts, labels, line(m.getTaxonomy()));
  }
}
