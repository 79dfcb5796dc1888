package org.finfile.validate;

import java.math.BigDecimal;
import org.apache.xerces.xs.XSComplexTypeDefinition;
import org.apache.xerces.xs.XSConstants;
import org.apache.xerces.xs.XSElementDeclaration;
import org.apache.xerces.xs.XSSimpleTypeDefinition;
import org.apache.xerces.xs.XSTypeDefinition;
import org.finfile.xml.Namespaces;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * The value of a segment or scenario element or attribute as XBRL 2.1 compares them (§4.10,
 * x-equal): by its schema type's value, not its spelling. {@code 00123} and {@code 123} are one
 * decimal, {@code 0.321E1} and {@code 321E-2} one double, {@code 1} and {@code true} one
 * boolean, a QName its namespace and local name; NaN equals nothing, not even itself.
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
    if (simple == null || simple.getVariety() != XSSimpleTypeDefinition.VARIETY_ATOMIC) {
      return value;
    }
    XSSimpleTypeDefinition primitive = simple.getPrimitiveType();
    short kind = primitive == null ? XSConstants.ANYSIMPLETYPE_DT : primitive.getBuiltInKind();
    try {
      return switch (kind) {
        case XSConstants.DECIMAL_DT -> "decimal:" + decimal(value);
        case XSConstants.FLOAT_DT, XSConstants.DOUBLE_DT -> floating(value, kind == XSConstants.FLOAT_DT);
        case XSConstants.BOOLEAN_DT -> "boolean:" + (value.equals("1") || value.equals("true"));
        case XSConstants.QNAME_DT -> "qname:" + qname(value, namespaces);
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
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
