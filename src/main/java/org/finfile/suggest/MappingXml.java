package org.finfile.suggest;


import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;

/** Writes a suggested mapping as XML, with a {@code check:} comment on every guess. */
final class MappingXml {
  private final String document;
  private final List<Model.Table> tables;
  private final List<Layout> layouts;
  private final Collection<Model.NewConcept> concepts;
  private final List<String> notes;
  private final String identifier;
  private final Suggest.FiscalGuess fiscal;
  private final StringBuilder out = new StringBuilder();

  MappingXml(String document, List<Model.Table> tables, List<Layout> layouts, Collection<Model.NewConcept> concepts,
      List<String> notes, String identifier, Suggest.FiscalGuess fiscal) {
    this.document = document;
    this.tables = tables;
    this.layouts = layouts;
    this.concepts = concepts;
    this.notes = notes;
    this.identifier = identifier;
    this.fiscal = fiscal;
  }

  String write() throws org.finfile.InputException {
    String name = identifier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-") + "-"
        + (fiscal.latest() == null ? "draft" : fiscal.latest().toString());
    String namespace = "http://finfile.org/filing/" + name;
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    comment("", "A starter mapping for " + document + ", written by 'finfile mapping suggest'. Each 'check:' comment"
        + " marks a guess to confirm or correct; then convert the document with this mapping.");
    out.append("<mapping xmlns=\"http://finfile.org/mapping/1.0\"\n")
        .append("         xmlns:base=\"").append(Suggest.BASE_NS).append("\"\n")
        .append("         xmlns:ext=\"").append(attr(namespace)).append("\"\n")
        .append("         xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"\n")
        .append("         version=\"1\">\n");
    for (String note : notes) {
      comment("  ", "check: " + note);
    }
    out.append("  <taxonomy href=\"").append(Suggest.BASE_HREF).append("\"/>\n");
    out.append("  <extension name=\"").append(attr(name)).append("\" namespace=\"").append(attr(namespace))
        .append("\" prefix=\"ext\"/>\n");
    for (Model.NewConcept c : concepts) {
      out.append("  <concept name=\"ext:").append(c.name()).append("\" type=\"").append(c.type()).append("\" period=\"")
          .append(c.period()).append('"');
      if (c.balance() != null) {
        out.append(" balance=\"").append(c.balance()).append('"');
      }
      if (c.isAbstract()) {
        out.append(" abstract=\"true\"");
      }
      out.append(">\n");
      for (Model.Label l : c.labels()) {
        out.append("    <label");
        if (!l.role().equals("label")) {
          out.append(" role=\"").append(l.role()).append('"');
        }
        out.append('>').append(text(l.text())).append("</label>\n");
      }
      out.append("  </concept>\n");
    }
    comment("  ", "check: the entity's identifier and its scheme (an LEI is scheme http://standards.iso.org/iso/17442)");
    out.append("  <entity scheme=\"http://www.example.com/entity\" identifier=\"").append(attr(identifier)).append("\"/>\n");
    if (fiscal.end() != null) {
      comment("  ", "check: the fiscal year's end, and whether a fiscal year is named by the calendar year it starts"
          + " or ends in (a guess from the fiscal labels and dates of the headers)");
      out.append(String.format("  <fiscal-year end=\"--%02d-%02d\" named-by=\"%s\"/>%n", fiscal.end().getMonthValue(),
          fiscal.end().getDayOfMonth(), fiscal.namedByStart() ? "start" : "end"));
    }
    units();
    columns();
    for (Model.Table t : tables) {
      table(t);
    }
    out.append("</mapping>\n");
    return out.toString();
  }

  private void units() throws org.finfile.InputException {
    Taxonomy base = Suggest.base();
    Map<String, String> classes = new LinkedHashMap<>();
    for (Model.Table t : tables) {
      for (Model.Row r : t.rows()) {
        if (r.concept() != null && r.concept().startsWith("base:")) {
          Concept c = base.concept(new QName(Suggest.BASE_NS, r.concept().substring(5))).orElseThrow();
          QName type = c.type();
          String prefixed = Suggest.BASE_NS.equals(type.getNamespaceURI()) ? "base:" + type.getLocalPart()
              : "xbrli:" + (type.getNamespaceURI().equals("http://www.xbrl.org/2003/instance") ? type.getLocalPart()
                  : c.itemType().getLocalPart());
          classes.putIfAbsent(prefixed, TableBuilder.typeClass(c));
        }
      }
    }
    for (Model.NewConcept c : concepts) {
      if (!c.isAbstract()) {
        classes.putIfAbsent(c.type(), c.type());
      }
    }
    out.append("  <units>\n");
    for (Map.Entry<String, String> e : classes.entrySet()) {
      String rule = switch (e.getValue()) {
        case "xbrli:monetaryItemType" -> "currency=\"numerator\"";
        case "base:perShareItemType" -> "currency=\"numerator\" denominator=\"xbrli:shares\"";
        case "base:perAdsItemType" -> "currency=\"numerator\" denominator=\"base:ADS\"";
        case "xbrli:sharesItemType" -> "numerator=\"xbrli:shares\"";
        case "base:adsItemType" -> "numerator=\"base:ADS\"";
        default -> "numerator=\"xbrli:pure\"";
      };
      if (e.getValue().equals("xbrli:decimalItemType")) {
        comment("    ", "check: the unit of " + e.getKey() + " figures (pure is a guess)");
      }
      out.append("    <unit item-type=\"").append(e.getKey()).append("\" ").append(rule).append("/>\n");
    }
    out.append("  </units>\n");
  }

  private void columns() {
    Set<String> currencies = new LinkedHashSet<>();
    Set<String> derived = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Map<String, String> codes = new LinkedHashMap<>();
    for (Layout l : layouts) {
      for (Layout.Col c : l.columns) {
        if (c instanceof Layout.Amount a && a.currencyHeader() != null && currencies.add(a.currencyHeader())) {
          codes.put(a.currencyHeader(), a.currency());
        } else if (c instanceof Layout.Derived d) {
          derived.add(d.header());
        } else if (c instanceof Layout.Unknown u) {
          unknown.add(u.header());
        }
      }
    }
    out.append("  <columns>\n");
    for (String h : currencies) {
      out.append("    <currency header=\"").append(attr(h)).append("\" code=\"").append(codes.get(h)).append("\"/>\n");
    }
    for (String h : derived) {
      out.append("    <derived header=\"").append(attr(h)).append("\" reason=\"").append(attr(h + " (derived)"))
          .append("\"/>\n");
    }
    for (String h : unknown) {
      if (derived.contains(h)) {
        continue;
      }
      comment("    ", "check: the column " + h + " is not read: it names no currency, date or fiscal period");
      out.append("    <derived header=\"").append(attr(h)).append("\" reason=\"").append(attr(h + " (not read)"))
          .append("\"/>\n");
    }
    out.append("  </columns>\n");
  }

  private void table(Model.Table t) {
    out.append('\n');
    for (String check : t.checks()) {
      comment("  ", "check: " + check);
    }
    if (t.calculations() != null) {
      comment("  ", "calculations=\"" + t.calculations() + "\": only the sums found by adding up the figures (sum=, <sum>);"
          + " remove it to add the base taxonomy's template calculations");
    }
    out.append("  <table id=\"").append(attr(t.id())).append("\" title=\"").append(attr(t.title())).append('"');
    if (t.firstLabel() != null) {
      out.append(" first-label=\"").append(attr(t.firstLabel())).append('"');
    }
    if (t.continues() != null) {
      out.append(" continues=\"").append(attr(t.continues())).append('"');
    }
    out.append(" header-rows=\"").append(t.headerRows()).append('"');
    if (t.calculations() != null) {
      out.append(" calculations=\"").append(t.calculations()).append('"');
    }
    if (t.continues() == null) {
      out.append(" scale=\"").append(t.scale()).append('"');
    }
    if (t.currency() != null) {
      out.append(" currency=\"").append(t.currency()).append('"');
    }
    out.append(">\n");
    for (String h : t.headings()) {
      out.append("    <heading>").append(text(h)).append("</heading>\n");
    }
    for (Model.Group g : t.groups()) {
      out.append("    <column-group header=\"").append(attr(g.header())).append("\" concept=\"").append(g.concept())
          .append("\"/>\n");
    }
    nodes(t.nodes(), "    ");
    for (Model.Sum s : t.sums()) {
      out.append("    <sum total=\"").append(s.total()).append("\" item=\"").append(s.item()).append("\" weight=\"")
          .append(s.weight()).append("\"/>\n");
    }
    out.append("  </table>\n");
  }

  private void nodes(List<Model.Node> nodes, String indent) {
    for (Model.Node n : nodes) {
      if (n instanceof Model.Line l) {
        for (String check : l.checks) {
          comment(indent, "check: " + check);
        }
        out.append(indent).append("<line concept=\"").append(l.concept).append("\">\n");
        nodes(l.children, indent + "  ");
        out.append(indent).append("</line>\n");
      } else if (n instanceof Model.Row r) {
        for (String check : r.checks()) {
          comment(indent, "check: " + check);
        }
        out.append(indent).append("<row label=\"").append(attr(r.label())).append('"');
        if (r.section() != null) {
          out.append(" section=\"").append(attr(r.section())).append('"');
        }
        if (r.concept() != null) {
          out.append(" concept=\"").append(r.concept()).append('"');
        }
        if (r.sum() != null) {
          out.append(" sum=\"").append(r.sum()).append("\" weight=\"").append(r.weight()).append('"');
        }
        if (r.preferredLabel() != null) {
          out.append(" preferred-label=\"").append(r.preferredLabel()).append('"');
        }
        if (r.scale() != null) {
          out.append(" scale=\"").append(r.scale()).append('"');
        }
        if (r.atStart()) {
          out.append(" at=\"start\"");
        }
        if (r.skip() != null) {
          out.append(" skip=\"").append(attr(r.skip())).append('"');
        }
        out.append("/>\n");
      }
    }
  }

  private void comment(String indent, String text) {
    out.append(indent).append("<!-- ").append(comment(text)).append(" -->\n");
  }

  /** Text a comment may hold: no "--", no line breaks, and no "-" at its end. */
  static String comment(String text) {
    String t = text.replaceAll("[\\r\\n]+", " ");
    while (t.contains("--")) {
      t = t.replace("--", "- -");
    }
    return t.endsWith("-") ? t + " " : t;
  }

  /** Text for an attribute value in double quotes. */
  static String attr(String text) {
    return text(text).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
  }

  /** Text for element content. */
  static String text(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

}
