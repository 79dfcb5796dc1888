package org.finfile.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.mapping.ExtensionModel.PresentationArc;
import org.finfile.mapping.ExtensionModel.Statement;
import org.finfile.mapping.Mapping.ConceptSpec;
import org.finfile.mapping.Mapping.LabelSpec;
import org.finfile.mapping.Mapping.LineSpec;
import org.finfile.mapping.Mapping.Node;
import org.finfile.mapping.Mapping.RowSpec;
import org.finfile.mapping.Mapping.SumSpec;
import org.finfile.mapping.Mapping.TableSpec;
import org.finfile.taxonomy.CalculationTemplate;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Writes the extension taxonomy of a mapping: {@code NAME.xsd} (importing the mapping's
 * taxonomy; the declared concepts, a role type per statement and per label role, linkbase
 * references), {@code NAME-lab.xml} (the declared concepts' labels and the mapping's labels for
 * the taxonomy's concepts), {@code NAME-pre.xml} (each statement's rows in order, nested by
 * lines) and {@code NAME-cal.xml} (the sums declared, and with {@code calculations="template"}
 * the base template's arcs the rows bear out). Everything is written in a stable order.
 */
final class ExtensionWriter {
  private static final String XLINK = Namespaces.XLINK;
  private static final String STANDARD_LINK = "http://www.xbrl.org/2003/role/link";
  private static final String LINKBASE_SCHEMA = "http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";

  private final Mapping mapping;
  private final Taxonomy taxonomy;
  private final Map<QName, Concept> declared;
  private final String name;
  private final String namespace;
  private final String prefix;
  private final String entry;
  private final String folder;
  /** The label role of rows' labels as the document prints them, where the taxonomy words them otherwise. */
  static final String DOCUMENT_LABEL = "documentLabel";
  /** Those printed labels, by concept (the first row's). */
  private final Map<QName, String> printed = new LinkedHashMap<>();
  /** Concepts shown at="start" that have no period-start label: the printed row label, written in that role. */
  private final Map<QName, String> startLabels = new LinkedHashMap<>();
  private static final String PERIOD_START_LABEL = "http://www.xbrl.org/2003/role/periodStartLabel";
  /** The headings written for statements whose rows are not all inside lines, and their titles. */
  private final Map<QName, Concept> headings = new LinkedHashMap<>();
  private final Map<QName, String> headingTitles = new LinkedHashMap<>();
  /** Schema document URI by target namespace. */
  private final Map<String, String> schemaByNamespace = new HashMap<>();

  private ExtensionWriter(Mapping mapping, Taxonomy taxonomy, Map<QName, Concept> declared, String name, String namespace,
      String prefix) throws InputException {
    this.mapping = mapping;
    this.taxonomy = taxonomy;
    this.declared = declared;
    this.name = name;
    this.namespace = namespace;
    this.prefix = prefix;
    try {
      this.entry = new URL(mapping.url(), name + ".xsd").toString();
    } catch (MalformedURLException e) {
      throw new InputException(mapping.location(), "the extension name " + InputException.quote(name) + " makes no file name");
    }
    this.folder = entry.substring(0, entry.lastIndexOf('/') + 1);
    for (Taxonomy.Document doc : taxonomy.schemas()) {
      String ns = targetNamespace(doc);
      if (ns != null) {
        schemaByNamespace.putIfAbsent(ns, doc.uri());
      }
    }
  }

  /** The extension of {@code mapping} over {@code taxonomy}, with {@code declared} its concepts. */
  static ExtensionModel write(Mapping mapping, Taxonomy taxonomy, Map<QName, Concept> declared, String name,
      String namespace, String prefix) throws InputException {
    return new ExtensionWriter(mapping, taxonomy, declared, name, namespace, prefix).model();
  }

  private ExtensionModel model() throws InputException {
    List<Statement> statements = statements();
    Map<String, byte[]> files = new TreeMap<>();
    files.put(name + ".xsd", schema(statements));
    files.put(name + "-lab.xml", labels());
    files.put(name + "-pre.xml", presentation(statements));
    files.put(name + "-cal.xml", calculation(statements));
    return new ExtensionModel(name, namespace, prefix, entry, statements, new java.util.TreeMap<>(files));
  }

  // ---- statements

  private List<Statement> statements() throws InputException {
    Map<String, List<TableSpec>> groups = new LinkedHashMap<>();
    Map<String, String> rootOf = new HashMap<>();
    for (TableSpec t : mapping.tables()) {
      String root = t.continues() != null && rootOf.containsKey(t.continues()) ? rootOf.get(t.continues()) : t.id();
      rootOf.put(t.id(), root);
      groups.computeIfAbsent(root, k -> new ArrayList<>()).add(t);
    }
    List<Statement> statements = new ArrayList<>();
    Set<String> roles = new java.util.HashSet<>();
    for (List<TableSpec> group : groups.values()) {
      TableSpec root = group.get(0);
      List<PresentationArc> arcs = new ArrayList<>();
      Map<QName, Integer> orders = new HashMap<>();
      Set<String> seen = new java.util.HashSet<>();
      List<QName> rowsInOrder = new ArrayList<>();
      List<CalculationTemplate.Arc> declaredArcs = new ArrayList<>();
      for (TableSpec t : group) {
        for (Mapping.ColumnGroup g : t.groups()) {
          present(null, g.concept(), null, arcs, orders, seen, 0);
        }
        tree(null, t.tree(), arcs, orders, seen, rowsInOrder);
        for (RowSpec r : t.rows()) {
          if (r.sum() != null && r.concept() != null) {
            declaredArcs.add(new CalculationTemplate.Arc(r.sum(), r.concept(), r.weight()));
          }
        }
        for (SumSpec s : t.sums()) {
          declaredArcs.add(new CalculationTemplate.Arc(s.total(), s.item(), s.weight()));
        }
      }
      if (arcs.isEmpty()) {
        continue;
      }
      boolean allLines = group.stream().allMatch(t -> t.groups().isEmpty() && t.tree().stream().allMatch(n -> n instanceof LineSpec));
      if (!allLines) {
        arcs = underHeading(root, arcs);
      }
      String role = MappingChecks.roleUri(namespace, root.roleName());
      if (!roles.add(role)) {
        throw new InputException(mapping.at(root.line()), "table " + root.id() + ": role " + root.roleName()
            + " is another table's; give it role=\"...\"");
      }
      Map<String, CalculationTemplate.Arc> calc = new LinkedHashMap<>();
      declaredArcs.forEach(a -> calc.putIfAbsent(a.total() + " " + a.item(), a));
      if (root.calculations() == Mapping.Calculations.TEMPLATE) {
        for (CalculationTemplate.Arc a : CalculationTemplate.base().project(List.copyOf(new LinkedHashSet<>(rowsInOrder)), declaredArcs)) {
          calc.putIfAbsent(a.total() + " " + a.item(), a);
        }
      }
      List<CalculationTemplate.Arc> calculation = root.calculations() == Mapping.Calculations.NONE ? List.of()
          : List.copyOf(calc.values());
      statements.add(new Statement(role, root.title(), arcs, calculation));
    }
    return statements;
  }

  /**
   * The statement's tree under a heading of its own, {@code {RoleName}Abstract} labelled with the
   * title: a presentation tree is made of relationships, so a row outside any line needs a parent.
   */
  private List<PresentationArc> underHeading(TableSpec root, List<PresentationArc> arcs) throws InputException {
    QName heading = new QName(namespace, root.roleName() + "Abstract", prefix);
    if (!declared.containsKey(heading)) {
      if (headings.containsKey(heading) || taxonomy.concepts().containsKey(heading)) {
        throw new InputException(mapping.at(root.line()), "table " + root.id() + ": role " + root.roleName() + " is another table's");
      }
      headings.put(heading, new Concept(heading, prefix + "_" + heading.getLocalPart(),
          new QName(Namespaces.XBRLI, "stringItemType"), new QName(Namespaces.XBRLI, "stringItemType"), List.of(),
          Concept.PeriodType.DURATION, null, true, true));
      headingTitles.put(heading, root.title());
    }
    List<PresentationArc> under = new ArrayList<>();
    under.add(new PresentationArc(null, heading, 1, null));
    for (PresentationArc a : arcs) {
      under.add(a.parent() == null ? new PresentationArc(heading, a.child(), a.order(), a.preferredLabel()) : a);
    }
    return under;
  }

  private void tree(QName parent, List<Node> nodes, List<PresentationArc> arcs, Map<QName, Integer> orders, Set<String> seen,
      List<QName> rowsInOrder) throws InputException {
    for (Node n : nodes) {
      if (n instanceof RowSpec r) {
        if (r.concept() == null || r.skip() != null) {
          continue;
        }
        rowsInOrder.add(r.concept());
        String preferred = r.preferredLabel() != null ? preferred(r.concept(), r.preferredLabel(), r.line())
            : r.atStart() ? startLabel(r) : printedLabel(r);
        present(parent, r.concept(), preferred, arcs, orders, seen, r.line());
      } else if (n instanceof LineSpec l) {
        present(parent, l.concept(), preferred(l.concept(), l.preferredLabel(), l.line()), arcs, orders, seen, l.line());
        tree(l.concept(), l.children(), arcs, orders, seen, rowsInOrder);
      }
    }
  }

  private void present(QName parent, QName child, String preferredLabel, List<PresentationArc> arcs, Map<QName, Integer> orders,
      Set<String> seen, int line) throws InputException {
    if (child.equals(parent)) {
      throw new InputException(mapping.at(line), MappingChecks.show(child) + " is presented under itself");
    }
    if (!seen.add(parent + " " + child + " " + preferredLabel)) {
      return;
    }
    int order = orders.merge(parent, 1, Integer::sum);
    arcs.add(new PresentationArc(parent, child, order, preferredLabel));
  }

  /**
   * For a row with no preferred-label whose concept the mapping gives no label: when the
   * taxonomy's label is not what the document prints, the printed label (role documentLabel) so
   * the statement shows the document's own lines; otherwise null.
   */
  private String printedLabel(RowSpec r) throws InputException {
    String text = org.finfile.tables.Cells.label(r.label());
    if (text.isEmpty() || declared.containsKey(r.concept()) || !labelsOf(r.concept()).isEmpty()) {
      return null;
    }
    String own = taxonomy.labels().labels().getOrDefault(r.concept(), Map.of())
        .getOrDefault(org.finfile.taxonomy.Labels.STANDARD, Map.of()).get("en");
    if (own != null && own.equalsIgnoreCase(text)) {
      return null;
    }
    String first = printed.putIfAbsent(r.concept(), text);
    if (first != null && !first.equals(text)) {
      return null;
    }
    return MappingChecks.roleUri(namespace, DOCUMENT_LABEL);
  }

  /**
   * A row read at="start" (a beginning balance) is shown with the period-start label, so that a
   * renderer takes the fact at the start of a duration column: the concept's own period-start label
   * when it has one, else the printed row label in that role.
   */
  private String startLabel(RowSpec r) throws InputException {
    boolean has = labelsOf(r.concept()).containsKey(PERIOD_START_LABEL) || !taxonomy.labels().labels()
        .getOrDefault(r.concept(), Map.of()).getOrDefault(PERIOD_START_LABEL, Map.of()).isEmpty();
    if (!has) {
      String text = org.finfile.tables.Cells.label(r.label());
      startLabels.putIfAbsent(r.concept(), text.isEmpty() ? r.concept().getLocalPart() : text);
    }
    return PERIOD_START_LABEL;
  }

  /** The role URI of a preferred label, which the concept must have a label of. */
  private String preferred(QName concept, String role, int line) throws InputException {
    if (role == null) {
      return null;
    }
    String uri = MappingChecks.labelRoleUri(mapping, namespace, role, mapping.at(line));
    boolean has = labelsOf(concept).containsKey(uri)
        || !taxonomy.labels().labels().getOrDefault(concept, Map.of()).getOrDefault(uri, Map.of()).isEmpty();
    if (!has) {
      throw new InputException(mapping.at(line), MappingChecks.show(concept) + " has no label of role " + role
          + " for preferred-label; give it one (<label concept=\"" + MappingChecks.show(concept) + "\" role=\"" + role + "\">...)");
    }
    return uri;
  }

  // ---- labels

  /** The labels the extension gives a concept, by role URI, in the mapping's order. */
  private Map<String, String> labelsOf(QName concept) throws InputException {
    Map<String, String> labels = new LinkedHashMap<>();
    for (LabelSpec l : allLabels()) {
      if (l.concept().equals(concept)) {
        labels.putIfAbsent(MappingChecks.labelRoleUri(mapping, namespace, l.role(), mapping.at(l.line())), l.text());
      }
    }
    return labels;
  }

  /** Declared concepts' labels (a row's label when a concept has no standard label), then the mapping's other labels. */
  private List<LabelSpec> allLabels() {
    List<LabelSpec> labels = new ArrayList<>();
    for (ConceptSpec c : mapping.declarations().concepts()) {
      labels.addAll(c.labels());
      boolean standard = c.labels().stream().anyMatch(l -> l.role().equals("label") || l.role().equals(org.finfile.taxonomy.Labels.STANDARD));
      if (!standard) {
        String row = rowLabel(c.name());
        labels.add(new LabelSpec(c.name(), "label", row != null ? row : c.name().getLocalPart(), c.line()));
      }
    }
    for (LabelSpec l : mapping.declarations().labels()) {
      // the same label the taxonomy already gives is not written twice (a different one is refused by MappingChecks)
      try {
        if (MappingChecks.taxonomyLabel(taxonomy, l.concept(),
            MappingChecks.labelRoleUri(mapping, namespace, l.role(), mapping.at(l.line()))) == null) {
          labels.add(l);
        }
      } catch (InputException e) {
        throw new IllegalStateException("a label role MappingChecks accepted: " + e.getMessage(), e);
      }
    }
    headingTitles.forEach((concept, title) -> labels.add(new LabelSpec(concept, "label", title, 0)));
    printed.forEach((concept, text) -> labels.add(new LabelSpec(concept, MappingChecks.roleUri(namespace, DOCUMENT_LABEL), text, 0)));
    startLabels.forEach((concept, text) -> labels.add(new LabelSpec(concept, PERIOD_START_LABEL, text, 0)));
    return labels;
  }

  private String rowLabel(QName concept) {
    for (TableSpec t : mapping.tables()) {
      for (RowSpec r : t.rows()) {
        if (concept.equals(r.concept())) {
          return org.finfile.tables.Cells.label(r.label());
        }
      }
    }
    return null;
  }

  private byte[] labels() throws InputException {
    XmlTree root = linkbase();
    for (Mapping.LabelRoleSpec r : mapping.declarations().labelRoles()) {
      root.add("link:roleRef").attr("roleURI", MappingChecks.roleUri(namespace, r.name())).attr("xlink:type", "simple")
          .attr("xlink:href", name + ".xsd#" + labelRoleId(r.name()));
    }
    if (!printed.isEmpty()) {
      String uri = MappingChecks.roleUri(namespace, DOCUMENT_LABEL);
      root.add("link:roleRef").attr("roleURI", uri).attr("xlink:type", "simple").attr("xlink:href", name + ".xsd#" + labelRoleId(DOCUMENT_LABEL));
    }
    Set<String> negated = new java.util.TreeSet<>();
    for (LabelSpec l : allLabels()) {
      String uri = MappingChecks.labelRoleUri(mapping, namespace, l.role(), mapping.at(l.line()));
      if (uri.startsWith(MappingChecks.NEGATED + "negated")) {
        negated.add(uri);
      }
    }
    for (String uri : negated) {
      root.add("link:roleRef").attr("roleURI", uri).attr("xlink:type", "simple")
          .attr("xlink:href", MappingChecks.NEGATED_SCHEMA + "#" + uri.substring(uri.lastIndexOf('/') + 1));
    }
    XmlTree link = root.add("link:labelLink").attr("xlink:type", "extended").attr("xlink:role", STANDARD_LINK);
    Map<QName, Map<String, String>> byConcept = new LinkedHashMap<>();
    for (LabelSpec l : allLabels()) {
      byConcept.computeIfAbsent(l.concept(), k -> new LinkedHashMap<>())
          .putIfAbsent(MappingChecks.labelRoleUri(mapping, namespace, l.role(), mapping.at(l.line())), l.text());
    }
    for (Map.Entry<QName, Map<String, String>> e : byConcept.entrySet()) {
      String id = idOf(e.getKey());
      link.add("link:loc").attr("xlink:type", "locator").attr("xlink:href", href(e.getKey())).attr("xlink:label", "loc_" + id);
      for (Map.Entry<String, String> l : e.getValue().entrySet()) {
        link.add("link:label").attr("xlink:type", "resource").attr("xlink:label", "lab_" + id)
            .attr("xlink:role", l.getKey()).attr("xml:lang", "en").text(l.getValue());
      }
      link.add("link:labelArc").attr("xlink:type", "arc").attr("xlink:arcrole", "http://www.xbrl.org/2003/arcrole/concept-label")
          .attr("xlink:from", "loc_" + id).attr("xlink:to", "lab_" + id);
    }
    return root.document("Labels of " + name + ", written by finfile from " + fileName() + ".");
  }

  // ---- presentation and calculation

  private byte[] presentation(List<Statement> statements) throws InputException {
    XmlTree root = linkbase();
    roleRefs(root, statements);
    for (Statement s : statements) {
      XmlTree link = root.add("link:presentationLink").attr("xlink:type", "extended").attr("xlink:role", s.role());
      Set<QName> located = new LinkedHashSet<>();
      // XLink allows one arc per from-to pair in an extended link: a concept shown twice under one
      // parent (cash at the start and at the end of the period) gets a second locator of its own
      Map<String, Integer> pairs = new HashMap<>();
      for (PresentationArc a : s.presentation()) {
        if (a.parent() != null) {
          locate(link, a.parent(), located);
        }
        locate(link, a.child(), located);
        if (a.parent() != null) {
          String to = "loc_" + idOf(a.child());
          int seen = pairs.merge(idOf(a.parent()) + " " + to, 1, Integer::sum);
          if (seen > 1) {
            to = to + "_" + seen;
            link.add("link:loc").attr("xlink:type", "locator").attr("xlink:href", href(a.child())).attr("xlink:label", to);
          }
          link.add("link:presentationArc").attr("xlink:type", "arc")
              .attr("xlink:arcrole", "http://www.xbrl.org/2003/arcrole/parent-child")
              .attr("xlink:from", "loc_" + idOf(a.parent())).attr("xlink:to", to)
              .attr("order", a.order() + ".0").attr("preferredLabel", a.preferredLabel());
        }
      }
    }
    return root.document("Statements of " + name + ", written by finfile from " + fileName() + ".");
  }

  private byte[] calculation(List<Statement> statements) throws InputException {
    XmlTree root = linkbase();
    List<Statement> withArcs = statements.stream().filter(s -> !s.calculation().isEmpty()).toList();
    roleRefs(root, withArcs);
    for (Statement s : withArcs) {
      XmlTree link = root.add("link:calculationLink").attr("xlink:type", "extended").attr("xlink:role", s.role());
      Set<QName> located = new LinkedHashSet<>();
      Map<QName, Integer> orders = new HashMap<>();
      for (CalculationTemplate.Arc a : s.calculation()) {
        locate(link, a.total(), located);
        locate(link, a.item(), located);
        int order = orders.merge(a.total(), 1, Integer::sum);
        link.add("link:calculationArc").attr("xlink:type", "arc")
            .attr("xlink:arcrole", "http://www.xbrl.org/2003/arcrole/summation-item")
            .attr("xlink:from", "loc_" + idOf(a.total())).attr("xlink:to", "loc_" + idOf(a.item()))
            .attr("order", order + ".0").attr("weight", a.weight() + ".0");
      }
    }
    return root.document("Calculations of " + name + ", written by finfile from " + fileName() + ".");
  }

  private void roleRefs(XmlTree root, List<Statement> statements) {
    for (Statement s : statements) {
      root.add("link:roleRef").attr("roleURI", s.role()).attr("xlink:type", "simple")
          .attr("xlink:href", name + ".xsd#" + roleId(s.role()));
    }
  }

  private void locate(XmlTree link, QName concept, Set<QName> located) throws InputException {
    if (located.add(concept)) {
      link.add("link:loc").attr("xlink:type", "locator").attr("xlink:href", href(concept)).attr("xlink:label", "loc_" + idOf(concept));
    }
  }

  private static XmlTree linkbase() {
    return new XmlTree("link:linkbase").attr("xmlns:link", Namespaces.LINK).attr("xmlns:xlink", XLINK)
        .attr("xmlns:xsi", Namespaces.XSI).attr("xsi:schemaLocation", LINKBASE_SCHEMA);
  }

  // ---- schema

  private byte[] schema(List<Statement> statements) throws InputException {
    Taxonomy.Document base = taxonomy.schemas().get(0);
    String baseNamespace = targetNamespace(base);
    XmlTree root = new XmlTree("xs:schema").attr("xmlns:xs", Namespaces.XS).attr("xmlns:xbrli", Namespaces.XBRLI)
        .attr("xmlns:link", Namespaces.LINK).attr("xmlns:xlink", XLINK).attr("xmlns:" + prefix, namespace);
    Map<String, String> typePrefixes = new TreeMap<>();
    for (ConceptSpec c : mapping.declarations().concepts()) {
      String ns = c.type().getNamespaceURI();
      if (!ns.equals(Namespaces.XBRLI) && !ns.equals(namespace)) {
        typePrefixes.putIfAbsent(ns, c.type().getPrefix().isEmpty() || c.type().getPrefix().equals(prefix)
            ? "t" + (typePrefixes.size() + 1) : c.type().getPrefix());
      }
    }
    typePrefixes.forEach((ns, p) -> root.attr("xmlns:" + p, ns));
    root.attr("targetNamespace", namespace).attr("elementFormDefault", "qualified").attr("attributeFormDefault", "unqualified");
    XmlTree appinfo = root.add("xs:annotation").add("xs:appinfo");
    for (String[] lb : new String[][] {{"-lab.xml", "label"}, {"-pre.xml", "presentation"}, {"-cal.xml", "calculation"}}) {
      appinfo.add("link:linkbaseRef").attr("xlink:type", "simple").attr("xlink:href", name + lb[0])
          .attr("xlink:role", "http://www.xbrl.org/2003/role/" + lb[1] + "LinkbaseRef")
          .attr("xlink:arcrole", "http://www.w3.org/1999/xlink/properties/linkbase");
    }
    for (Statement s : statements) {
      XmlTree role = appinfo.add("link:roleType").attr("roleURI", s.role()).attr("id", roleId(s.role()));
      role.add("link:definition").text(s.title());
      role.add("link:usedOn").text("link:presentationLink");
      role.add("link:usedOn").text("link:calculationLink");
    }
    for (Mapping.LabelRoleSpec r : mapping.declarations().labelRoles()) {
      XmlTree role = appinfo.add("link:roleType").attr("roleURI", MappingChecks.roleUri(namespace, r.name())).attr("id", labelRoleId(r.name()));
      role.add("link:definition").text(r.definition());
      role.add("link:usedOn").text("link:label");
    }
    if (!printed.isEmpty()) {
      XmlTree role = appinfo.add("link:roleType").attr("roleURI", MappingChecks.roleUri(namespace, DOCUMENT_LABEL))
          .attr("id", labelRoleId(DOCUMENT_LABEL));
      role.add("link:definition").text("Label as the document prints the line");
      role.add("link:usedOn").text("link:label");
    }
    root.add("xs:import").attr("namespace", Namespaces.XBRLI)
        .attr("schemaLocation", "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd");
    if (baseNamespace != null && !baseNamespace.equals(Namespaces.XBRLI)) {
      root.add("xs:import").attr("namespace", baseNamespace).attr("schemaLocation", mapping.taxonomy());
    }
    for (ConceptSpec c : mapping.declarations().concepts()) {
      Concept concept = declared.get(c.name());
      String type = c.type().getNamespaceURI().equals(Namespaces.XBRLI) ? "xbrli:" + c.type().getLocalPart()
          : (c.type().getNamespaceURI().equals(namespace) ? prefix : typePrefixes.get(c.type().getNamespaceURI()))
              + ":" + c.type().getLocalPart();
      root.add("xs:element").attr("name", c.name().getLocalPart()).attr("id", concept.id()).attr("type", type)
          .attr("substitutionGroup", "xbrli:item")
          .attr("xbrli:periodType", c.period().name().toLowerCase(java.util.Locale.ROOT))
          .attr("xbrli:balance", c.balance() == null ? null : c.balance().name().toLowerCase(java.util.Locale.ROOT))
          .attr("abstract", c.isAbstract() ? "true" : null).attr("nillable", "true");
    }
    for (Concept h : headings.values()) {
      root.add("xs:element").attr("name", h.name().getLocalPart()).attr("id", h.id()).attr("type", "xbrli:stringItemType")
          .attr("substitutionGroup", "xbrli:item").attr("xbrli:periodType", "duration").attr("abstract", "true")
          .attr("nillable", "true");
    }
    return root.document("The extension taxonomy " + name + ", written by finfile from " + fileName() + ".");
  }

  static String roleId(String roleUri) {
    return "role_" + roleUri.substring(roleUri.lastIndexOf('/') + 1);
  }

  private static String labelRoleId(String name) {
    return "labelrole_" + name;
  }

  // ---- references

  private String idOf(QName concept) throws InputException {
    Concept c = declared.containsKey(concept) ? declared.get(concept)
        : headings.containsKey(concept) ? headings.get(concept) : taxonomy.concepts().get(concept);
    if (c == null || c.id() == null) {
      throw new InputException(mapping.location(), "concept " + MappingChecks.show(concept)
          + " has no id in its schema, so no linkbase can point at it");
    }
    return c.id();
  }

  private String href(QName concept) throws InputException {
    String id = idOf(concept);
    if (declared.containsKey(concept) || headings.containsKey(concept)) {
      return name + ".xsd#" + id;
    }
    String schema = schemaByNamespace.get(concept.getNamespaceURI());
    if (schema == null) {
      throw new InputException(mapping.location(), "no schema of the taxonomy declares the namespace of " + MappingChecks.show(concept));
    }
    return (schema.startsWith(folder) ? schema.substring(folder.length()) : schema) + "#" + id;
  }

  private String fileName() {
    String l = mapping.location();
    return l.substring(Math.max(l.lastIndexOf('/'), l.lastIndexOf(java.io.File.separatorChar)) + 1);
  }

  private static String targetNamespace(Taxonomy.Document doc) throws InputException {
    try (InputStream in = doc.local().openStream()) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, doc.uri());
      try {
        return xml.nextTag() == XMLStreamConstants.START_ELEMENT ? xml.getAttributeValue(null, "targetNamespace") : null;
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(doc.uri(), "cannot read the schema: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw XmlSecurity.unreadable(doc.uri(), e);
    }
  }
}
