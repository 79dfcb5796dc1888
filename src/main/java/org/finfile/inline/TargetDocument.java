package org.finfile.inline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.InputException;
import org.finfile.model.Footnote;
import org.finfile.xml.Namespaces;

/**
 * The XBRL 2.1 instance a page carries (its target document): the page's language on the root,
 * its references, contexts and units as written, its facts and tuples in document order (a
 * tuple's members inside it, by order; a fraction with its xbrli:numerator and
 * xbrli:denominator), and one
 * {@code link:footnoteLink} per link role of its relationships, in which each fact and each
 * footnote is labelled by its id.
 */
final class TargetDocument {
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  private static final Set<String> PAGE_ONLY = Set.of(PageReader.IX, Transforms.TR3, Transforms.TR4, Transforms.TR5,
      SecTransforms.NS, PageReader.XHTML_NS);

  private TargetDocument() {}

  static byte[] write(Page page, String name) throws XMLStreamException, InputException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
    out.writeStartDocument("UTF-8", "1.0");
    out.writeStartElement("xbrli", "xbrl", Namespaces.XBRLI);
    Map<String, String> bound = new LinkedHashMap<>();
    bound.put("xbrli", Namespaces.XBRLI);
    bound.put("link", Namespaces.LINK);
    bound.put("xlink", Namespaces.XLINK);
    bound.put("xsi", Namespaces.XSI);
    page.namespaces().forEach((prefix, uri) -> {
      if (!PAGE_ONLY.contains(uri) && !prefix.equals("xml")) {
        bound.putIfAbsent(prefix, uri);
      }
    });
    for (Map.Entry<String, String> ns : bound.entrySet()) {
      out.writeNamespace(ns.getKey(), ns.getValue());
    }
    if (page.lang() != null) {
      out.writeAttribute("xml", Namespaces.XML, "lang", page.lang());
    }
    out.writeCharacters("\n");
    out.flush();
    for (String fragment : page.references()) {
      bytes.writeBytes(fragment.getBytes(StandardCharsets.UTF_8));
      bytes.write('\n');
    }
    for (String fragment : page.resources()) {
      bytes.writeBytes(fragment.getBytes(StandardCharsets.UTF_8));
      bytes.write('\n');
    }
    for (Page.Node n : page.top()) {
      node(out, n, bound);
    }
    footnoteLinks(out, page, name);
    out.writeEndElement();
    out.writeEndDocument();
    out.close();
    return bytes.toByteArray();
  }

  private static void node(XMLStreamWriter out, Page.Node n, Map<String, String> bound) throws XMLStreamException {
    if (n instanceof Page.Fact f) {
      fact(out, f, bound);
      return;
    }
    Page.Tuple t = (Page.Tuple) n;
    start(out, t.concept(), bound);
    if (t.id() != null) {
      out.writeAttribute("id", t.id());
    }
    if (t.nil()) {
      out.writeAttribute("xsi", Namespaces.XSI, "nil", "true");
    } else {
      out.writeCharacters("\n");
    }
    for (Page.Node child : t.children()) {
      node(out, child, bound);
    }
    out.writeEndElement();
    out.writeCharacters("\n");
  }

  /** The start tag of a fact or tuple, declaring its concept's prefix when the root does not bind it so. */
  private static void start(XMLStreamWriter out, QName concept, Map<String, String> bound) throws XMLStreamException {
    out.writeStartElement(concept.getPrefix(), concept.getLocalPart(), concept.getNamespaceURI());
    if (!concept.getNamespaceURI().equals(bound.get(concept.getPrefix()))) {
      if (concept.getPrefix().isEmpty()) {
        out.writeDefaultNamespace(concept.getNamespaceURI());
      } else {
        out.writeNamespace(concept.getPrefix(), concept.getNamespaceURI());
      }
    }
  }

  private static void fact(XMLStreamWriter out, Page.Fact f, Map<String, String> bound) throws XMLStreamException {
    start(out, f.concept(), bound);
    for (Map.Entry<String, String> a : f.attributes().entrySet()) {
      out.writeAttribute(a.getKey(), a.getValue());
    }
    if (f.fraction() != null) {
      out.writeStartElement("xbrli", "numerator", Namespaces.XBRLI);
      out.writeCharacters(f.fraction().numerator());
      out.writeEndElement();
      out.writeStartElement("xbrli", "denominator", Namespaces.XBRLI);
      out.writeCharacters(f.fraction().denominator());
      out.writeEndElement();
    } else if (f.value() == null) {
      out.writeAttribute("xsi", Namespaces.XSI, "nil", "true");
    } else {
      out.writeCharacters(f.value());
    }
    out.writeEndElement();
    out.writeCharacters("\n");
  }

  /** The ids of a tuple and the tuples in it. */
  private static void tupleIds(Page.Node n, Set<String> ids) {
    if (n instanceof Page.Tuple t) {
      if (t.id() != null) {
        ids.add(t.id());
      }
      t.children().forEach(c -> tupleIds(c, ids));
    }
  }

  /** One link per link role: locators for facts, the footnotes, an arc per from and to of each relationship. */
  private static void footnoteLinks(XMLStreamWriter out, Page page, String name) throws XMLStreamException, InputException {
    Set<String> facts = new LinkedHashSet<>();
    page.facts().stream().map(Page.Fact::id).filter(id -> id != null).forEach(facts::add);
    Set<String> tuples = new LinkedHashSet<>();
    page.top().forEach(n -> tupleIds(n, tuples));
    Map<String, Page.Footnote> notes = new LinkedHashMap<>();
    for (Page.Footnote n : page.footnotes()) {
      if (facts.contains(n.id()) || notes.put(n.id(), n) != null) {
        throw new InlineException(name, org.finfile.validate.Rules.IX_ID, "the id " + n.id() + " of an ix:footnote is not unique in the page");
      }
    }
    Map<String, List<Page.Relationship>> links = new LinkedHashMap<>();
    Set<String> linked = new LinkedHashSet<>();
    for (Page.Relationship r : page.relationships()) {
      for (String from : r.from()) {
        if (tuples.contains(from)) {
          throw new InlineException(r.where(), org.finfile.validate.Rules.IX_UNSUPPORTED, "ix:relationship fromRefs names the"
              + " ix:tuple " + from + ": footnotes on tuples are not supported");
        }
        if (!facts.contains(from)) {
          throw new InlineException(r.where(), org.finfile.validate.Rules.IX_RELATIONSHIP, "ix:relationship fromRefs names " + from + ", which is no fact of the page");
        }
      }
      for (String to : r.to()) {
        if (!facts.contains(to) && !notes.containsKey(to)) {
          throw new InlineException(r.where(), org.finfile.validate.Rules.IX_RELATIONSHIP, "ix:relationship toRefs names " + to + ", which is no fact or footnote of the page");
        }
        if (notes.containsKey(to)) {
          linked.add(to);
        }
      }
      links.computeIfAbsent(r.linkRole(), k -> new ArrayList<>()).add(r);
    }
    List<String> unlinked = notes.keySet().stream().filter(id -> !linked.contains(id)).toList();
    if (!unlinked.isEmpty()) {
      links.computeIfAbsent(Footnote.STANDARD_LINK_ROLE, k -> new ArrayList<>());
    }
    for (Map.Entry<String, List<Page.Relationship>> link : links.entrySet()) {
      Set<String> locators = new LinkedHashSet<>();
      Set<String> resources = new LinkedHashSet<>();
      for (Page.Relationship r : link.getValue()) {
        locators.addAll(r.from());
        for (String to : r.to()) {
          (notes.containsKey(to) ? resources : locators).add(to);
        }
      }
      if (link.getKey().equals(Footnote.STANDARD_LINK_ROLE)) {
        resources.addAll(unlinked);
      }
      out.writeStartElement("link", "footnoteLink", Namespaces.LINK);
      out.writeAttribute("xlink", Namespaces.XLINK, "type", "extended");
      out.writeAttribute("xlink", Namespaces.XLINK, "role", link.getKey());
      for (String id : locators) {
        out.writeEmptyElement("link", "loc", Namespaces.LINK);
        out.writeAttribute("xlink", Namespaces.XLINK, "type", "locator");
        out.writeAttribute("xlink", Namespaces.XLINK, "href", "#" + id);
        out.writeAttribute("xlink", Namespaces.XLINK, "label", id);
      }
      for (String id : resources) {
        Page.Footnote n = notes.get(id);
        out.writeStartElement("link", "footnote", Namespaces.LINK);
        out.writeAttribute("xlink", Namespaces.XLINK, "type", "resource");
        out.writeAttribute("xlink", Namespaces.XLINK, "label", id);
        out.writeAttribute("xlink", Namespaces.XLINK, "role", n.role());
        if (n.lang() != null) {
          out.writeAttribute("xml", Namespaces.XML, "lang", n.lang());
        }
        out.writeCharacters(n.text());
        out.writeEndElement();
      }
      for (Page.Relationship r : link.getValue()) {
        for (String from : r.from()) {
          for (String to : r.to()) {
            out.writeEmptyElement("link", "footnoteArc", Namespaces.LINK);
            out.writeAttribute("xlink", Namespaces.XLINK, "type", "arc");
            out.writeAttribute("xlink", Namespaces.XLINK, "arcrole", r.arcrole());
            out.writeAttribute("xlink", Namespaces.XLINK, "from", from);
            out.writeAttribute("xlink", Namespaces.XLINK, "to", to);
            if (r.order() != null) {
              out.writeAttribute("order", r.order());
            }
          }
        }
      }
      out.writeEndElement();
      out.writeCharacters("\n");
    }
  }
}
