package org.finfile.validate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.model.Accuracy;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Classifies duplicate facts (same concept, s-equal context, same unit, same language): the
 * first pass only remembers a fingerprint of each fact's key; when fingerprints repeat, this
 * second pass reads the instance again and keeps just the facts whose fingerprints repeated.
 */
final class Duplicates {

  /** What a group of duplicates has shown so far: a few places, and enough to classify them. */
  private static final class Group {
    static final int SHOWN = 5;
    final List<String> shown = new ArrayList<>();
    String lastWhere;
    int count;
    int nils;
    String firstText;
    boolean differentText;
    boolean numeric = true;
    boolean unparsed;
    Interval common = new Interval(null, null);
    BigDecimal firstValue;
    boolean differentValues;
    boolean sameAccuracyDifferentValue;
    final Map<String, BigDecimal> valueByAccuracy = new java.util.HashMap<>();
    String firstAccuracy;
    boolean differentAccuracy;

    void add(String where, String text, boolean nil, String decimals, String precision, String source) {
      count++;
      lastWhere = where;
      String accuracy = decimals != null ? "decimals " + decimals.strip() : precision != null ? "precision " + precision.strip() : null;
      if (shown.size() < SHOWN) {
        shown.add((nil ? "nil" : "'" + abbreviate(text.strip()) + "'") + (accuracy == null ? "" : " (" + accuracy + ")")
            + " at " + where + (source == null ? "" : " [" + source + "]"));
      }
      if (nil) {
        nils++;
        return;
      }
      if (firstText == null) {
        firstText = text;
      } else if (!firstText.equals(text)) {
        differentText = true;
      }
      if (accuracy == null) {
        numeric = false;
        return;
      }
      if (firstAccuracy == null) {
        firstAccuracy = accuracy;
      } else if (!firstAccuracy.equals(accuracy)) {
        differentAccuracy = true;
      }
      BigDecimal v = number(text.strip());
      Accuracy a;
      try {
        a = decimals != null ? Accuracy.decimals(decimals.strip()) : Accuracy.precision(precision.strip());
      } catch (IllegalArgumentException e) {
        a = null;
      }
      if (v == null || a == null) {
        unparsed = true;
        return;
      }
      if (firstValue == null) {
        firstValue = v;
      } else if (firstValue.compareTo(v) != 0) {
        differentValues = true;
      }
      BigDecimal before = valueByAccuracy.putIfAbsent(accuracy, v);
      if (before != null && before.compareTo(v) != 0) {
        sameAccuracyDifferentValue = true;
      }
      common = common == null ? null : common.intersect(Interval.of(v, a));
    }

    String listing() {
      return String.join("; ", shown) + (count > SHOWN ? "; and " + (count - SHOWN) + " more" : "");
    }
  }

  private Duplicates() {}

