package org.finfile.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.mapping.Mapping.ConceptSpec;
import org.finfile.mapping.Mapping.LabelSpec;
import org.finfile.mapping.Mapping.LineSpec;
import org.finfile.mapping.Mapping.Node;
import org.finfile.mapping.Mapping.RowSpec;
import org.finfile.mapping.Mapping.SumSpec;
import org.finfile.mapping.Mapping.TableSpec;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;

/**
 * Checks what a mapping declares for its extension against the taxonomy it extends, each
 * problem at the mapping's line: unknown concepts, types and label roles (with the closest
 * known name), concepts declared twice or outside the extension's namespace, a balance on a
 * non-monetary concept, calculation weights whose sign the balances contradict (XBRL 2.1
 * §5.2.5.2), totals and items of different period types, and sums that go round in a cycle.
 *
 * <pre>{@code
 * Map<QName, Concept> declared = MappingChecks.check(mapping, taxonomy, "http://acme.example/2024");
 * }</pre>
 */
final class MappingChecks {
  /** The XBRL 2.1 item types (§5.1.1.3). */
  private static final List<String> XBRLI_TYPES = List.of("decimalItemType", "floatItemType", "doubleItemType",
      "integerItemType", "nonPositiveIntegerItemType", "negativeIntegerItemType", "longItemType", "intItemType",
      "shortItemType", "byteItemType", "nonNegativeIntegerItemType", "unsignedLongItemType", "unsignedIntItemType",
      "unsignedShortItemType", "unsignedByteItemType", "positiveIntegerItemType", "monetaryItemType", "sharesItemType",
      "pureItemType", "fractionItemType", "stringItemType", "booleanItemType", "hexBinaryItemType", "base64BinaryItemType",
      "anyURIItemType", "QNameItemType", "durationItemType", "dateTimeItemType", "timeItemType", "dateItemType",
      "gYearMonthItemType", "gYearItemType", "gMonthDayItemType", "gDayItemType", "gMonthItemType", "normalizedStringItemType",
      "tokenItemType", "languageItemType", "NameItemType", "NCNameItemType");

  /** Where the Link Role Registry's negated label roles are. */
  static final String NEGATED = "http://www.xbrl.org/2009/role/";
  static final String NEGATED_SCHEMA = "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd";

  /** Label role short names and their URIs. */
  static final Map<String, String> LABEL_ROLES = labelRoles();

