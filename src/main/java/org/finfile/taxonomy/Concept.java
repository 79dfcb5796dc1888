package org.finfile.taxonomy;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A concept of a taxonomy: an element in the {@code xbrli:item} substitution group.
 *
 * @param name the element's qualified name, as facts use it
 * @param type the declared type (a taxonomy's own type or an XBRL 2.1 item type)
 * @param itemType the XBRL 2.1 item type {@code type} is derived from ({@code xbrli:monetaryItemType}...)
 * @param typeChain the declared type and each base type up to the item type, nearest first
 * @param balance debit, credit, or null
 */
public record Concept(
    QName name,
    String id,
    QName type,
    QName itemType,
    java.util.List<QName> typeChain,
    PeriodType periodType,
    Balance balance,
    boolean isAbstract,
    boolean nillable) {

  public Concept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(itemType, "itemType");
    typeChain = java.util.List.copyOf(typeChain);
  }

  /** Instant or duration (XBRL 2.1 §5.1.1.1). */
  public enum PeriodType { INSTANT, DURATION }

  /** Debit or credit (XBRL 2.1 §5.1.1.2). */
  public enum Balance { DEBIT, CREDIT }

  /** True for concepts whose facts are numbers. */
  public boolean isNumeric() {
    return ItemTypes.isNumeric(itemType);
  }

  /** True for monetary concepts, whose units must be ISO 4217 currencies. */
  public boolean isMonetary() {
    return ItemTypes.MONETARY.equals(itemType);
  }

  /** True for share counts, whose unit must be xbrli:shares. */
  public boolean isShares() {
    return ItemTypes.SHARES.equals(itemType);
  }
}
