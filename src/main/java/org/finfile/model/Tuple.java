package org.finfile.model;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A tuple (XBRL 2.1 §4.9): an element that groups facts and other tuples, in document order.
 * It has no context or unit of its own. A nil tuple ({@code xsi:nil="true"}) has no children.
 * The facts of a tuple are also facts of the {@link Filing}; a tuple holds the very same objects.
 */
public record Tuple(String id, QName concept, List<Child> children, boolean nil) {

  /** What a tuple holds: a fact or another tuple. */
  public sealed interface Child permits ItemChild, TupleChild {}

  /** A fact in a tuple. */
  public record ItemChild(Fact fact) implements Child {
    public ItemChild {
      Objects.requireNonNull(fact, "fact");
    }
  }

  /** A tuple in a tuple. */
  public record TupleChild(Tuple tuple) implements Child {
    public TupleChild {
      Objects.requireNonNull(tuple, "tuple");
    }
  }

  public Tuple {
    if (id != null) {
      Ids.requireNcName(id, "tuple id");
    }
    Objects.requireNonNull(concept, "concept");
    children = List.copyOf(children);
    if (nil && !children.isEmpty()) {
      throw new IllegalArgumentException(concept + ": a nil tuple has no content");
    }
  }

  /** A tuple that is not nil. */
  public Tuple(String id, QName concept, List<Child> children) {
    this(id, concept, children, false);
  }

  /** Visits this tuple's facts and those of the tuples in it, in document order. */
  public void forEachFact(java.util.function.Consumer<Fact> visit) {
    for (Child c : children) {
      if (c instanceof ItemChild i) {
        visit.accept(i.fact());
      } else if (c instanceof TupleChild t) {
        t.tuple().forEachFact(visit);
      }
    }
  }

  /** Visits this tuple and the tuples in it, outermost first, in document order. */
  public void forEachTuple(java.util.function.Consumer<Tuple> visit) {
    visit.accept(this);
    for (Child c : children) {
      if (c instanceof TupleChild t) {
        t.tuple().forEachTuple(visit);
      }
    }
  }
}
