package org.finfile.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.DocumentInfo;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.model.Source;
import org.finfile.model.Tuple;
import org.finfile.model.Unit;

/**
 * Reads an XBRL 2.1 instance into a {@link Filing}, streaming: units are bound through the
 * generated JAXB classes one subtree at a time, contexts and facts are read with StAX into a
 * record each, so no tree of the whole document is ever built.
 *
 * <p>What the document says about itself is kept in the filing's
 * {@link org.finfile.model.DocumentInfo}: comments and processing instructions before the root,
 * every attribute of the root (such as {@code xml:lang}), and the {@code link:schemaRef},
 * {@code linkbaseRef}, {@code roleRef} and {@code arcroleRef} elements with all their attributes.
 * Comments inside the root are not kept. Contexts are read by {@link ContextReader}: segments
 * and scenarios (XBRL Dimensions members and other content) and {@code xs:dateTime} period
 * bounds are kept as written. Tuples (elements without {@code contextRef}, XBRL 2.1's structural
 * rule: the reader has no taxonomy) are kept with their items and tuples in document order, and
 * fractions ({@code xbrli:numerator} and {@code xbrli:denominator}) as
 * {@link FactValue.Fraction}. Anything else the model cannot hold exactly is refused with its
 * location rather than dropped.
 *
 * <pre>{@code
 * Filing filing = InstanceReader.read(Path.of("filing.xml"));
 * }</pre>
 */
public final class InstanceReader {
  /** Namespaces the writer declares itself; the filing keeps only the prefixes of concepts and measures. */
  private static final java.util.Set<String> STANDARD_NAMESPACES = java.util.Set.of(Namespaces.XBRLI, Namespaces.LINK,
      Namespaces.XLINK, Namespaces.XL, Namespaces.ISO4217, Namespaces.XSI, Namespaces.SOURCE);

  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private final String systemId;
  private final XMLStreamReader xml;
  private final Unmarshaller jaxb;
  private final List<String> schemaRefs = new ArrayList<>();
  private final List<DocumentInfo.Reference> references = new ArrayList<>();
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private final Map<String, Context> contexts = new LinkedHashMap<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final List<RawFact> facts = new ArrayList<>();
  private final List<RawTuple> tuples = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();

  private InstanceReader(XMLStreamReader xml, String systemId) throws JAXBException {
    this.xml = xml;
    this.systemId = systemId;
    this.jaxb = Jaxb.unmarshaller();
  }

  /** Reads an instance file. */
  public static Filing read(Path file) throws InputException {
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toUri().toString(), file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an instance from a stream.
   *
   * @param systemId the document's URL, against which relative references resolve
   * @param name how locations name the document
   */
  public static Filing read(InputStream in, String systemId, String name) throws InputException {
    XMLStreamReader xml = null;
    try {
      xml = XmlSecurity.streamReader(in, systemId, true);
      return new InstanceReader(xml, name).readDocument();
    } catch (XMLStreamException e) {
      boolean bytes = e.getNestedException() instanceof java.nio.charset.CharacterCodingException
          || String.valueOf(e.getMessage()).contains("MalformedInputException");
      if (bytes) {
        throw new InputException(locate(name, e.getLocation()),
            "a byte that is not UTF-8 (a document is read as UTF-8 unless it declares another encoding)", e);
      }
      throw XmlSecurity.unreadable(locate(name, e.getLocation()), e);
    } catch (JAXBException e) {
      Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
      Location where = cause instanceof XMLStreamException x ? x.getLocation() : null;
      throw new InputException(locate(name, where), "cannot bind: " + clean(String.valueOf(cause.getMessage())), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // the stream itself is closed by the caller
        }
      }
    }
  }

