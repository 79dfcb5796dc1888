package org.finfile.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.Counts;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Source;
import org.finfile.model.Unit;
import org.finfile.tables.Cells;
import org.finfile.tables.Numbers;
import org.finfile.tables.ParsedNumber;
import org.finfile.tables.TabBlock;
import org.finfile.tables.Document;
import org.finfile.tables.TextDocument;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;
import org.finfile.xml.OfflineResolver;

/**
 * Applies a {@link Mapping} to a document's tables, giving a {@link Conversion}. Every numeric
 * cell of a mapped table becomes a fact with its source cell, except cells of derived columns,
 * which are counted as skipped with the column's reason. Anything the mapping expects and the
 * document lacks, and any cell that does not parse, is an {@link InputException} naming the
 * document, table, row and column.
 *
 * <pre>{@code
 * Converter converter = Converter.of(Mapping.read(mappingFile), OfflineResolver.bundled());
 * Conversion result = converter.convert(Documents.read(input, "release.xlsx", null));
 * }</pre>
 */
public final class Converter {
  private static final QName PURE_ITEM = new QName(Namespaces.XBRLI, "pureItemType");
  private static final Set<String> INTEGER_TYPES = Set.of("integerItemType", "nonPositiveIntegerItemType",
      "negativeIntegerItemType", "longItemType", "intItemType", "shortItemType", "byteItemType",
      "nonNegativeIntegerItemType", "unsignedLongItemType", "unsignedIntItemType", "unsignedShortItemType",
      "unsignedByteItemType", "positiveIntegerItemType");

  /** finfile's base taxonomy: a mapping over it alone gets an extension written for it. */
  public static final String BASE_TAXONOMY = "http://finfile.org/taxonomy/base/finfile-base.xsd";

  private final Mapping mapping;
  private final Taxonomy taxonomy;
  private final OfflineResolver resolver;
  /** Whether convert writes an extension taxonomy (see mapping.xsd, extension). */
  private final boolean extended;
  /** The concepts the mapping declares, as the extension defines them. */
  private final Map<QName, Concept> declared;
  /** The mapping's unit rules by item type; the first rule for a type wins. */
  private final Map<QName, Mapping.UnitRule> unitRules = new HashMap<>();
  /** Cell texts that mean no value ({@code <empty text="n/a">}), by {@link Cells#key}, and their reasons. */
  private final Map<String, String> empties = new HashMap<>();

  private Converter(Mapping mapping, Taxonomy taxonomy, OfflineResolver resolver, boolean extended,
      Map<QName, Concept> declared) {
    this.mapping = mapping;
    this.taxonomy = taxonomy;
    this.resolver = resolver;
    this.extended = extended;
    this.declared = declared;
    for (Mapping.UnitRule rule : mapping.units()) {
      unitRules.putIfAbsent(rule.itemType(), rule);
    }
    for (Mapping.Header empty : mapping.empties()) {
      empties.putIfAbsent(Cells.key(empty.text()), empty.meaning());
    }
  }

