package org.finfile.validate;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * The streaming pass of a validation: XBRL 2.1 checks made while the instance goes by. It
 * keeps one record per context and unit, a 64-bit fingerprint per fact (for duplicates), the
 * facts that take part in calculations, and the references that come before what they name;
 * never the instance itself.
 */
final class InstanceScan extends DefaultHandler {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final QName MONETARY = new QName(Namespaces.XBRLI, "monetaryItemType");
  private static final QName SHARES = new QName(Namespaces.XBRLI, "sharesItemType");
  private static final QName PURE = new QName(Namespaces.XBRLI, "pureItemType");

  private final String name;
  private final List<Problem> problems;
  private final Taxonomy taxonomy;
  private final Set<QName> calcConcepts;
  private org.apache.xerces.xs.PSVIProvider types;
  private Locator locator;
  private final NamespaceSupport namespaces = new NamespaceSupport();
  private boolean namespaceContextPushed;
  private final Deque<String> langs = new ArrayDeque<>();
  private int depth;

  final Map<String, Facts.Ctx> contexts = new LinkedHashMap<>();
  /** Context classes by a 64-bit fingerprint of their content, not the content itself, to stay small. */
  private final Map<Long, Integer> contextClasses = new java.util.HashMap<>();
  private final Map<String, Integer> unitClasses = new java.util.HashMap<>();
  private final Map<QName, QName> concepts = new java.util.HashMap<>();
  private final Map<QName, Integer> conceptIds = new java.util.HashMap<>();
  private final Map<String, Map<String, Boolean>> numericTypes = new java.util.HashMap<>();
  private final Map<String, Accuracy> accuracies = new java.util.HashMap<>();
  /** Facts that came before their context or unit: fingerprinted once those are known. */
  private final List<Object[]> lateFingerprints = new ArrayList<>();
  final Map<String, Facts.Un> units = new LinkedHashMap<>();
  final List<Facts.CalcFact> calcFacts = new ArrayList<>();
  final LongSet fingerprints = new LongSet();
  final LongSet repeated = new LongSet();
  private final List<Deferred> deferred = new ArrayList<>();
  long factCount;

  private ContextParts context;
  private final TypedValues typed = new TypedValues();
  private final RequiredElements required;
  /** XBRL Dimensions 1.0 checks of contexts and facts; null without a taxonomy. */
  private final DimensionalCheck dimensions;
  private UnitParts unit;
  private OpenFact fact;
  private int skipDepth;
  /** The roles and arcroles the instance's roleRefs and arcroleRefs declare (they come before any footnoteLink). */
  private final Set<String> roleRefs = new java.util.HashSet<>();
  private final Set<String> arcroleRefs = new java.util.HashSet<>();
  /** The footnoteLink being read, or null. */
  private FootnoteLink footnoteLink;
  private final LongSet factIds = new LongSet();
  final LongSet repeatedIds = new LongSet();
  private final LongSet factIdsOnly = new LongSet();
  private final List<String[]> locators = new ArrayList<>();

  /** A check waiting for a context or unit that comes later in the document. */
  private record Deferred(String where, String concept, String contextRef, String unitRef, Concept info,
      boolean contextLater, boolean unitLater) {}

  /** {@code calculations}: keep the facts calculations need (not when calculations are off). */
  InstanceScan(String name, List<Problem> problems, Taxonomy taxonomy, boolean calculations) {
    this.name = name;
    this.problems = problems;
    this.taxonomy = taxonomy;
    Set<QName> kept = new java.util.HashSet<>();
    if (taxonomy != null) {
      if (calculations) {
        kept.addAll(taxonomy.calculations().concepts());
      }
      // essence-alias consistency is XBRL 2.1 validity: checked whatever --calc says
      for (org.finfile.taxonomy.Definitions.Relationship r
          : taxonomy.definitions().of(org.finfile.taxonomy.Definitions.ESSENCE_ALIAS)) {
        kept.add(r.from());
        kept.add(r.to());
      }
    }
    this.calcConcepts = kept.isEmpty() ? Set.of() : kept;
    this.required = new RequiredElements(taxonomy);
    this.dimensions = taxonomy == null ? null : new DimensionalCheck(DimensionalTaxonomy.of(taxonomy), name, problems);
  }