  private static Map<String, String> labelRoles() {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String r : List.of("label", "terseLabel", "verboseLabel", "totalLabel", "periodStartLabel", "periodEndLabel",
        "documentation", "positiveLabel", "negativeLabel", "zeroLabel")) {
      roles.put(r, "http://www.xbrl.org/2003/role/" + r);
    }
    for (String r : List.of("negatedLabel", "negatedTotalLabel", "negatedPeriodStartLabel", "negatedPeriodEndLabel",
        "negatedTerseLabel")) {
      roles.put(r, NEGATED + r);
    }
    return Map.copyOf(roles);
  }

  private final Mapping mapping;
  private final Taxonomy taxonomy;
  private final String namespace;
  private final Map<QName, Concept> declared = new LinkedHashMap<>();

  private MappingChecks(Mapping mapping, Taxonomy taxonomy, String namespace) {
    this.mapping = mapping;
    this.taxonomy = taxonomy;
    this.namespace = namespace;
  }

  /**
   * Checks the mapping's declarations and tables against {@code taxonomy}; {@code namespace} is
   * the extension's (null: the namespace the declared concepts share).
   *
   * @return the declared concepts, as the extension will define them, by name
   */
  static Map<QName, Concept> check(Mapping mapping, Taxonomy taxonomy, String namespace) throws InputException {
    MappingChecks checks = new MappingChecks(mapping, taxonomy, namespace);
    checks.concepts();
    checks.labels();
    checks.tables();
    return Map.copyOf(checks.declared);
  }

  private void concepts() throws InputException {
    String shared = namespace;
    for (ConceptSpec c : mapping.declarations().concepts()) {
      String at = mapping.at(c.line());
      String ns = c.name().getNamespaceURI();
      if (shared == null) {
        shared = ns;
      }
      if (!ns.equals(shared)) {
        throw new InputException(at, "concept " + show(c.name()) + " is not in the extension's namespace " + shared
            + (mapping.declarations().extension() == null ? " (the namespace of the first concept declared)"
                : " (prefix " + mapping.declarations().extension().prefix() + ")"));
      }
      if (taxonomy.concepts().containsKey(c.name()) || taxonomy.prefix(ns).isPresent()) {
        throw new InputException(at, "concept " + show(c.name()) + " is in the namespace of the taxonomy "
            + InputException.clip(mapping.taxonomy()) + "; declare new concepts in the extension's own namespace");
      }
      if (declared.containsKey(c.name())) {
        throw new InputException(at, "concept " + show(c.name()) + " is declared twice");
      }
      Concept concept = concept(c, at);
      if (c.balance() != null && !concept.isMonetary()) {
        throw new InputException(at, "concept " + show(c.name()) + " has a balance but is not monetary (type " + show(c.type()) + ")");
      }
      declared.put(c.name(), concept);
      for (LabelSpec l : c.labels()) {
        labelRole(l.role(), mapping.at(l.line()));
      }
    }
  }

  /** The concept a declaration defines, its type resolved as the taxonomy derives it. */
  private Concept concept(ConceptSpec c, String at) throws InputException {
    String id = idPrefix(c.name()) + "_" + c.name().getLocalPart();
    QName type = c.type();
    if (Namespaces.XBRLI.equals(type.getNamespaceURI())) {
      if (!XBRLI_TYPES.contains(type.getLocalPart())) {
        throw new InputException(at, "concept " + show(c.name()) + ": type " + show(type) + " is not an XBRL item type"
            + didYouMean(show(type), XBRLI_TYPES.stream().map(t -> prefixed(type, t)).toList()));
      }
      return new Concept(c.name(), id, type, type, List.of(), c.period(), c.balance(), c.isAbstract(), true);
    }
    for (Concept known : taxonomy.concepts().values()) {
      if (known.type().equals(type)) {
        return new Concept(c.name(), id, type, known.itemType(), known.typeChain(), c.period(), c.balance(), c.isAbstract(), true);
      }
    }
    List<QName> chain = taxonomy.itemTypes().get(type);
    if (chain != null) {
      return new Concept(c.name(), id, type, chain.get(chain.size() - 1), chain.subList(0, chain.size() - 1), c.period(),
          c.balance(), c.isAbstract(), true);
    }
    Set<String> types = new java.util.TreeSet<>();
    taxonomy.concepts().values().forEach(k -> types.add(show(k.type())));
    taxonomy.itemTypes().keySet().forEach(t -> types.add(show(t)));
    XBRLI_TYPES.forEach(t -> types.add("xbrli:" + t));
    throw new InputException(at, "concept " + show(c.name()) + ": type " + show(type)
        + " is no XBRL item type nor an item type the taxonomy declares" + didYouMean(show(type), types));
  }

  private static String prefixed(QName like, String local) {
    return (like.getPrefix().isEmpty() ? "xbrli" : like.getPrefix()) + ":" + local;
  }

  private String idPrefix(QName name) {
    if (mapping.declarations().extension() != null) {
      return mapping.declarations().extension().prefix();
    }
    return name.getPrefix().isEmpty() ? "ext" : name.getPrefix();
  }

  private void labels() throws InputException {
    Set<String> roleNames = new HashSet<>();
    for (Mapping.LabelRoleSpec r : mapping.declarations().labelRoles()) {
      if (LABEL_ROLES.containsKey(r.name()) || r.name().equals(ExtensionWriter.DOCUMENT_LABEL) || !roleNames.add(r.name())) {
        throw new InputException(mapping.at(r.line()), "label-role " + r.name() + " is already a label role");
      }
    }
    Set<String> seen = new HashSet<>();
    for (ConceptSpec c : mapping.declarations().concepts()) {
      for (LabelSpec l : c.labels()) {
        if (!seen.add(c.name() + " " + labelRole(l.role(), mapping.at(l.line())))) {
          throw new InputException(mapping.at(l.line()), "concept " + show(c.name()) + " has two labels of role " + l.role());
        }
      }
    }
    for (LabelSpec l : mapping.declarations().labels()) {
      String at = mapping.at(l.line());
      known(l.concept(), at, "label for concept");
      String uri = labelRole(l.role(), at);
      if (!seen.add(l.concept() + " " + uri)) {
        throw new InputException(at, "concept " + show(l.concept()) + " has two labels of role " + l.role());
      }
      String existing = taxonomyLabel(taxonomy, l.concept(), uri);
      if (existing != null && !existing.equals(l.text())) {
        throw new InputException(at, show(l.concept()) + " already has a label of role " + l.role() + " in the taxonomy, "
            + InputException.quote(existing) + ", and a concept has one label of each role: use another role"
            + " (a declared label-role, as preferred-label of its rows)");
      }
    }
  }

  /** The taxonomy's English label of {@code concept} in role {@code uri}, or null. */
  static String taxonomyLabel(Taxonomy taxonomy, QName concept, String uri) {
    return taxonomy.labels().labels().getOrDefault(concept, Map.of()).getOrDefault(uri, Map.of()).get("en");
  }

  /** The URI of a label role as a mapping names it. */
  String labelRole(String role, String at) throws InputException {
    return labelRoleUri(mapping, namespace, role, at);
  }

  static String labelRoleUri(Mapping mapping, String namespace, String role, String at) throws InputException {
    if (LABEL_ROLES.containsKey(role)) {
      return LABEL_ROLES.get(role);
    }
    for (Mapping.LabelRoleSpec r : mapping.declarations().labelRoles()) {
      if (r.name().equals(role)) {
        return roleUri(namespace, r.name());
      }
    }
    if (role.contains(":")) {
      return role;
    }
    List<String> names = new ArrayList<>(LABEL_ROLES.keySet());
    mapping.declarations().labelRoles().forEach(r -> names.add(r.name()));
    throw new InputException(at, "label role " + InputException.quote(role) + " is no standard label role nor a declared label-role"
        + didYouMean(role, names));
  }

  /** {@code {namespace}/role/{name}}. */
  static String roleUri(String namespace, String name) {
    String ns = namespace == null ? "" : namespace;
    return (ns.endsWith("/") ? ns : ns + "/") + "role/" + name;
  }

  private void tables() throws InputException {
    Map<String, List<SumSpec>> arcsByRole = new LinkedHashMap<>();
    Map<String, TableSpec> byId = new HashMap<>();
    for (TableSpec t : mapping.tables()) {
      byId.put(t.id(), t);
      TableSpec root = t;
      while (root.continues() != null && byId.containsKey(root.continues())) {
        root = byId.get(root.continues());
      }
      List<SumSpec> arcs = arcsByRole.computeIfAbsent(root.id(), k -> new ArrayList<>());
      nodes(t, t.tree(), arcs);
      for (SumSpec s : t.sums()) {
        String at = mapping.at(s.line());
        known(s.total(), at, "sum total");
        known(s.item(), at, "sum item");
        arcs.add(s);
      }
    }
    for (List<SumSpec> arcs : arcsByRole.values()) {
      for (SumSpec arc : arcs) {
        consistent(arc);
      }
      cycle(arcs);
    }
  }

  private void nodes(TableSpec t, List<Node> nodes, List<SumSpec> arcs) throws InputException {
    for (Node n : nodes) {
      if (n instanceof RowSpec r) {
        String at = mapping.at(r.line());
        if (r.concept() != null) {
          known(r.concept(), at, "table " + t.id() + ", row " + InputException.quote(r.label()) + ":");
        }
        if (r.preferredLabel() != null) {
          labelRole(r.preferredLabel(), at);
        }
        if (r.sum() != null) {
          if (r.concept() == null) {
            throw new InputException(at, "table " + t.id() + ", row " + InputException.quote(r.label()) + " has sum= but no concept");
          }
          known(r.sum(), at, "table " + t.id() + ", row " + InputException.quote(r.label()) + ": sum");
          arcs.add(new SumSpec(r.sum(), r.concept(), r.weight(), r.line()));
        }
      } else if (n instanceof LineSpec l) {
        String at = mapping.at(l.line());
        known(l.concept(), at, "table " + t.id() + ", line:");
        if (l.preferredLabel() != null) {
          labelRole(l.preferredLabel(), at);
        }
        nodes(t, l.children(), arcs);
      }
    }
  }

  /** XBRL 2.1 §5.2.5.2: a total and an item of the same balance add (weight &gt; 0), of opposite balances subtract. */
  private void consistent(SumSpec arc) throws InputException {
    Concept total = find(arc.total());
    Concept item = find(arc.item());
    String at = mapping.at(arc.line());
    if (total.balance() != null && item.balance() != null) {
      boolean same = total.balance() == item.balance();
      if (same != (arc.weight() > 0)) {
        throw new InputException(at, show(arc.item()) + " (" + lower(item.balance()) + ") adds into " + show(arc.total())
            + " (" + lower(total.balance()) + ") with weight " + arc.weight() + "; XBRL 2.1 (5.2.5.2) requires weight "
            + (same ? "above 0 for the same balance" : "below 0 for opposite balances") + ": use weight=\"" + (same ? 1 : -1) + "\"");
      }
    }
    if (total.periodType() != item.periodType()) {
      throw new InputException(at, show(arc.item()) + " (" + lower(item.periodType()) + ") cannot add into " + show(arc.total())
          + " (" + lower(total.periodType()) + "): a total and its items have one period type");
    }
    if (!total.isNumeric() || !item.isNumeric() || total.isAbstract() || item.isAbstract()) {
      throw new InputException(at, "a sum's total and item are numeric concepts that are not abstract: "
          + show(arc.total()) + ", " + show(arc.item()));
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  private void cycle(List<SumSpec> arcs) throws InputException {
    Map<QName, List<SumSpec>> items = new HashMap<>();
    for (SumSpec a : arcs) {
      items.computeIfAbsent(a.total(), k -> new ArrayList<>()).add(a);
    }
    Set<QName> done = new HashSet<>();
    for (SumSpec a : arcs) {
      List<SumSpec> path = new ArrayList<>();
      if (walk(a.total(), items, new HashSet<>(), done, path)) {
        SumSpec last = path.get(path.size() - 1);
        StringBuilder b = new StringBuilder();
        for (SumSpec p : path) {
          b.append(show(p.item())).append(" into ").append(show(p.total())).append(p == last ? "" : ", ");
        }
        throw new InputException(mapping.at(last.line()), "the sums go round in a cycle: " + b);
      }
    }
  }

  private static boolean walk(QName total, Map<QName, List<SumSpec>> items, Set<QName> onPath, Set<QName> done,
      List<SumSpec> path) {
    if (done.contains(total)) {
      return false;
    }
    onPath.add(total);
    for (SumSpec a : items.getOrDefault(total, List.of())) {
      path.add(a);
      if (onPath.contains(a.item()) || walk(a.item(), items, onPath, done, path)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    onPath.remove(total);
    done.add(total);
    return false;
  }

  private Concept find(QName name) {
    Concept c = declared.get(name);
    return c != null ? c : taxonomy.concepts().get(name);
  }

  /** A concept the taxonomy defines or the mapping declares; otherwise an error with the closest name. */
  private void known(QName name, String at, String what) throws InputException {
    if (find(name) != null) {
      return;
    }
    List<String> names = new ArrayList<>();
    declared.keySet().forEach(q -> names.add(show(q)));
    for (QName q : taxonomy.concepts().keySet()) {
      names.add(taxonomy.prefix(q.getNamespaceURI()).orElse(q.getPrefix()) + ":" + q.getLocalPart());
    }
    throw new InputException(at, what + " concept " + show(name) + " is not declared nor in the taxonomy "
        + InputException.clip(mapping.taxonomy()) + didYouMean(show(name), names));
  }

  static String show(QName name) {
    return InputException.clip(name.getPrefix().isEmpty() ? name.toString() : name.getPrefix() + ":" + name.getLocalPart());
  }

  /** "; did you mean X?" for the closest candidate by edit distance, when it is close enough; else "". */
  static String didYouMean(String wrong, java.util.Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates.stream().sorted().toList()) {
      int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(2, wrong.length() / 3)) {
      return "";
    }
    return "; did you mean " + best + "?";
  }

  /** Levenshtein distance (both strings clipped to 200 characters). */
  static int distance(String a, String b) {
    a = a.length() > 200 ? a.substring(0, 200) : a;
    b = b.length() > 200 ? b.substring(0, 200) : b;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  static final Comparator<QName> BY_NAME = Comparator.comparing(QName::getNamespaceURI).thenComparing(QName::getLocalPart);
}
