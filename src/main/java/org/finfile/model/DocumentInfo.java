package org.finfile.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * What an instance document says besides its facts, kept so that it reads back as it was: the
 * attributes of its root (such as {@code xml:lang}), its references to taxonomy documents in
 * order with every attribute they carry, and the comments and processing instructions before
 * its root.
 *
 * @param rootAttributes the root's attributes other than namespace declarations, by name
 * @param references {@code link:schemaRef}, {@code linkbaseRef}, {@code roleRef} and
 *     {@code arcroleRef} elements in document order; empty when only the filing's schema
 *     references are known
 * @param prolog comments and processing instructions before the root, each as written
 *     ({@code <!-- ... -->}, {@code <?target data?>})
 */
public record DocumentInfo(Map<QName, String> rootAttributes, List<Reference> references, List<String> prolog) {
  /** The XML namespace, of {@code xml:lang}. */
  public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** The linkbase namespace, of the reference elements. */
  public static final String LINK_NS = "http://www.xbrl.org/2003/linkbase";
  /** The XLink namespace, of {@code xlink:href}. */
  public static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  /** Nothing known beyond the facts. */
  public static final DocumentInfo NONE = new DocumentInfo(Map.of(), List.of(), List.of());

  private static final QName LANG = new QName(XML_NS, "lang", "xml");
  private static final QName HREF = new QName(XLINK_NS, "href", "xlink");
  private static final QName BASE = new QName(XML_NS, "base", "xml");

  public DocumentInfo {
    rootAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(rootAttributes));
    references = List.copyOf(references);
    prolog = List.copyOf(prolog);
    for (String node : prolog) {
      if (!isComment(node) && !isProcessingInstruction(node)) {
        throw new IllegalArgumentException("a prolog node is a comment or a processing instruction: " + node);
      }
    }
  }

  /** {@code <!--text-->} where text has no {@code --} and does not end with {@code -}, as XML wants. */
  private static boolean isComment(String node) {
    if (node.length() < 7 || !node.startsWith("<!--") || !node.endsWith("-->")) {
      return false;
    }
    String text = node.substring(4, node.length() - 3);
    return !text.contains("--") && !text.endsWith("-");
  }

  /** {@code <?target data?>} with a target (not {@code xml}) and no {@code ?>} inside. */
  private static boolean isProcessingInstruction(String node) {
    if (node.length() < 5 || !node.startsWith("<?") || !node.endsWith("?>")) {
      return false;
    }
    String inner = node.substring(2, node.length() - 2);
    String target = inner.split("[ \\t\\r\\n]", 2)[0];
    return !inner.contains("?>") && !target.isEmpty() && !target.equalsIgnoreCase("xml");
  }

  /** The document's language ({@code xml:lang} on its root), or null. */
  public String lang() {
    return rootAttributes.get(LANG);
  }

  /** This information with the root's {@code xml:lang} set to {@code lang} (or removed when null). */
  public DocumentInfo withLang(String lang) {
    Map<QName, String> attributes = new LinkedHashMap<>(rootAttributes);
    if (lang == null) {
      attributes.remove(LANG);
    } else {
      attributes.put(LANG, lang);
    }
    return new DocumentInfo(attributes, references, prolog);
  }

  /** The {@code xlink:href} of every {@code link:schemaRef} among the references. */
  public List<String> schemaRefHrefs() {
    return references.stream().filter(Reference::isSchemaRef).map(Reference::href).toList();
  }

  /**
   * This information with each schema reference's href replaced, in order, by {@code hrefs}.
   * A replaced reference loses its {@code xml:base}: the new href is complete as it stands.
   */
  DocumentInfo withHrefs(java.util.function.UnaryOperator<String> relocate) {
    if (references.isEmpty()) {
      return this;
    }
    List<Reference> replaced = references.stream()
        .map(r -> r.href() == null ? r : r.withHref(relocate.apply(r.href()))).toList();
    return new DocumentInfo(rootAttributes, replaced, prolog);
  }

  /**
   * One reference element ({@code link:schemaRef}, {@code link:linkbaseRef},
   * {@code link:roleRef}, {@code link:arcroleRef}) with all its attributes in document order.
   */
  public record Reference(QName element, Map<QName, String> attributes) {
    public Reference {
      Objects.requireNonNull(element, "element");
      if (!LINK_NS.equals(element.getNamespaceURI())) {
        throw new IllegalArgumentException("a reference is a link: element, not " + element);
      }
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public boolean isSchemaRef() {
      return element.getLocalPart().equals("schemaRef");
    }

    /** Its {@code xlink:href}, or null. */
    public String href() {
      return attributes.get(HREF);
    }

    Reference withHref(String href) {
      Map<QName, String> a = new LinkedHashMap<>(attributes);
      a.put(HREF, href);
      a.remove(BASE);
      return new Reference(element, a);
    }
  }
}