  private Filing readDocument() throws XMLStreamException, JAXBException, InputException {
    List<String> prolog = DocumentInfoXml.readProlog(xml);
    if (!xml.getName().equals(new QName(Namespaces.XBRLI, "xbrl"))) {
      throw new InputException(here(), "not an XBRL instance: the root element is " + xml.getName());
    }
    java.util.Map<QName, String> rootAttributes = DocumentInfoXml.attributes(xml);
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      String prefix = xml.getNamespacePrefix(i);
      String uri = xml.getNamespaceURI(i);
      if (prefix != null && !prefix.isEmpty() && uri != null && !uri.isEmpty() && !STANDARD_NAMESPACES.contains(uri)) {
        namespaces.put(prefix, uri);
      }
    }
    xml.next();
    while (true) {
      int event = xml.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        readChild();
      } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        break;
      } else if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
        throw new InputException(here(), "text outside any fact");
      } else {
        xml.next();
      }
    }
    if (schemaRefs.isEmpty()) {
      throw new InputException(systemId, "no link:schemaRef: the instance names no taxonomy");
    }
    List<Fact> resolved = new ArrayList<>();
    for (RawFact raw : facts) {
      resolved.add(raw.resolve());
    }
    List<Tuple> resolvedTuples = new ArrayList<>();
    for (RawTuple raw : tuples) {
      resolvedTuples.add(raw.resolve(resolved));
    }
    try {
      DocumentInfo document = new DocumentInfo(rootAttributes, references, prolog);
      return new Filing(schemaRefs, namespaces, List.copyOf(contexts.values()), List.copyOf(units.values()),
          resolved, footnotes, document, resolvedTuples);
    } catch (IllegalArgumentException e) {
      throw new InputException(systemId, e.getMessage());
    }
  }

  private void readChild() throws XMLStreamException, JAXBException, InputException {
    QName name = xml.getName();
    String ns = name.getNamespaceURI();
    if (ns.equals(Namespaces.LINK)) {
      if (DocumentInfoXml.REFERENCES.contains(name.getLocalPart())) {
        DocumentInfo.Reference reference = DocumentInfoXml.readReference(xml, here());
        references.add(reference);
        if (reference.isSchemaRef()) {
          schemaRefs.add(reference.href());
        }
      } else if (name.getLocalPart().equals("footnoteLink")) {
        footnotes.add(FootnoteLinkReader.read(xml, systemId));
      } else {
        throw new InputException(here(), "link:" + name.getLocalPart() + " in an instance is not supported yet");
      }
    } else if (ns.equals(Namespaces.XBRLI)) {
      switch (name.getLocalPart()) {
        case "context" -> readContext();
        case "unit" -> readUnit();
        default -> throw new InputException(here(), "unexpected xbrli:" + name.getLocalPart());
      }
    } else if (readConceptElement(name) instanceof RawTuple tuple) {
      tuples.add(tuple);
    }
  }

  private void readContext() throws XMLStreamException, InputException {
    String where = here();
    Context context = ContextReader.read(xml, systemId, namespaces);
    if (contexts.containsKey(context.id())) {
      throw new InputException(where, "a second context with id " + context.id());
    }
    contexts.put(context.id(), context);
  }

  private void readUnit() throws XMLStreamException, JAXBException, InputException {
    String where = here();
    org.finfile.xml.bind.xbrli.Unit bound = jaxb.unmarshal(xml, org.finfile.xml.bind.xbrli.Unit.class).getValue();
    String id = bound.getId();
    try {
      Unit unit = bound.getDivide() != null
          ? new Unit(id, bound.getDivide().getUnitNumerator().getMeasure(), bound.getDivide().getUnitDenominator().getMeasure())
          : new Unit(id, bound.getMeasure(), List.of());
      if (units.containsKey(id)) {
        throw new InputException(where, "a second unit with id " + id);
      }
      units.put(id, unit);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InputException(where, "unit " + id + " is malformed: " + e.getMessage());
    }
  }

  /**
   * Reads an item or a tuple and everything in it, leaving the cursor after its end: an element
   * without {@code contextRef} is a tuple (XBRL 2.1: items have a context, tuples have none).
   * Returns the index of the item in {@link #facts}, or the tuple.
   */
  private Object readConceptElement(QName concept) throws XMLStreamException, InputException {
    String where = here();
    String contextRef = attribute(null, "contextRef");
    if (contextRef == null) {
      return readTuple(concept, where);
    }
    String id = attribute(null, "id");
    String unitRef = attribute(null, "unitRef");
    String decimals = attribute(null, "decimals");
    String precision = attribute(null, "precision");
    String nil = attribute(Namespaces.XSI, "nil");
    String src = attribute(Namespaces.SOURCE, "src");
    String line = attribute(Namespaces.SOURCE, "line");
    String cellText = attribute(Namespaces.SOURCE, "text");
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attributeNs = xml.getAttributeNamespace(i);
      if (attributeNs != null && !attributeNs.isEmpty()
          && !attributeNs.equals(Namespaces.XSI) && !attributeNs.equals(Namespaces.SOURCE)) {
        throw new InputException(where, concept.getLocalPart() + ": attribute " + xml.getAttributeName(i)
            + " is not supported yet");
      }
    }
    ItemContent content = readItemContent(concept);
    String text = content.text();
    FactValue value;
    boolean isNil = "true".equals(nil) || "1".equals(nil);
    if (isNil) {
      if (!text.isBlank() || content.fraction()) {
        throw new InputException(where, concept.getLocalPart() + " is nil but has content");
      }
      value = FactValue.NIL;
    } else if (content.fraction()) {
      value = fraction(concept, where, unitRef, content);
    } else if (unitRef != null) {
      value = new FactValue.Numeric(decimal(concept, where, text, ""));
    } else {
      value = new FactValue.Text(text);
    }
    Accuracy accuracy;
    Source source;
    try {
      if (decimals != null && precision != null) {
        throw new IllegalArgumentException("both decimals and precision");
      }
      accuracy = decimals != null ? Accuracy.decimals(decimals) : precision != null ? Accuracy.precision(precision) : null;
      source = SourceAttributes.read(src, line, cellText);
    } catch (IllegalArgumentException e) {
      throw new InputException(where, concept.getLocalPart() + ": " + e.getMessage());
    }
    facts.add(new RawFact(where, id, concept, contextRef, unitRef, value, accuracy, source));
    return facts.size() - 1;
  }

  /** The content of an item: its text, or the {@code xbrli:numerator} and {@code xbrli:denominator} of a fraction. */
  private record ItemContent(String text, String numerator, String denominator, boolean fraction) {}

  private ItemContent readItemContent(QName concept) throws XMLStreamException, InputException {
    StringBuilder text = new StringBuilder();
    String numerator = null;
    String denominator = null;
    boolean fraction = false;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        xml.next();
        return new ItemContent(text.toString(), numerator, denominator, fraction);
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        QName name = xml.getName();
        String where = here();
        boolean part = Namespaces.XBRLI.equals(name.getNamespaceURI())
            && ("numerator".equals(name.getLocalPart()) || "denominator".equals(name.getLocalPart()));
        if (!part) {
          throw new InputException(where, concept.getLocalPart() + ": element " + name + " in an item (an item with a"
              + " contextRef holds text, or a fraction's xbrli:numerator and xbrli:denominator)");
        }
        boolean isNumerator = "numerator".equals(name.getLocalPart());
        if (isNumerator ? numerator != null || denominator != null : denominator != null) {
          throw new InputException(where, concept.getLocalPart() + ": a fraction has one xbrli:numerator, then one"
              + " xbrli:denominator");
        }
        String value;
        try {
          value = xml.getElementText();
        } catch (XMLStreamException e) {
          throw new InputException(where, concept.getLocalPart() + ": xbrli:" + name.getLocalPart() + ": " + clean(e.getMessage()));
        }
        fraction = true;
        if (isNumerator) {
          numerator = value;
        } else {
          denominator = value;
        }
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new InputException(here(), concept.getLocalPart() + ": the document ends inside an item");
      }
    }
  }

  private FactValue fraction(QName concept, String where, String unitRef, ItemContent content) throws InputException {
    if (!content.text().isBlank()) {
      throw new InputException(where, concept.getLocalPart() + ": a fraction has text beside its xbrli:numerator and"
          + " xbrli:denominator");
    }
    if (content.numerator() == null || content.denominator() == null) {
      throw new InputException(where, concept.getLocalPart() + ": a fraction needs an xbrli:numerator and an xbrli:denominator");
    }
    if (unitRef == null) {
      throw new InputException(where, concept.getLocalPart() + ": a fraction needs a unitRef");
    }
    BigDecimal numerator = decimal(concept, where, content.numerator(), "the numerator ");
    BigDecimal denominator = decimal(concept, where, content.denominator(), "the denominator ");
    if (denominator.signum() == 0) {
      throw new InputException(where, concept.getLocalPart() + ": the denominator of a fraction is zero");
    }
    return new FactValue.Fraction(numerator, denominator);
  }

  private static BigDecimal decimal(QName concept, String where, String text, String what) throws InputException {
    String number = text.strip();
    if (number.length() > org.finfile.Limit.NUMBER_CHARS.value()) {
      throw org.finfile.Limit.NUMBER_CHARS.exceeded(where, concept.getLocalPart() + ": a number of " + number.length()
          + " characters");
    }
    if (!DECIMAL.matcher(number).matches()) {
      throw new InputException(where, concept.getLocalPart() + ": " + what + "'"
          + (number.length() <= 100 ? number : number.substring(0, 100) + "\u2026") + "' is not a decimal number");
    }
    return new BigDecimal(number);
  }

  /** Reads a tuple: its id, whether it is nil, and its items and tuples in document order. */
  private RawTuple readTuple(QName concept, String where) throws XMLStreamException, InputException {
    String id = null;
    boolean isNil = false;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      QName attribute = xml.getAttributeName(i);
      String value = xml.getAttributeValue(i);
      if (attribute.equals(new QName("id"))) {
        id = value;
      } else if (attribute.equals(new QName(Namespaces.XSI, "nil"))) {
        isNil = "true".equals(value.strip()) || "1".equals(value.strip());
      } else {
        throw new InputException(where, "tuple " + concept.getLocalPart() + ": attribute " + attribute
            + " is not supported yet (a tuple keeps only id and xsi:nil)");
      }
    }
    List<Object> children = new ArrayList<>();
    xml.next();
    while (true) {
      int event = xml.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        QName name = xml.getName();
        if (Namespaces.XBRLI.equals(name.getNamespaceURI()) || Namespaces.LINK.equals(name.getNamespaceURI())) {
          throw new InputException(here(), "tuple " + concept.getLocalPart() + ": " + name
              + " in a tuple (a tuple holds items and tuples)");
        }
        children.add(readConceptElement(name));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        xml.next();
        break;
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()) {
        throw new InputException(here(), "tuple " + concept.getLocalPart() + " has text content; a tuple holds only"
            + " items and tuples (or an item without contextRef)");
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new InputException(here(), "tuple " + concept.getLocalPart() + ": the document ends inside it");
      } else {
        xml.next();
      }
    }
    if (isNil && !children.isEmpty()) {
      throw new InputException(where, "tuple " + concept.getLocalPart() + " is nil but has content");
    }
    return new RawTuple(where, id, concept, isNil, children);
  }

  /** A tuple as read: its children are indices into {@link #facts} and other tuples. */
  private record RawTuple(String where, String id, QName concept, boolean nil, List<Object> children) {
    Tuple resolve(List<Fact> resolved) throws InputException {
      List<Tuple.Child> out = new ArrayList<>();
      for (Object c : children) {
        out.add(c instanceof Integer i ? new Tuple.ItemChild(resolved.get(i))
            : new Tuple.TupleChild(((RawTuple) c).resolve(resolved)));
      }
      try {
        return new Tuple(id, concept, out, nil);
      } catch (IllegalArgumentException e) {
        throw new InputException(where, e.getMessage());
      }
    }
  }

  private String attribute(String ns, String local) {
    return xml.getAttributeValue(ns, local);
  }

  private String here() {
    return locate(systemId, xml.getLocation());
  }

  private static String locate(String name, Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return name;
    }
    return name + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
  }

  private static String clean(String message) {
    if (message == null) {
      return "";
    }
    int i = message.indexOf("Message: ");
    return InputException.oneLine(i >= 0 ? message.substring(i + 9) : message);
  }

  private final class RawFact {
    private final String where;
    private final String id;
    private final QName concept;
    private final String contextRef;
    private final String unitRef;
    private final FactValue value;
    private final Accuracy accuracy;
    private final Source source;

    RawFact(String where, String id, QName concept, String contextRef, String unitRef, FactValue value,
        Accuracy accuracy, Source source) {
      this.where = where;
      this.id = id;
      this.concept = concept;
      this.contextRef = contextRef;
      this.unitRef = unitRef;
      this.value = value;
      this.accuracy = accuracy;
      this.source = source;
    }

    Fact resolve() throws InputException {
      Context context = contexts.get(contextRef);
      if (context == null) {
        throw new InputException(where, concept.getLocalPart() + ": contextRef " + contextRef + " names no context");
      }
      Unit unit = null;
      if (unitRef != null) {
        unit = units.get(unitRef);
        if (unit == null) {
          throw new InputException(where, concept.getLocalPart() + ": unitRef " + unitRef + " names no unit");
        }
      }
      try {
        return new Fact(id, concept, context, unit, value, accuracy, source);
      } catch (IllegalArgumentException e) {
        throw new InputException(where, e.getMessage());
      }
    }
  }
}
