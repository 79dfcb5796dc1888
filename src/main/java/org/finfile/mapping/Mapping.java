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
    Declarations declarations,
    List<Header> empties,
    boolean dashIsZero) {

  public Mapping {
    Objects.requireNonNull(declarations, "declarations");
    units = List.copyOf(units);
    currencies = List.copyOf(currencies);
    derived = List.copyOf(derived);
    translations = List.copyOf(translations);
    tables = List.copyOf(tables);
    empties = List.copyOf(empties);
  }

  /** A mapping with no extension declarations. */
  public Mapping(String location, URL url, String taxonomy, EntitySpec entity, FiscalCalendar fiscal,
      List<UnitRule> units, List<Header> currencies, List<Derived> derived, List<Translation> translations,
      List<TableSpec> tables) {
    this(location, url, taxonomy, entity, fiscal, units, currencies, derived, translations, tables, Declarations.NONE, List.of(),
        false);
  }

  /** {@code location:line}, for messages about one element of the mapping (line 0: the file alone). */
  public String at(int line) {
    return line > 0 ? location + ":" + line : location;
  }

  /**
   * What the mapping declares for the extension taxonomy convert writes: the extension's name,
   * label roles, concepts and extra labels.
   *
   * @param taxonomyLine the line of the {@code <taxonomy>} element
   */
  public record Declarations(ExtensionSpec extension, List<LabelRoleSpec> labelRoles, List<ConceptSpec> concepts,
      List<LabelSpec> labels, int taxonomyLine) {
    public static final Declarations NONE = new Declarations(null, List.of(), List.of(), List.of(), 0);

    public Declarations {
      labelRoles = List.copyOf(labelRoles);
      concepts = List.copyOf(concepts);
      labels = List.copyOf(labels);
    }
  }

  /** The {@code <extension>}: the written taxonomy's file name stem, namespace and prefix. */
  public record ExtensionSpec(String name, String namespace, String prefix, int line) {
    public ExtensionSpec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(prefix, "prefix");
    }
  }

  /** A label role of the extension's own, {@code {namespace}/role/{name}}. */
  public record LabelRoleSpec(String name, String definition, int line) {}

  /** A concept the extension declares, with its labels. */
  public record ConceptSpec(QName name, QName type, org.finfile.taxonomy.Concept.PeriodType period,
      org.finfile.taxonomy.Concept.Balance balance, boolean isAbstract, List<LabelSpec> labels, int line) {
    public ConceptSpec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(period, "period");
      labels = List.copyOf(labels);
    }
  }

  /** A label: {@code role} as written (a short name, a declared label role's name or a URI; "label" when absent). */
  public record LabelSpec(QName concept, String role, String text, int line) {
    public LabelSpec {
      Objects.requireNonNull(concept, "concept");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A calculation relationship a mapping declares: {@code item} adds into {@code total} with {@code weight}. */
  public record SumSpec(QName total, QName item, int weight, int line) {
    public SumSpec {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(item, "item");
    }
  }

  /** Which calculation relationships a statement's role gets (see mapping.xsd). */
  public enum Calculations { TEMPLATE, DECLARED, NONE }

  /** A node of a statement's presentation tree: a row, or a line with children. */
  public sealed interface Node permits RowSpec, LineSpec {}

  /** A presentation parent and its children, in order. */
  public record LineSpec(QName concept, String preferredLabel, List<Node> children, int line) implements Node {
    public LineSpec {
      Objects.requireNonNull(concept, "concept");
      children = List.copyOf(children);
    }
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
      int headerRows, int scale, String currency, List<ColumnGroup> groups, List<RowSpec> rows,
      String role, Calculations calculations, List<Node> tree, List<SumSpec> sums, int line) {
    public TableSpec {
      headings = List.copyOf(headings);
      groups = List.copyOf(groups);
      rows = List.copyOf(rows);
      tree = List.copyOf(tree);
      sums = List.copyOf(sums);
      Objects.requireNonNull(calculations, "calculations");
    }

    /** A table of plain rows (the tree is the rows), no role, template calculations. */
    public TableSpec(String id, String title, List<String> headings, String firstLabel, String continues,
        int headerRows, int scale, String currency, List<ColumnGroup> groups, List<RowSpec> rows) {
      this(id, title, headings, firstLabel, continues, headerRows, scale, currency, groups, rows, null,
          Calculations.TEMPLATE, List.copyOf(rows), List.of(), 0);
    }

    /** The statement's role name: {@code role}, or the id in UpperCamelCase. */
    public String roleName() {
      if (role != null) {
        return role;
      }
      StringBuilder b = new StringBuilder();
      boolean up = true;
      for (char ch : id.toCharArray()) {
        if (Character.isLetterOrDigit(ch)) {
          b.append(up ? Character.toUpperCase(ch) : ch);
          up = false;
        } else {
          up = true;
        }
      }
      return b.length() > 0 && Character.isLetter(b.charAt(0)) ? b.toString() : "Table" + b;
    }
  }

  /** A header cell whose columns all report {@code concept}. */
  public record ColumnGroup(String header, QName concept) {}

  /**
   * One row of a table.
   *
   * @param preferredLabel the label role the statement shows it with, as written, or null
   * @param sum the total its concept adds into, or null
   * @param weight the weight of that relationship
   * @param line the mapping's line (0: unknown)
   */
  public record RowSpec(String label, String section, QName concept, String skip, Integer scale, boolean atStart,
      String preferredLabel, QName sum, int weight, int line) implements Node {

    /** A row with no presentation or calculation attributes. */
    public RowSpec(String label, String section, QName concept, String skip, Integer scale, boolean atStart) {
      this(label, section, concept, skip, scale, atStart, null, null, 1, 0);
    }
  }

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
    java.util.Map<Object, Integer> lines = new java.util.IdentityHashMap<>();
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      Unmarshaller u = JAXB.createUnmarshaller();
      u.setSchema(schema());
      InputSource source = new InputSource(in);
      source.setSystemId(file.toUri().toString());
      LineRecorder recorder = new LineRecorder(XmlSecurity.saxReader(), lines);
      u.setListener(recorder.listener());
      bound = (org.finfile.mapping.bind.Mapping) u.unmarshal(new SAXSource(recorder, source));
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
      return new MappingReader(name, lines).convert(file.toUri().toURL(), bound);
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
}
