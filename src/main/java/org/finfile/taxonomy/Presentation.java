package org.finfile.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * The presentation networks of a taxonomy: per extended link role, a graph of parent-child
 * relationships in order. A network is kept as a graph and walked as one ({@link Network#lines}),
 * never expanded into a tree: a lattice of 30 levels has 2^30 paths but 120 relationships.
 */
public record Presentation(List<Network> networks) {
  public Presentation {
    networks = List.copyOf(networks);
  }

  public static final Presentation NONE = new Presentation(List.of());

  /**
   * One extended link role's relationships; {@code definition} is the role type's definition, or
   * null. {@code roots} are the parents that are nobody's child, in document order;
   * {@code children} maps each parent to its children in arc order.
   */
  public record Network(String role, String definition, List<QName> roots, Map<QName, List<Child>> children) {
    public Network {
      Objects.requireNonNull(role, "role");
      roots = List.copyOf(roots);
      Map<QName, List<Child>> copy = new LinkedHashMap<>();
      children.forEach((parent, kids) -> copy.put(parent, List.copyOf(kids)));
      children = Collections.unmodifiableMap(copy);
    }

    /**
     * The network as the lines of a statement, in presentation order, each with its depth: a
     * depth-first walk from the roots (then from any parent the roots do not reach, as in a
     * cycle with no root). A concept's children are shown under its first occurrence only; a
     * later occurrence (a second parent in a lattice, the way back in a cycle) is a line of its
     * own without them. So there is one line per root and at most one per relationship: time and
     * memory grow with the number of relationships, and no recursion follows the depth.
     */
    public List<Line> lines() {
      List<Line> lines = new ArrayList<>();
      Set<QName> expanded = new HashSet<>();
      Deque<Iterator<Child>> stack = new ArrayDeque<>();
      List<QName> starts = new ArrayList<>(roots);
      starts.addAll(children.keySet());
      for (QName start : starts) {
        if (expanded.contains(start)) {
          continue;
        }
        visit(new Child(start, null), 0, lines, expanded, stack);
        while (!stack.isEmpty()) {
          Iterator<Child> next = stack.peek();
          if (next.hasNext()) {
            visit(next.next(), stack.size(), lines, expanded, stack);
          } else {
            stack.pop();
          }
        }
      }
      return lines;
    }

    private void visit(Child child, int depth, List<Line> lines, Set<QName> expanded, Deque<Iterator<Child>> stack) {
      lines.add(new Line(child.concept(), child.preferredLabel(), depth));
      List<Child> kids = children.get(child.concept());
      if (expanded.add(child.concept()) && kids != null && !kids.isEmpty()) {
        stack.push(kids.iterator());
      }
    }
  }

  /** The child end of a parent-child relationship, with the label role its arc prefers (or null). */
  public record Child(QName concept, String preferredLabel) {
    public Child {
      Objects.requireNonNull(concept, "concept");
    }
  }

  /** A line of a statement: a concept, the label role its arc prefers (null for a root), its depth (0 for a root). */
  public record Line(QName concept, String preferredLabel, int depth) {
    public Line {
      Objects.requireNonNull(concept, "concept");
    }
  }
}
