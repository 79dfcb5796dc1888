package org.finfile.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Definitions;
import org.finfile.taxonomy.Taxonomy;

/**
 * XBRL 2.1 §5.2.6.2.4, requires-element: when a fact of the from concept is reported, at least
 * one fact of the to concept must be too. Keeps only where the first fact of each concept the
 * relationships name is.
 */
final class RequiredElements {
  private final List<Definitions.Relationship> requires;
  private final Set<QName> named = new HashSet<>();
  private final Map<QName, String> reported = new HashMap<>();

  RequiredElements(Taxonomy taxonomy) {
    this.requires = taxonomy == null ? List.of() : taxonomy.definitions().of(Definitions.REQUIRES_ELEMENT);
    for (Definitions.Relationship r : requires) {
      named.add(r.from());
      named.add(r.to());
    }
  }

  /** True when a relationship names the concept {@code {uri}local}: its facts are to be {@link #reported}. */
  boolean names(String uri, String local) {
    return !named.isEmpty() && named.contains(new QName(uri, local));
  }

  /** A fact (item or tuple) of {@code concept} at {@code where}. */
  void reported(QName concept, String where) {
    reported.putIfAbsent(concept, where);
  }

  /** The instance has ended: a problem for each relationship whose from is reported and to is not. */
  void finish(List<Problem> problems) {
    for (Definitions.Relationship r : requires) {
      String where = reported.get(r.from());
      if (where != null && !reported.containsKey(r.to())) {
        problems.add(Problem.error(where, Rules.REQUIRES_ELEMENT, r.from().getLocalPart() + " is reported and requires "
            + r.to().getLocalPart() + ", of which the instance has no fact"));
      }
    }
  }
}
