package org.finfile.render;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Labels;
import org.finfile.taxonomy.Taxonomy;

/**
 * The resolved view of a filing that stylesheets render: every fact with its concept's label,
 * its entity, period and unit spelled out, its exact value and accuracy and its source cell.
 * Namespace {@code http://finfile.org/view/1.0}, version 1.0.
 *
 * <p>The authoritative description of the vocabulary, every element and attribute with its
 * meaning, lexical form and when it is present, and the versioning policy, is the schema
 * {@code schemas/finfile/view.xsd} (on the class path at {@value ViewSchema#RESOURCE}); with
 * assertions on (the tests), every view built here is checked against it. In short, under
 * {@code v:view} ({@code version}, {@code lang}), in this order: {@code v:namespace} (the
 * prefixes names use), {@code v:schemaRef}, {@code v:problem} (an absent or partial taxonomy),
 * {@code v:context} (with {@code v:segment}, {@code v:scenario} of {@code v:explicit},
 * {@code v:typed}, {@code v:other}), {@code v:unit} (with {@code v:numerator},
 * {@code v:denominator}), {@code v:concept} (what the taxonomy says of each concept the facts
 * use), {@code v:statement} (with {@code v:column} and {@code v:row} of {@code v:cell}: the
 * statements as printed, when asked for), {@code v:footnote} (with {@code v:annotates} and
 * {@code v:text}) and {@code v:fact}. Keep view.xsd in step with any change here: a new
 * optional attribute or element is a minor version (1.x, same namespace); anything that could
 * break a stylesheet is a new namespace.
 */
final class View {
  static final String NS = "http://finfile.org/view/1.0";
  /** The vocabulary's version within its namespace ({@code v:view/@version}). */
  static final String VERSION = "1.0";
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private View() {}

  /**
   * Why the inline XBRL rendering cannot hold {@code filing} whole, or empty: it writes facts as
   * {@code ix:nonFraction} and {@code ix:nonNumeric}, never {@code ix:tuple} or {@code ix:fraction}.
   */
  static java.util.Optional<String> inlineUnrepresentable(Filing filing) {
    if (!filing.tuples().isEmpty()) {
      return java.util.Optional.of("it has tuples (the first is " + filing.tuples().get(0).concept()
          + "); finfile writes no ix:tuple");
    }
    return filing.facts().stream().filter(f -> f.value() instanceof FactValue.Fraction).findFirst()
        .map(f -> "fact " + (f.id() != null ? f.id() : f.concept().toString()) + " is a fraction; finfile writes no ix:fraction");
  }

  /** Prefixes the renderings write with their own namespaces; a filing's other use of one is renamed. */
  private static final Map<String, String> RESERVED = Map.of(
      "ix", "http://www.xbrl.org/2013/inlineXBRL", "ixt", "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
      "xbrli", "http://www.xbrl.org/2003/instance", "link", "http://www.xbrl.org/2003/linkbase",
      "xlink", "http://www.w3.org/1999/xlink", "iso4217", "http://www.xbrl.org/2003/iso4217",
      "xsi", "http://www.w3.org/2001/XMLSchema-instance", "xml", "http://www.w3.org/XML/1998/namespace",
      "xbrldi", "http://xbrl.org/2006/xbrldi");

