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

  private final String name;
  private final List<Problem> problems;

  ContextParts(String id, int line, int column, String name, List<Problem> problems) {
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

  /** The identifier is an xs:token: runs of whitespace count as one space. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[ \\t\\r\\n]+");
}
