package org.finfile.validate;

import java.math.BigDecimal;
import org.apache.xerces.xs.XSAttributeDeclaration;
import org.apache.xerces.xs.XSAttributeUse;
import org.apache.xerces.xs.XSComplexTypeDefinition;
import org.apache.xerces.xs.XSConstants;
import org.apache.xerces.xs.XSElementDeclaration;
import org.apache.xerces.xs.XSObjectList;
import org.apache.xerces.xs.XSSimpleTypeDefinition;
import org.apache.xerces.xs.XSTypeDefinition;
import org.finfile.xml.Namespaces;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * The value of a segment or scenario element or attribute as XBRL 2.1 compares them (§4.10,
 * x-equal): by its schema type's value, not its spelling. {@code 00123} and {@code 123} are one
 * decimal, {@code 0.321E1} and {@code 321E-2} one double, {@code 1} and {@code true} one
 * boolean, a QName its namespace and local name, a dateTime with a timezone its point in UTC;
 * NaN equals nothing, not even itself. Strings are compared trimmed.
 */
final class TypedValues {
  /** Makes every NaN a value of its own. */
  private long nans;

  /**
   * The comparable form of {@code text} under {@code type} (the PSVI type; null when the schema
   * does not know the element or attribute, then the text, trimmed, is the value).
   */
  String key(XSTypeDefinition type, String text, NamespaceSupport namespaces) {
    String value = text.strip();
    XSSimpleTypeDefinition simple = type instanceof XSSimpleTypeDefinition s ? s
        : type instanceof XSComplexTypeDefinition c && c.getContentType() == XSComplexTypeDefinition.CONTENTTYPE_SIMPLE
            ? c.getSimpleType() : null;
    if (simple != null && simple.getVariety() == XSSimpleTypeDefinition.VARIETY_LIST) {
      return WHITESPACE.matcher(value).replaceAll(" ");
    }
    if (simple == null || simple.getVariety() != XSSimpleTypeDefinition.VARIETY_ATOMIC) {
      return value;
    }
    if ("collapse".equals(simple.getLexicalFacetValue(XSSimpleTypeDefinition.FACET_WHITESPACE))) {
      value = WHITESPACE.matcher(value).replaceAll(" ");
    }
    XSSimpleTypeDefinition primitive = simple.getPrimitiveType();
    short kind = primitive == null ? XSConstants.ANYSIMPLETYPE_DT : primitive.getBuiltInKind();
    try {
      return switch (kind) {
        case XSConstants.DECIMAL_DT -> "decimal:" + decimal(value);
        case XSConstants.FLOAT_DT, XSConstants.DOUBLE_DT -> floating(value, kind == XSConstants.FLOAT_DT);
        case XSConstants.BOOLEAN_DT -> "boolean:" + (value.equals("1") || value.equals("true"));
        case XSConstants.QNAME_DT -> "qname:" + qname(value, namespaces);
        case XSConstants.HEXBINARY_DT -> "hex:" + value.toUpperCase(java.util.Locale.ROOT);
        case XSConstants.DATETIME_DT, XSConstants.DATE_DT, XSConstants.TIME_DT -> "moment:" + moment(value);
        default -> value;
      };
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[ \\t\\r\\n]+");
  /** The JDK's own, not whichever the classpath offers first (Xerces's normalizes differently). */
  private static final javax.xml.datatype.DatatypeFactory DATES = javax.xml.datatype.DatatypeFactory.newDefaultInstance();

  /**
   * A date, time or dateTime as one point: a value with a timezone moved to UTC (so 10:00+01:00
   * equals 09:00Z), 24:00:00 as the next day's 00:00:00.
   */
  private static String moment(String value) {
    javax.xml.datatype.XMLGregorianCalendar c = DATES.newXMLGregorianCalendar(value);
    if (c.getTimezone() != javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED) {
      c = c.normalize();
    }
    BigDecimal fraction = c.getFractionalSecond();
    if (fraction != null) {
      c.setFractionalSecond(fraction.signum() == 0 ? null : fraction.stripTrailingZeros());
    }
    return c.getXMLSchemaType().getLocalPart() + ":" + c.toXMLFormat();
  }

  private static String decimal(String value) {
    BigDecimal d = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
    // a decimal's lexical form has no exponent, so the plain form is no longer than the text
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private String floating(String value, boolean single) {
    if (value.equals("NaN")) {
      return "NaN#" + nans++;
    }
    String v = value.equals("INF") ? "Infinity" : value.equals("-INF") ? "-Infinity" : value;
    double d = single ? Float.parseFloat(v) : Double.parseDouble(v);
    // +0 and -0 compare equal (XPath's =, which x-equality uses)
    return (single ? "float:" : "double:") + (d == 0 ? 0.0 : d);
  }

  private static String qname(String value, NamespaceSupport namespaces) {
    int colon = value.indexOf(':');
    String uri = namespaces.getURI(colon < 0 ? "" : value.substring(0, colon));
    return "{" + (uri == null ? "" : uri) + "}" + value.substring(colon + 1);
  }

  /** The type of attribute {@code {uri}local} on an element of {@code elementType}, or null when it declares none. */
  static XSTypeDefinition attributeType(XSTypeDefinition elementType, String uri, String local) {
    XSObjectList uses = elementType instanceof XSComplexTypeDefinition complex ? complex.getAttributeUses() : null;
    for (int i = 0; uses != null && i < uses.getLength(); i++) {
      XSAttributeDeclaration a = ((XSAttributeUse) uses.item(i)).getAttrDeclaration();
      if (a.getName().equals(local) && (a.getNamespace() == null ? uri.isEmpty() : a.getNamespace().equals(uri))) {
        return a.getTypeDefinition();
      }
    }
    return null;
  }

  /**
   * True when {@code element} is in the substitution group of xbrli:{@code head} (directly or
   * through other elements); Xerces refuses circular substitution groups, so the chain ends.
   */
  static boolean substitutes(XSElementDeclaration element, String head) {
    for (XSElementDeclaration e = element.getSubstitutionGroupAffiliation(); e != null; e = e.getSubstitutionGroupAffiliation()) {
      if (Namespaces.XBRLI.equals(e.getNamespace()) && e.getName().equals(head)) {
        return true;
      }
    }
    return false;
  }
}
