package org.finfile.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Whether a primary item may be reported with the dimension members of a context (XBRL
 * Dimensions 1.0 §3.1.4): the hypercubes of each base set of has-hypercube relationships
 * (inherited down the primary item's domain-member relationships) are alternatives; within one,
 * every 'all' hypercube must hold and no 'notAll' hypercube may. A hypercube holds when each of
 * its dimensions has, in its contextElement, a usable member of its domain (a missing explicit
 * dimension takes its default), and, if closed, that container has no other dimension.
 */
final class DimensionalValidity {
  /** A has-hypercube relationship with the dimensions of its hypercube. */
  private record Cube(DimensionalTaxonomy.Arc arc, boolean all, List<CubeDimension> dimensions) {}

  /** A dimension of a hypercube with the members usable for it (none for a typed dimension). */
  private record CubeDimension(QName dimension, boolean typed, Set<QName> usable) {}

  private final DimensionalTaxonomy dts;
  /** Primary item to its base sets: has-hypercube role to that role's hypercubes. */
  private final Map<QName, Map<String, List<Cube>>> primaries = new HashMap<>();

  DimensionalValidity(DimensionalTaxonomy dts) {
    this.dts = dts;
    Map<DimensionalTaxonomy.Arc, Cube> cubes = new HashMap<>();
    for (DimensionalTaxonomy.Arc a : dts.arcs()) {
      boolean all = a.arcrole().equals(DimensionalTaxonomy.ALL);
      if (!all && !a.arcrole().equals(DimensionalTaxonomy.NOT_ALL)) {
        continue;
      }
      Cube cube = cubes.computeIfAbsent(a, k -> new Cube(k, all, dimensions(k)));
      Set<QName> items = new HashSet<>();
      items.add(a.from());
      descendants(a.from(), a.role(), items, new HashSet<>(), null);
      for (QName item : items) {
        primaries.computeIfAbsent(item, k -> new LinkedHashMap<>()).computeIfAbsent(a.role(), k -> new ArrayList<>()).add(cube);
      }
    }
  }

  /** True when some fact of the item could be constrained: it has hypercubes. */
  boolean constrains(QName primary) {
    return primaries.containsKey(primary);
  }

  /**
   * Null when {@code primary} is dimensionally valid with {@code members} (each dimension to
   * its member); else why not, one phrase.
   */
  String invalid(QName primary, Map<QName, DimensionalMember> members) {
    Map<String, List<Cube>> sets = primaries.get(primary);
    if (sets == null) {
      return null;
    }
    String first = null;
    for (Map.Entry<String, List<Cube>> set : sets.entrySet()) {
      String why = null;
      for (Cube cube : set.getValue()) {
        String mismatch = mismatch(cube, members);
        if (cube.all() && mismatch != null) {
          why = mismatch;
          break;
        }
        if (!cube.all() && mismatch == null) {
          why = "its members are in the excluded (notAll) hypercube " + cube.arc().to().getLocalPart();
          break;
        }
      }
      if (why == null) {
        return null;
      }
      if (first == null) {
        first = why + (sets.size() > 1 ? " (in " + set.getKey() + ", and no other role's hypercubes hold)" : " (in " + set.getKey() + ")");
      }
    }
    return first;
  }

  /** Null when the members are in the hypercube; else why not. */
  private String mismatch(Cube cube, Map<QName, DimensionalMember> members) {
    boolean scenario = "scenario".equals(cube.arc().contextElement());
    String container = scenario ? "scenario" : "segment";
    String hypercube = cube.arc().to().getLocalPart();
    Set<QName> own = new HashSet<>();
    for (CubeDimension d : cube.dimensions()) {
      own.add(d.dimension());
      String dimension = d.dimension().getLocalPart();
      DimensionalMember m = members.get(d.dimension());
      if (m == null) {
        QName fallback = d.typed() ? null : dts.defaultOf(d.dimension());
        if (fallback == null) {
          return "hypercube " + hypercube + " needs a member of " + dimension + " in the " + container;
        }
        if (!d.usable().contains(fallback)) {
          return "the default " + fallback.getLocalPart() + " of " + dimension + " is not a usable member of it in hypercube " + hypercube;
        }
        continue;
      }
      if (m.scenario() != scenario) {
        return dimension + " is in the " + m.container() + ", but hypercube " + hypercube + " takes it from the " + container;
      }
      if (m.typed() != d.typed()) {
        return dimension + " is " + (d.typed() ? "a typed" : "an explicit") + " dimension";
      }
      if (!d.typed() && !d.usable().contains(m.value())) {
        return (m.value() == null ? "?" : m.value().getLocalPart()) + " is not a usable member of " + dimension
            + " in hypercube " + hypercube;
      }
    }
    if (cube.arc().closed()) {
      for (DimensionalMember m : members.values()) {
        if (m.scenario() == scenario && !own.contains(m.dimension())) {
          return "hypercube " + hypercube + " is closed and has no dimension " + m.dimension().getLocalPart();
        }
      }
    }
    return null;
  }

  /** The dimensions of the hypercube a has-hypercube arc leads to, each with its usable members. */
  private List<CubeDimension> dimensions(DimensionalTaxonomy.Arc hasHypercube) {
    List<CubeDimension> out = new ArrayList<>();
    for (DimensionalTaxonomy.Arc hd : dts.from(DimensionalTaxonomy.HYPERCUBE_DIMENSION, hasHypercube.nextRole(), hasHypercube.to())) {
      QName dimension = hd.to();
      if (dts.isTyped(dimension)) {
        out.add(new CubeDimension(dimension, true, Set.of()));
        continue;
      }
      Set<QName> members = new HashSet<>();
      Set<QName> unusable = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (DimensionalTaxonomy.Arc dd : dts.from(DimensionalTaxonomy.DIMENSION_DOMAIN, hd.nextRole(), dimension)) {
        members.add(dd.to());
        if (!dd.usable()) {
          unusable.add(dd.to());
        }
        descendants(dd.to(), dd.nextRole(), members, seen, unusable);
      }
      members.removeAll(unusable);
      out.add(new CubeDimension(dimension, false, Set.copyOf(members)));
    }
    return out;
  }

  /**
   * Adds what {@code from} reaches by domain-member relationships in {@code role} (following
   * targetRoles) to {@code into}; members an arc calls unusable to {@code unusable} (when given).
   */
  private void descendants(QName from, String role, Set<QName> into, Set<String> seen, Set<QName> unusable) {
    if (!seen.add(role + " " + from)) {
      return;
    }
    for (DimensionalTaxonomy.Arc dm : dts.from(DimensionalTaxonomy.DOMAIN_MEMBER, role, from)) {
      into.add(dm.to());
      if (unusable != null && !dm.usable()) {
        unusable.add(dm.to());
      }
      descendants(dm.to(), dm.nextRole(), into, seen, unusable);
    }
  }
}
