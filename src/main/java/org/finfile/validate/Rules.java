package org.finfile.validate;

import java.util.List;

/**
 * The rule codes problems carry. Each is documented in the README; codes never change meaning.
 * {@link #ALL} lists them in the order reports use.
 */
public final class Rules {
  /** The file cannot be read: missing, not well-formed XML, or refused as unsafe (a DOCTYPE). */
  public static final String XML = "xml";
  /** The root element is not xbrli:xbrl. */
  public static final String ROOT = "xbrl-root";
  /** The instance has no link:schemaRef, or one that cannot be resolved offline or compiled. */
  public static final String SCHEMA_REF = "schema-ref";
  /** The instance is not valid against its taxonomy schemas (XML Schema, checked by Xerces). */
  public static final String XSD = "xsd";
  /** An id is used by more than one element (contexts, units and facts share one id space). */
  public static final String DUPLICATE_ID = "duplicate-id";
  /** A context's period is malformed: an end before its start. */
  public static final String CONTEXT_PERIOD = "context-period";
  /** A segment or scenario holds an XBRL 2.1 element. */
  public static final String CONTEXT_CONTENT = "context-content";
  /** A fact's period is an instant where its concept needs a duration, or the reverse. */
  public static final String PERIOD_TYPE = "period-type";
  /** A fact's contextRef names no context of the instance. */
  public static final String CONTEXT_REF = "context-ref";
  /** A fact's unitRef names no unit of the instance. */
  public static final String UNIT_REF = "unit-ref";
  /** A numeric fact has no unitRef. */
  public static final String NUMERIC_UNIT = "numeric-unit";
  /** A monetary fact's unit is not a single ISO 4217 currency. */
  public static final String UNIT_MONETARY = "unit-monetary";
  /** A shares fact's unit is not xbrli:shares. */
  public static final String UNIT_SHARES = "unit-shares";
  /** A pure fact's unit is not xbrli:pure (a warning). */
  public static final String UNIT_PURE = "unit-pure";
  /** A unit is malformed: a measure in both numerator and denominator, an xbrli measure other than shares or pure, a bad currency code. */
  public static final String UNIT_FORM = "unit-form";
  /** A numeric fact has neither decimals nor precision, or both. */
  public static final String NUMERIC_ACCURACY = "numeric-accuracy";
  /** A nil fact has decimals or precision. */
  public static final String NIL_ACCURACY = "nil-accuracy";
  /** A non-numeric fact has a unitRef, decimals or precision. */
  public static final String NON_NUMERIC = "non-numeric-attributes";
  /** Duplicate facts with the same value and accuracy (a note). */
  public static final String DUPLICATE_COMPLETE = "duplicate-complete";
  /** Duplicate facts that differ but agree within their accuracy (a note). */
  public static final String DUPLICATE_ROUNDING = "duplicate-rounding";
  /** Duplicate facts that contradict each other. */
  public static final String DUPLICATE_INCONSISTENT = "duplicate-inconsistent";
  /** A footnote locator points at no fact of the instance. */
  public static final String FOOTNOTE_REF = "footnote-ref";
  /** A context no fact uses (a warning). */
  public static final String CONTEXT_UNUSED = "context-unused";
  /** A unit no fact uses (a warning). */
  public static final String UNIT_UNUSED = "unit-unused";
  /**
   * A total disagrees with the sum of its items beyond their rounding: Calculations 1.1,
   * round-to-nearest ({@code --calc c11r}), or XBRL 2.1 §5.2.5.2 ({@code --calc c10}).
   */
  public static final String CALC = "calc-inconsistent";
  /** A fact in a calculation is written with more digits than its decimals or precision claim: Calculations 1.1 does not check that calculation (calc11e:excessDigits). */
  public static final String CALC_EXCESS_DIGITS = "calc-excess-digits";
  /** Facts of an essence concept and its alias (XBRL 2.1 §5.2.6.2.2) disagree, or the two concepts differ in item type, period type or balance. */
  public static final String ESSENCE_ALIAS = "essence-alias-inconsistent";
  /** A derived figure of a release (USD translation, % of total, change %) disagrees with its own recomputation. */
  public static final String DERIVED = "derived-figure";

  /** An Inline XBRL page is not XHTML 1.1 with Inline XBRL 1.1 (an element, attribute or id the schemas refuse). */
  public static final String IX_SCHEMA = "ix-schema";

  /** Every code, in report order. */
  public static final List<String> ALL = List.of(XML, ROOT, SCHEMA_REF, XSD, IX_SCHEMA, DUPLICATE_ID, CONTEXT_PERIOD, CONTEXT_CONTENT,
      PERIOD_TYPE, CONTEXT_REF, UNIT_REF, NUMERIC_UNIT, UNIT_MONETARY, UNIT_SHARES, UNIT_PURE, UNIT_FORM,
      NUMERIC_ACCURACY, NIL_ACCURACY, NON_NUMERIC, DUPLICATE_COMPLETE, DUPLICATE_ROUNDING, DUPLICATE_INCONSISTENT,
      FOOTNOTE_REF, CONTEXT_UNUSED, UNIT_UNUSED, CALC, CALC_EXCESS_DIGITS, ESSENCE_ALIAS);

  private Rules() {}
}
