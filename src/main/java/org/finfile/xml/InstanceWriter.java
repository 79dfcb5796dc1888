package org.finfile.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.model.Qualifiers;
import org.finfile.model.Source;
import org.finfile.model.Tuple;
import org.finfile.model.Unit;
import org.finfile.xml.bind.xbrli.DecimalItemType;
import org.finfile.xml.bind.xbrli.Divide;
import org.finfile.xml.bind.xbrli.MeasuresType;
import org.finfile.xml.bind.xbrli.StringItemType;

/**
 * Writes a {@link Filing} as an XBRL 2.1 instance document through the generated JAXB classes:
 * a stream of fragments (contexts, units, facts) under one root, so memory does not grow with
 * the number of facts; contexts are written by {@link ContextWriter} (segments, scenarios and
 * period bounds as they were read). The facts outside tuples come first, then each tuple with its
 * facts and tuples in order; fractions get their {@code xbrli:numerator} and
 * {@code xbrli:denominator}. What the filing's {@link org.finfile.model.DocumentInfo} holds is written
 * as it was read: the comments and processing instructions before the root, the root's
 * attributes and the reference elements with all their attributes (a filing that knows only
 * its schema references gets a plain {@code link:schemaRef} each). Output is indented and
 * deterministic: the same filing always gives the same bytes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   InstanceWriter.write(filing, out);
 * }
 * }</pre>
 */
public final class InstanceWriter {
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private InstanceWriter() {}

