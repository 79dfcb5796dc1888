package org.finfile.taxonomy;

import java.util.Set;
import javax.xml.namespace.QName;

/** The XBRL 2.1 item types (XBRL 2.1 §5.1.1.3). */
final class ItemTypes {
  static final String XBRLI = "http://www.xbrl.org/2003/instance";
  static final QName MONETARY = new QName(XBRLI, "monetaryItemType");
  static final QName SHARES = new QName(XBRLI, "sharesItemType");
  private static final Set<String> NUMERIC = Set.of(
      "decimalItemType", "floatItemType", "doubleItemType", "monetaryItemType", "sharesItemType", "pureItemType",
      "fractionItemType", "integerItemType", "nonPositiveIntegerItemType", "negativeIntegerItemType", "longItemType",
      "intItemType", "shortItemType", "byteItemType", "nonNegativeIntegerItemType", "unsignedLongItemType",
      "unsignedIntItemType", "unsignedShortItemType", "unsignedByteItemType", "positiveIntegerItemType");

  private ItemTypes() {}

  static boolean isItemType(QName type) {
    return XBRLI.equals(type.getNamespaceURI()) && type.getLocalPart().endsWith("ItemType");
  }

  static boolean isNumeric(QName itemType) {
    return XBRLI.equals(itemType.getNamespaceURI()) && NUMERIC.contains(itemType.getLocalPart());
  }
}
