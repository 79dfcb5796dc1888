package org.finfile.suggest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The concepts a suggested mapping declares, by name. The same line in two tables (a quarter's
 * and a year's statement) is one concept; a name taken by a concept of another kind gets a
 * number.
 */
final class Concepts {
  private final Map<String, Model.NewConcept> declared = new LinkedHashMap<>();

  /**
   * The name to use for a concept like {@code concept} called {@code name}: {@code name} when
   * free or declared alike (and not in {@code taken}, the names the table already uses), else
   * {@code name2}, {@code name3}...
   */
  String declare(String name, Model.NewConcept concept, Set<String> taken) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : name + n;
      Model.NewConcept existing = declared.get(candidate);
      if (taken.contains(candidate) || taken.contains(candidate + "@start") && existing != null && !existing.sameKind(concept)) {
        continue;
      }
      if (existing == null) {
        declared.put(candidate, new Model.NewConcept(candidate, concept.type(), concept.period(), concept.balance(),
            concept.isAbstract(), concept.labels()));
        return candidate;
      }
      if (existing.sameKind(concept) && !taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  Collection<Model.NewConcept> all() {
    return declared.values();
  }
}