  /**
   * The filing's prefixes as the view spells names: a prefix the renderings need for their own
   * namespace ({@code ix}, {@code xbrli}...) but the filing binds to another becomes
   * {@code prefix_N}, the first N free. A prefix is only a spelling: the names stay the same.
   * Namespaces of dimensions and members the filing declares no prefix for follow, with the
   * prefix the name was read with when free, else {@code nsN}.
   */
  static Map<String, String> namespaces(Filing filing) {
    Map<String, String> spelled = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> ns : filing.namespaces().entrySet()) {
      String prefix = ns.getKey();
      String reserved = RESERVED.get(prefix);
      if (reserved != null && !reserved.equals(ns.getValue())) {
        int n = 1;
        while (filing.namespaces().containsKey(prefix + "_" + n) || spelled.containsKey(prefix + "_" + n)) {
          n++;
        }
        prefix = prefix + "_" + n;
      }
      spelled.put(prefix, ns.getValue());
    }
    ViewQualifiers.addNamespaces(filing, spelled, RESERVED);
    return spelled;
  }

  /** The view as an XML document, with the statements when {@code statements}. */
  static byte[] of(Filing filing, Taxonomy taxonomy, String lang, boolean statements) throws XMLStreamException {
    Map<String, String> namespaces = namespaces(filing);
    Map<String, String> prefixes = prefixes(namespaces);
    Labels labels = taxonomy == null ? Labels.NONE : taxonomy.labels();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes, 1 << 16);
    XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(buffered, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("v", "view", NS);
    xml.writeNamespace("v", NS);
    attribute(xml, "version", VERSION);
    attribute(xml, "lang", filing.lang());
    for (Map.Entry<String, String> ns : namespaces.entrySet()) {
      xml.writeEmptyElement("v", "namespace", NS);
      attribute(xml, "prefix", ns.getKey());
      attribute(xml, "uri", ns.getValue());
    }
    for (String ref : filing.schemaRefs()) {
      xml.writeEmptyElement("v", "schemaRef", NS);
      attribute(xml, "href", ref);
    }
    problems(xml, taxonomy);
    for (org.finfile.model.Context c : filing.contexts()) {
      if (c.isQualified()) {
        xml.writeStartElement("v", "context", NS);
      } else {
        xml.writeEmptyElement("v", "context", NS);
      }
      attribute(xml, "id", c.id());
      attribute(xml, "scheme", c.entity().scheme());
      attribute(xml, "entity", c.entity().identifier());
      period(xml, c.period());
      if (c.isQualified()) {
        ViewQualifiers.write(xml, c, prefixes, labels, lang);
        xml.writeEndElement();
      }
    }
    for (Unit u : filing.units()) {
      xml.writeStartElement("v", "unit", NS);
      attribute(xml, "id", u.id());
      for (QName m : u.numerator()) {
        xml.writeEmptyElement("v", "numerator", NS);
        attribute(xml, "measure", prefixed(m, prefixes));
        attribute(xml, "uri", m.getNamespaceURI());
      }
      for (QName m : u.denominator()) {
        xml.writeEmptyElement("v", "denominator", NS);
        attribute(xml, "measure", prefixed(m, prefixes));
        attribute(xml, "uri", m.getNamespaceURI());
      }
      xml.writeEndElement();
    }
    ViewConcepts.write(xml, filing, taxonomy, prefixes, labels, lang);
    List<String> ids = filing.factIds();
    Map<Fact, String> idOf = new java.util.IdentityHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      idOf.put(filing.facts().get(i), ids.get(i));
    }
    java.util.Set<Fact> tagged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // each fact's plain text as its statement cell has it (text blocks are read once); null for others
    Map<Fact, String> blocks = new java.util.IdentityHashMap<>();
    for (Statements.Statement st : statements ? Statements.of(filing, taxonomy, lang, tagged) : List.<Statements.Statement>of()) {
      xml.writeStartElement("v", "statement", NS);
      attribute(xml, "role", st.role());
      attribute(xml, "title", st.title());
      attribute(xml, "scale", Integer.toString(st.scale()));
      for (Statements.Column c : st.columns()) {
        xml.writeEmptyElement("v", "column", NS);
        attribute(xml, "key", c.key());
        attribute(xml, "header", c.header());
        attribute(xml, "unit", c.currency() == null ? "" : c.currency());
      }
      for (Statements.Row r : st.rows()) {
        xml.writeStartElement("v", "row", NS);
        attribute(xml, "concept", prefixed(r.concept(), prefixes));
        attribute(xml, "label", r.label());
        attribute(xml, "depth", Integer.toString(r.depth()));
        attribute(xml, "abstract", Boolean.toString(r.isAbstract()));
        attribute(xml, "total", Boolean.toString(r.total()));
        for (Statements.Cell cell : r.cells()) {
          blocks.put(cell.fact(), cell.block() ? cell.display() : null);
          xml.writeEmptyElement("v", "cell", NS);
          attribute(xml, "column", cell.column());
          attribute(xml, "fact", idOf.get(cell.fact()));
          attribute(xml, "display", cell.block() ? TextBlocks.inAttribute(cell.display()) : cell.display());
          attribute(xml, "negative", Boolean.toString(cell.negative()));
          attribute(xml, "scale", Integer.toString(cell.scale()));
          attribute(xml, "tag", Boolean.toString(cell.tag()));
          attribute(xml, "negated", cell.negated() ? "true" : null);
          attribute(xml, "block", cell.block() ? "true" : null);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    List<String> footnoteIds = footnoteIds(filing, ids);
    int footnote = 0;
    // one arc between labels stands for every locator-footnote pair: counted against the limit
    long relationships = 0;
    long maxRelationships = org.finfile.Limit.RELATIONSHIPS.value();
    for (org.finfile.model.Footnote link : filing.footnotes()) {
      // arcs by their resource and locators by their label, looked up rather than searched per footnote
      Map<String, List<org.finfile.model.Footnote.Arc>> arcsTo = new java.util.HashMap<>();
      link.arcs().forEach(a -> arcsTo.computeIfAbsent(a.to(), k -> new java.util.ArrayList<>()).add(a));
      Map<String, List<org.finfile.model.Footnote.Locator>> locatorsOf = new java.util.HashMap<>();
      link.locators().forEach(l -> locatorsOf.computeIfAbsent(l.label(), k -> new java.util.ArrayList<>()).add(l));
      for (org.finfile.model.Footnote.Resource r : link.resources()) {
        xml.writeStartElement("v", "footnote", NS);
        attribute(xml, "id", footnoteIds.get(footnote++));
        attribute(xml, "label", r.label());
        attribute(xml, "lang", r.lang());
        attribute(xml, "role", r.role());
        attribute(xml, "link-role", link.role());
        for (org.finfile.model.Footnote.Arc a : arcsTo.getOrDefault(r.label(), List.of())) {
          relationships += locatorsOf.getOrDefault(a.from(), List.of()).size();
          if (relationships > maxRelationships) {
            throw new XMLStreamException(org.finfile.Limit.RELATIONSHIPS.exceeded("footnote link " + org.finfile.InputException.clip(link.role()),
                "footnote links of more than " + maxRelationships + " relationships"));
          }
          for (org.finfile.model.Footnote.Locator l : locatorsOf.getOrDefault(a.from(), List.of())) {
            xml.writeEmptyElement("v", "annotates", NS);
            attribute(xml, "fact", l.factId());
            attribute(xml, "arcrole", a.arcrole());
            attribute(xml, "order", a.order());
          }
        }
        xml.writeStartElement("v", "text", NS);
        text(xml, r.text());
        xml.writeEndElement();
        xml.writeEndElement();
      }
    }
    for (int k = 0; k < ids.size(); k++) {
      Fact f = filing.facts().get(k);
      xml.writeStartElement("v", "fact", NS);
      attribute(xml, "tagged", Boolean.toString(tagged.contains(f)));
      attribute(xml, "context", f.context().id());
      if (f.unit() != null) {
        attribute(xml, "unit-id", f.unit().id());
      }
      attribute(xml, "id", ids.get(k));
      if (f.id() == null) {
        attribute(xml, "id-generated", "true");
      }
      attribute(xml, "concept", prefixed(f.concept(), prefixes));
      attribute(xml, "label", labels.label(f.concept(), Labels.STANDARD, lang));
      attribute(xml, "scheme", f.context().entity().scheme());
      attribute(xml, "entity", f.context().entity().identifier());
      period(xml, f.context().period());
      if (f.unit() != null) {
        attribute(xml, "unit", unit(f.unit(), prefixes));
      }
      if (f.accuracy() instanceof Accuracy.Decimals d) {
        attribute(xml, "decimals", d.lexical());
      } else if (f.accuracy() instanceof Accuracy.Precision p) {
        attribute(xml, "precision", p.lexical());
      }
      if (f.source() != null) {
        attribute(xml, "source", f.source().location());
        attribute(xml, "printed", f.source().text());
      }
      String plain = blocks.containsKey(f) ? blocks.get(f) : TextBlocks.plainIfBlock(f, taxonomy);
      if (plain != null) {
        attribute(xml, "block", TextBlocks.inAttribute(plain));
      }
      if (f.value() instanceof FactValue.Nil) {
        attribute(xml, "nil", "true");
      } else if (f.value() instanceof FactValue.Numeric n) {
        attribute(xml, "numeric", "true");
        xml.writeCharacters(n.value().toPlainString());
      } else if (f.value() instanceof FactValue.Fraction fraction) {
        attribute(xml, "numerator", fraction.numerator().toPlainString());
        attribute(xml, "denominator", fraction.denominator().toPlainString());
        xml.writeCharacters(fraction.text());
      } else {
        text(xml, ((FactValue.Text) f.value()).text());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    try {
      buffered.flush();
    } catch (java.io.IOException e) {
      throw new XMLStreamException(e);
    }
    byte[] view = bytes.toByteArray();
    // with assertions on (the tests), every view is checked against its documented vocabulary
    assert ViewSchema.valid(view, (long) ids.size() + filing.contexts().size() + filing.units().size() + footnote);
    return view;
  }

  /**
   * What a reader should know is wrong with the view, as {@code v:problem}: no taxonomy (labels
   * are concept names, no statements), or a partial one (the documents it lacks).
   */
  private static void problems(XMLStreamWriter xml, Taxonomy taxonomy) throws XMLStreamException {
    if (taxonomy == null) {
      problem(xml, "warning", "taxonomy-absent", "The filing's taxonomy could not be had: labels are concept names,"
          + " concepts are untyped and there are no statements.");
    } else if (taxonomy.isPartial()) {
      problem(xml, "warning", "taxonomy-partial", "The taxonomy is partial: "
          + String.join(", ", taxonomy.missing().stream().map(Taxonomy.Missing::url).toList())
          + " could not be had offline; labels, types and statements come from the documents at hand.");
    }
  }

  private static void problem(XMLStreamWriter xml, String severity, String code, String message) throws XMLStreamException {
    xml.writeStartElement("v", "problem", NS);
    attribute(xml, "severity", severity);
    attribute(xml, "code", code);
    text(xml, message);
    xml.writeEndElement();
  }

  /**
   * A document-wide id for every footnote resource, in order: its label when that is an XML id
   * no context, unit, fact or earlier footnote uses, else {@code footnote-N} (N its position,
   * counted from 1) with {@code _} appended until unique. Stable across runs, like fact ids.
   */
  static List<String> footnoteIds(Filing filing, List<String> factIds) {
    java.util.Set<String> taken = new java.util.HashSet<>(factIds);
    filing.contexts().forEach(c -> taken.add(c.id()));
    filing.units().forEach(u -> taken.add(u.id()));
    List<String> ids = new java.util.ArrayList<>();
    for (org.finfile.model.Footnote link : filing.footnotes()) {
      for (org.finfile.model.Footnote.Resource r : link.resources()) {
        String id = r.label();
        if (!NC_NAME.matcher(id).matches() || !taken.add(id)) {
          id = "footnote-" + (ids.size() + 1);
          while (!taken.add(id)) {
            id = id + "_";
          }
        }
        ids.add(id);
      }
    }
    return ids;
  }

  private static final java.util.regex.Pattern NC_NAME = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

  private static void period(XMLStreamWriter xml, Period p) throws XMLStreamException {
    if (p instanceof Period.Instant i) {
      attribute(xml, "instant", i.date().toString());
      time(xml, "instant-time", i.time());
    } else if (p instanceof Period.Duration d) {
      attribute(xml, "start", d.start().toString());
      attribute(xml, "end", d.end().toString());
      time(xml, "start-time", d.startTime());
      time(xml, "end-time", d.endTime());
    } else {
      attribute(xml, "forever", "true");
    }
  }

  /** The lexical rest of a dateTime bound after its day ({@code T12:00:00}, {@code Z}), when there is one. */
  private static void time(XMLStreamWriter xml, String name, String time) throws XMLStreamException {
    if (!time.isEmpty()) {
      attribute(xml, name, time);
    }
  }

  /** A unit as a column header shows it: JPY, USD, JPY per share. */
  private static String unitLabel(Unit u) {
    String num = String.join(" ", u.numerator().stream().map(QName::getLocalPart).toList());
    return u.isDivide() ? num + " per " + String.join(" ", u.denominator().stream().map(QName::getLocalPart).toList()) : num;
  }

  /**
   * Writes {@code text} so that it reads back the same: a carriage return as {@code &#13;}, which
   * a parser would otherwise turn into a line feed (the view is parsed again by the stylesheets,
   * and xBRL-CSV writes values exactly).
   */
  static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
    int from = 0;
    for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
      xml.writeCharacters(text.substring(from, cr));
      xml.writeEntityRef("#13");
      from = cr + 1;
    }
    xml.writeCharacters(text.substring(from));
  }

  private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, value);
    }
  }

  /** For each namespace of {@code namespaces} (prefix to URI, in order), the first prefix bound to it. */
  static Map<String, String> prefixes(Map<String, String> namespaces) {
    Map<String, String> prefixes = new java.util.HashMap<>();
    namespaces.forEach((prefix, uri) -> prefixes.putIfAbsent(uri, prefix));
    return prefixes;
  }

  /** A name spelled with its namespace's prefix in {@code prefixes} (URI to prefix, see {@link #prefixes}). */
  static String prefixed(QName name, Map<String, String> prefixes) {
    String prefix = prefixes.get(name.getNamespaceURI());
    if (prefix != null) {
      return prefix + ":" + name.getLocalPart();
    }
    if ("http://www.xbrl.org/2003/iso4217".equals(name.getNamespaceURI())) {
      return "iso4217:" + name.getLocalPart();
    }
    if ("http://www.xbrl.org/2003/instance".equals(name.getNamespaceURI())) {
      return "xbrli:" + name.getLocalPart();
    }
    return name.toString();
  }

  /** A unit as people write it: {@code iso4217:JPY}, {@code iso4217:JPY/xbrli:shares}. */
  static String unit(Unit u, Map<String, String> prefixes) {
    String num = String.join("*", measures(u.numerator(), prefixes));
    return u.isDivide() ? num + "/" + String.join("*", measures(u.denominator(), prefixes)) : num;
  }

  private static List<String> measures(List<QName> measures, Map<String, String> prefixes) {
    return measures.stream().map(m -> prefixed(m, prefixes)).toList();
  }
}
