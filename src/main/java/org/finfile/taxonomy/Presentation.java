package org.finfile.taxonomy;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/** The presentation networks of a taxonomy: per extended link role, trees of concepts in order. */
public record Presentation(List<Network> networks) {
  public Presentation {
    networks = List.copyOf(networks);
  }

  public static final Presentation NONE = new Presentation(List.of());

  /** One extended link role's tree; {@code definition} is the role type's definition, or null. */
  public record Network(String role, String definition, List<Node> roots) {
    public Network {
      Objects.requireNonNull(role, "role");
      roots = List.copyOf(roots);
    }
  }

  /** A concept in a tree, with the label role its parent arc prefers (or null) and its children. */
  public record Node(QName concept, String preferredLabel, List<Node> children) {
    public Node {
      Objects.requireNonNull(concept, "concept");
      children = List.copyOf(children);
    }
  }
}
