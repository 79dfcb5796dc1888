package org.finfile.inline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.validate.Rules;

/**
 * The tuples of a page put together (Inline XBRL 1.1 ix:tuple): a fact or tuple belongs to the
 * nearest ix:tuple it is nested in, or to the one whose tupleID its tupleRef names; each member
 * of a tuple has an order, and a tuple writes its members by order (document order among equal
 * orders, which only duplicates may share). A tuple is nil and empty, or not nil with members;
 * no tuple contains itself, and nothing outside a tuple has an order.
 */
final class Tuples {
  private Tuples() {}

  /**
   * The facts and tuples outside every tuple, in document order, each tuple holding its members.
   *
   * @param nodes every fact and tuple of the page, in document order
   * @param facts the fact each ix fact element became
   */
  static List<Page.Node> arrange(List<PageReader.Open> nodes, Map<PageReader.Open, Page.Node> facts) throws InputException {
    Map<String, PageReader.Open> byId = new HashMap<>();
    for (PageReader.Open n : nodes) {
      String id = facts.containsKey(n) ? null : n.attributes.get("tupleID");
      if (id != null && byId.putIfAbsent(id, n) != null) {
        throw new InlineException(n.where, Rules.IX_TUPLE_REF, "the tupleID " + id + " is already that of the ix:tuple at "
            + byId.get(id).where);
      }
    }
    Map<PageReader.Open, List<PageReader.Open>> members = new IdentityHashMap<>();
    for (PageReader.Open n : nodes) {
      if (n.tupleRef != null) {
        n.parent = byId.get(n.tupleRef);
        if (n.parent == null) {
          throw new InlineException(n.where, Rules.IX_TUPLE_REF, "tupleRef " + n.tupleRef + " names no ix:tuple's tupleID");
        }
      }
      if (n.parent == null && n.order != null) {
        throw new InlineException(n.where, Rules.IX_TUPLE_ORDER, "order " + n.order.strip() + " on a " + what(n, facts)
            + " outside every tuple");
      }
      if (n.parent != null) {
        if (n.order == null) {
          throw new InlineException(n.where, Rules.IX_TUPLE_ORDER, "a " + what(n, facts) + " in the ix:tuple at " + n.parent.where
              + " has no order");
        }
        members.computeIfAbsent(n.parent, k -> new ArrayList<>()).add(n);
      }
    }
    for (PageReader.Open n : nodes) {
      int steps = 0;
      for (PageReader.Open p = n.parent; p != null && steps <= nodes.size(); p = p.parent, steps++) {
        if (p == n) {
          throw new InlineException(n.where, Rules.IX_TUPLE_CYCLE, "the ix:tuple " + label(n) + " contains itself");
        }
      }
    }
    List<Page.Node> top = new ArrayList<>();
    for (PageReader.Open n : nodes) {
      if (n.parent == null) {
        top.add(node(n, members, facts));
      }
    }
    return top;
  }

  private static Page.Node node(PageReader.Open n, Map<PageReader.Open, List<PageReader.Open>> members,
      Map<PageReader.Open, Page.Node> facts) throws InputException {
    Page.Node fact = facts.get(n);
    if (fact != null) {
      return fact;
    }
    List<PageReader.Open> in = new ArrayList<>(members.getOrDefault(n, List.of()));
    if (n.nil && !in.isEmpty()) {
      throw new InlineException(in.get(0).where, Rules.IX_TUPLE_CONTENT, "the nil ix:tuple " + label(n) + " at " + n.where
          + " holds a " + what(in.get(0), facts));
    }
    if (!n.nil && in.isEmpty()) {
      throw new InlineException(n.where, Rules.IX_TUPLE_CONTENT, "the ix:tuple " + label(n)
          + " holds no fact or tuple (nested or by tupleRef) and is not nil");
    }
    Map<PageReader.Open, BigDecimal> orders = new IdentityHashMap<>();
    for (PageReader.Open m : in) {
      try {
        orders.put(m, new BigDecimal(m.order.strip()));
      } catch (NumberFormatException e) {
        throw new InlineException(m.where, Rules.IX_TUPLE_ORDER, "order " + InputException.quote(m.order) + " is not a decimal");
      }
    }
    in.sort(Comparator.comparing(orders::get));
    List<Page.Node> children = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      PageReader.Open m = in.get(i);
      Page.Node child = node(m, members, facts);
      if (i > 0 && orders.get(m).compareTo(orders.get(in.get(i - 1))) == 0 && !duplicates(children.get(i - 1), child)) {
        throw new InlineException(m.where, Rules.IX_TUPLE_ORDER, "order " + m.order.strip() + " in the ix:tuple " + label(n)
            + " is already that of the " + what(in.get(i - 1), facts) + " at " + in.get(i - 1).where
            + " (only duplicates share an order)");
      }
      children.add(child);
    }
    return new Page.Tuple(n.concept, n.attributes.get("id"), n.nil, children);
  }

  /** Two members that may share an order: facts of one concept with one value, or tuples of one concept holding such members. */
  private static boolean duplicates(Page.Node a, Page.Node b) {
    if (a instanceof Page.Fact x && b instanceof Page.Fact y) {
      return x.concept().equals(y.concept()) && java.util.Objects.equals(x.value(), y.value())
          && java.util.Objects.equals(x.fraction(), y.fraction())
          && java.util.Objects.equals(x.attributes().get("contextRef"), y.attributes().get("contextRef"))
          && java.util.Objects.equals(x.attributes().get("unitRef"), y.attributes().get("unitRef"));
    }
    if (a instanceof Page.Tuple x && b instanceof Page.Tuple y) {
      if (!x.concept().equals(y.concept()) || x.nil() != y.nil() || x.children().size() != y.children().size()) {
        return false;
      }
      for (int i = 0; i < x.children().size(); i++) {
        if (!duplicates(x.children().get(i), y.children().get(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static String what(PageReader.Open n, Map<PageReader.Open, Page.Node> facts) {
    return facts.containsKey(n) ? "fact " + n.concept.getLocalPart() : "ix:tuple " + n.concept.getLocalPart();
  }

  private static String label(PageReader.Open n) {
    String id = n.attributes.get("tupleID") != null ? n.attributes.get("tupleID") : n.attributes.get("id");
    return n.concept.getLocalPart() + (id == null ? "" : " (" + id + ")");
  }
}
