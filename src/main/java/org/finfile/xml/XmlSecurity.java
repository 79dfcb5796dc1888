package org.finfile.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one door for XML: every parser, stream reader and schema factory finfile uses is made
 * here, with the defences measured in SECURITY.md. A DOCTYPE is refused outright (no entity of
 * any kind can be declared), XInclude is off, schemas resolve only through the strict catalog,
 * and element depth and attribute counts are bounded.
 */
public final class XmlSecurity {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private XmlSecurity() {}

  /** A namespace-aware Xerces SAX reader that refuses DOCTYPEs and bounds depth and attributes. */
  public static XMLReader saxReader() throws SAXException {
    return saxReader(null);
  }

  /**
   * The same reader, validating against {@code schema} as it parses (Xerces' own schema
   * validator in the parse pipeline, never following {@code xsi:schemaLocation} hints).
   * {@link #psvi} gives the schema type of the current element.
   */
  public static XMLReader saxReader(javax.xml.validation.Schema schema) throws SAXException {
    try {
      SAXParserFactory factory = new org.apache.xerces.jaxp.SAXParserFactoryImpl();
      if (schema != null) {
        factory.setSchema(schema);
        // Xerces would keep every xs:ID of the document in memory; finfile checks ids itself,
        // with a fingerprint per id (see the validate package), so memory stays small.
        factory.setFeature("http://apache.org/xml/features/validation/id-idref-checking", false);
      }
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setValidating(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      return new LimitingXmlFilter(reader);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened: " + e.getMessage(), e);
    }
  }

  /** The schema information of a reader made by {@link #saxReader(javax.xml.validation.Schema)}. */
  public static org.apache.xerces.xs.PSVIProvider psvi(XMLReader reader) {
    XMLReader parser = reader instanceof org.xml.sax.XMLFilter f ? f.getParent() : reader;
    return parser instanceof org.apache.xerces.xs.PSVIProvider p ? p : null;
  }

  /**
   * A Xerces DOM builder factory with the same defences, for the few places that need a tree of
   * a small document (round-trip comparison).
   */
  public static javax.xml.parsers.DocumentBuilderFactory documentBuilderFactory() {
    javax.xml.parsers.DocumentBuilderFactory factory = new org.apache.xerces.jaxp.DocumentBuilderFactoryImpl();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the DOM parser cannot be hardened: " + e.getMessage(), e);
    }
    return factory;
  }

  /**
   * A StAX reader over {@code in} that refuses a DOCTYPE the moment it appears and bounds depth
   * and attributes. {@code systemId} names the document in locations.
   */
  public static XMLStreamReader streamReader(InputStream in, String systemId) throws XMLStreamException {
    return streamReader(in, systemId, false);
  }

  /**
   * As {@link #streamReader(InputStream, String)}; with {@code xml10Only}, an XML 1.1 document's
   * control characters that XML 1.0 cannot hold are refused where they appear: for readers whose
   * model is written out again as XML 1.0 (checking a document needs no such refusal).
   */
  public static XMLStreamReader streamReader(InputStream in, String systemId, boolean xml10Only) throws XMLStreamException {
    XMLStreamReader raw = STAX.createXMLStreamReader(systemId, utf8Reader(in, systemId));
    return new LimitingStreamReader(raw, xml10Only);
  }