  /** Loads the mapping's taxonomy and checks every concept the mapping names against it. */
  public static Converter of(Mapping mapping, OfflineResolver resolver) throws InputException {
    Taxonomy taxonomy = Taxonomy.load(mapping.taxonomy(), mapping.url().toString(), resolver);
    if (taxonomy.isPartial()) {
      // converting needs every concept's type and period type: a partial taxonomy is refused, as a missing one was
      throw new InputException(mapping.location(), "the taxonomy " + InputException.clip(mapping.taxonomy()) + " is partial: "
          + taxonomy.missing().stream().map(Taxonomy.Missing::url).collect(java.util.stream.Collectors.joining(", "))
          + " cannot be had offline (finfile never downloads), and converting needs every concept's definition");
    }
    Mapping.Declarations d = mapping.declarations();
    boolean extended = d.extension() != null || BASE_TAXONOMY.equals(taxonomy.schemas().get(0).uri());
    Map<QName, Concept> declared = Map.of();
    if (d.extension() != null && taxonomy.prefix(d.extension().namespace()).isPresent()) {
      throw new InputException(mapping.at(d.extension().line()), "the extension's namespace " + InputException.clip(d.extension().namespace())
          + " is a namespace of the taxonomy " + InputException.clip(mapping.taxonomy()) + "; give the extension one of its own");
    }
    if (extended) {
      declared = MappingChecks.check(mapping, taxonomy, d.extension() == null ? null : d.extension().namespace());
    } else if (!d.concepts().isEmpty() || !d.labels().isEmpty() || !d.labelRoles().isEmpty()) {
      int line = !d.concepts().isEmpty() ? d.concepts().get(0).line()
          : !d.labels().isEmpty() ? d.labels().get(0).line() : d.labelRoles().get(0).line();
      throw new InputException(mapping.at(line), "the mapping declares concepts, labels or label roles, but writes no extension"
          + " taxonomy to hold them: add <extension name=\"...\" namespace=\"...\" prefix=\"...\"/> after <taxonomy>");
    }
    Converter converter = new Converter(mapping, taxonomy, resolver, extended, declared);
    converter.checkMapping();
    return converter;
  }

  /** The mapping's taxonomy, without the extension a conversion writes ({@link Conversion#taxonomy()} has it). */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Whether a conversion writes an extension taxonomy. */
  public boolean writesExtension() {
    return extended;
  }

  private void checkMapping() throws InputException {
    if (mapping.entity().nameConcept() != null) {
      Concept name = concept(mapping.entity().nameConcept(), "entity name-concept");
      if (name.isNumeric()) {
        throw new InputException(mapping.location(), "entity name-concept " + name.name() + " is numeric");
      }
      if (Headers.fiscal(mapping.entity().namePeriod(), mapping.fiscal()).isEmpty()) {
        throw new InputException(mapping.location(), "entity name-period " + InputException.quote(mapping.entity().namePeriod())
            + " is not a fiscal period label (and a fiscal-year is needed to read one)");
      }
    }
    Map<String, Mapping.TableSpec> byId = new HashMap<>();
    for (Mapping.TableSpec t : mapping.tables()) {
      byId.put(t.id(), t);
      if (t.headings().isEmpty() && t.firstLabel() == null) {
        throw new InputException(mapping.location(), "table " + t.id() + " has neither a heading nor a first-label to find it by");
      }
      if (t.continues() != null && t.headerRows() != 0) {
        throw new InputException(mapping.location(), "table " + t.id() + " continues " + t.continues() + " and so has header-rows=\"0\"");
      }
      for (Mapping.ColumnGroup g : t.groups()) {
        checkNumeric(concept(g.concept(), "table " + t.id(), mapping.at(t.line())), t.id(), mapping.at(t.line()));
      }
      for (Mapping.RowSpec r : t.rows()) {
        if (r.skip() != null) {
          continue;
        }
        if ((r.concept() == null) == t.groups().isEmpty()) {
          throw new InputException(mapping.at(r.line()), "table " + t.id() + ", row " + InputException.quote(r.label())
              + ": a row names a concept unless the table's column groups do");
        }
        if (r.concept() != null) {
          checkNumeric(concept(r.concept(), "table " + t.id() + ", row " + InputException.quote(r.label()), mapping.at(r.line())),
              t.id(), mapping.at(r.line()));
        }
      }
    }
  }

  private void checkNumeric(Concept c, String table, String at) throws InputException {
    if (!c.isNumeric()) {
      throw new InputException(at, "table " + table + ": concept " + c.name().getLocalPart() + " is not numeric");
    }
    if (c.isAbstract()) {
      throw new InputException(at, "table " + table + ": concept " + c.name().getLocalPart() + " is abstract");
    }
    unitRule(c);
  }

  private Concept concept(QName name, String where) throws InputException {
    return concept(name, where, mapping.location());
  }

