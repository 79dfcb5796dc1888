package org.finfile.xml;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.diff.NodeMatcher;

/**
 * Pairs sibling elements by name and {@code id} through a hash map, in linear time; the rest (no
 * id, or an id the other side lacks) go to XMLUnit's {@code DefaultNodeMatcher}, which searches
 * linearly for each node — quadratic over 300,000 contexts in another order.
 */
final class IdMatcher implements NodeMatcher {
  private final NodeMatcher rest = new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("id"));

  private record Key(String namespace, String local, String id) {}

  @Override
  public Iterable<Map.Entry<Node, Node>> match(Iterable<Node> controlNodes, Iterable<Node> testNodes) {
    Map<Key, Deque<Node>> tests = new HashMap<>();
    for (Node t : testNodes) {
      Key k = key(t);
      if (k != null) {
        tests.computeIfAbsent(k, x -> new ArrayDeque<>()).add(t);
      }
    }
    List<Map.Entry<Node, Node>> matches = new ArrayList<>();
    java.util.Set<Node> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Node> controlRest = new ArrayList<>();
    for (Node c : controlNodes) {
      Key k = key(c);
      Deque<Node> candidates = k == null ? null : tests.get(k);
      if (candidates != null && !candidates.isEmpty()) {
        Node t = candidates.poll();
        matched.add(t);
        matches.add(new AbstractMap.SimpleImmutableEntry<>(c, t));
      } else {
        controlRest.add(c);
      }
    }
    List<Node> testRest = new ArrayList<>();
    for (Node t : testNodes) {
      if (!matched.contains(t)) {
        testRest.add(t);
      }
    }
    rest.match(controlRest, testRest).forEach(matches::add);
    return matches;
  }

  private static Key key(Node n) {
    if (n instanceof Element e && e.hasAttribute("id")) {
      return new Key(e.getNamespaceURI(), e.getLocalName(), e.getAttribute("id"));
    }
    return null;
  }
}