  /**
   * A strict UTF-8 reader over a document that is UTF-8 (no other encoding declared, no UTF-16
   * byte-order mark): a bad byte is an error of ours, which the JDK's StAX parser would
   * otherwise also print to standard error. Other encodings are left to the parser.
   */
  private static java.io.Reader utf8Reader(InputStream in, String systemId) throws XMLStreamException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    try {
      buffered.mark(512);
      byte[] head = buffered.readNBytes(512);
      buffered.reset();
      // UTF-16 by its byte-order mark, or without one by an XML declaration in UTF-16 ("<?" with
      // zero bytes): the two ways XML lets a UTF-16 document announce itself (Appendix F)
      boolean utf16 = head.length >= 4 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
          || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
          || head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0
          || head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?');
      String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
      java.util.regex.Matcher declared = java.util.regex.Pattern.compile("^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)")
          .matcher(start);
      boolean other = declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8") && !declared.group(1).equalsIgnoreCase("UTF8");
      InputStream guarded = utf16 ? buffered : new MarkupGuard(buffered, systemId);
      if (utf16 || other) {
        return new java.io.InputStreamReader(guarded, utf16 ? guessUtf16(head) : java.nio.charset.Charset.forName(declared.group(1)));
      }
      if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
        guarded.skipNBytes(3);
      }
      return new java.io.InputStreamReader(guarded, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new XMLStreamException("cannot read the document's encoding: " + e.getMessage(), e);
    }
  }

  /**
   * UTF-16 by its byte-order mark (which {@code UTF_16} consumes, so it never reaches the parser
   * as a character), or, without one, by where the zero bytes of {@code <?} fall.
   */
  private static java.nio.charset.Charset guessUtf16(byte[] head) {
    boolean bom = (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE;
    if (bom) {
      return java.nio.charset.StandardCharsets.UTF_16;
    }
    return head[0] == 0 ? java.nio.charset.StandardCharsets.UTF_16BE : java.nio.charset.StandardCharsets.UTF_16LE;
  }

  /**
   * An Apache Xerces schema factory that resolves every schema through {@code resolver} and
   * never follows {@code xsi:schemaLocation} hints (schemas are compiled from given sources).
   */
  public static SchemaFactory schemaFactory(OfflineResolver resolver) {
    SchemaFactory factory = new org.apache.xerces.jaxp.validation.XMLSchemaFactory();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
    } catch (SAXException e) {
      throw new IllegalStateException("the schema factory cannot be hardened: " + e.getMessage(), e);
    }
    factory.setResourceResolver(resolver);
    return factory;
  }

  /**
   * What to tell a user about a parser's complaint {@code message}: a limit of finfile's as it
   * is, anything else as "not well-formed XML: ...".
   */
  public static String problem(String message) {
    String line = org.finfile.InputException.oneLine(String.valueOf(message));
    if (line.contains("MalformedInputException") || line.contains("Invalid byte") && line.contains("UTF-8")) {
      return "a byte that is not UTF-8 (a document is read as UTF-8 unless it declares another encoding)";
    }
    // the StAX parser's own prefix ("ParseError at [row,col]:[1,2] Message:") says nothing more
    int start = line.indexOf("Message: ");
    if (start >= 0) {
      line = line.substring(start + "Message: ".length());
    }
    return org.finfile.LimitException.describes(line) ? line : "not well-formed XML: " + line;
  }

  /**
   * The exception for a parser's complaint about the document at {@code where}: a
   * {@link org.finfile.LimitException} when it is one of finfile's limits, else an
   * {@link org.finfile.InputException} saying the XML is not well-formed.
   */
  public static org.finfile.InputException unreadable(String where, Throwable e) {
    String problem = problem(e.getMessage());
    return org.finfile.LimitException.describes(problem) ? new org.finfile.LimitException(where, problem, e)
        : new org.finfile.InputException(where, problem, e);
  }

  /**
   * {@code in} with its start tags counted as it is read ({@link org.finfile.Limit#ATTRIBUTES}), for
   * bytes that go to a parser finfile does not make here (the schema factory's). UTF-16 is left
   * to the parser.
   */
  public static InputStream guard(InputStream in, String systemId) throws java.io.IOException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
    buffered.mark(2);
    int a = buffered.read();
    int b = buffered.read();
    buffered.reset();
    boolean utf16 = a == 0 || b == 0 || a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
    return utf16 ? buffered : new MarkupGuard(buffered, systemId);
  }

  private static final XMLInputFactory STAX = newStaxFactory();

  private static XMLInputFactory newStaxFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    // problems are reported by exceptions; without a reporter the JDK prints some to stderr
    factory.setXMLReporter((message, errorType, info, location) -> { });
    return factory;
  }
}