  /** Writes {@code filing} to {@code out} as UTF-8; does not close {@code out}. */
  public static void write(Filing filing, OutputStream out) throws IOException {
    Map<String, String> prefixes = prefixes(filing);
    try {
      java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
      XMLStreamWriter xml = new IndentingStreamWriter(OUTPUT.createXMLStreamWriter(buffered, "UTF-8"));
      Marshaller marshaller = Jaxb.fragmentMarshaller(prefixes);
      xml.writeStartDocument("UTF-8", "1.0");
      DocumentInfoXml.writeProlog(xml, filing.document().prolog());
      xml.writeStartElement("xbrli", "xbrl", Namespaces.XBRLI);
      for (Map.Entry<String, String> p : prefixes.entrySet()) {
        xml.writeNamespace(p.getKey(), p.getValue());
      }
      DocumentInfoXml.writeAttributes(xml, filing.document().rootAttributes(), prefixes);
      DocumentInfoXml.writeReferences(xml, filing.document(), filing.schemaRefs(), prefixes);
      Map<Context, org.finfile.xml.bind.xbrli.Context> contexts = new HashMap<>();
      for (Context c : filing.contexts()) {
        ContextWriter.write(xml, c, prefixes);
        org.finfile.xml.bind.xbrli.Context reference = new org.finfile.xml.bind.xbrli.Context();
        reference.setId(c.id());
        contexts.put(c, reference);
      }
      Map<Unit, org.finfile.xml.bind.xbrli.Unit> units = new HashMap<>();
      for (Unit u : filing.units()) {
        org.finfile.xml.bind.xbrli.Unit bound = bind(u);
        units.put(u, bound);
        marshaller.marshal(bound, xml);
      }
      FactWriter facts = f -> {
        if (f.value() instanceof FactValue.Nil) {
          writeNil(xml, f, prefixes);
        } else if (f.value() instanceof FactValue.Fraction fraction) {
          writeFraction(xml, f, fraction, prefixes);
        } else {
          try {
            marshaller.marshal(bind(f, contexts.get(f.context()), units.get(f.unit())), xml);
          } catch (JAXBException e) {
            throw new XMLStreamException("cannot write fact " + f.concept() + ": " + e.getMessage(), e);
          }
        }
      };
      for (Fact f : filing.factsOutsideTuples()) {
        facts.write(f);
      }
      for (Tuple t : filing.tuples()) {
        writeTuple(xml, t, facts, prefixes);
      }
      writeFootnotes(xml, filing.footnotes());
      xml.writeEndDocument();
      xml.flush();
      buffered.flush();
    } catch (XMLStreamException | JAXBException e) {
      throw new IOException("cannot write the instance: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> prefixes(Filing filing) {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put("xbrli", Namespaces.XBRLI);
    prefixes.put("link", Namespaces.LINK);
    prefixes.put("xlink", Namespaces.XLINK);
    prefixes.put("xl", Namespaces.XL);
    prefixes.put("iso4217", Namespaces.ISO4217);
    boolean[] nilTuple = {false};
    Set<String> used = new LinkedHashSet<>();
    filing.tuples().forEach(top -> top.forEachTuple(t -> {
      nilTuple[0] |= t.nil();
      used.add(t.concept().getNamespaceURI());
    }));
    boolean nil = nilTuple[0] || filing.facts().stream().anyMatch(f -> f.value() instanceof FactValue.Nil);
    if (nil) {
      prefixes.put("xsi", Namespaces.XSI);
    }
    boolean sources = filing.facts().stream().anyMatch(f -> f.source() != null);
    if (sources) {
      prefixes.put("ff", Namespaces.SOURCE);
    }
    for (Fact f : filing.facts()) {
      used.add(f.concept().getNamespaceURI());
    }
    boolean dimensional = false;
    for (Context c : filing.contexts()) {
      for (Qualifiers q : List.of(c.segment(), c.scenario())) {
        for (Qualifiers.Part p : q.members()) {
          dimensional = true;
          used.add(Qualifiers.dimension(p).getNamespaceURI());
          if (p instanceof Qualifiers.ExplicitMember e && !e.member().getNamespaceURI().isEmpty()) {
            used.add(e.member().getNamespaceURI());
          }
        }
      }
    }
    if (dimensional && !filing.namespaces().containsValue(Namespaces.XBRLDI)) {
      prefixes.put(filing.namespaces().containsKey("xbrldi") ? "xbrldi2006" : "xbrldi", Namespaces.XBRLDI);
    }
    for (Unit u : filing.units()) {
      u.numerator().forEach(m -> used.add(m.getNamespaceURI()));
      u.denominator().forEach(m -> used.add(m.getNamespaceURI()));
    }
    for (Map.Entry<String, String> p : filing.namespaces().entrySet()) {
      if (!prefixes.containsKey(p.getKey()) && !prefixes.containsValue(p.getValue())) {
        prefixes.put(p.getKey(), p.getValue());
      }
    }
    DocumentInfoXml.declare(filing.document(), prefixes);
    int n = 1;
    used.remove("");
    for (String uri : used) {
      if (!prefixes.containsValue(uri)) {
        while (prefixes.containsKey("ns" + n)) {
          n++;
        }
        prefixes.put("ns" + n, uri);
      }
    }
    return prefixes;
  }

  private static org.finfile.xml.bind.xbrli.Unit bind(Unit u) {
    org.finfile.xml.bind.xbrli.Unit bound = new org.finfile.xml.bind.xbrli.Unit();
    bound.setId(u.id());
    if (u.isDivide()) {
      Divide divide = new Divide();
      divide.setUnitNumerator(measures(u.numerator()));
      divide.setUnitDenominator(measures(u.denominator()));
      bound.setDivide(divide);
    } else {
      bound.getMeasure().addAll(u.numerator());
    }
    return bound;
  }

  private static MeasuresType measures(List<QName> measures) {
    MeasuresType type = new MeasuresType();
    type.getMeasure().addAll(measures);
    return type;
  }

  private static JAXBElement<?> bind(
      Fact f, org.finfile.xml.bind.xbrli.Context context, org.finfile.xml.bind.xbrli.Unit unit) {
    if (f.value() instanceof FactValue.Numeric n) {
      DecimalItemType item = new DecimalItemType();
      item.setId(f.id());
      item.setContextRef(context);
      item.setUnitRef(unit);
      if (f.accuracy() instanceof Accuracy.Decimals d) {
        item.setDecimals(d.lexical());
      } else if (f.accuracy() instanceof Accuracy.Precision p) {
        item.setPrecision(p.lexical());
      }
      item.setValue(n.value());
      sourceAttributes(f.source(), item.getOtherAttributes());
      return new JAXBElement<>(f.concept(), DecimalItemType.class, item);
    }
    FactValue.Text text = (FactValue.Text) f.value();
    StringItemType item = new StringItemType();
    item.setId(f.id());
    item.setContextRef(context);
    item.setValue(text.text());
    sourceAttributes(f.source(), item.getOtherAttributes());
    return new JAXBElement<>(f.concept(), StringItemType.class, item);
  }

  /** JAXB drops xsi:nil on elements it has no declaration for, so nil facts are written here. */
  private static void writeNil(XMLStreamWriter xml, Fact f, Map<String, String> prefixes) throws XMLStreamException {
    QName concept = f.concept();
    xml.writeEmptyElement(prefixOf(prefixes, concept.getNamespaceURI()), concept.getLocalPart(), concept.getNamespaceURI());
    if (f.id() != null) {
      xml.writeAttribute("id", f.id());
    }
    xml.writeAttribute("contextRef", f.context().id());
    if (f.unit() != null) {
      xml.writeAttribute("unitRef", f.unit().id());
    }
    xml.writeAttribute("xsi", Namespaces.XSI, "nil", "true");
    Map<QName, String> attributes = new LinkedHashMap<>();
    sourceAttributes(f.source(), attributes);
    for (Map.Entry<QName, String> a : attributes.entrySet()) {
      xml.writeAttribute("ff", Namespaces.SOURCE, a.getKey().getLocalPart(), a.getValue());
    }
  }

  /** What writes one fact. */
  private interface FactWriter {
    void write(Fact f) throws XMLStreamException;
  }

  /** A tuple: its id and xsi:nil, then its facts and tuples in order. */
  private static void writeTuple(XMLStreamWriter xml, Tuple t, FactWriter facts, Map<String, String> prefixes)
      throws XMLStreamException {
    QName concept = t.concept();
    String prefix = prefixOf(prefixes, concept.getNamespaceURI());
    if (t.children().isEmpty()) {
      xml.writeEmptyElement(prefix, concept.getLocalPart(), concept.getNamespaceURI());
    } else {
      xml.writeStartElement(prefix, concept.getLocalPart(), concept.getNamespaceURI());
    }
    if (t.id() != null) {
      xml.writeAttribute("id", t.id());
    }
    if (t.nil()) {
      xml.writeAttribute("xsi", Namespaces.XSI, "nil", "true");
    }
    if (t.children().isEmpty()) {
      return;
    }
    for (Tuple.Child c : t.children()) {
      if (c instanceof Tuple.ItemChild i) {
        facts.write(i.fact());
      } else if (c instanceof Tuple.TupleChild n) {
        writeTuple(xml, n.tuple(), facts, prefixes);
      }
    }
    xml.writeEndElement();
  }

  /** A fraction item: its attributes, then {@code xbrli:numerator} and {@code xbrli:denominator}. */
  private static void writeFraction(XMLStreamWriter xml, Fact f, FactValue.Fraction fraction, Map<String, String> prefixes)
      throws XMLStreamException {
    QName concept = f.concept();
    xml.writeStartElement(prefixOf(prefixes, concept.getNamespaceURI()), concept.getLocalPart(), concept.getNamespaceURI());
    if (f.id() != null) {
      xml.writeAttribute("id", f.id());
    }
    xml.writeAttribute("contextRef", f.context().id());
    xml.writeAttribute("unitRef", f.unit().id());
    Map<QName, String> attributes = new LinkedHashMap<>();
    sourceAttributes(f.source(), attributes);
    for (Map.Entry<QName, String> a : attributes.entrySet()) {
      xml.writeAttribute("ff", Namespaces.SOURCE, a.getKey().getLocalPart(), a.getValue());
    }
    xml.writeStartElement("xbrli", "numerator", Namespaces.XBRLI);
    xml.writeCharacters(fraction.numerator().toPlainString());
    xml.writeEndElement();
    xml.writeStartElement("xbrli", "denominator", Namespaces.XBRLI);
    xml.writeCharacters(fraction.denominator().toPlainString());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static String prefixOf(Map<String, String> prefixes, String uri) {
    return prefixes.entrySet().stream().filter(e -> e.getValue().equals(uri)).findFirst()
        .map(Map.Entry::getKey).orElseThrow();
  }

  private static void sourceAttributes(Source source, Map<QName, String> attributes) {
    if (source != null) {
      attributes.putAll(SourceAttributes.write(source));
    }
  }

  private static void writeFootnotes(XMLStreamWriter xml, List<Footnote> links) throws XMLStreamException {
    for (Footnote link : links) {
      xml.writeStartElement("link", "footnoteLink", Namespaces.LINK);
      xml.writeAttribute("xlink", Namespaces.XLINK, "type", "extended");
      xml.writeAttribute("xlink", Namespaces.XLINK, "role", link.role());
      otherAttributes(xml, link.attributes());
      for (Footnote.Locator l : link.locators()) {
        xml.writeEmptyElement("link", "loc", Namespaces.LINK);
        xml.writeAttribute("xlink", Namespaces.XLINK, "type", "locator");
        xml.writeAttribute("xlink", Namespaces.XLINK, "href", "#" + l.factId());
        xml.writeAttribute("xlink", Namespaces.XLINK, "label", l.label());
        otherAttributes(xml, l.attributes());
      }
      for (Footnote.Resource r : link.resources()) {
        xml.writeStartElement("link", "footnote", Namespaces.LINK);
        xml.writeAttribute("xlink", Namespaces.XLINK, "type", "resource");
        xml.writeAttribute("xlink", Namespaces.XLINK, "label", r.label());
        xml.writeAttribute("xlink", Namespaces.XLINK, "role", r.role());
        xml.writeAttribute("xml", Namespaces.XML, "lang", r.lang());
        otherAttributes(xml, r.attributes());
        xml.writeCharacters(r.text());
        xml.writeEndElement();
      }
      for (Footnote.Arc a : link.arcs()) {
        xml.writeEmptyElement("link", "footnoteArc", Namespaces.LINK);
        xml.writeAttribute("xlink", Namespaces.XLINK, "type", "arc");
        xml.writeAttribute("xlink", Namespaces.XLINK, "arcrole", a.arcrole());
        xml.writeAttribute("xlink", Namespaces.XLINK, "from", a.from());
        xml.writeAttribute("xlink", Namespaces.XLINK, "to", a.to());
        if (a.order() != null) {
          xml.writeAttribute("order", a.order());
        }
        otherAttributes(xml, a.attributes());
      }
      xml.writeEndElement();
    }
  }

  /**
   * A footnote link part's other attributes as the document wrote them: xlink and xml ones under
   * their standard prefixes, unqualified ones plain, any other namespace declared on the element
   * under its own prefix (or {@code ns1}... when it had none).
   */
  private static void otherAttributes(XMLStreamWriter xml, Map<QName, String> attributes) throws XMLStreamException {
    int n = 0;
    for (Map.Entry<QName, String> a : attributes.entrySet()) {
      QName name = a.getKey();
      String ns = name.getNamespaceURI();
      if (ns.isEmpty()) {
        xml.writeAttribute(name.getLocalPart(), a.getValue());
      } else if (ns.equals(Namespaces.XLINK)) {
        xml.writeAttribute("xlink", ns, name.getLocalPart(), a.getValue());
      } else if (ns.equals(Namespaces.XML)) {
        xml.writeAttribute("xml", ns, name.getLocalPart(), a.getValue());
      } else {
        String prefix = name.getPrefix().isEmpty() || "xlink".equals(name.getPrefix()) || "xml".equals(name.getPrefix())
            ? "ns" + (++n) : name.getPrefix();
        xml.writeNamespace(prefix, ns);
        xml.writeAttribute(prefix, ns, name.getLocalPart(), a.getValue());
      }
    }
  }
}
