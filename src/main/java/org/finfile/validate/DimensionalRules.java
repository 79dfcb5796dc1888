package org.finfile.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Taxonomy;

/**
 * The taxonomy rules of XBRL Dimensions 1.0 (xbrldte): what each dimensional arc may join, the
 * attributes has-hypercube arcs need, typed dimensions and their typedDomainRef, one default per
 * dimension, targetRoles that resolve. An element of a schema the DTS could not read is not
 * judged.
 */
final class DimensionalRules {
  private static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/link";

  private DimensionalRules() {}

  /** The problems of {@code taxonomy}'s dimensional declarations and arcs. */
  static List<Problem> check(Taxonomy taxonomy) {
    DimensionalTaxonomy dts = DimensionalTaxonomy.of(taxonomy);
    List<Problem> problems = new ArrayList<>();
    for (DimensionalTaxonomy.Element e : dts.elements().values()) {
      if (e.typedDomainRef() == null) {
        continue;
      }
      DimensionalTaxonomy.Kind kind = dts.kind(e.name());
      if (kind != DimensionalTaxonomy.Kind.DIMENSION && kind != DimensionalTaxonomy.Kind.UNKNOWN) {
        problems.add(Problem.error(e.where(), Rules.DIM_TYPED_DOMAIN_REF, e.name().getLocalPart()
            + " has an xbrldt:typedDomainRef but is not a dimension (xbrldte:TypedDomainRefError)"));
      } else if (e.typedDomain() == null && !e.typedDomainRef().contains("#")) {
        problems.add(Problem.error(e.where(), Rules.DIM_TYPED_DOMAIN_REF, e.name().getLocalPart() + ": xbrldt:typedDomainRef "
            + e.typedDomainRef() + " has no #id, so names no element (xbrldte:TypedDomainRefError)"));
      } else if (e.typedDomain() == null && dts.readSchema(e.typedDomainRef())) {
        problems.add(Problem.error(e.where(), Rules.DIM_TYPED_DOMAIN_REF, e.name().getLocalPart() + ": xbrldt:typedDomainRef "
            + e.typedDomainRef() + " names no element declaration of the DTS (xbrldte:TypedDomainRefError)"));
      }
    }
    for (DimensionalTaxonomy.Arc a : dts.arcs()) {
      arc(dts, taxonomy, a, problems);
    }
    for (Map.Entry<QName, List<DimensionalTaxonomy.Arc>> d : dts.defaults().entrySet()) {
      long targets = d.getValue().stream().map(DimensionalTaxonomy.Arc::to).distinct().count();
      if (targets > 1) {
        DimensionalTaxonomy.Arc second = d.getValue().stream().filter(a -> !a.to().equals(d.getValue().get(0).to())).findFirst().get();
        problems.add(Problem.error(second.where(), Rules.DIM_DEFAULTS, "dimension " + d.getKey().getLocalPart()
            + " has two defaults, " + d.getValue().get(0).to().getLocalPart() + " and " + second.to().getLocalPart()
            + " (xbrldte:TooManyDefaultMembersError)"));
      }
    }
    return problems;
  }

  private static void arc(DimensionalTaxonomy dts, Taxonomy taxonomy, DimensionalTaxonomy.Arc a, List<Problem> problems) {
    String arcrole = a.arcrole().substring(a.arcrole().lastIndexOf('/') + 1);
    String anArc = (arcrole.startsWith("a") ? "an " : "a ") + arcrole + " arc";
    DimensionalTaxonomy.Kind from = dts.kind(a.from());
    DimensionalTaxonomy.Kind to = dts.kind(a.to());
    boolean hasHypercube = a.arcrole().equals(DimensionalTaxonomy.ALL) || a.arcrole().equals(DimensionalTaxonomy.NOT_ALL);
    String spec = hasHypercube ? "HasHypercube" : switch (arcrole) {
      case "hypercube-dimension" -> "HypercubeDimension";
      case "dimension-domain" -> "DimensionDomain";
      case "dimension-default" -> "DimensionDefault";
      default -> "DomainMember";
    };
    String sourceNeeds = switch (spec) {
      case "HasHypercube", "DomainMember" -> "a primary item or member (an item, not a hypercube or dimension)";
      case "HypercubeDimension" -> "a hypercube";
      default -> "a dimension";
    };
    String targetNeeds = switch (spec) {
      case "HasHypercube" -> "a hypercube";
      case "HypercubeDimension" -> "a dimension";
      default -> "a member (an item, not a hypercube or dimension)";
    };
    boolean sourceOk = switch (spec) {
      case "HasHypercube", "DomainMember" -> from == DimensionalTaxonomy.Kind.ITEM;
      case "HypercubeDimension" -> from == DimensionalTaxonomy.Kind.HYPERCUBE;
      default -> from == DimensionalTaxonomy.Kind.DIMENSION;
    };
    boolean targetOk = switch (spec) {
      case "HasHypercube" -> to == DimensionalTaxonomy.Kind.HYPERCUBE;
      case "HypercubeDimension" -> to == DimensionalTaxonomy.Kind.DIMENSION;
      default -> to == DimensionalTaxonomy.Kind.ITEM;
    };
    if (!sourceOk && from != DimensionalTaxonomy.Kind.UNKNOWN) {
      problems.add(Problem.error(a.where(), Rules.DIM_ARC, anArc + " goes from " + a.from().getLocalPart()
          + ", which is not " + sourceNeeds + " (xbrldte:" + spec + "SourceError)"));
    } else if (!targetOk && to != DimensionalTaxonomy.Kind.UNKNOWN) {
      problems.add(Problem.error(a.where(), Rules.DIM_ARC, anArc + " goes to " + a.to().getLocalPart()
          + ", which is not " + targetNeeds + " (xbrldte:" + spec + "TargetError)"));
    } else if ((spec.equals("DimensionDomain") || spec.equals("DimensionDefault")) && dts.isTyped(a.from())) {
      problems.add(Problem.error(a.where(), Rules.DIM_TYPED_DIMENSION, anArc + " goes from " + a.from().getLocalPart()
          + ", a typed dimension, which has no domain of members (xbrldte:TypedDimensionError)"));
    }
    if (hasHypercube && a.contextElement() == null) {
      problems.add(Problem.error(a.where(), Rules.DIM_CONTEXT_ELEMENT, "the " + arcrole + " arc from " + a.from().getLocalPart()
          + " to " + a.to().getLocalPart() + " has no xbrldt:contextElement (segment or scenario)"
          + " (xbrldte:HasHypercubeMissingContextElementAttributeError)"));
    }
    if (a.targetRole() != null && !a.targetRole().equals(STANDARD_ROLE) && !taxonomy.dts().roleTypes().containsKey(a.targetRole())) {
      problems.add(Problem.error(a.where(), Rules.DIM_TARGET_ROLE, "the xbrldt:targetRole " + a.targetRole() + " of " + anArc
          + " is no role the DTS declares (xbrldte:TargetRoleNotResolvedError)"));
    }
  }
}
