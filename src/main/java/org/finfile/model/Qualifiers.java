package org.finfile.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * What a segment or a scenario says about a context beyond entity and period, in document
 * order: XBRL Dimensions 1.0 members ({@code xbrldi:explicitMember}, {@code xbrldi:typedMember})
 * and any other content (pre-dimensional "legacy" segments), kept as written. No parts means no
 * segment (or scenario) at all: XBRL 2.1 requires at least one element in either.
 *
 * <p>Two qualifiers are equal when they say the same: the same dimension members in any order
 * (a context's dimensions are a set, XBRL Dimensions 1.0 §2.1) and the same other content in the
 * same order, compared by value.
 */
public record Qualifiers(List<Part> parts) {
  /** No segment or scenario. */
  public static final Qualifiers NONE = new Qualifiers(List.of());

  /** One element of a segment or scenario. */
  public sealed interface Part permits ExplicitMember, TypedMember, Other {}

  /** {@code <xbrldi:explicitMember dimension="…">member</xbrldi:explicitMember>}. */
  public record ExplicitMember(QName dimension, QName member) implements Part {
    public ExplicitMember {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(member, "member");
    }
  }

  /** {@code <xbrldi:typedMember dimension="…">value</xbrldi:typedMember>}: the one value element, kept exactly. */
  public record TypedMember(QName dimension, XmlFragment value) implements Part {
    public TypedMember {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Content that is not a dimension member, kept exactly. */
  public record Other(XmlFragment xml) implements Part {
    public Other {
      Objects.requireNonNull(xml, "xml");
    }
  }

  public Qualifiers {
    parts = List.copyOf(parts);
    List<QName> seen = new ArrayList<>();
    for (Part p : parts) {
      QName d = dimension(p);
      if (d != null) {
        if (seen.contains(d)) {
          throw new IllegalArgumentException("dimension " + d + " appears twice");
        }
        seen.add(d);
      }
    }
  }

  /** Qualifiers of these parts. */
  public static Qualifiers of(Part... parts) {
    return new Qualifiers(List.of(parts));
  }

  /** True when there is no segment (or scenario). */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The dimension members, in document order. */
  public List<Part> members() {
    return parts.stream().filter(p -> !(p instanceof Other)).toList();
  }

  /** The member for a dimension, if the qualifiers name it. */
  public Optional<Part> member(QName dimension) {
    return parts.stream().filter(p -> dimension.equals(dimension(p))).findFirst();
  }

  /** The non-dimensional content, in document order. */
  public List<XmlFragment> others() {
    return parts.stream().filter(p -> p instanceof Other).map(p -> ((Other) p).xml()).toList();
  }

  /** The dimension a part is a member of, or null for other content. */
  public static QName dimension(Part part) {
    if (part instanceof ExplicitMember e) {
      return e.dimension();
    }
    if (part instanceof TypedMember t) {
      return t.dimension();
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Qualifiers q && sortedMembers().equals(q.sortedMembers()) && others().equals(q.others());
  }

  @Override
  public int hashCode() {
    return Objects.hash(sortedMembers(), others());
  }

  private List<Part> sortedMembers() {
    List<Part> members = new ArrayList<>(members());
    members.sort(Comparator.comparing((Part p) -> dimension(p).getNamespaceURI())
        .thenComparing(p -> dimension(p).getLocalPart()));
    return members;
  }
}