  private Concept concept(QName name, String where, String at) throws InputException {
    Concept d = declared.get(name);
    if (d != null) {
      return d;
    }
    java.util.Optional<Concept> found = taxonomy.concept(name);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> names = new ArrayList<>();
    for (QName q : taxonomy.concepts().keySet()) {
      names.add(taxonomy.prefix(q.getNamespaceURI()).orElse(q.getPrefix()) + ":" + q.getLocalPart());
    }
    throw new InputException(at, where + ": concept " + MappingChecks.show(name) + " is not in the taxonomy "
        + InputException.clip(mapping.taxonomy()) + MappingChecks.didYouMean(MappingChecks.show(name), names));
  }

  private Mapping.UnitRule unitRule(Concept c) throws InputException {
    List<QName> chain = new ArrayList<>(c.typeChain());
    chain.add(c.itemType());
    for (QName type : chain) {
      Mapping.UnitRule rule = unitRules.get(type);
      if (rule != null) {
        return rule;
      }
    }
    throw new InputException(mapping.location(), "no unit rule for concept " + c.name().getLocalPart() + " (type " + c.type() + ")");
  }

  /**
   * The extension taxonomy this mapping gives for a filing with {@code contexts}: the mapping's
   * {@code <extension>}, or by default one named after the entity and the latest period's end.
   */
  ExtensionModel extensionModel(List<org.finfile.model.Context> contexts) throws InputException {
    Mapping.ExtensionSpec spec = mapping.declarations().extension();
    String name;
    String namespace;
    String prefix;
    if (spec != null) {
      name = spec.name();
      namespace = spec.namespace();
      prefix = spec.prefix();
    } else {
      name = defaultName(mapping.entity().identifier(), contexts);
      List<Mapping.ConceptSpec> concepts = mapping.declarations().concepts();
      namespace = concepts.isEmpty() ? "http://finfile.org/filing/" + name : concepts.get(0).name().getNamespaceURI();
      prefix = concepts.isEmpty() || concepts.get(0).name().getPrefix().isEmpty() ? "ext" : concepts.get(0).name().getPrefix();
    }
    return ExtensionWriter.write(mapping, taxonomy, declared, name, namespace, prefix);
  }

  /** "{identifier, lower case, other than a-z 0-9 as -}-{end date of the latest period}". */
  static String defaultName(String identifier, List<org.finfile.model.Context> contexts) {
    LocalDate latest = null;
    for (org.finfile.model.Context c : contexts) {
      LocalDate end = c.period() instanceof Period.Instant i ? i.date()
          : c.period() instanceof Period.Duration d ? d.end() : null;
      if (end != null && (latest == null || end.isAfter(latest))) {
        latest = end;
      }
    }
    String id = identifier.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (id.isEmpty()) {
      id = "filing";
    }
    if (id.length() > 60) {
      id = id.substring(0, 60);
    }
    return latest == null ? id : id + "-" + latest;
  }

  /** Converts a document. */
  public Conversion convert(Document document) throws InputException {
    return new Run(document).run();
  }

  /** Converts a text document. */
  public Conversion convert(TextDocument document) throws InputException {
    return convert(new Document(document.name(), document.blocks()));
  }

  /** The state of one conversion. */
  private final class Run {
    private final Document document;
    private final Entity entity;
    private final Placement placement;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Integer> factsPerTable = new LinkedHashMap<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<Column>> columnsByTable = new HashMap<>();
    private final Map<String, List<String>> headingByTable = new HashMap<>();
    private final List<DerivedChecks.Cell> derivedCells = new ArrayList<>();

    Run(Document document) {
      this.document = document;
      this.entity = new Entity(mapping.entity().scheme(), mapping.entity().identifier());
      this.placement = new Placement(entity, taxonomy);
    }

