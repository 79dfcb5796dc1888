package org.finfile.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.NodeFilters;

/**
 * Compares two instance documents as XBRL: elements, attributes and text must be the same, and
 * so must the comments and processing instructions before the root, in order. What may differ:
 * namespace prefixes, whitespace between elements, the order of elements among their siblings
 * (contexts, units and facts), the XML declaration, and comments inside or after the root —
 * finfile does not keep those, as they carry nothing an XBRL processor reads. A measure
 * ({@code xbrli:measure}) is a QName and compares as one: {@code shares} under a default
 * namespace of XBRL instances equals {@code xbrli:shares}; so do an explicit member and the
 * dimension of a member ({@code d:Axis} equals {@code dims:Axis} when both prefixes name one
 * namespace). A lost {@code xsi:schemaLocation}
 * is a difference (XMLUnit calls it similar), and so is the order of the facts and tuples in a
 * tuple, which is part of what a tuple says.
 *
 * <pre>{@code
 * List<String> differences = RoundTrip.differences(originalBytes, writtenBytes);
 * }</pre>
 */
public final class RoundTrip {
  private RoundTrip() {}

  /**
   * The differences between two documents, one line each; empty when they are the same XBRL.
   *
   * @throws IllegalArgumentException when either is not well-formed XML
   */
  public static List<String> differences(byte[] control, byte[] test) {
    Document controlDocument = parse(control, "control");
    Document testDocument = parse(test, "test");
    List<String> differences = new ArrayList<>(prologDifferences(prolog(controlDocument), prolog(testDocument)));
    strip(controlDocument.getDocumentElement());
    strip(testDocument.getDocumentElement());
    pruneIdentical(controlDocument.getDocumentElement(), testDocument.getDocumentElement());
    Diff diff = DiffBuilder.compare(Input.fromDocument(controlDocument))
        .withTest(Input.fromDocument(testDocument))
        .withNodeMatcher(new IdMatcher())
        .withNodeFilter(n -> NodeFilters.Default.test(n) && !beforeRoot(n))
        .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
            RoundTrip::qnamesAsQNames, RoundTrip::schemaLocationsCount, RoundTrip::declarationIgnored,
            RoundTrip::tupleOrderCounts))
        .checkForSimilar()
        .build();
    for (Difference d : diff.getDifferences()) {
      differences.add(d.getComparison().toString());
    }
    return differences;
  }

  private static Document parse(byte[] bytes, String which) {
    try {
      javax.xml.parsers.DocumentBuilderFactory factory = XmlSecurity.documentBuilderFactory();
      // a deferred DOM walked by index is slow over hundreds of thousands of siblings
      factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
      // errors are thrown, never printed (Xerces' default handler writes "[Fatal Error]" to stderr)
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("the " + which + " document is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * Removes the comments inside {@code root} and its whitespace-only text, and trims the rest of
   * its text: what XMLUnit's {@code ignoreComments()} and {@code ignoreWhitespace()} do, done in
   * one walk without recursion (theirs run an XSLT transformation, slow over large documents).
   */
  static void strip(Node root) {
    walk(root, node -> {
      if (node.getNodeType() == Node.COMMENT_NODE) {
        node.getParentNode().removeChild(node);
      }
    });
    root.normalize();
    walk(root, node -> {
      if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
        String trimmed = node.getNodeValue().trim();
        if (trimmed.isEmpty()) {
          node.getParentNode().removeChild(node);
        } else {
          node.setNodeValue(trimmed);
        }
      }
    });
  }

  private static final java.util.regex.Pattern QNAME = java.util.regex.Pattern.compile("[\\w.-]+:[\\w.-]+");

  /**
   * Takes out of both roots the children that are identical on both sides: the same name and id,
   * {@link Node#isEqualNode equal} subtrees, and every prefix their text and attribute values use
   * as a QName bound to the same namespace on both sides. XMLUnit would find nothing between
   * them, at a cost per node that is most of a round trip's time on a large filing (hundreds of
   * thousands of contexts); what is left, it compares. An id used twice on one side is left to it.
   */
  static void pruneIdentical(org.w3c.dom.Element control, org.w3c.dom.Element test) {
    java.util.Map<String, Node> tests = new java.util.HashMap<>();
    java.util.Set<String> repeated = new java.util.HashSet<>();
    for (Node t = test.getFirstChild(); t != null; t = t.getNextSibling()) {
      String key = idKey(t);
      if (key != null && tests.put(key, t) != null) {
        repeated.add(key);
      }
    }
    java.util.Set<String> controlKeys = new java.util.HashSet<>();
    java.util.Map<String, Boolean> sameBinding = new java.util.HashMap<>();
    List<Node[]> identical = new ArrayList<>();
    for (Node c = control.getFirstChild(); c != null; c = c.getNextSibling()) {
      String key = idKey(c);
      if (key == null || !controlKeys.add(key)) {
        repeated.add(key);
        continue;
      }
      Node t = tests.get(key);
      if (t != null && c.isEqualNode(t) && prefixesAgree(c, control, test, sameBinding)) {
        identical.add(new Node[] {c, t});
      }
    }
    for (Node[] pair : identical) {
      if (!repeated.contains(idKey(pair[0]))) {
        control.removeChild(pair[0]);
        test.removeChild(pair[1]);
      }
    }
  }

  private static String idKey(Node n) {
    return n instanceof org.w3c.dom.Element e && e.hasAttribute("id")
        ? e.getNamespaceURI() + "\u0000" + e.getLocalName() + "\u0000" + e.getAttribute("id") : null;
  }

  /** Whether every QName-like value under {@code node} has its prefix bound alike by both roots. */
  private static boolean prefixesAgree(Node node, org.w3c.dom.Element control, org.w3c.dom.Element test,
      java.util.Map<String, Boolean> sameBinding) {
    boolean[] agree = {true};
    java.util.function.Consumer<String> check = value -> {
      java.util.regex.Matcher m = QNAME.matcher(value.strip());
      if (agree[0] && m.matches()) {
        String prefix = value.strip().substring(0, value.strip().indexOf(':'));
        agree[0] = sameBinding.computeIfAbsent(prefix,
            p -> java.util.Objects.equals(control.lookupNamespaceURI(p), test.lookupNamespaceURI(p)));
      }
    };
    attributes(node, check);
    walk(node, n -> {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        check.accept(n.getNodeValue());
      }
      attributes(n, check);
    });
    return agree[0];
  }

  private static void attributes(Node n, java.util.function.Consumer<String> check) {
    org.w3c.dom.NamedNodeMap attributes = n.getAttributes();
    for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
      check.accept(attributes.item(i).getNodeValue());
    }
  }

  /** Visits the nodes under {@code root} in document order; {@code visit} may remove the node it is given if it has no children. */
  private static void walk(Node root, java.util.function.Consumer<Node> visit) {
    Node node = root.getFirstChild();
    while (node != null) {
      Node next = node.getFirstChild();
      if (next == null) {
        Node up = node;
        while (up != root && up.getNextSibling() == null) {
          up = up.getParentNode();
        }
        next = up == root ? null : up.getNextSibling();
      }
      visit.accept(node);
      node = next;
    }
  }

  /** The comments and processing instructions before the root, each as written. */
  static List<String> prolog(Document document) {
    List<String> prolog = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null && n != document.getDocumentElement(); n = n.getNextSibling()) {
      if (n instanceof Comment c) {
        prolog.add(DocumentInfoXml.comment(c.getData()));
      } else if (n instanceof ProcessingInstruction pi) {
        prolog.add(DocumentInfoXml.processingInstruction(pi.getTarget(), pi.getData()));
      }
    }
    return prolog;
  }

  /** A node of the prolog, which {@link #prologDifferences} compares instead of XMLUnit. */
  private static boolean beforeRoot(Node node) {
    Node parent = node.getParentNode();
    if (parent == null || parent.getNodeType() != Node.DOCUMENT_NODE || node.getNodeType() == Node.ELEMENT_NODE) {
      return false;
    }
    for (Node n = node.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /**
   * What differs between two prologs, one line per node: the common start and end are set
   * aside, and what remains is compared node by node (linear, however long the prologs).
   */
  private static List<String> prologDifferences(List<String> control, List<String> test) {
    int start = 0;
    while (start < control.size() && start < test.size() && control.get(start).equals(test.get(start))) {
      start++;
    }
    int controlEnd = control.size();
    int testEnd = test.size();
    while (controlEnd > start && testEnd > start && control.get(controlEnd - 1).equals(test.get(testEnd - 1))) {
      controlEnd--;
      testEnd--;
    }
    List<String> differences = new ArrayList<>();
    for (int i = start; i < Math.max(controlEnd, testEnd); i++) {
      String expected = i < controlEnd ? "'" + control.get(i) + "'" : "nothing";
      String actual = i < testEnd ? "'" + test.get(i) + "'" : "nothing";
      differences.add("Expected " + expected + " but was " + actual + " - comparing node " + (i + 1)
          + " before the root (comments and processing instructions)");
    }
    return differences;
  }

  /**
   * Two QName values are equal when they name the same QName, each resolved in its own scope,
   * and different when they do not, however alike they read ({@code iso4217:JPY} with
   * {@code iso4217} bound to another namespace is another measure). QName values are the text
   * of {@code xbrli:measure} and {@code xbrldi:explicitMember} and the {@code dimension}
   * attribute of {@code xbrldi:explicitMember} and {@code xbrldi:typedMember}.
   */
  private static ComparisonResult qnamesAsQNames(org.xmlunit.diff.Comparison comparison, ComparisonResult outcome) {
    ComparisonType type = comparison.getType();
    if (type != ComparisonType.TEXT_VALUE && type != ComparisonType.ATTR_VALUE) {
      return outcome;
    }
    Node controlNode = comparison.getControlDetails().getTarget();
    Node testNode = comparison.getTestDetails().getTarget();
    if (!isQNameValued(controlNode) || !isQNameValued(testNode)) {
      return outcome;
    }
    QName control = qname(controlNode);
    QName test = qname(testNode);
    if (control == null && test == null) {
      return outcome;
    }
    return control != null && control.equals(test) ? ComparisonResult.EQUAL : ComparisonResult.DIFFERENT;
  }

  private static boolean isQNameValued(Node node) {
    if (node instanceof org.w3c.dom.Attr a) {
      Node element = a.getOwnerElement();
      return element != null && a.getNamespaceURI() == null && "dimension".equals(a.getLocalName())
          && Namespaces.XBRLDI.equals(element.getNamespaceURI())
          && ("explicitMember".equals(element.getLocalName()) || "typedMember".equals(element.getLocalName()));
    }
    if (node == null || node.getNodeType() != Node.TEXT_NODE && node.getNodeType() != Node.CDATA_SECTION_NODE) {
      return false;
    }
    Node element = node.getParentNode();
    return element != null && element.getNodeType() == Node.ELEMENT_NODE
        && (Namespaces.XBRLI.equals(element.getNamespaceURI()) && "measure".equals(element.getLocalName())
            || Namespaces.XBRLDI.equals(element.getNamespaceURI()) && "explicitMember".equals(element.getLocalName()));
  }

  /**
   * The QName a text node or attribute names, resolved against the namespaces in scope at its
   * element; null when it is no QName or its prefix is not bound.
   */
  private static QName qname(Node node) {
    Node element = node instanceof org.w3c.dom.Attr a ? a.getOwnerElement() : node.getParentNode();
    String value = node.getNodeValue().strip();
    int colon = value.indexOf(':');
    String prefix = colon < 0 ? null : value.substring(0, colon);
    String local = value.substring(colon + 1);
    if (local.isEmpty() || local.indexOf(':') >= 0 || prefix != null && prefix.isEmpty()) {
      return null;
    }
    String uri = element.lookupNamespaceURI(prefix);
    if (uri == null && prefix != null) {
      return null;
    }
    return new QName(uri == null ? "" : uri, local);
  }

  /**
   * The children of a tuple are in order: another order is a difference (XMLUnit calls it
   * similar). A tuple is an element outside the XBRL namespaces whose parent is the root or
   * another tuple, and that has element children.
   */
  private static ComparisonResult tupleOrderCounts(org.xmlunit.diff.Comparison comparison, ComparisonResult outcome) {
    if (comparison.getType() != ComparisonType.CHILD_NODELIST_SEQUENCE || outcome != ComparisonResult.SIMILAR) {
      return outcome;
    }
    Node child = comparison.getControlDetails().getTarget();
    Node parent = child == null ? null : child.getParentNode();
    return isTuple(parent) ? ComparisonResult.DIFFERENT : outcome;
  }

  private static boolean isTuple(Node node) {
    if (!(node instanceof org.w3c.dom.Element e) || !(e.getParentNode() instanceof org.w3c.dom.Element)
        || !hasElementChild(e)) {
      return false;
    }
    for (Node n = e; n.getParentNode() instanceof org.w3c.dom.Element up; n = up) {
      String ns = n.getNamespaceURI();
      if (Namespaces.XBRLI.equals(ns) || Namespaces.LINK.equals(ns)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasElementChild(org.w3c.dom.Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /** The XML declaration (version, encoding, standalone) may differ. */
  private static ComparisonResult declarationIgnored(org.xmlunit.diff.Comparison comparison, ComparisonResult outcome) {
    ComparisonType type = comparison.getType();
    boolean declaration = type == ComparisonType.XML_STANDALONE || type == ComparisonType.XML_VERSION
        || type == ComparisonType.XML_ENCODING;
    return declaration ? ComparisonResult.EQUAL : outcome;
  }

  /** XMLUnit calls a lost or changed {@code xsi:schemaLocation} similar; for a round trip it is a difference. */
  private static ComparisonResult schemaLocationsCount(org.xmlunit.diff.Comparison comparison, ComparisonResult outcome) {
    ComparisonType type = comparison.getType();
    boolean schemaLocation = type == ComparisonType.SCHEMA_LOCATION || type == ComparisonType.NO_NAMESPACE_SCHEMA_LOCATION;
    return schemaLocation && outcome == ComparisonResult.SIMILAR ? ComparisonResult.DIFFERENT : outcome;
  }
}