  /** A number as XML Schema writes decimals and doubles, or null (INF, NaN, something longer than
   * {@link org.finfile.Limit#NUMBER_CHARS} written or written out). */
  static BigDecimal number(String text) {
    long max = org.finfile.Limit.NUMBER_CHARS.value();
    if (text.length() > max) {
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
      // 1E999999999 is short but a billion digits long once rounded or added: compared as too long
      return Math.abs((long) n.scale()) > max || n.precision() - (long) n.scale() > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  static void check(InputStream in, String systemId, String name, InstanceScan scan, List<Problem> problems)
      throws IOException, XMLStreamException {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, List<String>> ids = new LinkedHashMap<>();
    XMLStreamReader xml = XmlSecurity.streamReader(in, systemId);
    try {
      int depth = 0;
      Deque<String> langs = new ArrayDeque<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          langs.pop();
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String lang = xml.getAttributeValue(Namespaces.XML, "lang");
        langs.push(lang != null ? lang.strip().toLowerCase(java.util.Locale.ROOT) : langs.isEmpty() ? "" : langs.peek());
        String id = xml.getAttributeValue(null, "id");
        if (id != null && scan.repeatedIds.contains(LongSet.fingerprint(id))) {
          List<String> places = ids.computeIfAbsent(id, k -> new ArrayList<>());
          if (places.size() < Group.SHOWN) {
            places.add(name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber());
          }
        }
        String contextRef = xml.getAttributeValue(null, "contextRef");
        String ns = xml.getNamespaceURI();
        if (depth != 2 || contextRef == null || Namespaces.XBRLI.equals(ns) || Namespaces.LINK.equals(ns)) {
          continue;
        }
        QName concept = new QName(ns == null ? "" : ns, xml.getLocalName());
        String unitRef = xml.getAttributeValue(null, "unitRef");
        Facts.Ctx ctx = scan.contexts.get(contextRef);
        Facts.Un un = unitRef == null ? null : scan.units.get(unitRef);
        if (ctx == null || (unitRef != null && un == null)) {
          continue;
        }
        String factLang = unitRef != null ? "" : langs.peek();
        if (scan.repeated.isEmpty() || !scan.repeated.contains(scan.fingerprint(concept, ctx, un, factLang))) {
          continue;
        }
        String key = scan.key(concept, ctx, un, factLang);
        String where = name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
        String nil = xml.getAttributeValue(Namespaces.XSI, "nil");
        boolean isNil = nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
        String decimals = xml.getAttributeValue(null, "decimals");
        String precision = xml.getAttributeValue(null, "precision");
        String source = xml.getAttributeValue(Namespaces.SOURCE, "src");
        StringBuilder text = new StringBuilder();
        int inner = 1;
        while (inner > 0) {
          int e = xml.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            inner++;
            text.append('<').append(xml.getLocalName()).append('>');
          } else if (e == XMLStreamConstants.END_ELEMENT) {
            inner--;
          } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
            if (text.length() < 100_000) {
              text.append(xml.getText());
            }
          }
        }
        depth--;
        langs.pop();
        groups.computeIfAbsent(key, k -> new Group()).add(where, text.toString(), isNil, decimals, precision, source);
      }
    } finally {
      xml.close();
    }
    for (Map.Entry<String, List<String>> id : ids.entrySet()) {
      List<String> places = id.getValue();
      if (places.size() > 1) {
        problems.add(Problem.error(places.get(1), Rules.DUPLICATE_ID, "id " + id.getKey() + " is used more than once: "
            + String.join(", ", places)));
      }
    }
    for (Map.Entry<String, Group> g : groups.entrySet()) {
      if (g.getValue().count > 1) {
        classify(g.getKey(), g.getValue(), problems);
      }
    }
  }

  private static void classify(String key, Group g, List<Problem> problems) {
    String concept = key.substring(0, key.indexOf('|'));
    concept = concept.substring(concept.indexOf('}') + 1);
    String listing = g.listing();
    if (g.nils == g.count) {
      problems.add(new Problem(g.lastWhere, Severity.INFO, Rules.DUPLICATE_COMPLETE,
          concept + " is reported " + g.count + " times, all nil: " + listing));
    } else if (g.nils > 0) {
      problems.add(new Problem(g.lastWhere, Severity.WARNING, Rules.DUPLICATE_INCONSISTENT,
          concept + " is reported both nil and with a value: " + listing));
    } else if (!g.numeric || g.unparsed) {
      problems.add(g.differentText
          ? new Problem(g.lastWhere, Severity.WARNING, Rules.DUPLICATE_INCONSISTENT, concept
              + " is reported with different values: " + listing)
          : new Problem(g.lastWhere, Severity.INFO, Rules.DUPLICATE_COMPLETE, concept + " is reported " + g.count
              + " times with the same value: " + listing));
    } else if (!g.differentValues && !g.differentAccuracy) {
      problems.add(new Problem(g.lastWhere, Severity.INFO, Rules.DUPLICATE_COMPLETE, concept + " is reported "
          + g.count + " times with the same value: " + listing));
    } else if (g.common != null && !g.sameAccuracyDifferentValue) {
      problems.add(new Problem(g.lastWhere, Severity.INFO, Rules.DUPLICATE_ROUNDING, concept
          + " is reported with values that agree within their accuracy, common range " + g.common + ": " + listing));
    } else {
      problems.add(new Problem(g.lastWhere, Severity.WARNING, Rules.DUPLICATE_INCONSISTENT, concept
          + " is reported with values that contradict each other: " + listing));
    }
  }
}
