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
  /** A segment or scenario holds an XBRL 2.1 element, or an item or tuple (an element in their substitution groups). */
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
  /** Duplicate facts that contradict each other (a warning: XBRL 2.1 allows them; {@code --fail-on warning} refuses them). */
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
  /** Facts of an essence concept and its alias (XBRL 2.1 §5.2.6.2.2) disagree in value or unit (the concepts themselves: {@link #ESSENCE_ALIAS}). */
  public static final String ESSENCE_ALIAS_VALUES = "essence-alias-inconsistent";
  /** A derived figure of a release (USD translation, % of total, change %) disagrees with its own recomputation. */
  public static final String DERIVED = "derived-figure";

  /** An Inline XBRL page is not XHTML 1.1 with Inline XBRL 1.1 (an element, attribute or id the schemas refuse). */
  public static final String IX_SCHEMA = "ix-schema";

  // Inline XBRL 1.1 rules (inline input): one block, kept together.
  /** A format names a transformation no registry finfile reads defines (Transformation Registries 3, 4, 5 and the SEC's). */
  public static final String IX_FORMAT_UNKNOWN = "ix-format-unknown";
  /** A fact's text does not match the pattern of its format's transformation. */
  public static final String IX_FORMAT_VALUE = "ix-format-value";
  /** An ix:nonFraction's content (after its format) is not a number, or its sign or scale is not one Inline XBRL allows. */
  public static final String IX_NUMBER = "ix-number";
  /** A continuedAt names no ix:continuation, a chain loops, two facts continue into one part, or a part no chain reaches. */
  public static final String IX_CONTINUATION = "ix-continuation";
  /** An ix:exclude stands outside every fact, footnote and continuation. */
  public static final String IX_EXCLUDE = "ix-exclude";
  /** Two ix elements (facts, footnotes, continuations) share an id. */
  public static final String IX_ID = "ix-duplicate-id";
  /** A fact's contextRef or unitRef names no context or unit of the page's ix:resources. */
  public static final String IX_REFERENCE = "ix-reference";
  /** An ix:relationship's fromRefs or toRefs names no fact or footnote of the page. */
  public static final String IX_RELATIONSHIP = "ix-relationship";
  /** A tupleRef names no ix:tuple's tupleID, or two ix:tuples share a tupleID. */
  public static final String IX_TUPLE_REF = "ix-tuple-ref";
  /** A fact or tuple in a tuple has no order, one outside every tuple has one, or two in one tuple share an order with different content. */
  public static final String IX_TUPLE_ORDER = "ix-tuple-order";
  /** An ix:tuple contains itself (through tupleRef, or nested in a tuple it holds). */
  public static final String IX_TUPLE_CYCLE = "ix-tuple-cycle";
  /** A nil ix:tuple has content, or a tuple that is not nil has none. */
  public static final String IX_TUPLE_CONTENT = "ix-tuple-content";
  /**
   * An ix:fraction lacks its one ix:numerator and one ix:denominator, is nil with them or inside
   * another fraction, holds another fact or a fraction of another unit, or a term holds elements
   * or a zero denominator.
   */
  public static final String IX_FRACTION = "ix-fraction";
  /** What finfile's inline reader does not read: a target document, a footnote on a tuple, Inline XBRL 1.0. */
  public static final String IX_UNSUPPORTED = "ix-unsupported";

  /** A network whose arcrole forbids cycles has one (XBRL 2.1 §5.2.4.2, §5.2.6.2, arcroleType cyclesAllowed). */
  public static final String DTS_CYCLE = "dts-cycle";
  /**
   * A custom role or arcrole is used without a roleType/arcroleType in the DTS, without a
   * roleRef/arcroleRef in its linkbase, or on an element its usedOn does not list (§3.5.2.4, §5.1.3);
   * or one of XBRL 2.1's own arcroles is used on an arc it is not for (parent-child on a calculationArc).
   */
  public static final String ROLE_DECLARED = "role-declared";
  /**
   * A roleType (or arcroleType) URI is declared twice in one schema, or in two schemas of the DTS
   * with different usedOn, cyclesAllowed or definition, or names one element in two usedOn (§5.1.3, §5.1.4).
   */
  public static final String ROLE_TYPE_CONFLICT = "role-type-conflict";
  /** Two roleRefs (or arcroleRefs) of one linkbase or instance reference the same URI (§3.5.2.4.5, §3.5.2.5.5). */
  public static final String ROLE_REF_DUPLICATE = "role-ref-duplicate";
  /**
   * A summation-item arc is wrong: its weight contradicts the balances of its concepts (§5.1.1.2:
   * same balance, positive weight; opposite balances, negative), is zero, or it joins something
   * other than two numeric items (§5.2.5.2).
   */
  public static final String CALC_WEIGHT = "calc-weight";
  /** An essence-alias relationship joins items of different types, period types or balances (§5.2.6.2.2). */
  public static final String ESSENCE_ALIAS = "essence-alias";
  /** A linkbaseRef's role (labelLinkbaseRef...) says one kind of link, and its linkbase holds another (§4.3.3). */
  public static final String LINKBASE_REF_ROLE = "linkbase-ref-role";
  /** A presentation arc's preferredLabel is a label role its child concept has no label in (§5.2.4.2.1). */
  public static final String PREFERRED_LABEL = "preferred-label";
  /** An element declaration has xbrli:balance but is not an item of a monetary type (§5.1.1.2). */
  public static final String BALANCE_TYPE = "balance-type";
  /** A footnote arc joins labels its footnoteLink does not have, or a fact-footnote arc does not go from a fact locator to a footnote. */
  public static final String FOOTNOTE_ARC = "footnote-arc";
  /** A footnoteLink, footnote or footnote arc has a custom role or arcrole that no roleRef or arcroleRef of the instance declares. */
  public static final String FOOTNOTE_ROLE = "footnote-role";
  /** A footnote has no xml:lang in scope (on itself or an ancestor). */
  public static final String FOOTNOTE_LANG = "footnote-lang";
  /** A tuple carries an attribute in an XBRL namespace (xbrli, link, xlink, xl). */
  public static final String TUPLE_ATTRIBUTE = "tuple-attribute";
  /** A fact's concept requires another (requires-element) of which the instance has no fact. */
  public static final String REQUIRES_ELEMENT = "requires-element";

  /** A fact's primary item is in hypercubes its context's dimension members do not fit (xbrldie:PrimaryItemDimensionallyInvalidError). */
  public static final String DIM_INVALID = "dim-invalid";
  /** A context gives a dimension its default member, which it must leave out instead (xbrldie:DefaultValueUsedInInstanceError). */
  public static final String DIM_DEFAULT_USED = "dim-default-used";
  /** An xbrldi:explicitMember names no explicit dimension (xbrldie:ExplicitMemberNotExplicitDimensionError). */
  public static final String DIM_NOT_EXPLICIT = "dim-not-explicit";
  /** An xbrldi:typedMember names no typed dimension (xbrldie:TypedMemberNotTypedDimensionError). */
  public static final String DIM_NOT_TYPED = "dim-not-typed";
  /** An explicit member is no element of the taxonomy (xbrldie:ExplicitMemberUndefinedQNameError). */
  public static final String DIM_MEMBER_UNDEFINED = "dim-member-undefined";
  /** A typed member's content is not one element of its dimension's typedDomainRef (xbrldie:IllegalTypedDimensionContentError). */
  public static final String DIM_TYPED_CONTENT = "dim-typed-content";
  /** A context gives one dimension two members (xbrldie:RepeatedDimensionInInstanceError). */
  public static final String DIM_REPEATED = "dim-repeated";
  /**
   * A dimensional arc joins the wrong kinds of element: has-hypercube (all, notAll) from a primary
   * item to a hypercube, hypercube-dimension from a hypercube to a dimension, dimension-domain and
   * dimension-default from an explicit dimension to a member, domain-member between members
   * (xbrldte:HasHypercubeSourceError, ...TargetError and the like).
   */
  public static final String DIM_ARC = "dim-arc";
  /** A has-hypercube arc has no xbrldt:contextElement (xbrldte:HasHypercubeMissingContextElementAttributeError). */
  public static final String DIM_CONTEXT_ELEMENT = "dim-context-element";
  /** An xbrldt:typedDomainRef is on an element that is no dimension, or names no element (xbrldte:TypedDomainRefError). */
  public static final String DIM_TYPED_DOMAIN_REF = "dim-typed-domain-ref";
  /** A typed dimension has a domain: a dimension-domain or dimension-default arc (xbrldte:TypedDimensionError). */
  public static final String DIM_TYPED_DIMENSION = "dim-typed-dimension";
  /** A dimension has more than one default member (xbrldte:TooManyDefaultMembersError). */
  public static final String DIM_DEFAULTS = "dim-defaults";
  /** An xbrldt:targetRole is neither the standard role nor a role the DTS declares (xbrldte:TargetRoleNotResolvedError). */
  public static final String DIM_TARGET_ROLE = "dim-target-role";

  /** Every code, in report order. */
  public static final List<String> ALL = List.of(XML, ROOT, SCHEMA_REF, XSD, IX_SCHEMA,
      IX_FORMAT_UNKNOWN, IX_FORMAT_VALUE, IX_NUMBER, IX_CONTINUATION, IX_EXCLUDE, IX_ID, IX_REFERENCE, IX_RELATIONSHIP,
      IX_TUPLE_REF, IX_TUPLE_ORDER, IX_TUPLE_CYCLE, IX_TUPLE_CONTENT, IX_FRACTION, IX_UNSUPPORTED, DUPLICATE_ID, CONTEXT_PERIOD, CONTEXT_CONTENT,
      PERIOD_TYPE, CONTEXT_REF, UNIT_REF, NUMERIC_UNIT, UNIT_MONETARY, UNIT_SHARES, UNIT_PURE, UNIT_FORM,
      NUMERIC_ACCURACY, NIL_ACCURACY, NON_NUMERIC, DUPLICATE_COMPLETE, DUPLICATE_ROUNDING, DUPLICATE_INCONSISTENT,
      FOOTNOTE_REF, CONTEXT_UNUSED, UNIT_UNUSED, CALC, FOOTNOTE_ARC, FOOTNOTE_ROLE, FOOTNOTE_LANG, TUPLE_ATTRIBUTE, REQUIRES_ELEMENT,
      DTS_CYCLE, ROLE_DECLARED, ROLE_TYPE_CONFLICT, ROLE_REF_DUPLICATE, CALC_WEIGHT, PREFERRED_LABEL, ESSENCE_ALIAS,
      LINKBASE_REF_ROLE, BALANCE_TYPE,
      CALC_EXCESS_DIGITS, ESSENCE_ALIAS_VALUES,
      DIM_REPEATED, DIM_NOT_EXPLICIT, DIM_NOT_TYPED, DIM_MEMBER_UNDEFINED, DIM_TYPED_CONTENT, DIM_DEFAULT_USED, DIM_INVALID,
      DIM_ARC, DIM_CONTEXT_ELEMENT, DIM_TYPED_DOMAIN_REF, DIM_TYPED_DIMENSION, DIM_DEFAULTS, DIM_TARGET_ROLE);

  private Rules() {}
}