    Conversion run() throws InputException {
      List<TabBlock> blocks = document.blocks();
      Map<String, TabBlock> located = TableLocator.locate(mapping, blocks, document.name());
      entityName(blocks);
      for (Mapping.TableSpec spec : mapping.tables()) {
        int before = facts.size();
        table(spec, located.get(spec.id()));
        factsPerTable.put(spec.id(), facts.size() - before);
      }
      Set<TabBlock> used = new HashSet<>(located.values());
      for (TabBlock b : blocks) {
        if (!used.contains(b)) {
          warnings.add(document.name() + ":" + b.firstAt() + ": table " + b.index() + " is not in the mapping; its "
              + Counts.of(b.rows().size(), "row was", "rows were") + " not read");
        }
      }
      Taxonomy written = extended ? extension() : taxonomy;
      String entry = written.schemas().get(0).uri();
      String schemaRef = entry.substring(entry.lastIndexOf('/') + 1);
      Filing filing = new Filing(List.of(schemaRef), placement.namespaces(), placement.contexts(),
          placement.units(), facts, List.of());
      DerivedChecks checks = new DerivedChecks(facts);
      derivedCells.forEach(checks::cell);
      checks.translations(mapping.translations(), facts);
      return new Conversion(filing, written, factsPerTable, skipped, warnings,
          new Conversion.Checks(checks.checked, checks.unchecked, checks.problems));
    }

    /** Writes the extension taxonomy (in memory) and loads the DTS it makes with the mapping's taxonomy. */
    private Taxonomy extension() throws InputException {
      ExtensionModel model = extensionModel(placement.contexts());
      Taxonomy loaded = Taxonomy.load(model.entry(), null, resolver.withDocuments(model.documents()));
      if (!loaded.problems().isEmpty()) {
        throw new InputException(mapping.location(), "the extension taxonomy written from the mapping cannot be used: "
            + InputException.clip(loaded.problems().get(0)));
      }
      return loaded;
    }

    private void entityName(List<TabBlock> blocks) throws InputException {
      Mapping.EntitySpec spec = mapping.entity();
      if (spec.namePattern() == null) {
        return;
      }
      for (TabBlock b : blocks) {
        for (TabBlock.Line line : b.heading()) {
          if (spec.namePattern().matcher(line.text()).find()) {
            Period period = Headers.fiscal(spec.namePeriod(), mapping.fiscal()).orElseThrow(() -> new InputException(
                mapping.location(), "entity name-period " + InputException.quote(spec.namePeriod()) + " is not a fiscal period label"));
            Concept concept = concept(spec.nameConcept(), "entity name-concept");
            facts.add(new Fact("entity-name", concept.name(), placement.context(period), null,
                new FactValue.Text(line.text()), null,
                Source.line(document.name(), line.number(), line.text())));
            placement.namespace(concept.name());
            return;
          }
        }
      }
      throw new InputException(document.name(), "no table title names the entity (name-pattern "
          + InputException.quote(spec.namePattern().pattern()) + ")");
    }

    private void table(Mapping.TableSpec spec, TabBlock block) throws InputException {
      List<String> heading;
      List<Column> columns;
      if (spec.continues() != null) {
        heading = headingByTable.get(spec.continues());
        columns = columnsByTable.get(spec.continues());
      } else {
        heading = block.heading().stream().map(TabBlock.Line::text).toList();
        columns = Column.read(block, spec, mapping, document.name());
        checkScale(spec, block);
        checkTitleDates(spec, block, heading, columns);
      }
      headingByTable.put(spec.id(), heading);
      columnsByTable.put(spec.id(), columns);
      int months;
      try {
        months = Headers.titleMonths(heading);
      } catch (IllegalArgumentException e) {
        throw new InputException(document.name() + ":" + block.firstAt(), "table " + spec.id() + ": " + e.getMessage());
      }
      RowMatcher matcher = new RowMatcher(spec);
      Map<Mapping.RowSpec, TabBlock.Row> matched = new HashMap<>();
      String section = null;
      List<TabBlock.Row> rows = block.rows();
      for (int r = spec.headerRows(); r < rows.size(); r++) {
        TabBlock.Row row = rows.get(r);
        String label = Cells.label(row.cell(1));
        if (row.hasNoValues()) {
          if (!label.isEmpty()) {
            section = label;
          }
          continue;
        }
        Mapping.RowSpec rowSpec = matcher.match(label, section, document.name(), row.at());
        TabBlock.Row earlier = matched.put(rowSpec, row);
        if (earlier != null) {
          throw new InputException(document.name() + ":" + row.at(), "table " + spec.id() + ": the mapping row "
              + InputException.quote(rowSpec.label()) + " matches this row and the row at " + earlier(earlier) + "; give it a section");
        }
        for (int c = 2; c <= row.cells().size(); c++) {
          cell(spec, columns, months, r + 1, c, row, rowSpec);
        }
      }
      for (Mapping.RowSpec rowSpec : spec.rows()) {
        if (!matched.containsKey(rowSpec)) {
          throw new InputException(document.name() + ":" + block.firstAt(), "table " + spec.id() + " has no row "
              + InputException.quote(rowSpec.label())
              + (rowSpec.section() == null ? "" : " under " + InputException.quote(rowSpec.section()))
              + " that the mapping expects");
        }
      }
    }

