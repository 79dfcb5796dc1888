package org.finfile.inline;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.InputException;
import org.finfile.validate.Rules;
import org.finfile.model.Footnote;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * One streaming pass over an Inline XBRL 1.1 page. Each fact's text is collected as the page
 * goes: the text of every element inside it (nested facts included), less what an ix:exclude
 * inside it leaves out, then what its ix:continuation chain adds. Contexts, units and taxonomy
 * references are copied as they are. A tuple holds the facts and tuples whose tupleRef names
 * its tupleID and those without one for which it is the nearest ix element around them,
 * ordered by their order; a fraction takes the numerator and
 * denominator inside it (those of a fraction nested in it too). Target documents and Inline
 * XBRL 1.0 are refused, never skipped: a fact is read or the page is refused.
 */
final class PageReader {
  static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
  private static final String IX_10 = "http://www.xbrl.org/2008/inlineXBRL";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private enum Kind { OTHER, XHTML, VOID, FACT, FOOTNOTE, CONTINUATION, EXCLUDE, REFERENCES, RESOURCES, TUPLE, FRACTION, TERM }

  /** XHTML elements that never have content: an escaped fact writes them as {@code <br/>}, every other as start and end tag. */
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "param", "source", "track", "wbr");

  /** An ix element as the page is read: a fact, tuple, footnote, continuation or fraction term, its text collected. */
  static final class Open {
    final Kind kind;
    final String where;
    final int excludes;
    final StringBuilder text = new StringBuilder();
    /** The content as XML markup, for escape="true": XHTML elements kept, ix elements and their tags left out. */
    final StringBuilder markup = new StringBuilder();
    /** True when the markup is wanted: an escaped fact, or a continuation (whose fact may be escaped). */
    boolean wantsMarkup;
    final Map<String, String> attributes = new LinkedHashMap<>();
    QName concept;
    QName format;
    String lang;
    boolean numeric;
    boolean fraction;
    boolean nil;
    /** The ix:tuple this fact or tuple is nested in (the nearest), or, once tupleRefs are resolved, the one it names. */
    Open parent;
    String order;
    String tupleRef;
    /** For an ix:fraction: its ix:numerator and ix:denominator, and those of fractions nested in it. */
    final List<Open> terms = new ArrayList<>();

    Open(Kind kind, String where, int excludes) {
      this.kind = kind;
      this.where = where;
      this.excludes = excludes;
    }
  }

  private XMLStreamReader xml;
  private String name;
  private int documents;
  private String lang;
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private final Map<String, List<String>> references = new LinkedHashMap<>();
  private final List<String> resources = new ArrayList<>();
  private final List<Open> facts = new ArrayList<>();
  private final List<Open> footnotes = new ArrayList<>();
  private final Map<String, Open> continuations = new LinkedHashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> contextIds = new HashSet<>();
  private final Set<String> unitIds = new HashSet<>();
  private final List<Page.Relationship> relationships = new ArrayList<>();
  private final Deque<Kind> kinds = new ArrayDeque<>();
  private final List<String> langs = new ArrayList<>();
  private final Deque<Open> open = new ArrayDeque<>();
  /** Facts and tuples in document order. */
  private final List<Open> nodes = new ArrayList<>();
  private final Deque<Open> tuples = new ArrayDeque<>();
  private final Deque<Open> fractions = new ArrayDeque<>();
  /** The ix:numerator or ix:denominator being read, or null. */
  private Open term;
  private int excludes;
  private boolean inReferences;
  private boolean inResources;

  /** One document of an inline document set: how to open it, its URL (references resolve against it), how messages name it. */
  record Document(Opener opener, String systemId, String name) {}

  /** Opens a document's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws java.io.IOException;
  }

  private PageReader() {
    for (String kind : List.of("schemaRef", "linkbaseRef", "roleRef", "arcroleRef")) {
      references.put(kind, new ArrayList<>());
    }
  }

  /** Reads a whole page. */
  static Page read(InputStream in, String systemId, String name) throws InputException {
    PageReader reader = new PageReader();
    reader.document(in, systemId, name);
    return reader.page();
  }

  /**
   * Reads an inline document set: its documents, in order, as one target document. Ids are
   * unique across the set, a continuation may stand in another document than its fact, and the
   * references and resources of all documents are joined (identical ones once); the language is
   * that of the first document's root.
   */
  static Page read(List<Document> set) throws InputException {
    if (set.isEmpty()) {
      throw new InputException("(no documents)", "an inline document set needs at least one document");
    }
    PageReader reader = new PageReader();
    for (Document d : set) {
      try (InputStream in = d.opener().open()) {
        reader.document(in, d.systemId(), d.name());
      } catch (java.nio.file.NoSuchFileException e) {
        throw new InputException(d.name(), "no such file");
      } catch (java.io.IOException e) {
        throw new InputException(d.name(), "cannot read: " + e.getMessage(), e);
      }
    }
    return reader.page();
  }

  private void document(InputStream in, String systemId, String name) throws InputException {
    this.name = name;
    try {
      this.xml = XmlSecurity.streamReader(in, systemId);
      run();
      documents++;
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? name
          : name + ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
      throw new InputException(where, "not a well-formed Inline XBRL document: " + InputException.oneLine(e.getMessage()), e);
    }
  }

  private void run() throws XMLStreamException, InputException {
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> end();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(xml.getText());
        default -> { }
      }
    }
  }

  private String where() {
    return name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
  }

  private void start() throws XMLStreamException, InputException {
    String ns = xml.getNamespaceURI();
    String local = xml.getLocalName();
    String own = xml.getAttributeValue(Namespaces.XML, "lang");
    if (langs.isEmpty() && documents == 0) {
      lang = own;
    }
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      String prefix = xml.getNamespacePrefix(i);
      if (prefix != null && !prefix.isEmpty()) {
        namespaces.putIfAbsent(prefix, xml.getNamespaceURI(i));
      }
    }
    if (term != null) {
      throw new InlineException(where(), Rules.IX_FRACTION, "an ix:" + term.attributes.get("term") + " holds the element "
          + local + ": a fraction's term is text only");
    }
    if (IX_10.equals(ns)) {
      throw new InlineException(where(), Rules.IX_UNSUPPORTED, "Inline XBRL 1.0 is not supported (only 1.1, " + IX + ")");
    }
    if (inReferences && Namespaces.LINK.equals(ns) && references.containsKey(local)) {
      references.get(local).add(copy());
      return;
    }
    if (inResources && Namespaces.XBRLI.equals(ns) && xml.getAttributeValue(null, "id") != null) {
      (local.equals("unit") ? unitIds : contextIds).add(xml.getAttributeValue(null, "id").strip());
    }
    if (inResources && (Namespaces.XBRLI.equals(ns) || Namespaces.LINK.equals(ns) && references.containsKey(local))) {
      (Namespaces.XBRLI.equals(ns) ? resources : references.get(local)).add(copy());
      return;
    }
    Kind kind = IX.equals(ns) ? ix(local) : markupStart(local);
    kinds.push(kind);
    langs.add(own != null ? own : langs.isEmpty() ? null : langs.get(langs.size() - 1));
  }

  private Kind ix(String local) throws InputException {
    String where = where();
    if (xml.getAttributeValue(null, "target") != null) {
      throw new InlineException(where, Rules.IX_UNSUPPORTED,
          "ix:" + local + " has a target: pages with several target documents are not supported");
    }
    switch (local) {
      case "header", "hidden" -> {
        return Kind.OTHER;
      }
      case "references" -> {
        inReferences = true;
        return Kind.REFERENCES;
      }
      case "resources" -> {
        inResources = true;
        return Kind.RESOURCES;
      }
      case "nonFraction", "nonNumeric" -> {
        Open fact = fact(local.equals("nonFraction"), where);
        unique(fact.attributes.get("id"), where);
        member(fact, local);
        facts.add(fact);
        open.push(fact);
        return Kind.FACT;
      }
      case "fraction" -> {
        Open fraction = fact(false, where);
        fraction.fraction = true;
        if (fraction.nil && !fractions.isEmpty()) {
          throw new InlineException(where, Rules.IX_FRACTION, "a nil ix:fraction inside another ix:fraction");
        }
        unique(fraction.attributes.get("id"), where);
        member(fraction, local);
        facts.add(fraction);
        fractions.push(fraction);
        return Kind.FRACTION;
      }
      case "numerator", "denominator" -> {
        if (fractions.isEmpty()) {
          throw new InlineException(where, Rules.IX_FRACTION, "ix:" + local + " outside every ix:fraction");
        }
        Open part = new Open(Kind.TERM, where, excludes);
        part.attributes.put("term", local);
        for (String a : List.of("scale", "sign")) {
          String v = xml.getAttributeValue(null, a);
          if (v != null) {
            part.attributes.put(a, v);
          }
        }
        part.format = qname(xml.getAttributeValue(null, "format"), "format", where);
        for (Open f : fractions) {
          f.terms.add(part);
        }
        term = part;
        open.push(part);
        return Kind.TERM;
      }
      case "tuple" -> {
        Open tuple = new Open(Kind.TUPLE, where, excludes);
        tuple.concept = qname(xml.getAttributeValue(null, "name"), "name", where);
        if (tuple.concept == null) {
          throw new InlineException(where, Rules.IX_SCHEMA, "an ix:tuple has no name");
        }
        for (String a : List.of("id", "tupleID")) {
          String v = xml.getAttributeValue(null, a);
          if (v != null) {
            tuple.attributes.put(a, v.strip());
          }
        }
        String nil = xml.getAttributeValue(Namespaces.XSI, "nil");
        tuple.nil = nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
        unique(tuple.attributes.get("id"), where);
        member(tuple, local);
        tuples.push(tuple);
        return Kind.TUPLE;
      }
      case "footnote" -> {
        Open note = collector(Kind.FOOTNOTE, where);
        unique(note.attributes.get("id"), where);
        note.attributes.put("footnoteRole", attribute("footnoteRole", Footnote.STANDARD_ROLE));
        String own = xml.getAttributeValue(Namespaces.XML, "lang");
        note.lang = own != null ? own : langs.isEmpty() ? null : langs.get(langs.size() - 1);
        footnotes.add(note);
        open.push(note);
        return Kind.FOOTNOTE;
      }
      case "continuation" -> {
        Open part = collector(Kind.CONTINUATION, where);
        part.wantsMarkup = true;
        unique(part.attributes.get("id"), where);
        continuations.put(part.attributes.get("id"), part);
        open.push(part);
        return Kind.CONTINUATION;
      }
      case "exclude" -> {
        if (open.isEmpty()) {
          throw new InlineException(where, Rules.IX_EXCLUDE, "ix:exclude outside every fact, footnote and continuation");
        }
        excludes++;
        return Kind.EXCLUDE;
      }
      case "relationship" -> {
        relationships.add(new Page.Relationship(refs("fromRefs", where), refs("toRefs", where),
            attribute("arcrole", Footnote.FACT_FOOTNOTE), attribute("linkRole", Footnote.STANDARD_LINK_ROLE),
            xml.getAttributeValue(null, "order"), where));
        return Kind.OTHER;
      }
      default -> throw new InlineException(where, Rules.IX_SCHEMA, "ix:" + local + " is not an Inline XBRL 1.1 element");
    }
  }

  /**
   * A fact or tuple joins the page with its order and tupleRef; without a tupleRef, it is a
   * member of the ix:tuple that is the nearest ix element around it (a fact nested in a fact in a
   * tuple is not). Nothing but terms and fractions stands inside a fraction, and a fraction
   * nested in another has its unit.
   */
  private void member(Open o, String local) throws InlineException {
    if (!fractions.isEmpty() && !local.equals("fraction")) {
      throw new InlineException(o.where, Rules.IX_FRACTION, "ix:" + local + " inside an ix:fraction (which holds only"
          + " ix:numerator, ix:denominator and ix:fraction)");
    }
    if (!fractions.isEmpty() && !String.valueOf(o.attributes.get("unitRef")).strip()
        .equals(String.valueOf(fractions.peek().attributes.get("unitRef")).strip())) {
      throw new InlineException(o.where, Rules.IX_FRACTION, "an ix:fraction nested in another has unitRef "
          + o.attributes.get("unitRef") + ", not that of the fraction around it, " + fractions.peek().attributes.get("unitRef"));
    }
    o.order = xml.getAttributeValue(null, "order");
    String ref = xml.getAttributeValue(null, "tupleRef");
    o.tupleRef = ref == null ? null : ref.strip();
    Kind nearest = kinds.stream().filter(k -> k != Kind.XHTML && k != Kind.VOID).findFirst().orElse(null);
    o.parent = o.tupleRef == null && nearest == Kind.TUPLE ? tuples.peek() : null;
    nodes.add(o);
  }

  private void unique(String id, String where) throws InlineException {
    if (id == null) {
      return;
    }
    String first = ids.putIfAbsent(id, where);
    if (first != null) {
      throw new InlineException(where, Rules.IX_ID, "the id " + id + " is already that of the ix element at " + first);
    }
  }

  /** An element of the page (XHTML or other): its start tag goes into the markup of every fact it stands in. */
  private Kind markupStart(String local) {
    boolean empty = VOID.contains(local) && XHTML_NS.equals(xml.getNamespaceURI());
    if (!open.isEmpty()) {
      String tag = Markup.startTag(xml, empty);
      for (Open o : open) {
        if (o.excludes == excludes && o.wantsMarkup) {
          o.markup.append(tag);
        }
      }
    }
    return empty ? Kind.VOID : Kind.XHTML;
  }

  private Open fact(boolean numeric, String where) throws InputException {
    Open fact = new Open(Kind.FACT, where, excludes);
    fact.numeric = numeric;
    fact.concept = qname(xml.getAttributeValue(null, "name"), "name", where);
    if (fact.concept == null) {
      throw new InlineException(where, Rules.IX_SCHEMA, "an inline fact has no name");
    }
    for (String a : List.of("id", "contextRef", "unitRef", "decimals", "precision", "scale", "sign", "escape", "continuedAt")) {
      String v = xml.getAttributeValue(null, a);
      if (v != null) {
        fact.attributes.put(a, v);
      }
    }
    String nil = xml.getAttributeValue(Namespaces.XSI, "nil");
    fact.nil = nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
    fact.format = qname(xml.getAttributeValue(null, "format"), "format", where);
    String escape = fact.attributes.get("escape");
    fact.wantsMarkup = escape != null && (escape.strip().equals("true") || escape.strip().equals("1"));
    return fact;
  }

  private Open collector(Kind kind, String where) throws InputException {
    Open o = new Open(kind, where, excludes);
    String id = xml.getAttributeValue(null, "id");
    if (id == null) {
      throw new InlineException(where, Rules.IX_SCHEMA, "an ix:" + xml.getLocalName() + " has no id");
    }
    o.attributes.put("id", id);
    String next = xml.getAttributeValue(null, "continuedAt");
    if (next != null) {
      o.attributes.put("continuedAt", next);
    }
    return o;
  }

  private String attribute(String local, String otherwise) {
    String v = xml.getAttributeValue(null, local);
    return v == null ? otherwise : v.strip();
  }

  private List<String> refs(String attribute, String where) throws InputException {
    String v = xml.getAttributeValue(null, attribute);
    if (v == null || v.isBlank()) {
      throw new InlineException(where, Rules.IX_SCHEMA, "an ix:relationship has no " + attribute);
    }
    return List.of(v.strip().split("\\s+"));
  }

  private QName qname(String lexical, String attribute, String where) throws InputException {
    if (lexical == null) {
      return null;
    }
    lexical = lexical.strip();
    int colon = lexical.indexOf(':');
    String prefix = colon < 0 ? "" : lexical.substring(0, colon);
    String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
    if (uri == null || uri.isEmpty() && !prefix.isEmpty()) {
      throw new InlineException(where, Rules.IX_SCHEMA, "the " + attribute + " " + lexical + " has an undeclared prefix");
    }
    return new QName(uri, lexical.substring(colon + 1), prefix);
  }

  private void end() {
    Kind kind = kinds.pop();
    langs.remove(langs.size() - 1);
    if (kind == Kind.XHTML && !open.isEmpty()) {
      String tag = Markup.endTag(xml);
      for (Open o : open) {
        if (o.excludes == excludes && o.wantsMarkup) {
          o.markup.append(tag);
        }
      }
    }
    switch (kind) {
      case FACT, FOOTNOTE, CONTINUATION -> open.pop();
      case TERM -> {
        open.pop();
        term = null;
      }
      case TUPLE -> tuples.pop();
      case FRACTION -> fractions.pop();
      case EXCLUDE -> excludes--;
      case REFERENCES -> inReferences = false;
      case RESOURCES -> inResources = false;
      default -> { }
    }
  }

  private void text(String text) {
    String escaped = null;
    for (Open o : open) {
      if (o.excludes == excludes) {
        o.text.append(text);
        if (o.wantsMarkup) {
          o.markup.append(escaped == null ? escaped = Markup.escape(text, false) : escaped);
        }
      }
    }
  }

  private Page page() throws InputException {
    java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>();
    references.values().forEach(refs::addAll);
    Map<String, String> reached = new HashMap<>();
    List<Page.Fact> read = new ArrayList<>();
    Map<Open, Page.Node> done = new java.util.IdentityHashMap<>();
    for (Open f : facts) {
      Page.Fact fact = f.fraction ? fraction(f) : value(f, reached);
      read.add(fact);
      done.put(f, fact);
    }
    List<Page.Node> top = Tuples.arrange(nodes, done);
    List<Page.Footnote> notes = new ArrayList<>();
    for (Open n : footnotes) {
      notes.add(new Page.Footnote(n.attributes.get("id"), n.attributes.get("footnoteRole"), n.lang, continued(n, false, reached)));
    }
    for (Map.Entry<String, Open> part : continuations.entrySet()) {
      if (!reached.containsKey(part.getKey())) {
        throw new InlineException(part.getValue().where, Rules.IX_CONTINUATION,
            "no fact or footnote continues into the ix:continuation " + part.getKey());
      }
    }
    return new Page(lang, namespaces, List.copyOf(refs), List.copyOf(new java.util.LinkedHashSet<>(resources)), read, top,
        notes, relationships);
  }

  /**
   * An ix:fraction: its one ix:numerator and one ix:denominator (a nil one has neither), each
   * read by its format, scale and sign.
   */
  private Page.Fact fraction(Open f) throws InputException {
    Map<String, String> attributes = attributes(f);
    if (f.attributes.get("unitRef") == null) {
      throw new InlineException(f.where, Rules.IX_REFERENCE, "an ix:fraction without a unitRef");
    }
    attributes.keySet().retainAll(List.of("id", "contextRef", "unitRef"));
    if (f.nil) {
      if (!f.terms.isEmpty()) {
        throw new InlineException(f.terms.get(0).where, Rules.IX_FRACTION, "a nil ix:fraction holds an ix:"
            + f.terms.get(0).attributes.get("term"));
      }
      return new Page.Fact(f.concept, attributes, null);
    }
    List<Open> numerators = f.terms.stream().filter(t -> t.attributes.get("term").equals("numerator")).toList();
    List<Open> denominators = f.terms.stream().filter(t -> t.attributes.get("term").equals("denominator")).toList();
    if (numerators.size() != 1 || denominators.size() != 1) {
      throw new InlineException(f.where, Rules.IX_FRACTION, "an ix:fraction holds " + numerators.size() + " ix:numerator and "
          + denominators.size() + " ix:denominator; it needs one of each");
    }
    String numerator = term(numerators.get(0));
    String denominator = term(denominators.get(0));
    if (new java.math.BigDecimal(denominator).signum() == 0) {
      throw new InlineException(denominators.get(0).where, Rules.IX_FRACTION, "the denominator of a fraction is zero");
    }
    return new Page.Fact(f.concept, attributes, null, new Page.Fraction(numerator, denominator));
  }

  private static String term(Open t) throws InputException {
    return Transforms.number(t.text.toString(), t.format, t.attributes.get("scale"), t.attributes.get("sign"), t.where);
  }

  /** A fact's id, contextRef, unitRef, decimals and precision (those present), its context and unit checked. */
  private Map<String, String> attributes(Open f) throws InputException {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String a : List.of("id", "contextRef", "unitRef", "decimals", "precision")) {
      if (f.attributes.containsKey(a)) {
        attributes.put(a, f.attributes.get(a));
      }
    }
    String context = f.attributes.get("contextRef");
    if (context == null || !contextIds.contains(context.strip())) {
      throw new InlineException(f.where, Rules.IX_REFERENCE, context == null ? "a fact without a contextRef"
          : "contextRef " + context + " names no context of the page's ix:resources");
    }
    String unit = f.attributes.get("unitRef");
    if (unit != null && !unitIds.contains(unit.strip())) {
      throw new InlineException(f.where, Rules.IX_REFERENCE, "unitRef " + unit + " names no unit of the page's ix:resources");
    }
    return attributes;
  }

  private Page.Fact value(Open f, Map<String, String> reached) throws InputException {
    Map<String, String> attributes = attributes(f);
    boolean escaped = f.wantsMarkup;
    String text = continued(f, escaped, reached);
    if (f.nil) {
      return new Page.Fact(f.concept, attributes, null);
    }
    if (f.numeric) {
      return new Page.Fact(f.concept, attributes, Transforms.number(text, f.format,
          f.attributes.get("scale"), f.attributes.get("sign"), f.where));
    }
    return new Page.Fact(f.concept, attributes, f.format == null ? text : Transforms.apply(f.format, text, f.where));
  }

  /**
   * The text (or, escaped, the markup) of a fact or footnote followed by that of its
   * continuations, in chain order; notes in {@code reached} which part each chain took.
   */
  private String continued(Open first, boolean escaped, Map<String, String> reached) throws InputException {
    StringBuilder all = new StringBuilder(escaped ? first.markup : first.text);
    String next = first.attributes.get("continuedAt");
    String head = first.attributes.get("id") != null ? first.attributes.get("id") : "the fact at " + first.where;
    while (next != null) {
      Open part = continuations.get(next);
      if (part == null) {
        throw new InlineException(first.where, Rules.IX_CONTINUATION, "continuedAt " + next + " names no ix:continuation");
      }
      String taken = reached.putIfAbsent(next, head);
      if (taken != null) {
        throw new InlineException(part.where, Rules.IX_CONTINUATION, taken.equals(head)
            ? "the continuation chain of " + head + " loops at " + next
            : "the ix:continuation " + next + " continues both " + taken + " and " + head);
      }
      all.append(escaped ? part.markup : part.text);
      next = part.attributes.get("continuedAt");
    }
    return all.toString();
  }

  /** The element at the cursor and everything inside it, serialized; the cursor ends on its end tag. */
  private String copy() throws XMLStreamException {
    StringWriter text = new StringWriter();
    XMLStreamWriter out = OUTPUT.createXMLStreamWriter(text);
    int depth = 0;
    do {
      int e = xml.getEventType();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        startElement(out);
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        out.writeEndElement();
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
        out.writeCharacters(xml.getText());
      }
      if (depth > 0) {
        xml.next();
      }
    } while (depth > 0);
    out.close();
    return text.toString();
  }

  /** A start tag as written, declaring every prefix its name and attributes use. */
  private void startElement(XMLStreamWriter out) throws XMLStreamException {
    String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
    out.writeStartElement(prefix, xml.getLocalName(), xml.getNamespaceURI());
    Map<String, String> declared = new LinkedHashMap<>();
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      declared.put(xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
    }
    declared.putIfAbsent(prefix, xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if (ns != null && !ns.isEmpty() && !Namespaces.XML.equals(ns)) {
        declared.putIfAbsent(xml.getAttributePrefix(i), ns);
      }
    }
    for (Map.Entry<String, String> d : declared.entrySet()) {
      if (d.getKey().isEmpty()) {
        out.writeDefaultNamespace(d.getValue());
      } else {
        out.writeNamespace(d.getKey(), d.getValue());
      }
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if (ns == null || ns.isEmpty()) {
        out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      } else {
        out.writeAttribute(xml.getAttributePrefix(i), ns, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
    }
  }
}
