package org.finfile.mapping;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import org.finfile.InputException;
import org.finfile.mapping.bind.Columns;
import org.finfile.mapping.bind.Row;
import org.finfile.mapping.bind.Table;
import org.finfile.mapping.bind.Units;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A mapping file, read and checked against {@code mapping.xsd}. See that schema for what each
 * part means.
 *
 * <pre>{@code
 * Mapping mapping = Mapping.read(Path.of("examples/iij-fy2002/mapping.xml"));
 * }</pre>
 */
public record Mapping(
    String location,
    URL url,
    String taxonomy,
    EntitySpec entity,
    FiscalCalendar fiscal,
    List<UnitRule> units,
    List<Header> currencies,
    List<Derived> derived,
    List<Translation> translations,
    List<TableSpec> tables,
    List<Header> empties) {

  public Mapping {
    units = List.copyOf(units);
    currencies = List.copyOf(currencies);
    derived = List.copyOf(derived);
    translations = List.copyOf(translations);
    tables = List.copyOf(tables);
    empties = List.copyOf(empties);
  }

  /** A mapping whose cells all hold values or dashes (no {@code <empty>} texts). */
  public Mapping(String location, URL url, String taxonomy, EntitySpec entity, FiscalCalendar fiscal, List<UnitRule> units,
      List<Header> currencies, List<Derived> derived, List<Translation> translations, List<TableSpec> tables) {
    this(location, url, taxonomy, entity, fiscal, units, currencies, derived, translations, tables, List.of());
  }

  /** A derived column: its header, why it is skipped, and how to recompute it (check null: not checked). */
  public record Derived(String header, String reason, String check, QName total) {}

  /** A convenience translation: {@code to} amounts are {@code from} amounts divided by {@code rate}. */
  public record Translation(String from, String to, java.math.BigDecimal rate) {}

  /** The reporting entity; its name is read from the document. */
  public record EntitySpec(String scheme, String identifier, Pattern namePattern, QName nameConcept, String namePeriod) {}

  /** A unit for facts of concepts of {@code itemType}; {@code currency} puts the column's currency in the numerator. */
  public record UnitRule(QName itemType, QName numerator, boolean currency, QName denominator) {}

  /**
   * A header text and what it stands for: a currency code, or the reason a column is derived; or
   * (in {@link #empties}) a cell text that means no value, and the reason it is skipped.
   */
  public record Header(String text, String meaning) {}

  /** One table of the document. */
  public record TableSpec(String id, String title, List<String> headings, String firstLabel, String continues,
      int headerRows, int scale, String currency, List<ColumnGroup> groups, List<RowSpec> rows) {
    public TableSpec {
      headings = List.copyOf(headings);
      groups = List.copyOf(groups);
      rows = List.copyOf(rows);
    }
  }

  /** A header cell whose columns all report {@code concept}. */
  public record ColumnGroup(String header, QName concept) {}

  /** One row of a table. */
  public record RowSpec(String label, String section, QName concept, String skip, Integer scale, boolean atStart) {}

  private static final JAXBContext JAXB = jaxb();
  private static volatile Schema schema;

  private static JAXBContext jaxb() {
    try {
      return JAXBContext.newInstance(org.finfile.mapping.bind.ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("the mapping bindings cannot be loaded: " + e.getMessage(), e);
    }
  }

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      OfflineResolver resolver = OfflineResolver.bundled();
      URL xsd = Objects.requireNonNull(Mapping.class.getResource("/org/finfile/schemas/finfile/mapping.xsd"));
      try {
        s = XmlSecurity.schemaFactory(resolver).newSchema(xsd);
      } catch (SAXException e) {
        throw new IllegalStateException("mapping.xsd does not compile: " + e.getMessage(), e);
      }
      schema = s;
    }
    return s;
  }

  /** Reads and validates a mapping file. */
  public static Mapping read(Path file) throws InputException {
    String name = file.toString();
    org.finfile.mapping.bind.Mapping bound;
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      Unmarshaller u = JAXB.createUnmarshaller();
      u.setSchema(schema());
      InputSource source = new InputSource(in);
      source.setSystemId(file.toUri().toString());
      bound = (org.finfile.mapping.bind.Mapping) u.unmarshal(new SAXSource(XmlSecurity.saxReader(), source));
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such mapping file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read the mapping: " + e.getMessage(), e);
    } catch (UnmarshalException e) {
      Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
      if (cause instanceof SAXParseException p) {
        throw new InputException(name + ":" + p.getLineNumber() + ":" + p.getColumnNumber(),
            "invalid mapping: " + p.getMessage(), e);
      }
      throw new InputException(name, "invalid mapping: " + cause.getMessage(), e);
    } catch (JAXBException | SAXException e) {
      throw new InputException(name, "invalid mapping: " + e.getMessage(), e);
    }
    try {
      return convert(name, file.toUri().toURL(), bound);
    } catch (IOException e) {
      throw new InputException(name, e.getMessage(), e);
    }
  }

  /** Most characters of a regular expression in a mapping. */
  static final int MAX_PATTERN_CHARS = 1_000;

  /**
   * A regular expression from a mapping, compiled by RE2/J: matching takes time linear in the
   * text, whatever the pattern. What RE2/J cannot do in linear time (backreferences, lookaround)
   * it refuses, and so does finfile.
   */
  static Pattern pattern(String file, String what, String regex) throws InputException {
    if (regex.length() > MAX_PATTERN_CHARS) {
      throw new InputException(file, what + " " + InputException.quote(regex) + " has " + regex.length()
          + " characters; a pattern has at most " + MAX_PATTERN_CHARS);
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new InputException(file, what + " " + InputException.quote(regex)
          + " is not a regular expression finfile reads (RE2 syntax: no backreferences, no lookaround, repeats up to {1000}): "
          + InputException.clip(e.getDescription()));
    }
  }

  private static Mapping convert(String name, URL url, org.finfile.mapping.bind.Mapping m) throws InputException {
    Pattern namePattern = null;
    var e0 = m.getEntity();
    boolean anyName = e0.getNamePattern() != null || e0.getNameConcept() != null || e0.getNamePeriod() != null;
    boolean allName = e0.getNamePattern() != null && e0.getNameConcept() != null && e0.getNamePeriod() != null;
    if (anyName && !allName) {
      throw new InputException(name, "entity: name-pattern, name-concept and name-period go together");
    }
    if (allName) {
      namePattern = pattern(name, "entity name-pattern", e0.getNamePattern());
    }
    EntitySpec entity = new EntitySpec(m.getEntity().getScheme(), m.getEntity().getIdentifier(), namePattern,
        m.getEntity().getNameConcept(), m.getEntity().getNamePeriod());
    FiscalCalendar fiscal = m.getFiscalYear() == null ? null
        : new FiscalCalendar(m.getFiscalYear().getEnd().getMonth(), m.getFiscalYear().getEnd().getDay(),
            "start".equals(m.getFiscalYear().getNamedBy()));
    long entries = (long) m.getUnits().getUnit().size() + m.getColumns().getCurrency().size()
        + m.getColumns().getDerived().size() + m.getTranslation().size() + m.getTable().size();
    for (Table t : m.getTable()) {
      entries += t.getColumnGroup().size() + t.getRow().size();
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
      for (Row r : t.getRow()) {
        rows.add(new RowSpec(r.getLabel(), r.getSection(), r.getConcept(), r.getSkip(),
            r.getScale(), "start".equals(r.getAt())));
      }
      String continues = t.getContinues() instanceof Table c ? c.getId() : null;
      TableSpec continued = continues == null ? null : seen.get(continues);
      if (continues != null && continued == null) {
        throw new InputException(name, "table " + t.getId() + " continues " + continues + ", which must come before it");
      }
      int scale = t.getScale() != null ? t.getScale() : continued != null ? continued.scale() : 0;
      String currency = t.getCurrency() != null ? t.getCurrency() : continued != null ? continued.currency() : null;
      TableSpec spec = new TableSpec(t.getId(), t.getTitle(), t.getHeading(), t.getFirstLabel(), continues,
          t.getHeaderRows(), scale, currency, groups, rows);
      seen.put(spec.id(), spec);
      tables.add(spec);
    }
    List<Header> empties = m.getColumns().getEmpty().stream().map(e -> new Header(e.getText(), e.getReason())).toList();
    return new Mapping(name, url, m.getTaxonomy().getHref(), entity, fiscal, units, currencies, derived, translations, tables,
        empties);
  }
}
