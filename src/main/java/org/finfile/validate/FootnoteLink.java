package org.finfile.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.finfile.InputException;
import org.finfile.xml.Namespaces;
import org.xml.sax.Attributes;

/**
 * One footnoteLink of an instance as its children go by (XBRL 2.1 §4.11): the labels of its
 * locators and resources, its arcs checked against them (as soon as both labels are known, or
 * when the link ends), its footnotes' languages, and its custom roles and arcroles against the
 * instance's roleRefs and arcroleRefs. Locator hrefs are checked by {@link InstanceScan}, which
 * knows every fact id.
 */
final class FootnoteLink {
  static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";
  static final String LINK_ROLE = "http://www.xbrl.org/2003/role/link";
  static final String FOOTNOTE_ROLE = "http://www.xbrl.org/2003/role/footnote";
  private static final int LOCATOR = 1;
  private static final int FOOTNOTE = 2;
  private static final int OTHER = 4;

  /** What the labels of this link stand for: a bit per kind of element that carries each. */
  private final Map<String, Integer> labels = new HashMap<>();
  /** Arcs that came before the labels they join (links usually put their arcs last). */
  private final List<Arc> later = new ArrayList<>();

  private final Set<String> roleRefs;
  private final Set<String> arcroleRefs;

  /** {@code roleRefs}, {@code arcroleRefs}: the custom roles and arcroles the instance declares. */
  FootnoteLink(Set<String> roleRefs, Set<String> arcroleRefs) {
    this.roleRefs = roleRefs;
    this.arcroleRefs = arcroleRefs;
  }

  /** The footnoteLink element starts, at {@code where}: a custom link role needs a roleRef. */
  void start(Attributes atts, String where, List<Problem> problems) {
    declared(atts.getValue(Namespaces.XLINK, "role"), LINK_ROLE, roleRefs, "role", "roleRef", "footnoteLink", where, problems);
  }

  /** XBRL 2.1 §3.5.2.4, §3.5.2.5: a custom role or arcrole used in an instance has a roleRef or arcroleRef there. */
  private static void declared(String value, String standard, Set<String> refs, String what, String ref,
      String on, String where, List<Problem> problems) {
    if (value != null && !value.strip().equals(standard) && !refs.contains(value.strip())) {
      problems.add(Problem.error(where, Rules.FOOTNOTE_ROLE, on + " has the custom " + what + " "
          + InputException.quote(value.strip()) + ", which no " + ref + " of the instance declares"));
    }
  }

  /** An arc of the link, where it is and what it joins. */
  private record Arc(String where, String from, String to, String arcrole) {}

  /** A child of the footnoteLink starts, at {@code where}, with the {@code xml:lang} in scope ("" for none). */
  void child(String uri, String local, Attributes atts, String lang, String where, List<Problem> problems) {
    String type = atts.getValue(Namespaces.XLINK, "type");
    String label = atts.getValue(Namespaces.XLINK, "label");
    if ("locator".equals(type)) {
      label(label, LOCATOR);
    } else if ("resource".equals(type)) {
      boolean footnote = Namespaces.LINK.equals(uri) && local.equals("footnote");
      label(label, footnote ? FOOTNOTE : OTHER);
      if (footnote) {
        declared(atts.getValue(Namespaces.XLINK, "role"), FOOTNOTE_ROLE, roleRefs, "role", "roleRef", "footnote", where, problems);
      }
      if (footnote && lang.isEmpty()) {
        problems.add(Problem.error(where, Rules.FOOTNOTE_LANG, "footnote " + InputException.quote(String.valueOf(label))
            + " has no xml:lang, on itself or an ancestor (a footnote must say its language)"));
      }
    } else if ("arc".equals(type)) {
      declared(atts.getValue(Namespaces.XLINK, "arcrole"), FACT_FOOTNOTE, arcroleRefs, "arcrole", "arcroleRef", "footnote arc",
          where, problems);
      Arc arc = new Arc(where, String.valueOf(atts.getValue(Namespaces.XLINK, "from")),
          String.valueOf(atts.getValue(Namespaces.XLINK, "to")), atts.getValue(Namespaces.XLINK, "arcrole"));
      if (labels.containsKey(arc.from()) && labels.containsKey(arc.to())) {
        check(arc, problems);
      } else {
        later.add(arc);
      }
    }
  }

  private void label(String label, int kind) {
    if (label != null) {
      labels.merge(label, kind, (a, b) -> a | b);
    }
  }

  /** The link ends: the arcs that came before their labels are checked now. */
  void finish(List<Problem> problems) {
    for (Arc arc : later) {
      check(arc, problems);
    }
  }

  /**
   * Every arc must join labels of this link, a fact-footnote arc a fact locator to a footnote.
   * An arc is checked once both its labels are known (a label given to more elements after the
   * arc is not looked at again).
   */
  private void check(Arc arc, List<Problem> problems) {
    int from = labels.getOrDefault(arc.from(), 0);
    int to = labels.getOrDefault(arc.to(), 0);
    if (from == 0 || to == 0) {
      String missing = from == 0 ? arc.from() : arc.to();
      problems.add(Problem.error(arc.where(), Rules.FOOTNOTE_ARC, "a footnote arc's " + (from == 0 ? "from" : "to")
          + " " + InputException.quote(missing) + " is the label of no locator or resource in its footnoteLink"));
    } else if (FACT_FOOTNOTE.equals(arc.arcrole()) && from != LOCATOR) {
      problems.add(Problem.error(arc.where(), Rules.FOOTNOTE_ARC, "a fact-footnote arc goes from "
          + InputException.quote(arc.from()) + ", which is not (only) a locator of a fact"));
    } else if (FACT_FOOTNOTE.equals(arc.arcrole()) && to != FOOTNOTE) {
      problems.add(Problem.error(arc.where(), Rules.FOOTNOTE_ARC, "a fact-footnote arc goes to "
          + InputException.quote(arc.to()) + ", which is not (only) a footnote"));
    }
  }
}
