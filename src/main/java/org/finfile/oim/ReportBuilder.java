package org.finfile.oim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.DocumentInfo;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Taxonomy;

/**
 * Turns the facts, notes and links of an OIM report (xBRL-JSON or xBRL-CSV, already taken
 * apart) into a filing: names resolved against the report's namespaces, contexts and units
 * regenerated (one per distinct entity, period and dimension members, the members in the
 * segment — OIM does not say segment or scenario; one per distinct unit), fact ids kept,
 * notes and their links made footnote links, and the language all text facts agree on made
 * the filing's {@code xml:lang}.
 *
 * <p>OIM leaves a pure unit unsaid, so a fact with neither unit nor decimals (a pure number
 * with INF decimals, or a nil one) looks like text. The report's structure may say otherwise
 * ({@link OimFact#numeric}); if not, the taxonomy decides, when it can be had.
 */
final class ReportBuilder {
  static final String XBRL = "https://xbrl.org/2021";
  static final String FACT_FOOTNOTE = Footnote.FACT_FOOTNOTE;
  static final String STANDARD_LINK_ROLE = Footnote.STANDARD_LINK_ROLE;
  private static final Set<String> STANDARD = Set.of(Unit.XBRLI, Unit.ISO4217, XBRL);
  private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]*");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern PERIOD_BOUND = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})");

  private final String document;
  private final Map<String, String> namespaces;
  private final List<String> taxonomy;
  private final Supplier<Taxonomy> taxonomySource;
  private Taxonomy loaded;
  private boolean taxonomyTried;
  private TypedDomains domains;
  private boolean domainsTried;
  private final List<Pending> facts = new ArrayList<>();
  private final Map<String, String> factIdsByReportId = new LinkedHashMap<>();
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Set<String> entityPrefixes = new HashSet<>();
  private final Set<String> namePrefixes = new HashSet<>();
  private final Set<String> languages = new LinkedHashSet<>();

  private record Pending(String id, String where, QName concept, Entity entity, Period period, Qualifiers segment,
      List<QName> numerator, List<QName> denominator, FactValue value, Accuracy accuracy) {}

  private record Note(String label, String lang, String text) {}

  private record Link(String where, String source, String arcrole, String role, String target) {}

  /**
   * @param document the report's file, for messages
   * @param namespaces the report's prefixes
   * @param taxonomy the report's taxonomy references (at least one)
   * @param taxonomySource the taxonomy, asked for only when a fact is ambiguous; may give null
   */
  ReportBuilder(String document, Map<String, String> namespaces, List<String> taxonomy, Supplier<Taxonomy> taxonomySource)
      throws InputException {
    this.document = document;
    this.namespaces = Map.copyOf(namespaces);
    this.taxonomy = List.copyOf(taxonomy);
    this.taxonomySource = taxonomySource;
    if (taxonomy.isEmpty()) {
      throw new InputException(document, "documentInfo.taxonomy names no taxonomy; an XBRL filing references at least one");
    }
  }

  /** True when {@code concept} (a prefixed name) is {@code xbrl:note}. */
  boolean isNote(String concept, String where) throws InputException {
    return qname(concept, where).equals(new QName(XBRL, "note"));
  }

  /** Adds a fact; {@code reportId} is the id links use for it. */
  void fact(OimFact fact, String reportId) throws InputException {
    String where = fact.where();
    List<Qualifiers.Part> members = new ArrayList<>();
    for (Map.Entry<String, String> d : fact.dimensions().entrySet()) {
      if (!Set.of("concept", "entity", "period", "unit", "language").contains(d.getKey())) {
        members.add(member(d.getKey(), d.getValue(), where));
      }
    }
    String conceptText = fact.dimension("concept");
    if (conceptText == null) {
      throw new InputException(where, "the fact has no concept");
    }
    QName concept = qname(conceptText, where);
    namePrefixes.add(concept.getPrefix());
    String entityText = fact.dimension("entity");
    if (entityText == null) {
      throw new InputException(where, "the fact has no entity, which an XBRL 2.1 context needs");
    }
    int colon = entityText.indexOf(':');
    String scheme = colon > 0 ? namespaces.get(entityText.substring(0, colon)) : null;
    if (scheme == null || colon == entityText.length() - 1) {
      throw new InputException(where, "entity '" + entityText + "' is not a prefix (declared in namespaces) and an identifier");
    }
    entityPrefixes.add(entityText.substring(0, colon));
    Entity entity = new Entity(scheme, entityText.substring(colon + 1));
    Period period = period(fact.dimension("period"), where);
    String unitText = fact.dimension("unit");
    boolean nil = fact.value() == null;
    boolean numeric = fact.numeric() || unitText != null || fact.decimals() != null
        || (nil || DECIMAL.matcher(fact.value().strip()).matches()) && taxonomySaysNumeric(concept);
    List<QName> numerator = null;
    List<QName> denominator = List.of();
    if (numeric) {
      numerator = List.of(Unit.PURE);
      if (unitText != null) {
        String[] parts = unitText.split("/", -1);
        if (parts.length > 2) {
          throw new InputException(where, "unit '" + unitText + "' divides more than once");
        }
        numerator = measures(parts[0], unitText, where);
        denominator = parts.length == 2 ? measures(parts[1], unitText, where) : List.of();
      }
    }
    FactValue value;
    Accuracy accuracy = null;
    if (nil) {
      value = FactValue.NIL;
    } else if (numeric) {
      value = new FactValue.Numeric(number(fact.value(), where));
      accuracy = fact.decimals() == null ? Accuracy.Decimals.INF : Accuracy.Decimals.of(fact.decimals());
    } else {
      value = new FactValue.Text(fact.value());
    }
    if (!numeric && fact.dimension("language") != null) {
      languages.add(fact.dimension("language"));
    }
    if (reportId != null && factIdsByReportId.put(reportId, fact.id() == null ? "" : fact.id()) != null) {
      throw new InputException(where, "a second fact with the id " + reportId);
    }
    Qualifiers segment;
    try {
      segment = new Qualifiers(members);
    } catch (IllegalArgumentException e) {
      throw new InputException(where, e.getMessage());
    }
    facts.add(new Pending(fact.id(), where, concept, entity, period, segment, numerator, denominator, value, accuracy));
  }

  /** Adds a note ({@code xbrl:note} fact): {@code reportId} is the id links use, {@code label} its footnote's label. */
  void note(String reportId, String label, String language, String xhtml, String where) throws InputException {
    if (language == null || language.isBlank()) {
      throw new InputException(where, "a note needs a language");
    }
    if (xhtml == null) {
      throw new InputException(where, "a note cannot be nil");
    }
    String text = NoteText.of(xhtml, where);
    String footnoteLabel = label != null && NC_NAME.matcher(label).matches() ? label : "note-" + (notes.size() + 1);
    if (notes.put(reportId, new Note(footnoteLabel, language, text)) != null) {
      throw new InputException(where, "a second note with the id " + reportId);
    }
  }

  /** Adds a link from the fact {@code source} to {@code target} (a note), of a link type and in a link group. */
  void link(String source, String arcrole, String role, String target, String where) {
    links.add(new Link(where, source, arcrole, role, target));
  }

  /** The filing, once every fact, note and link is in. */
  Filing build() throws InputException {
    Set<String> taken = new HashSet<>();
    for (Pending p : facts) {
      if (p.id() != null) {
        taken.add(p.id());
      }
    }
    Map<List<Object>, Context> contexts = new LinkedHashMap<>();
    Map<List<Object>, Unit> units = new LinkedHashMap<>();
    List<Fact> built = new ArrayList<>();
    for (Pending p : facts) {
      Context context = contexts.computeIfAbsent(List.of(p.entity(), p.period(), p.segment()),
          k -> new Context(free("c" + (contexts.size() + 1), taken), p.entity(), p.period(), p.segment(), Qualifiers.NONE));
      Unit unit = null;
      if (p.numerator() != null) {
        List<QName> num = sorted(p.numerator());
        List<QName> den = sorted(p.denominator());
        unit = units.computeIfAbsent(List.of(num, den), k -> new Unit(free(unitId(num, den), taken), num, den));
      }
      try {
        built.add(new Fact(p.id(), p.concept(), context, unit, p.value(), p.accuracy(), null));
      } catch (IllegalArgumentException e) {
        throw new InputException(p.where(), e.getMessage());
      }
    }
    List<Footnote> footnotes = footnotes();
    Map<String, String> filingNamespaces = new LinkedHashMap<>();
    namespaces.forEach((prefix, uri) -> {
      if (!STANDARD.contains(uri) && (namePrefixes.contains(prefix) || !entityPrefixes.contains(prefix))) {
        filingNamespaces.put(prefix, uri);
      }
    });
    DocumentInfo info = DocumentInfo.NONE.withLang(languages.size() == 1 ? languages.iterator().next() : null);
    try {
      return new Filing(taxonomy, filingNamespaces, List.copyOf(contexts.values()), List.copyOf(units.values()),
          built, footnotes, info);
    } catch (IllegalArgumentException e) {
      throw new InputException(document, e.getMessage());
    }
  }

  /** One footnote link per link group, with a locator per linked fact and each note it links to. */
  private List<Footnote> footnotes() throws InputException {
    Map<String, List<Link>> byRole = new LinkedHashMap<>();
    for (Link l : links) {
      if (!notes.containsKey(l.target())) {
        throw new InputException(l.where(), "link to " + l.target() + ", which is no note of the report (links between"
            + " facts are not supported yet)");
      }
      String factId = factIdsByReportId.get(l.source());
      if (factId == null || factId.isEmpty()) {
        throw new InputException(l.where(), "link from " + l.source() + ", which is no fact of the report with an id");
      }
      byRole.computeIfAbsent(l.role(), r -> new ArrayList<>()).add(l);
    }
    List<Footnote> footnotes = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    for (Map.Entry<String, List<Link>> group : byRole.entrySet()) {
      Map<String, Footnote.Locator> locators = new LinkedHashMap<>();
      Map<String, Footnote.Resource> resources = new LinkedHashMap<>();
      List<Footnote.Arc> arcs = new ArrayList<>();
      for (Link l : group.getValue()) {
        String factId = factIdsByReportId.get(l.source());
        Footnote.Locator loc = locators.computeIfAbsent(factId, id -> new Footnote.Locator("fact_" + id, id));
        Note note = notes.get(l.target());
        resources.computeIfAbsent(l.target(), t -> new Footnote.Resource(note.label(), Footnote.STANDARD_ROLE, note.lang(), note.text()));
        arcs.add(new Footnote.Arc(loc.label(), note.label(), l.arcrole(), null));
        linked.add(l.target());
      }
      footnotes.add(new Footnote(group.getKey(), List.copyOf(locators.values()), List.copyOf(resources.values()), arcs));
    }
    for (Map.Entry<String, Note> n : notes.entrySet()) {
      if (!linked.contains(n.getKey())) {
        footnotes.add(Footnote.of(n.getValue().label(), n.getValue().lang(), n.getValue().text(), List.of()));
      }
    }
    return footnotes;
  }

  /**
   * A taxonomy-defined dimension's member: the dimension's domain element holding the value when
   * the taxonomy says the dimension is typed, else the member named by the value. Without the
   * taxonomy a value that is no prefixed name cannot be placed, and is refused.
   */
  private Qualifiers.Part member(String name, String value, String where) throws InputException {
    if (!name.contains(":")) {
      throw new InputException(where, "the " + name + " dimension is no OIM core dimension nor a prefixed name");
    }
    QName dimension = qname(name, where);
    namePrefixes.add(dimension.getPrefix());
    if (value == null) {
      throw new InputException(where, "dimension " + name + " has no value");
    }
    QName domain = typedDomains() == null ? null : typedDomains().domain(dimension);
    if (domain != null) {
      return new Qualifiers.TypedMember(dimension, TypedValues.fragment(domain, value));
    }
    int colon = value.indexOf(':');
    if (colon <= 0 || !namespaces.containsKey(value.substring(0, colon))) {
      throw new InputException(where, "dimension " + name + " has the value '" + value + "', no member name (prefix:local);"
          + (typedDomains() == null ? " finfile reads a typed dimension only with the report's taxonomy, which could not be loaded"
          : " the taxonomy declares no typed domain for the dimension"));
    }
    QName member = qname(value, where);
    namePrefixes.add(member.getPrefix());
    return new Qualifiers.ExplicitMember(dimension, member);
  }

  private TypedDomains typedDomains() {
    if (!domainsTried) {
      domainsTried = true;
      if (!taxonomyTried) {
        taxonomyTried = true;
        loaded = taxonomySource.get();
      }
      domains = loaded == null ? null : TypedDomains.of(loaded);
    }
    return domains;
  }

  QName qname(String text, String where) throws InputException {
    int colon = text.indexOf(':');
    String uri = colon > 0 ? namespaces.get(text.substring(0, colon)) : null;
    if (uri == null || colon == text.length() - 1) {
      throw new InputException(where, "'" + text + "' is not a prefixed name with a prefix declared in namespaces");
    }
    return new QName(uri, text.substring(colon + 1), text.substring(0, colon));
  }

  /** A product of measures, in parentheses when divided: {@code a*b} or {@code (a*b)}. */
  private List<QName> measures(String product, String unit, String where) throws InputException {
    String p = product.startsWith("(") && product.endsWith(")") ? product.substring(1, product.length() - 1) : product;
    if (p.isEmpty()) {
      throw new InputException(where, "unit '" + unit + "' has an empty product of measures");
    }
    List<QName> measures = new ArrayList<>();
    for (String m : p.split("\\*", -1)) {
      QName measure = qname(m, where);
      if (!measure.getNamespaceURI().equals(Unit.XBRLI) && !measure.getNamespaceURI().equals(Unit.ISO4217)) {
        namePrefixes.add(measure.getPrefix());
      }
      measures.add(measure);
    }
    return measures;
  }

  /** An OIM period: "start/end" or an instant, dateTimes at the start of a day; absent is forever. */
  private static Period period(String text, String where) throws InputException {
    if (text == null) {
      return new Period.Forever();
    }
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return Period.instant(dayBefore(text, where));
      }
      return Period.duration(start(text.substring(0, slash), where), dayBefore(text.substring(slash + 1), where));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new InputException(where, "period '" + text + "': " + e.getMessage());
    }
  }

  private static java.time.LocalDate start(String bound, String where) throws InputException {
    return midnight(bound, where);
  }

  private static java.time.LocalDate dayBefore(String bound, String where) throws InputException {
    return midnight(bound, where).minusDays(1);
  }

  private static java.time.LocalDate midnight(String bound, String where) throws InputException {
    var m = PERIOD_BOUND.matcher(bound);
    if (!m.matches()) {
      throw new InputException(where, "period bound '" + bound + "' is not a dateTime YYYY-MM-DDThh:mm:ss");
    }
    if (!m.group(2).equals("00:00:00")) {
      throw new InputException(where, "period bound " + bound + " is not at the start of a day (finfile's periods are dates)");
    }
    return java.time.LocalDate.parse(m.group(1));
  }

  private static BigDecimal number(String text, String where) throws InputException {
    String s = text.strip();
    if (s.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      throw org.finfile.Limit.NUMBER_CHARS.exceeded(where, "a number of " + s.length() + " characters");
    }
    if (!DECIMAL.matcher(s).matches() && !s.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]{1,6}")) {
      throw new InputException(where, "numeric value " + InputException.quote(text) + " is not a decimal number");
    }
    return org.finfile.Limit.writtenOut(new BigDecimal(s.startsWith("+") ? s.substring(1) : s), where);
  }

  private boolean taxonomySaysNumeric(QName concept) {
    if (!taxonomyTried) {
      taxonomyTried = true;
      loaded = taxonomySource.get();
    }
    return loaded != null && loaded.concept(concept).map(c -> c.isNumeric()).orElse(false);
  }

  private static List<QName> sorted(List<QName> measures) {
    return measures.stream().sorted(java.util.Comparator.comparing(QName::getNamespaceURI).thenComparing(QName::getLocalPart)).toList();
  }

  private static String unitId(List<QName> num, List<QName> den) {
    String n = String.join("-", num.stream().map(QName::getLocalPart).toList());
    return den.isEmpty() ? n : n + "-per-" + String.join("-", den.stream().map(QName::getLocalPart).toList());
  }

  /** {@code wanted}, with _ appended until no fact, context or unit has it. */
  private static String free(String wanted, Set<String> taken) {
    String id = NC_NAME.matcher(wanted).matches() ? wanted : "u" + wanted;
    while (!taken.add(id)) {
      id = id + "_";
    }
    return id;
  }
}
