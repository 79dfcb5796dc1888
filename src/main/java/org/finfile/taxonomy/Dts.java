package org.finfile.taxonomy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * What a DTS declares and links beyond its concepts, for checking the taxonomy itself (XBRL 2.1
 * §5): every effective relationship of every extended link, the role and arcrole types, the
 * custom roles and arcroles used, the roleRefs and arcroleRefs, and the balance attributes.
 *
 * @param relationships the effective relationships (after prohibition and override) of every
 *     extended link but the concept-label ones
 * @param roleTypes roleURI to its (first) roleType
 * @param arcroleTypes arcroleURI to its (first) arcroleType
 * @param redeclared every later roleType or arcroleType for a URI already declared
 * @param uses each custom role or arcrole an extended link, locator, resource or arc uses
 * @param refs each roleRef and arcroleRef of a linkbase
 * @param balances each element declaration that has an xbrli:balance
 * @param linkbaseRefs each linkbaseRef of a schema that has an xlink:role
 * @param links each linkbase document to the extended link elements it holds
 */
public record Dts(List<Relationship> relationships, Map<String, RoleType> roleTypes, Map<String, RoleType> arcroleTypes,
    List<RoleType> redeclared, List<RoleUse> uses, List<RoleRef> refs, List<Balanced> balances, List<LinkbaseRef> linkbaseRefs,
    Map<String, Set<QName>> links) {

  public static final Dts NONE = new Dts(List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

  public Dts {
    relationships = List.copyOf(relationships);
    roleTypes = Map.copyOf(roleTypes);
    arcroleTypes = Map.copyOf(arcroleTypes);
    redeclared = List.copyOf(redeclared);
    uses = List.copyOf(uses);
    refs = List.copyOf(refs);
    balances = List.copyOf(balances);
    linkbaseRefs = List.copyOf(linkbaseRefs);
    links = Map.copyOf(links);
  }

  /** A linkbaseRef to the linkbase {@code uri} with the xlink:role {@code role}. */
  public record LinkbaseRef(String uri, String role, String where) {}

  /**
   * One effective relationship. {@code from} and {@code to} identify the nodes (a concept's
   * name, or the URI of another element); {@code fromConcept}/{@code toConcept} are set when the
   * node is a concept.
   *
   * @param preferredLabel the arc's preferredLabel, or null
   * @param where {@code document:line} of the arc
   */
  public record Relationship(QName link, String linkRole, QName arc, String arcrole, String from, String to,
      QName fromConcept, QName toConcept, BigDecimal weight, String preferredLabel, String where) {
    public Relationship {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(arc, "arc");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A roleType or arcroleType declaration.
   *
   * @param arcrole true for an arcroleType
   * @param definition its definition, or null
   * @param document the schema that declares it
   * @param cyclesAllowed {@code any}, {@code undirected} or {@code none}; null for a roleType
   * @param usedOn the elements the role may be used on
   * @param usedOnRepeated true when two of its usedOn name the same element
   */
  public record RoleType(String uri, boolean arcrole, Set<QName> usedOn, boolean usedOnRepeated, String cyclesAllowed,
      String definition, String document, String where) {
    public RoleType {
      usedOn = Set.copyOf(usedOn);
    }
  }

  /** A custom role ({@code arcrole} false) or arcrole used on {@code element} in {@code document}. */
  public record RoleUse(String uri, boolean arcrole, QName element, String document, String where) {}

  /** A roleRef ({@code arcrole} false) or arcroleRef of {@code document} for {@code uri}. */
  public record RoleRef(String uri, boolean arcrole, String document, String where) {}

  /** An element declaration with an xbrli:balance; {@code monetaryItem} when it is an item of a monetary type. */
  public record Balanced(QName name, boolean monetaryItem, String where) {}
}
