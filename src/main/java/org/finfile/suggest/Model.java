package org.finfile.suggest;

import java.util.ArrayList;
import java.util.List;

/** What a suggested mapping holds, before it is written as XML. */
final class Model {
  private Model() {}

  /** A label of a new concept: its role's short name and text. */
  record Label(String role, String text) {}

  /** A concept the mapping declares in its extension ({@code name} without prefix). */
  record NewConcept(String name, String type, String period, String balance, boolean isAbstract, List<Label> labels) {
    NewConcept {
      labels = List.copyOf(labels);
    }

    /** True when {@code other} declares the same thing (labels aside). */
    boolean sameKind(NewConcept other) {
      return type.equals(other.type) && period.equals(other.period) && isAbstract == other.isAbstract
          && java.util.Objects.equals(balance, other.balance);
    }
  }

  /** A node of a table's statement tree. */
  sealed interface Node permits Row, Line {}

  /**
   * A body row. {@code concept} is a prefixed name ({@code base:Cash}, {@code ext:WidgetRevenue}),
   * null for a skipped row or a row of a table with column groups.
   */
  record Row(int line, String label, String section, String concept, String sum, int weight, Integer scale,
      boolean atStart, String preferredLabel, String skip, List<String> checks) implements Node {
    Row {
      checks = List.copyOf(checks);
    }
  }

  /** A presentation parent (a row with no values): the rows below it, up to its total. */
  static final class Line implements Node {
    final String label;
    final String concept;
    final int level;
    final List<Node> children = new ArrayList<>();
    final List<String> checks = new ArrayList<>();

    Line(String label, String concept, int level) {
      this.label = label;
      this.concept = concept;
      this.level = level;
    }
  }

  /** A header cell whose columns all report one concept. */
  record Group(String header, String concept) {}

  /** A calculation arc for a concept that is no row of the table. */
  record Sum(String total, String item, int weight) {}

  /** One table of the mapping. */
  record Table(String id, String title, List<String> headings, String firstLabel, String continues, int headerRows,
      int scale, String currency, List<Group> groups, List<Node> nodes, List<String> checks, int firstLine,
      List<Sum> sums, String calculations) {
    Table {
      headings = List.copyOf(headings);
      groups = List.copyOf(groups);
      nodes = List.copyOf(nodes);
      checks = List.copyOf(checks);
      sums = List.copyOf(sums);
    }

    Table withSums(List<Sum> more) {
      return new Table(id, title, headings, firstLabel, continues, headerRows, scale, currency, groups, nodes, checks,
          firstLine, more, calculations);
    }

    /** The rows in document order, lines flattened. */
    List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      collect(nodes, rows);
      rows.sort(java.util.Comparator.comparingInt(Row::line));
      return rows;
    }

    private static void collect(List<Node> nodes, List<Row> out) {
      for (Node n : nodes) {
        if (n instanceof Row r) {
          out.add(r);
        } else if (n instanceof Line l) {
          collect(l.children, out);
        }
      }
    }
  }
}
