package org.finfile.validate;

import java.util.List;
import org.finfile.xml.Namespaces;
import org.xml.sax.Attributes;

/** Collects a context's parts as its subtree goes by, for {@link InstanceScan}. */
final class ContextParts {
  final String id;
  final int line;
  final int column;
  final StringBuilder text = new StringBuilder();
  String scheme;
  String identifier;
  String start;
  String end;
  String instant;
  boolean forever;
  StringBuilder segment = new StringBuilder();
  StringBuilder scenario = new StringBuilder();
  StringBuilder open;
  int openDepth;
  /** The dimension members of the segment and scenario, in document order. */
  final List<DimensionalMember> members = new java.util.ArrayList<>();
  /** The member being read: its dimension attribute and place; typed: its children so far. */
  private String memberDimension;
  private String memberWhere;
  private boolean memberTyped;
  private int memberChildren;
  private javax.xml.namespace.QName memberFirstChild;

  private final String name;
  private final List<Problem> problems;
  private final org.xml.sax.helpers.NamespaceSupport namespaces;

  ContextParts(String id, int line, int column, String name, List<Problem> problems) {
    this(id, line, column, name, problems, null);
  }

  /** {@code namespaces}: the instance's namespaces in scope, for the QNames of dimension members. */
  ContextParts(String id, int line, int column, String name, List<Problem> problems, org.xml.sax.helpers.NamespaceSupport namespaces) {
    this.namespaces = namespaces;
    this.id = id;
    this.line = line;
    this.column = column;
    this.name = name;
    this.problems = problems;
  }

  String where() {
    return line < 0 ? name : name + ":" + line + ":" + column;
  }

  /** True between a segment's or scenario's start and end tags. */
  boolean inContent() {
    return open != null;
  }

  /**
   * An element starts; in a segment or scenario, {@code attributes} are its attributes as
   * {@code {uri}local=value} by typed value (see {@link TypedValues}).
   */
  void start(String uri, String local, Attributes atts, List<String> attributes, int depth, int atLine, int atColumn) {
    if (open != null) {
      if (Namespaces.XBRLI.equals(uri)) {
        problems.add(Problem.error(name + ":" + atLine + ":" + atColumn, Rules.CONTEXT_CONTENT, "context " + id + ": xbrli:" + local
            + " may not appear in a segment or scenario"));
      }
      memberStart(uri, local, atts, depth, atLine, atColumn);
      open.append('<').append('{').append(uri).append('}').append(local);
      attributes.stream().sorted().forEach(a -> open.append(' ').append(a));
      open.append('>');
      text.setLength(0);
      return;
    }
    if (Namespaces.XBRLI.equals(uri)) {
      switch (local) {
        case "identifier" -> scheme = atts.getValue("", "scheme");
        case "forever" -> forever = true;
        case "segment" -> {
          open = segment;
          openDepth = depth;
        }
        case "scenario" -> {
          open = scenario;
          openDepth = depth;
        }
        default -> { }
      }
    }
    text.setLength(0);
  }

  /** An element ends; {@code value} is the typed value of a segment or scenario element's text. */
  void end(String uri, String local, int depth, String value) {
    if (open != null) {
      memberEnd(depth);
      if (depth == openDepth) {
        open = null;
      } else {
        open.append(value).append("</>");
      }
      text.setLength(0);
      return;
    }
    if (Namespaces.XBRLI.equals(uri)) {
      switch (local) {
        case "identifier" -> identifier = WHITESPACE.matcher(text.toString().strip()).replaceAll(" ");
        case "startDate" -> start = text.toString();
        case "endDate" -> end = text.toString();
        case "instant" -> instant = text.toString();
        default -> { }
      }
    }
    text.setLength(0);
  }

  /** A child of a segment or scenario in xbrldi starts a member; a typed member's children are counted. */
  private void memberStart(String uri, String local, Attributes atts, int depth, int atLine, int atColumn) {
    if (depth == openDepth + 1 && DimensionalTaxonomy.XBRLDI.equals(uri)
        && (local.equals("explicitMember") || local.equals("typedMember"))) {
      memberDimension = atts.getValue("", "dimension");
      memberDimension = memberDimension == null ? "" : memberDimension.strip();
      memberWhere = name + ":" + atLine + ":" + atColumn;
      memberTyped = local.equals("typedMember");
      memberChildren = 0;
      memberFirstChild = null;
    } else if (memberDimension != null && depth == openDepth + 2) {
      if (memberChildren++ == 0) {
        memberFirstChild = new javax.xml.namespace.QName(uri, local);
      }
    }
  }

  /** The end of a member: it is kept with its QNames resolved against the namespaces in scope. */
  private void memberEnd(int depth) {
    if (memberDimension == null || depth != openDepth + 1) {
      return;
    }
    javax.xml.namespace.QName value = memberTyped ? memberFirstChild : qname(text.toString().strip());
    members.add(new DimensionalMember(qname(memberDimension), memberTyped, value, memberTyped ? memberChildren : 0,
        open == scenario, memberWhere));
    memberDimension = null;
  }

  /** A QName in the namespaces in scope; null when it is not one (an undeclared prefix, not a name). */
  private javax.xml.namespace.QName qname(String lexical) {
    if (lexical.isEmpty() || namespaces == null) {
      return null;
    }
    int colon = lexical.indexOf(':');
    String prefix = colon < 0 ? "" : lexical.substring(0, colon);
    String uri = namespaces.getURI(prefix);
    if (uri == null && !prefix.isEmpty()) {
      return null;
    }
    return new javax.xml.namespace.QName(uri == null ? "" : uri, lexical.substring(colon + 1));
  }

  /** The identifier is an xs:token: runs of whitespace count as one space. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[ \\t\\r\\n]+");
}