    private void checkScale(Mapping.TableSpec spec, TabBlock block) throws InputException {
      var stated = org.finfile.tables.Cells.statedScale(block.heading().stream().map(TabBlock.Line::text).toList());
      if (stated.isPresent() && stated.get() != spec.scale()) {
        throw new InputException(document.name() + ":" + block.firstAt(), "table " + spec.id() + ": the heading states amounts in units of 10^"
            + stated.get() + " but the mapping says scale=\"" + spec.scale() + "\"");
      }
    }

    private void checkTitleDates(Mapping.TableSpec spec, TabBlock block, List<String> heading, List<Column> columns)
        throws InputException {
      Set<LocalDate> columnDates = new HashSet<>();
      for (Column c : columns) {
        if (c != null && c.period() instanceof Headers.EndDate e) {
          columnDates.add(e.end());
        }
      }
      if (columnDates.isEmpty()) {
        return;
      }
      String titleLine = block.heading().stream()
          .filter(l -> org.finfile.tables.PeriodPhrases.lineMonths(l.text()) != -1)
          .map(TabBlock.Line::at).findFirst().orElse(block.firstAt());
      List<LocalDate> titleDates;
      try {
        titleDates = Headers.titleDates(heading);
      } catch (IllegalArgumentException e) {
        throw new InputException(document.name() + ":" + titleLine, "table " + spec.id() + ": the title's " + e.getMessage());
      }
      for (LocalDate d : titleDates) {
        if (!columnDates.contains(d)) {
          warnings.add(document.name() + ":" + titleLine + ": table " + spec.id()
              + ": the title names " + d + ", which no column header does; the column headers' dates are used");
        }
      }
    }