  void useTypes(org.apache.xerces.xs.PSVIProvider types) {
    this.types = types;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) {
    if (!namespaceContextPushed) {
      namespaces.pushContext();
      namespaceContextPushed = true;
    }
    namespaces.declarePrefix(prefix, uri);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    if (!namespaceContextPushed) {
      namespaces.pushContext();
    }
    namespaceContextPushed = false;
    depth++;
    String lang = atts.getValue(Namespaces.XML, "lang");
    langs.push(lang != null ? lang.strip().toLowerCase(java.util.Locale.ROOT) : langs.isEmpty() ? "" : langs.peek());
    if (skipDepth > 0) {
      skipDepth++;
      if (Namespaces.LINK.equals(uri) && local.equals("loc") && footnoteLink != null) {
        String href = atts.getValue(Namespaces.XLINK, "href");
        locators.add(new String[] {here(), href == null ? "" : href});
      }
      if (footnoteLink != null && skipDepth == 2) {
        footnoteLink.child(uri, local, atts, langs.peek(), here(), problems);
      }
      return;
    }
    if (context != null) {
      List<String> attributes = List.of();
      if (context.inContent()) {
        attributes = contentAttributes(atts);
        checkContentElement(local);
      }
      context.start(uri, local, atts, attributes, depth, locator == null ? -1 : locator.getLineNumber(),
          locator == null ? -1 : locator.getColumnNumber());
      return;
    }
    if (unit != null) {
      unit.start(uri, local);
      return;
    }
    if (fact != null) {
      fact.hasChildren = true;
    }
    if (depth == 1) {
      return;
    }
    if (Namespaces.XBRLI.equals(uri) && depth == 2) {
      String id = atts.getValue("", "id");
      if (id != null) {
        id(id);
      }
      if (local.equals("context")) {
        context = new ContextParts(atts.getValue("", "id"), locator == null ? -1 : locator.getLineNumber(),
            locator == null ? -1 : locator.getColumnNumber(), name, problems, namespaces);
      } else if (local.equals("unit")) {
        unit = new UnitParts(atts.getValue("", "id"), here());
      }
      return;
    }
    if (Namespaces.LINK.equals(uri)) {
      skipDepth = 1;
      if (depth == 2 && local.equals("roleRef") && atts.getValue("", "roleURI") != null) {
        roleRefs.add(atts.getValue("", "roleURI").strip());
      } else if (depth == 2 && local.equals("arcroleRef") && atts.getValue("", "arcroleURI") != null) {
        arcroleRefs.add(atts.getValue("", "arcroleURI").strip());
      }
      footnoteLink = depth == 2 && local.equals("footnoteLink") ? new FootnoteLink(roleRefs, arcroleRefs) : null;
      if (footnoteLink != null) {
        footnoteLink.start(atts, here(), problems);
      }
      return;
    }
    String id = atts.getValue("", "id");
    if (id != null) {
      id(id);
      if (atts.getValue("", "contextRef") != null) {
        factIdsOnly.add(LongSet.fingerprint(id));
      }
    }
    if (fact == null && required.names(uri, local)) {
      required.reported(new QName(uri, local), here());
    }
    if (atts.getValue("", "contextRef") == null && fact == null) {
      checkTuple(local, atts);
    }
    if (atts.getValue("", "contextRef") != null) {
      QName concept = concepts.computeIfAbsent(new QName(uri, local), q -> q);
      int line = locator == null ? -1 : locator.getLineNumber();
      int column = locator == null ? -1 : locator.getColumnNumber();
      fact = new OpenFact(concept, atts, line, column, depth, numericType(), langs.peek(), name);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (context != null) {
      context.text.append(ch, start, length);
    } else if (unit != null) {
      unit.text.append(ch, start, length);
    } else if (fact != null && depth == fact.depth) {
      fact.text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    try {
      if (skipDepth > 0) {
        skipDepth--;
        if (skipDepth == 0 && footnoteLink != null) {
          footnoteLink.finish(problems);
          footnoteLink = null;
        }
        return;
      }
      if (context != null) {
        if (depth == 2) {
          addContext(context);
          context = null;
        } else {
          context.end(uri, local, depth, context.inContent() && depth > context.openDepth ? contentValue() : null);
        }
        return;
      }
      if (unit != null) {
        if (depth == 2) {
          addUnit(unit);
          unit = null;
        } else {
          unit.end(uri, local, namespaces);
        }
        return;
      }
      if (fact != null && depth == fact.depth) {
        OpenFact f = fact;
        fact = null;
        checkFact(f);
      }
    } finally {
      depth--;
      langs.pop();
      namespaces.popContext();
    }
  }

  /**
   * A segment or scenario element's attributes, {@code {uri}local=value} by typed value; the
   * types come from the element's type's attribute uses (the JAXP pipeline gives no attribute PSVI).
   */
  private List<String> contentAttributes(Attributes atts) {
    org.apache.xerces.xs.ElementPSVI psvi = types == null ? null : types.getElementPSVI();
    org.apache.xerces.xs.XSTypeDefinition type = psvi == null ? null : psvi.getTypeDefinition();
    List<String> out = new ArrayList<>(atts.getLength());
    for (int i = 0; i < atts.getLength(); i++) {
      out.add("{" + atts.getURI(i) + "}" + atts.getLocalName(i) + "="
          + typed.key(TypedValues.attributeType(type, atts.getURI(i), atts.getLocalName(i)), atts.getValue(i), namespaces));
    }
    return out;
  }

  /** The typed value of the segment or scenario element ending now. */
  private String contentValue() {
    org.apache.xerces.xs.ElementPSVI psvi = types == null ? null : types.getElementPSVI();
    return typed.key(psvi == null ? null : psvi.getTypeDefinition(), context.text.toString(), namespaces);
  }

  /**
   * XBRL 2.1 §4.9: a tuple carries no attribute of the XBRL namespaces (its id is unqualified).
   * An element is taken as a tuple when its declaration says so, or, without a schema type, when
   * it is no item (it has no contextRef).
   */
  private void checkTuple(String local, Attributes atts) {
    org.apache.xerces.xs.ElementPSVI psvi = types == null ? null : types.getElementPSVI();
    org.apache.xerces.xs.XSElementDeclaration declaration = psvi == null ? null : psvi.getElementDeclaration();
    if (declaration != null && !TypedValues.substitutes(declaration, "tuple")) {
      return;
    }
    for (int i = 0; i < atts.getLength(); i++) {
      String ns = atts.getURI(i);
      if (Namespaces.XBRLI.equals(ns) || Namespaces.LINK.equals(ns) || Namespaces.XLINK.equals(ns) || Namespaces.XL.equals(ns)) {
        problems.add(Problem.error(here(), Rules.TUPLE_ATTRIBUTE, "tuple " + local + " has the attribute " + atts.getQName(i)
            + ", which is in an XBRL namespace (tuples may carry none)"));
      }
    }
  }

  /** XBRL 2.1 §4.7.3.2 and §4.7.4: no item or tuple in a segment or scenario. */
  private void checkContentElement(String local) {
    org.apache.xerces.xs.ElementPSVI psvi = types == null ? null : types.getElementPSVI();
    org.apache.xerces.xs.XSElementDeclaration declaration = psvi == null ? null : psvi.getElementDeclaration();
    if (declaration != null && (TypedValues.substitutes(declaration, "item") || TypedValues.substitutes(declaration, "tuple"))) {
      problems.add(Problem.error(here(), Rules.CONTEXT_CONTENT, "context " + context.id + ": " + local
          + " is an item or tuple (in the substitution group of xbrli:item or xbrli:tuple) and may not appear in a segment or scenario"));
    }
  }

  /** True or false from the element's schema type; null when there is no schema type. */
  private Boolean numericType() {
    if (types == null) {
      return null;
    }
    org.apache.xerces.xs.ElementPSVI psvi = types.getElementPSVI();
    org.apache.xerces.xs.XSTypeDefinition type = psvi == null ? null : psvi.getTypeDefinition();
    if (type == null || type.getName() == null) {
      return null;
    }
    String ns = type.getNamespace() == null ? "" : type.getNamespace();
    return numericTypes.computeIfAbsent(ns, n -> new java.util.HashMap<>())
        .computeIfAbsent(type.getName(), n -> isNumeric(type));
  }

  private static boolean isNumeric(org.apache.xerces.xs.XSTypeDefinition type) {
    short derived = org.apache.xerces.xs.XSConstants.DERIVATION_RESTRICTION | org.apache.xerces.xs.XSConstants.DERIVATION_EXTENSION;
    return type.derivedFrom(Namespaces.XS, "decimal", derived)
        || type.derivedFrom(Namespaces.XS, "float", derived)
        || type.derivedFrom(Namespaces.XS, "double", derived)
        || type.derivedFrom(Namespaces.XBRLI, "fractionItemType", derived)
        || (Namespaces.XBRLI.equals(type.getNamespace()) && "fractionItemType".equals(type.getName()));
  }

  private void checkFact(OpenFact f) {
    factCount++;
    String local = f.concept.getLocalPart();
    Concept concept = taxonomy == null ? null : taxonomy.concept(f.concept).orElse(null);
    boolean numeric = f.numericType != null ? f.numericType
        : concept != null ? concept.isNumeric() : f.unitRef != null;
    boolean fraction = concept != null && concept.itemType().getLocalPart().equals("fractionItemType");
    if (numeric) {
      if (f.unitRef == null) {
        problems.add(Problem.error(f.where(), Rules.NUMERIC_UNIT, local + " is numeric but has no unitRef"));
      }
      if (f.nil && (f.decimals != null || f.precision != null)) {
        problems.add(Problem.error(f.where(), Rules.NIL_ACCURACY, local + " is nil but has "
            + (f.decimals != null ? "decimals" : "precision")));
      } else if (!f.nil && !fraction && (f.decimals == null) == (f.precision == null)) {
        problems.add(Problem.error(f.where(), Rules.NUMERIC_ACCURACY, local + (f.decimals != null
            ? " has both decimals and precision" : " is numeric but has neither decimals nor precision")));
      }
    } else if (f.unitRef != null || f.decimals != null || f.precision != null) {
      problems.add(Problem.error(f.where(), Rules.NON_NUMERIC, local + " is not numeric but has "
          + (f.unitRef != null ? "a unitRef" : f.decimals != null ? "decimals" : "precision")));
    }
    Facts.Ctx ctx = contexts.get(f.contextRef);
    Facts.Un un = f.unitRef == null ? null : units.get(f.unitRef);
    if (ctx == null || (f.unitRef != null && un == null)) {
      deferred.add(new Deferred(f.where(), local, f.contextRef, f.unitRef, concept, ctx == null, f.unitRef != null && un == null));
    }
    if (ctx != null) {
      ctx.used = true;
      checkPeriodType(f.where(), local, concept, ctx);
    }
    if (un != null) {
      un.used = true;
      checkUnit(f.where(), local, concept, un);
    }
    if (f.depth == 2) {
      String lang = f.unitRef != null ? "" : f.lang;
      if (ctx == null || (f.unitRef != null && un == null)) {
        lateFingerprints.add(new Object[] {f.concept, f.contextRef, f.unitRef, lang});
      } else {
        fingerprint(fingerprint(f.concept, ctx, un, lang));
      }
    }
    if (calcConcepts.contains(f.concept)) {
      keepForCalculation(f, ctx, un, numeric);
    }
    if (dimensions != null) {
      dimensions.fact(f.concept, f.contextRef, f.where());
    }
  }

  /** Remembers an id's fingerprint; a repeat is checked exactly in the second pass. */
  private void id(String id) {
    long print = LongSet.fingerprint(id);
    if (!factIds.add(print)) {
      repeatedIds.add(print);
    }
  }

  private void fingerprint(long print) {
    if (!fingerprints.add(print)) {
      repeated.add(print);
    }
  }

  /**
   * Keeps a fact of a concept in a calculation or an essence-alias relationship: a number with
   * its accuracy (an empty one takes its schema default, the value XML Schema gives it), a nil
   * fact as a marker (XBRL 2.1 counts it among duplicates), the text of a non-numeric fact.
   */
  private void keepForCalculation(OpenFact f, Facts.Ctx ctx, Facts.Un un, boolean numeric) {
    String contextRef = ctx != null ? ctx.id : f.contextRef;
    String unitRef = un != null ? un.id : f.unitRef;
    if (f.nil || !numeric) {
      if (f.hasChildren) {
        return;
      }
      Facts.CalcFact kept = new Facts.CalcFact(f.concept, contextRef, unitRef, BigDecimal.ZERO, null, f.line, f.column, f.source);
      kept.nil = f.nil;
      kept.text = f.nil ? null : keptText(valueOf(f));
      kept.depth = f.depth;
      kept.ordinal = (int) (factCount - 1);
      calcFacts.add(kept);
      return;
    }
    BigDecimal number = f.hasChildren ? null : Duplicates.number(valueOf(f));
    if (number == null || f.unitRef == null) {
      return;
    }
    String lexical = f.decimals != null ? "d" + f.decimals : f.precision != null ? "p" + f.precision : null;
    if (lexical == null) {
      return;
    }
    Accuracy accuracy = accuracies.get(lexical);
    if (accuracy == null) {
      accuracy = CalculationCheck.accuracy(f.decimals != null ? f.decimals : f.precision, f.decimals != null);
      if (accuracy == null) {
        return;
      }
      accuracies.put(lexical, accuracy);
    }
    Facts.CalcFact kept = new Facts.CalcFact(f.concept, contextRef, unitRef, number, accuracy, f.line, f.column, f.source);
    kept.depth = f.depth;
    kept.ordinal = (int) (factCount - 1);
    calcFacts.add(kept);
  }

  /** A long text kept as its start and a fingerprint of the whole: enough to compare and to show. */
  private static String keptText(String text) {
    return text.length() <= 200 ? text : text.substring(0, 77) + "... (" + text.length() + " characters, #"
        + Long.toHexString(LongSet.fingerprint(text)) + ")";
  }

  /** The fact's text, or the schema's default when the element is empty (the PSVI value). */
  private String valueOf(OpenFact f) {
    String text = f.text.toString().strip();
    if (text.isEmpty() && types != null) {
      org.apache.xerces.xs.ElementPSVI psvi = types.getElementPSVI();
      org.apache.xerces.xs.XSValue value = psvi == null ? null : psvi.getSchemaValue();
      if (value != null && value.getNormalizedValue() != null) {
        return value.getNormalizedValue().strip();
      }
    }
    return text;
  }

  /**
   * The fingerprint of what duplicate facts share: concept, context (by content), unit (by
   * measures) and, for text, language. Both the context and the unit must be known.
   */
  long fingerprint(QName concept, Facts.Ctx ctx, Facts.Un un, String lang) {
    long h = conceptIds.computeIfAbsent(concept, c -> conceptIds.size()) * 0x9E3779B97F4A7C15L;
    h = Long.rotateLeft(h ^ (ctx.cls + 1L) * 0xC2B2AE3D27D4EB4FL, 29);
    h = Long.rotateLeft(h ^ (un == null ? 0L : un.cls + 1L) * 0x165667B19E3779F9L, 31);
    h ^= lang.hashCode() * 0x27D4EB2F165667C5L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  /** The exact key behind a fingerprint, to group candidate duplicates. */
  String key(QName concept, Facts.Ctx ctx, Facts.Un un, String lang) {
    return concept + "|" + ctx.cls + "|" + (un == null ? "" : un.cls) + "|" + lang;
  }

  private void checkPeriodType(String where, String local, Concept concept, Facts.Ctx ctx) {
    if (concept == null || ctx.kind == Facts.PeriodKind.UNKNOWN) {
      return;
    }
    boolean instant = ctx.kind == Facts.PeriodKind.INSTANT;
    if (concept.periodType() == Concept.PeriodType.INSTANT && !instant) {
      problems.add(Problem.error(where, Rules.PERIOD_TYPE, local + " is an instant concept but context " + ctx.id
          + " has a duration"));
    } else if (concept.periodType() == Concept.PeriodType.DURATION && instant) {
      problems.add(Problem.error(where, Rules.PERIOD_TYPE, local + " is a duration concept but context " + ctx.id
          + " is an instant"));
    }
  }

  private void checkUnit(String where, String local, Concept concept, Facts.Un un) {
    if (concept == null) {
      return;
    }
    boolean single = un.denominator.isEmpty() && un.numerator.size() == 1;
    QName measure = single ? un.numerator.get(0) : null;
    if (taxonomy.derivesFrom(concept, MONETARY)) {
      if (measure == null || !Namespaces.ISO4217.equals(measure.getNamespaceURI())) {
        problems.add(Problem.error(where, Rules.UNIT_MONETARY, local + " is monetary but unit " + un.id
            + " is not a single ISO 4217 currency"));
      }
    } else if (taxonomy.derivesFrom(concept, SHARES)) {
      if (measure == null || !new QName(Namespaces.XBRLI, "shares").equals(measure)) {
        problems.add(Problem.error(where, Rules.UNIT_SHARES, local + " counts shares but unit " + un.id + " is not xbrli:shares"));
      }
    } else if (taxonomy.derivesFrom(concept, PURE)) {
      if (measure == null || !new QName(Namespaces.XBRLI, "pure").equals(measure)) {
        problems.add(new Problem(where, Severity.WARNING, Rules.UNIT_PURE, local + " is a pure number but unit "
            + un.id + " is not xbrli:pure"));
      }
    }
  }

  /** Resolves references that came before what they name; reports what no fact used. */
  void finish() {
    for (Object[] late : lateFingerprints) {
      Facts.Ctx ctx = contexts.get((String) late[1]);
      Facts.Un un = late[2] == null ? null : units.get((String) late[2]);
      if (ctx != null && (late[2] == null || un != null)) {
        fingerprint(fingerprint((QName) late[0], ctx, un, (String) late[3]));
      }
    }
    for (Deferred d : deferred) {
      if (d.contextLater()) {
        Facts.Ctx ctx = contexts.get(d.contextRef());
        if (ctx == null) {
          problems.add(Problem.error(d.where(), Rules.CONTEXT_REF, d.concept() + ": contextRef " + InputException.quote(d.contextRef()) + " names no context"));
        } else {
          ctx.used = true;
          checkPeriodType(d.where(), d.concept(), d.info(), ctx);
        }
      }
      if (d.unitLater()) {
        Facts.Un un = units.get(d.unitRef());
        if (un == null) {
          problems.add(Problem.error(d.where(), Rules.UNIT_REF, d.concept() + ": unitRef " + InputException.quote(d.unitRef()) + " names no unit"));
        } else {
          un.used = true;
          checkUnit(d.where(), d.concept(), d.info(), un);
        }
      }
    }
    String fileName = java.nio.file.Path.of(name).getFileName().toString();
    for (String[] loc : locators) {
      String href = loc[1];
      int hash = href.indexOf('#');
      String document = hash < 0 ? href : href.substring(0, hash);
      boolean here = hash >= 0 && (document.isEmpty() || document.equals(fileName) || document.endsWith("/" + fileName));
      if (!here || !factIdsOnly.contains(LongSet.fingerprint(href.substring(hash + 1)))) {
        problems.add(Problem.error(loc[0], Rules.FOOTNOTE_REF, "a footnote locator points at " + InputException.quote(href)
            + ", which is no fact of this instance"));
      }
    }
    required.finish(problems);
    if (dimensions != null) {
      dimensions.finish();
    }
    for (Facts.Ctx c : contexts.values()) {
      if (!c.used) {
        problems.add(new Problem(c.where(name), Severity.WARNING, Rules.CONTEXT_UNUSED, "context " + c.id + " is used by no fact"));
      }
    }
    for (Facts.Un u : units.values()) {
      if (!u.used) {
        problems.add(new Problem(u.where, Severity.WARNING, Rules.UNIT_UNUSED, "unit " + u.id + " is used by no fact"));
      }
    }
  }

  private void addContext(ContextParts b) {
    Facts.PeriodKind kind = b.instant != null ? Facts.PeriodKind.INSTANT : b.forever ? Facts.PeriodKind.FOREVER
        : b.start != null && b.end != null ? Facts.PeriodKind.DURATION : Facts.PeriodKind.UNKNOWN;
    String period;
    try {
      if (kind == Facts.PeriodKind.INSTANT) {
        period = "i" + Facts.moment(b.instant, true) + Facts.zone(b.instant);
      } else if (kind == Facts.PeriodKind.FOREVER) {
        period = "forever";
      } else if (kind == Facts.PeriodKind.DURATION) {
        LocalDateTime start = Facts.moment(b.start, false);
        LocalDateTime end = Facts.moment(b.end, true);
        period = "d" + start + Facts.zone(b.start) + "/" + end + Facts.zone(b.end);
        if (!end.isAfter(start)) {
          problems.add(Problem.error(b.where(), Rules.CONTEXT_PERIOD, "context " + b.id + " ends (" + b.end.strip()
              + ") before it starts (" + b.start.strip() + ")"));
        }
      } else {
        period = "?" + b.id;
      }
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      period = "raw:" + b.instant + "/" + b.start + "/" + b.end;
    }
    String key = b.scheme + "|" + b.identifier + "|" + period + "|" + b.segment + "|" + b.scenario;
    if (dimensions != null && b.id != null && !contexts.containsKey(b.id)) {
      dimensions.context(b);
    }
    if (b.id != null && !contexts.containsKey(b.id)) {
      int cls = contextClasses.computeIfAbsent(LongSet.fingerprint(key), k -> contextClasses.size());
      contexts.put(b.id, new Facts.Ctx(b.id, b.line, b.column, kind, cls));
    }
  }

  private void addUnit(UnitParts b) {
    if (b.id == null || units.containsKey(b.id)) {
      return;
    }
    Facts.Un u = new Facts.Un(b.id, b.where, b.numerator, b.denominator);
    u.cls = unitClasses.computeIfAbsent(u.key(), k -> unitClasses.size());
    for (QName m : b.numerator) {
      if (b.denominator.contains(m)) {
        problems.add(Problem.error(b.where, Rules.UNIT_FORM, "unit " + b.id + " has " + m.getLocalPart()
            + " in both its numerator and its denominator"));
      }
    }
    List<QName> all = new ArrayList<>(b.numerator);
    all.addAll(b.denominator);
    for (QName m : all) {
      if (Namespaces.XBRLI.equals(m.getNamespaceURI()) && !m.getLocalPart().equals("pure") && !m.getLocalPart().equals("shares")) {
        problems.add(Problem.error(b.where, Rules.UNIT_FORM, "unit " + b.id + ": xbrli:" + m.getLocalPart()
            + " is not a measure (only xbrli:pure and xbrli:shares are)"));
      }
      if (Namespaces.ISO4217.equals(m.getNamespaceURI()) && !CURRENCY.matcher(m.getLocalPart()).matches()) {
        problems.add(Problem.error(b.where, Rules.UNIT_FORM, "unit " + b.id + ": " + m.getLocalPart()
            + " is not an ISO 4217 currency code"));
      }
    }
    units.put(b.id, u);
  }

  private String here() {
    return locator == null ? name : name + ":" + locator.getLineNumber() + ":" + locator.getColumnNumber();
  }

  /** A fact between its start and end tags. */
  private static final class OpenFact {
    final QName concept;
    final int line;
    final int column;
    final String name;
    final int depth;
    final Boolean numericType;
    final String lang;
    final String contextRef;
    final String unitRef;
    final String decimals;
    final String precision;
    final boolean nil;
    final String source;
    final StringBuilder text = new StringBuilder();
    boolean hasChildren;

    OpenFact(QName concept, Attributes atts, int line, int column, int depth, Boolean numericType, String lang,
        String name) {
      this.concept = concept;
      this.line = line;
      this.column = column;
      this.name = name;
      this.depth = depth;
      this.numericType = numericType;
      this.lang = lang;
      this.contextRef = atts.getValue("", "contextRef");
      this.unitRef = atts.getValue("", "unitRef");
      this.decimals = atts.getValue("", "decimals");
      this.precision = atts.getValue("", "precision");
      String n = atts.getValue(Namespaces.XSI, "nil");
      this.nil = n != null && ("true".equals(n.strip()) || "1".equals(n.strip()));
      this.source = atts.getValue(Namespaces.SOURCE, "src");
    }

    String where() {
      return line < 0 ? name : name + ":" + line + ":" + column;
    }
  }
}
