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
import java.util.regex.Pattern;
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
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private record Dup(String where, String text, boolean nil, String decimals, String precision, String source) {}

  private Duplicates() {}

  static void check(InputStream in, String systemId, String name, InstanceScan scan, List<Problem> problems)
      throws IOException, XMLStreamException {
    Map<String, List<Dup>> groups = new LinkedHashMap<>();
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
        langs.push(lang != null ? lang : langs.isEmpty() ? "" : langs.peek());
        String id = xml.getAttributeValue(null, "id");
        if (id != null && scan.repeatedIds.contains(LongSet.fingerprint(id))) {
          ids.computeIfAbsent(id, k -> new ArrayList<>())
              .add(name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber());
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
        String decimals = xml.getAttributeValue(null, "decimals");
        String precision = xml.getAttributeValue(null, "precision");
        String source = xml.getAttributeValue(Namespaces.SOURCE, "src");
        String text;
        try {
          text = xml.getElementText();
        } catch (XMLStreamException e) {
          continue;
        }
        depth--;
        langs.pop();
        groups.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Dup(where, text, "true".equals(nil) || "1".equals(nil), decimals, precision, source));
      }
    } finally {
      xml.close();
    }
    for (Map.Entry<String, List<String>> id : ids.entrySet()) {
      List<String> places = id.getValue();
      if (places.size() > 1) {
        problems.add(Problem.error(places.get(1), Rules.DUPLICATE_ID, "id " + id.getKey() + " is used "
            + places.size() + " times: " + String.join(", ", places)));
      }
    }
    for (Map.Entry<String, List<Dup>> g : groups.entrySet()) {
      if (g.getValue().size() > 1) {
        classify(g.getKey(), g.getValue(), problems);
      }
    }
  }

  private static void classify(String key, List<Dup> facts, List<Problem> problems) {
    String concept = key.substring(0, key.indexOf('|'));
    concept = concept.substring(concept.indexOf('}') + 1);
    Dup last = facts.get(facts.size() - 1);
    String listing = describe(facts);
    long nils = facts.stream().filter(Dup::nil).count();
    if (nils == facts.size()) {
      problems.add(new Problem(last.where(), Severity.INFO, Rules.DUPLICATE_COMPLETE,
          concept + " is reported " + facts.size() + " times, all nil: " + listing));
      return;
    }
    if (nils > 0) {
      problems.add(Problem.error(last.where(), Rules.DUPLICATE_INCONSISTENT,
          concept + " is reported both nil and with a value: " + listing));
      return;
    }
    boolean numeric = facts.stream().allMatch(f -> f.decimals() != null || f.precision() != null);
    if (!numeric) {
      boolean same = facts.stream().map(Dup::text).distinct().count() == 1;
      problems.add(same
          ? new Problem(last.where(), Severity.INFO, Rules.DUPLICATE_COMPLETE, concept + " is reported "
              + facts.size() + " times with the same value: " + listing)
          : Problem.error(last.where(), Rules.DUPLICATE_INCONSISTENT, concept + " is reported with different values: " + listing));
      return;
    }
    List<BigDecimal> values = new ArrayList<>();
    Interval common = new Interval(null, null);
    for (Dup f : facts) {
      String text = f.text().strip();
      if (!DECIMAL.matcher(text).matches()) {
        return;
      }
      BigDecimal v = new BigDecimal(text);
      values.add(v);
      Accuracy a;
      try {
        a = f.decimals() != null ? Accuracy.decimals(f.decimals()) : Accuracy.precision(f.precision());
      } catch (IllegalArgumentException e) {
        return;
      }
      common = common == null ? null : common.intersect(Interval.of(v, a));
    }
    boolean sameValues = values.stream().allMatch(v -> v.compareTo(values.get(0)) == 0);
    boolean sameAccuracy = facts.stream().map(f -> f.decimals() + "/" + f.precision()).distinct().count() == 1;
    if (sameValues && sameAccuracy) {
      problems.add(new Problem(last.where(), Severity.INFO, Rules.DUPLICATE_COMPLETE, concept + " is reported "
          + facts.size() + " times with the same value: " + listing));
    } else if (common != null) {
      problems.add(new Problem(last.where(), Severity.INFO, Rules.DUPLICATE_ROUNDING, concept
          + " is reported with values that agree within their accuracy, common range " + common + ": " + listing));
    } else {
      problems.add(Problem.error(last.where(), Rules.DUPLICATE_INCONSISTENT, concept
          + " is reported with values that contradict each other: " + listing));
    }
  }

  private static String describe(List<Dup> facts) {
    List<String> parts = new ArrayList<>();
    for (Dup f : facts) {
      String accuracy = f.decimals() != null ? " (decimals " + f.decimals() + ")" : f.precision() != null
          ? " (precision " + f.precision() + ")" : "";
      parts.add((f.nil() ? "nil" : "'" + f.text().strip() + "'") + accuracy + " at " + f.where()
          + (f.source() == null ? "" : " [" + f.source() + "]"));
    }
    return String.join("; ", parts);
  }
}