    private void cell(Mapping.TableSpec spec, List<Column> columns, int months, int rowIndex, int c,
        TabBlock.Row row, Mapping.RowSpec rowSpec) throws InputException {
      String raw = row.cell(c);
      String where = row.where() instanceof org.finfile.tables.Where.Line
          ? document.name() + ":" + spec.id() + ":" + rowIndex + ":" + c
          : document.name() + ":" + row.at(c);
      if (Cells.clean(raw).isEmpty()) {
        return;
      }
      String emptyReason = empties.get(Cells.key(raw));
      if (emptyReason != null) {
        skip(emptyReason);
        return;
      }
      Column column = c - 2 < columns.size() ? columns.get(c - 2) : null;
      if (column == null) {
        throw new InputException(where, InputException.quote(raw) + " is in a column with no header");
      }
      if (column.unknownHeader() != null && column.derived() == null) {
        // a header problem is the header's: its row's line, not the first cell below it
        throw new InputException(column.headerAt(), "table " + spec.id() + ", column " + c + ": the column header "
            + InputException.quote(column.unknownHeader())
            + " is no currency, date, fiscal period, column group or derived column the mapping knows");
      }
      if (column.derived() != null) {
        skip(column.derived().reason());
        try {
          if (Numbers.read(raw) instanceof Numbers.Value v) {
            derivedCells.add(new DerivedChecks.Cell(spec, rowIndex, c, raw, v.number(), column.derived(), columns, document.name()));
          }
        } catch (Numbers.NotANumberException e) {
          throw new InputException(where, e.getMessage());
        }
        return;
      }
      if (rowSpec.skip() != null) {
        skip(rowSpec.skip());
        return;
      }
      Numbers.Cell cell;
      try {
        cell = Numbers.read(raw);
        if (cell instanceof Numbers.Dash && mapping.dashIsZero()) {
          cell = Numbers.read("0");
        }
      } catch (Numbers.NotANumberException e) {
        throw new InputException(where, e.getMessage());
      }
      QName conceptName = rowSpec.concept() != null ? rowSpec.concept() : column.group();
      if (conceptName == null) {
        throw new InputException(where, "the row names no concept and the column is in no column group");
      }
      Concept concept = concept(conceptName, "table " + spec.id());
      if (column.period() == null) {
        throw new InputException(column.headerAt(), "table " + spec.id() + ", column " + c + ": the column's headers give no period"
            + " (its first value is at " + spec.id() + ":" + rowIndex + ":" + c + ")");
      }
      Period period = placement.period(concept, column, months, rowSpec.atStart(), where);
      Mapping.UnitRule rule = unitRule(concept);
      if (rule.currency() && column.currency() == null && spec.currency() == null) {
        throw new InputException(column.headerAt(), "table " + spec.id() + ", column " + c + ": the column's headers name no"
            + " currency and the table sets none, but " + concept.name().getLocalPart() + " at " + spec.id() + ":" + rowIndex
            + ":" + c + " is an amount of money");
      }
      Unit unit = placement.unit(concept, rule, column, spec, where);
      FactValue value;
      Accuracy accuracy = null;
      if (cell instanceof Numbers.Dash) {
        if (!concept.nillable()) {
          throw new InputException(where, InputException.quote(raw) + " means no value, but " + concept.name().getLocalPart() + " is not nillable");
        }
        value = FactValue.NIL;
      } else {
        ParsedNumber number = ((Numbers.Value) cell).number();
        boolean ratio = taxonomy.derivesFrom(concept, PURE_ITEM);
        if (number.percent() && !ratio) {
          throw new InputException(where, InputException.quote(raw) + " is a percentage but " + concept.name().getLocalPart() + " is not a ratio");
        }
        if (ratio && !number.percent()) {
          throw new InputException(where, InputException.quote(raw) + " has no % sign but " + concept.name().getLocalPart()
              + " is a ratio: finfile will not guess whether it means " + InputException.clip(raw) + "% or " + InputException.clip(raw));
        }
        int scale = number.percent() ? 0 : rowSpec.scale() != null ? rowSpec.scale() : spec.scale();
        ParsedNumber.Scaled scaled = number.scale(scale);
        BigDecimal v = scaled.value();
        if (INTEGER_TYPES.contains(concept.itemType().getLocalPart()) && v.stripTrailingZeros().scale() > 0) {
          throw new InputException(where, InputException.quote(raw) + " is not a whole number, but " + concept.name().getLocalPart() + " counts");
        }
        value = new FactValue.Numeric(v);
        accuracy = Accuracy.Decimals.of(scaled.decimals());
      }
      placement.namespace(concept.name());
      facts.add(new Fact(spec.id() + ".r" + rowIndex + "c" + c, concept.name(), placement.context(period), unit, value, accuracy,
          new Source(document.name(), spec.id(), rowIndex, c, row.line(), raw)));
    }

    /** "line 12" for a text row, else where the row is ({@code Income!A7}). */
    private static String earlier(TabBlock.Row row) {
      return row.where() instanceof org.finfile.tables.Where.Line ? "line " + row.line() : row.at();
    }

    private void skip(String reason) {
      skipped.merge(reason, 1, Integer::sum);
    }
  }

}
