package org.finfile.validate;

/** The rule codes problems carry. Each is documented in the README; codes never change meaning. */
public final class Rules {
  /** The file cannot be read: missing, not well-formed XML, or refused as unsafe (a DOCTYPE). */
  public static final String XML = "xml";
  /** The root element is not xbrli:xbrl. */
  public static final String ROOT = "xbrl-root";
  /** The instance has no link:schemaRef, or one that cannot be resolved offline or compiled. */
  public static final String SCHEMA_REF = "schema-ref";
  /** The instance is not valid against its taxonomy schemas (XML Schema, checked by Xerces). */
  public static final String XSD = "xsd";
  /** A fact's contextRef names no context of the instance. */
  public static final String CONTEXT_REF = "context-ref";
  /** A fact's unitRef names no unit of the instance. */
  public static final String UNIT_REF = "unit-ref";
  /** A numeric fact has no unitRef. */
  public static final String NUMERIC_UNIT = "numeric-unit";
  /** A numeric fact has neither decimals nor precision, or both. */
  public static final String NUMERIC_ACCURACY = "numeric-accuracy";
  /** A nil fact has decimals or precision. */
  public static final String NIL_ACCURACY = "nil-accuracy";
  /** A non-numeric fact has a unitRef, decimals or precision. */
  public static final String NON_NUMERIC = "non-numeric-attributes";

  private Rules() {}
}
