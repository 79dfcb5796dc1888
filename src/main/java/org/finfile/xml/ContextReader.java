package org.finfile.xml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;

/**
 * Reads one {@code xbrli:context} with StAX (XBRL 2.1 §4.7): entity identifier, segment, period
 * and scenario. Segment and scenario content becomes {@link Qualifiers} in document order:
 * {@code xbrldi:explicitMember} and {@code xbrldi:typedMember} (XBRL Dimensions 1.0 §3.1.4) with
 * their QNames resolved where they are written, anything else kept as an XML fragment. Period
 * bounds are {@code xs:date} or {@code xs:dateTime}, kept as written.
 *
 * <p>The prefixes under which dimensions and members were written are added to {@code namespaces}
 * when their namespace has no prefix there yet (a prefix taken by another namespace gets a
 * number), so the writer can write them back alike.
 */
final class ContextReader {
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
  private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][\\w.\\-]*");

  private final XMLStreamReader xml;
  private final String systemId;
  private final Map<String, String> namespaces;
  private String id;

  private ContextReader(XMLStreamReader xml, String systemId, Map<String, String> namespaces) {
    this.xml = xml;
    this.systemId = systemId;
    this.namespaces = namespaces;
  }

  /**
   * Reads the context the reader is at; leaves the reader after its end tag.
   *
   * @param namespaces the filing's prefixes, to which those of dimensions and members are added
   */
  static Context read(XMLStreamReader xml, String systemId, Map<String, String> namespaces)
      throws XMLStreamException, InputException {
    return new ContextReader(xml, systemId, namespaces).context();
  }

  private Context context() throws XMLStreamException, InputException {
    String where = here();
    id = xml.getAttributeValue(null, "id");
    if (id == null) {
      throw new InputException(where, "a context without an id");
    }
    Entity entity = null;
    Qualifiers segment = Qualifiers.NONE;
    Period period = null;
    Qualifiers scenario = Qualifiers.NONE;
    while (nextElement()) {
      String local = xbrli();
      if (local.equals("entity") && entity == null && period == null) {
        String entityAt = here();
        String[] identifier = null;
        while (nextElement()) {
          String part = xbrli();
          if (part.equals("identifier") && identifier == null) {
            identifier = new String[] {xml.getAttributeValue(null, "scheme"), null};
            String at = here();
            identifier[1] = text("identifier").replaceAll("[ \\t\\r\\n]+", " ").strip();
            if (identifier[0] == null || identifier[1].isEmpty()) {
              throw new InputException(at, "context " + id + ": the entity identifier lacks its scheme or its value");
            }
          } else if (part.equals("segment") && identifier != null && segment.isEmpty()) {
            segment = qualifiers("segment");
          } else {
            throw unexpected();
          }
        }
        if (identifier == null) {
          throw new InputException(entityAt, "context " + id + " lacks an entity identifier or a period");
        }
        try {
          entity = new Entity(identifier[0], identifier[1]);
        } catch (IllegalArgumentException e) {
          throw new InputException(entityAt, "context " + id + ": " + e.getMessage());
        }
      } else if (local.equals("period") && entity != null && period == null) {
        period = period();
      } else if (local.equals("scenario") && period != null && scenario.isEmpty()) {
        scenario = qualifiers("scenario");
      } else {
        throw unexpected();
      }
    }
    xml.next();
    if (entity == null || period == null) {
      throw new InputException(where, "context " + id + " lacks an entity identifier or a period");
    }
    try {
      return new Context(id, entity, period, segment, scenario);
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "context " + id + ": " + e.getMessage());
    }
  }

  private Period period() throws XMLStreamException, InputException {
    String where = here();
    String[] bounds = new String[3];
    String[] at = new String[3];
    boolean forever = false;
    List<String> names = List.of("instant", "startDate", "endDate");
    while (nextElement()) {
      String local = xbrli();
      int i = names.indexOf(local);
      if (local.equals("forever") && !forever && bounds[0] == null && bounds[1] == null) {
        forever = true;
        if (nextElement()) {
          throw unexpected();
        }
      } else if (i >= 0 && !forever && (i == 2 ? bounds[1] != null && bounds[2] == null
          : bounds[0] == null && bounds[1] == null && bounds[2] == null)) {
        at[i] = here();
        bounds[i] = text(local).strip();
      } else {
        throw unexpected();
      }
    }
    try {
      if (forever) {
        return new Period.Forever();
      }
      if (bounds[0] != null) {
        Bound instant = bound(bounds[0], at[0], "instant");
        return new Period.Instant(instant.day(), instant.time());
      }
      if (bounds[1] != null && bounds[2] != null) {
        Bound start = bound(bounds[1], at[1], "startDate");
        Bound end = bound(bounds[2], at[2], "endDate");
        return new Period.Duration(start.day(), start.time(), end.day(), end.time());
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "context " + id + ": " + e.getMessage());
    }
    throw new InputException(where, "context " + id + " has an incomplete period");
  }

  /** A period bound: its day and the lexical rest after it. */
  private record Bound(LocalDate day, String time) {}

  /** A day and the lexical rest after it, from an {@code xs:date} or {@code xs:dateTime}. */
  private Bound bound(String text, String where, String name) throws InputException {
    Matcher m = DATE.matcher(text);
    if (m.matches() && Period.TIME.matcher(m.group(2)).matches() && validTime(m.group(2))) {
      try {
        return new Bound(LocalDate.parse(m.group(1)), m.group(2));
      } catch (DateTimeParseException e) {
        // not a calendar day: reported below
      }
    }
    throw new InputException(where, "context " + id + ": " + name + " '" + InputException.clip(text)
        + "' is neither an xs:date nor an xs:dateTime (such as 2023-09-30 or 2023-09-30T00:00:00Z)");
  }

  /** Hours, minutes, seconds and zone in range (24:00:00 is the end of a day, XML Schema 1.0 §3.2.7). */
  private static boolean validTime(String time) {
    if (time.startsWith("T")) {
      int h = Integer.parseInt(time.substring(1, 3));
      int min = Integer.parseInt(time.substring(4, 6));
      int s = Integer.parseInt(time.substring(7, 9));
      boolean midnight = h == 24 && min == 0 && s == 0 && !time.substring(9).matches("\\.\\d*[1-9]\\d*.*");
      if (!(h < 24 && min < 60 && s < 60 || midnight)) {
        return false;
      }
    }
    Matcher zone = Pattern.compile("([+-])(\\d{2}):(\\d{2})$").matcher(time);
    if (zone.find()) {
      int h = Integer.parseInt(zone.group(2));
      int min = Integer.parseInt(zone.group(3));
      return h < 14 && min < 60 || h == 14 && min == 0;
    }
    return true;
  }

  private Qualifiers qualifiers(String which) throws XMLStreamException, InputException {
    String where = here();
    List<Qualifiers.Part> parts = new ArrayList<>();
    List<QName> dimensions = new ArrayList<>();
    while (nextElement()) {
      String at = here();
      Qualifiers.Part part;
      if (Namespaces.XBRLDI.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("explicitMember")) {
        keepPrefix(xml.getPrefix(), Namespaces.XBRLDI);
        QName dimension = dimension(at);
        String text = text("explicitMember");
        part = new Qualifiers.ExplicitMember(dimension, qname(text, at, "the member of " + dimension.getLocalPart()));
      } else if (Namespaces.XBRLDI.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("typedMember")) {
        keepPrefix(xml.getPrefix(), Namespaces.XBRLDI);
        QName dimension = dimension(at);
        if (!nextElement()) {
          throw new InputException(at, "context " + id + ": typedMember of " + dimension.getLocalPart()
              + " holds no element (it holds exactly one, the dimension's value)");
        }
        part = new Qualifiers.TypedMember(dimension, Fragments.read(xml));
        if (nextElement()) {
          throw new InputException(here(), "context " + id + ": typedMember of " + dimension.getLocalPart()
              + " holds a second element (it holds exactly one, the dimension's value)");
        }
      } else {
        part = new Qualifiers.Other(Fragments.read(xml));
      }
      QName dimension = Qualifiers.dimension(part);
      if (dimension != null) {
        if (dimensions.contains(dimension)) {
          throw new InputException(at, "context " + id + ": dimension " + prefixed(dimension) + " appears twice in one "
              + which);
        }
        dimensions.add(dimension);
      }
      parts.add(part);
    }
    if (parts.isEmpty()) {
      throw new InputException(where, "context " + id + ": an empty " + which + " (it holds at least one element)");
    }
    return new Qualifiers(parts);
  }

  private QName dimension(String at) throws InputException {
    String value = xml.getAttributeValue(null, "dimension");
    if (value == null) {
      throw new InputException(at, "context " + id + ": " + xml.getLocalName() + " without a dimension attribute");
    }
    return qname(value, at, "dimension");
  }

  /** A QName written at the current element, resolved with the namespaces in scope there. */
  private QName qname(String text, String at, String what) throws InputException {
    String value = text.strip();
    int colon = value.indexOf(':');
    String prefix = colon < 0 ? "" : value.substring(0, colon);
    String local = value.substring(colon + 1);
    if (!(colon < 0 || NCNAME.matcher(prefix).matches()) || !NCNAME.matcher(local).matches()) {
      throw new InputException(at, "context " + id + ": " + what + " '" + InputException.clip(value) + "' is not a QName");
    }
    String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
    if (!prefix.isEmpty() && (uri == null || uri.isEmpty())) {
      throw new InputException(at, "context " + id + ": " + what + " '" + value + "' uses the prefix " + prefix
          + ", which is not declared");
    }
    String ns = uri == null ? "" : uri;
    keepPrefix(prefix, ns);
    return new QName(ns, local, prefix);
  }

  /**
   * Keeps a prefix for a namespace the filing has none for: the one written, or, when that is
   * taken by another namespace, the first of {@code prefix2}, {@code prefix3}… that is free.
   */
  private void keepPrefix(String prefix, String uri) {
    if (prefix == null || prefix.isEmpty() || uri.isEmpty() || namespaces.containsValue(uri)) {
      return;
    }
    String free = prefix;
    for (int n = 2; namespaces.containsKey(free); n++) {
      free = prefix + n;
    }
    namespaces.put(free, uri);
  }

  /** The element's text; refuses child elements. The reader is left on its end tag. */
  private String text(String name) throws XMLStreamException, InputException {
    String at = here();
    try {
      return xml.getElementText();
    } catch (XMLStreamException e) {
      if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
        throw new InputException(at, "context " + id + ": " + name + " holds an element (" + xml.getName()
            + "); it holds text only");
      }
      throw e;
    }
  }

  /**
   * Moves to the next child element of the current element: true at its start tag, false at the
   * parent's end tag. Text other than whitespace is refused.
   */
  private boolean nextElement() throws XMLStreamException, InputException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
      if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()) {
        throw new InputException(here(), "context " + id + ": text '" + InputException.clip(xml.getText().strip())
            + "' where elements are expected");
      }
    }
  }

  /** The local name of the current element, which must be in the XBRL instance namespace. */
  private String xbrli() throws InputException {
    if (!Namespaces.XBRLI.equals(xml.getNamespaceURI())) {
      throw unexpected();
    }
    return xml.getLocalName();
  }

  private InputException unexpected() {
    return new InputException(here(), "context " + id + ": unexpected " + prefixed(xml.getName()) + " here");
  }

  private static String prefixed(QName name) {
    return name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
  }

  private String here() {
    Location location = xml.getLocation();
    if (location == null || location.getLineNumber() < 0) {
      return systemId;
    }
    return systemId + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
  }
}
