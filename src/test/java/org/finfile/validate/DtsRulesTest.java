package org.finfile.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DTS as XBRL 2.1 discovers it (§3.2), relationship equivalence and prohibition
 * (§3.5.3.9.7.4), and the taxonomy rules: each on a tiny hand-written taxonomy.
 */
class DtsRulesTest {
  // each validation gets its own validator: a validator keeps the taxonomies it has loaded, and the tests rewrite them
  private static final Validator.Calc PLAIN = Validator.Calc.NONE;

  @TempDir
  Path dir;

  private static final String XSD_HEAD = "<?xml version='1.0'?>\n<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
      + " xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'"
      + " xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:t='http://t' targetNamespace='http://t' elementFormDefault='qualified'>\n"
      + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>\n";
  private static final String LB_HEAD = "<?xml version='1.0'?>\n<link:linkbase xmlns:link='http://www.xbrl.org/2003/linkbase'"
      + " xmlns:xlink='http://www.w3.org/1999/xlink'>\n";
  private static final String SUMMATION = "http://www.xbrl.org/2003/arcrole/summation-item";

  private static String concept(String name, String id, String type, String balance) {
    return "<xs:element name='" + name + "' id='" + id + "' type='xbrli:" + type + "' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='instant'" + (balance == null ? "" : " xbrli:balance='" + balance + "'") + "/>\n";
  }

  /** A schema t.xsd of monetary items A, B, C (ids a, b, c), with linkbaseRefs to {@code linkbases}. */
  private void schema(String extra, String... linkbases) throws Exception {
    StringBuilder refs = new StringBuilder();
    for (String l : linkbases) {
      refs.append("<link:linkbaseRef xlink:type='simple' xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase' xlink:href='")
          .append(l).append("'/>\n");
    }
    write("t.xsd", XSD_HEAD + "<xs:annotation><xs:appinfo>\n" + refs + "</xs:appinfo></xs:annotation>\n"
        + concept("A", "a", "monetaryItemType", null) + concept("B", "b", "monetaryItemType", null)
        + concept("C", "c", "monetaryItemType", null) + extra + "</xs:schema>\n");
  }

  private static String loc(String label, String href) {
    return "<link:loc xlink:type='locator' xlink:label='" + label + "' xlink:href='" + href + "'/>\n";
  }

  private static String arc(String name, String arcrole, String from, String to, String attributes) {
    return "<link:" + name + " xlink:type='arc' xlink:arcrole='" + arcrole + "' xlink:from='" + from + "' xlink:to='" + to + "' "
        + attributes + "/>\n";
  }

  /** A calculation link A = B + C. */
  private static String calculation() {
    return LB_HEAD + "<link:calculationLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>\n"
        + loc("A", "t.xsd#a") + loc("B", "t.xsd#b") + loc("C", "t.xsd#c")
        + arc("calculationArc", SUMMATION, "A", "B", "order='1' weight='1'")
        + arc("calculationArc", SUMMATION, "A", "C", "order='2' weight='1'") + "</link:calculationLink>\n</link:linkbase>\n";
  }

  /** A linkbase that prohibits A to B with these attributes. */
  private static String prohibition(String attributes) {
    return LB_HEAD + "<link:calculationLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>\n"
        + loc("A", "t.xsd#a") + loc("B", "t.xsd#b")
        + arc("calculationArc", SUMMATION, "A", "B", "use='prohibited' priority='1' " + attributes)
        + "</link:calculationLink>\n</link:linkbase>\n";
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** An instance of schema t.xsd with A = 3, B = 1, C = 2; {@code refs} after its schemaRef. */
  private Report instance(Validator.Calc calc, String schemaRef, String refs, String facts) throws Exception {
    write("i.xml", "<?xml version='1.0'?>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
        + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
        + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:t='http://t' xmlns:u='http://u'>\n"
        + schemaRef + refs
        + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier></xbrli:entity>"
        + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id='u'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n"
        + "<t:A contextRef='c' unitRef='u' decimals='0'>3</t:A><t:B contextRef='c' unitRef='u' decimals='0'>1</t:B>"
        + "<t:C contextRef='c' unitRef='u' decimals='0'>2</t:C>\n" + facts + "</xbrli:xbrl>\n");
    return Validator.create(OfflineResolver.bundled(), calc).validate(dir.resolve("i.xml"));
  }

  private Report instance(Validator.Calc calc, String refs) throws Exception {
    return instance(calc, "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n", refs, "");
  }

  private static String linkbaseRef(String href) {
    return "<link:linkbaseRef xlink:type='simple' xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase' xlink:href='"
        + href + "'/>\n";
  }

  /** The items of A's summation in the DTS of t.xsd and these linkbaseRefs, as an instance discovers it. */
  private List<String> itemsOfA(String... linkbaseRefs) throws Exception {
    Taxonomy taxonomy = Taxonomy.load(List.of("t.xsd"), List.of(linkbaseRefs), dir.toUri().toString(), OfflineResolver.bundled());
    return taxonomy.calculations().summations().stream().filter(s -> s.total().getLocalPart().equals("A"))
        .flatMap(s -> s.items().stream()).map(i -> i.concept().getLocalPart() + "*" + i.weight()).toList();
  }

  @Test
  void anInstanceLinkbaseRefIsPartOfTheDts() throws Exception {
    schema("", "calc.xml");
    write("calc.xml", calculation());
    write("prohibit.xml", prohibition("order='1' weight='1'"));
    assertThat(itemsOfA()).containsExactly("B*1", "C*1");
    // the instance's own linkbase prohibits A to B
    assertThat(itemsOfA("prohibit.xml")).containsExactly("C*1");
    assertThat(instance(PLAIN, linkbaseRef("prohibit.xml")).problems()).isEmpty();
  }

  @Test
  void aProhibitionActsOnlyOnAnEquivalentRelationship() throws Exception {
    schema("", "calc.xml");
    write("calc.xml", calculation());
    write("other-order.xml", prohibition("order='2' weight='1'"));
    write("other-weight.xml", prohibition("order='1' weight='2'"));
    write("same-order.xml", prohibition("order='1.0' weight='1.00'"));
    write("no-order.xml", prohibition("weight='1'"));
    assertThat(itemsOfA("other-order.xml")).containsExactly("B*1", "C*1");
    assertThat(itemsOfA("other-weight.xml")).containsExactly("B*1", "C*1");
    assertThat(itemsOfA("same-order.xml")).containsExactly("C*1");
    assertThat(itemsOfA("no-order.xml")).containsExactly("C*1");
  }

  @Test
  void aLocatorFragmentIsPercentDecoded() throws Exception {
    write("t.xsd", XSD_HEAD + "<xs:annotation><xs:appinfo>" + linkbaseRef("calc.xml") + "</xs:appinfo></xs:annotation>\n"
        + concept("A", "\u00e1", "monetaryItemType", null) + concept("B", "b", "monetaryItemType", null)
        + concept("C", "c", "monetaryItemType", null) + "</xs:schema>\n");
    write("calc.xml", calculation().replace("t.xsd#a", "t.xsd#%C3%A1"));
    assertThat(itemsOfA()).containsExactly("B*1", "C*1");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void schemaRefIsResolvedThroughXmlBase() throws Exception {
    schema("");
    write("sub/t.xsd", LB_HEAD + "</link:linkbase>\n");
    Report report = instance(PLAIN, "<link:schemaRef xml:base='sub/' xlink:type='simple' xlink:href='t.xsd'/>\n", "", "");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF);
    assertThat(report.problems()).extracting(Problem::message).anyMatch(m -> m.contains("linkbase"));
  }

  @Test
  void aSchemaOnlyALocatorReachesIsPartOfTheDts() throws Exception {
    schema("", "def.xml");
    write("u.xsd", XSD_HEAD.replace("'http://t'", "'http://u'").replace("xmlns:t=", "xmlns:u=")
        + "<xs:element name='D' id='d' type='xbrli:monetaryItemType' substitutionGroup='xbrli:item' xbrli:periodType='instant'/>\n"
        + "</xs:schema>\n");
    write("def.xml", LB_HEAD + "<link:definitionLink xlink:type='extended' xlink:role='http://www.xbrl.org/2003/role/link'>\n"
        + loc("A", "t.xsd#a") + loc("D", "u.xsd#d")
        + arc("definitionArc", "http://www.xbrl.org/2003/arcrole/general-special", "A", "D", "")
        + "</link:definitionLink>\n</link:linkbase>\n");
    Report report = instance(PLAIN, "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n", "",
        "<u:D contextRef='c' unitRef='u' decimals='0'>4</u:D>\n");
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void anXsiSchemaLocationHintIsUsedForSchemaValidation() throws Exception {
    schema("");
    write("attrs.xsd", "<?xml version='1.0'?>\n<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='http://u'>"
        + "<xs:attribute name='n' type='xs:integer'/></xs:schema>\n");
    String fact = "<t:A contextRef='c' unitRef='u' decimals='0' u:n='x'>3</t:A>";
    write("hinted.xml", "<?xml version='1.0'?>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
        + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:u='http://u'"
        + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:t='http://t'"
        + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:schemaLocation='http://u attrs.xsd'>\n"
        + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n"
        + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier></xbrli:entity>"
        + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id='u'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n" + fact + "</xbrli:xbrl>\n");
    assertThat(Validator.create(OfflineResolver.bundled(), PLAIN).validate(dir.resolve("hinted.xml")).problems()).extracting(Problem::code).contains(Rules.XSD);
  }

  private static String presentation(String role, String arcs) {
    return LB_HEAD + "<link:presentationLink xlink:type='extended' xlink:role='" + role + "'>\n"
        + loc("A", "t.xsd#a") + loc("B", "t.xsd#b") + loc("C", "t.xsd#c") + arcs + "</link:presentationLink>\n</link:linkbase>\n";
  }

  private static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";
  private static final String LINK_ROLE = "http://www.xbrl.org/2003/role/link";

  @Test
  void aDirectedParentChildCycleIsAnError() throws Exception {
    schema("", "pres.xml");
    write("pres.xml", presentation(LINK_ROLE, arc("presentationArc", PARENT_CHILD, "A", "B", "") + arc("presentationArc",
        PARENT_CHILD, "B", "C", "") + arc("presentationArc", PARENT_CHILD, "C", "A", "")));
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.DTS_CYCLE);
    // A to B, A to C and B to C: a cycle only when direction is ignored, which parent-child allows
    write("pres.xml", presentation(LINK_ROLE, arc("presentationArc", PARENT_CHILD, "A", "B", "") + arc("presentationArc",
        PARENT_CHILD, "A", "C", "") + arc("presentationArc", PARENT_CHILD, "B", "C", "")));
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  private static String arcroleType(String cycles, String usedOn) {
    return "<xs:annotation><xs:appinfo><link:arcroleType arcroleURI='http://t/custom' cyclesAllowed='" + cycles + "'>"
        + "<link:usedOn>" + usedOn + "</link:usedOn></link:arcroleType></xs:appinfo></xs:annotation>\n";
  }

  private static String definition(String refs, String arcs) {
    return LB_HEAD + refs + "<link:definitionLink xlink:type='extended' xlink:role='" + LINK_ROLE + "'>\n"
        + loc("A", "t.xsd#a") + loc("B", "t.xsd#b") + loc("C", "t.xsd#c") + arcs + "</link:definitionLink>\n</link:linkbase>\n";
  }

  private static final String ARCROLE_REF = "<link:arcroleRef xlink:type='simple' arcroleURI='http://t/custom' xlink:href='t.xsd#x'/>\n";

  @Test
  void aCustomArcroleThatAllowsNoCyclesRefusesAnUndirectedOne() throws Exception {
    String arcs = arc("definitionArc", "http://t/custom", "A", "B", "") + arc("definitionArc", "http://t/custom", "A", "C", "")
        + arc("definitionArc", "http://t/custom", "B", "C", "");
    write("def.xml", definition(ARCROLE_REF, arcs));
    schema(arcroleType("none", "link:definitionArc"), "def.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.DTS_CYCLE);
    schema(arcroleType("undirected", "link:definitionArc"), "def.xml");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void aCustomArcroleMustBeDeclaredReferencedAndUsedWhereItsTypeSays() throws Exception {
    String arcs = arc("definitionArc", "http://t/custom", "A", "B", "");
    write("def.xml", definition(ARCROLE_REF, arcs));
    schema("", "def.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_DECLARED);
    schema(arcroleType("any", "link:presentationArc"), "def.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_DECLARED);
    write("def.xml", definition("", arcs));
    schema(arcroleType("any", "link:definitionArc"), "def.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_DECLARED);
    write("def.xml", definition(ARCROLE_REF, arcs));
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void aCustomLinkRoleMustBeDeclared() throws Exception {
    write("pres.xml", presentation("http://t/role", arc("presentationArc", PARENT_CHILD, "A", "B", "")));
    schema("", "pres.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_DECLARED);
  }

  @Test
  void aRoleTypeDeclaredTwiceInOneSchemaIsAnError() throws Exception {
    String type = "<link:roleType roleURI='http://t/role' id='r'><link:usedOn>link:presentationLink</link:usedOn></link:roleType>";
    schema("<xs:annotation><xs:appinfo>" + type + type.replace("id='r'", "id='r2'") + "</xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_TYPE_CONFLICT);
  }

  @Test
  void aRoleRefTwiceForOneUriIsAnError() throws Exception {
    schema("<xs:annotation><xs:appinfo><link:roleType roleURI='http://t/role' id='r'><link:usedOn>link:presentationLink"
        + "</link:usedOn></link:roleType></xs:appinfo></xs:annotation>\n");
    String roleRef = "<link:roleRef xlink:type='simple' roleURI='http://t/role' xlink:href='t.xsd#r'/>\n";
    assertThat(instance(PLAIN, roleRef).problems()).isEmpty();
    assertThat(instance(PLAIN, roleRef + roleRef).problems()).extracting(Problem::code).containsExactly(Rules.ROLE_REF_DUPLICATE);
    write("pres.xml", LB_HEAD + roleRef + roleRef + "</link:linkbase>\n");
    assertThat(instance(PLAIN, linkbaseRef("pres.xml")).problems()).extracting(Problem::code)
        .containsExactly(Rules.ROLE_REF_DUPLICATE);
  }

  @Test
  void aSummationItemWeightMustAgreeWithTheBalances() throws Exception {
    write("t.xsd", XSD_HEAD + "<xs:annotation><xs:appinfo>" + linkbaseRef("calc.xml") + "</xs:appinfo></xs:annotation>\n"
        + concept("A", "a", "monetaryItemType", "debit") + concept("B", "b", "monetaryItemType", "credit")
        + concept("C", "c", "monetaryItemType", "debit") + "</xs:schema>\n");
    write("calc.xml", calculation());
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.CALC_WEIGHT);
    write("calc.xml", calculation().replace("order='1' weight='1'", "order='1' weight='-1'"));
    assertThat(instance(PLAIN, "").problems()).isEmpty();
    write("calc.xml", calculation().replace("order='2' weight='1'", "order='2' weight='0'"));
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).contains(Rules.CALC_WEIGHT);
  }

  @Test
  void aBalanceOnlyOnMonetaryItems() throws Exception {
    schema(concept("S", "s", "stringItemType", "credit"));
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.BALANCE_TYPE);
  }

  @Test
  void roleRulesAndCustomCyclesBindOnlyXbrlsOwnLinkElements() throws Exception {
    // an undeclared arcrole, unreferenced, in a cycle, on an arc of another namespace: no XBRL 2.1 rule speaks of it
    write("other.xml", LB_HEAD.replace("xmlns:link=", "xmlns:o='http://o' xmlns:link=")
        + "<o:link xlink:type='extended' xlink:role='http://o/role'>\n" + loc("A", "t.xsd#a") + loc("B", "t.xsd#b")
        + "<o:arc xlink:type='arc' xlink:arcrole='http://o/arcrole' xlink:from='A' xlink:to='B'/>\n"
        + "<o:arc xlink:type='arc' xlink:arcrole='http://o/arcrole' xlink:from='B' xlink:to='A'/>\n"
        + "</o:link>\n</link:linkbase>\n");
    schema(arcroleType("none", "link:definitionArc").replace("http://t/custom", "http://o/arcrole"), "other.xml");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void twoLinkbasesEmbeddedInOneSchemaEachHaveTheirOwnRoleRefs() throws Exception {
    String roleRef = "<link:roleRef xlink:type='simple' roleURI='http://t/role' xlink:href='t.xsd#r'/>";
    String linkbase = "<link:linkbase>" + roleRef + "</link:linkbase>";
    schema("<xs:annotation><xs:appinfo><link:roleType roleURI='http://t/role' id='r'><link:usedOn>link:presentationLink"
        + "</link:usedOn></link:roleType>" + linkbase + linkbase + "</xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
    schema("<xs:annotation><xs:appinfo><link:roleType roleURI='http://t/role' id='r'><link:usedOn>link:presentationLink"
        + "</link:usedOn></link:roleType><link:linkbase>" + roleRef + roleRef + "</link:linkbase></xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_REF_DUPLICATE);
  }

  @Test
  void aRoleTypeNamesEachElementInOneUsedOn() throws Exception {
    schema("<xs:annotation><xs:appinfo><link:roleType roleURI='http://t/role' id='r'><link:usedOn>link:presentationLink"
        + "</link:usedOn><link:usedOn xmlns:l='http://www.xbrl.org/2003/linkbase'>l:presentationLink</link:usedOn>"
        + "</link:roleType></xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_TYPE_CONFLICT);
  }

  @Test
  void aSummationItemArcJoinsNumericItemsOnly() throws Exception {
    write("t.xsd", XSD_HEAD + "<xs:annotation><xs:appinfo>" + linkbaseRef("calc.xml") + "</xs:appinfo></xs:annotation>\n"
        + concept("A", "a", "monetaryItemType", null) + concept("B", "b", "monetaryItemType", null)
        + concept("C", "c", "stringItemType", null) + "</xs:schema>\n");
    write("calc.xml", calculation());
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).contains(Rules.CALC_WEIGHT);
  }

  @Test
  void aPreferredLabelNamesARoleTheChildHasALabelIn() throws Exception {
    String terse = "http://www.xbrl.org/2003/role/terseLabel";
    write("pres.xml", presentation(LINK_ROLE, arc("presentationArc", PARENT_CHILD, "A", "B", "preferredLabel='" + terse + "'")));
    write("label.xml", LB_HEAD + "<link:labelLink xlink:type='extended' xlink:role='" + LINK_ROLE + "'>\n" + loc("B", "t.xsd#b")
        + "<link:label xlink:type='resource' xlink:label='l' xlink:role='" + terse + "' xml:lang='ja'>B</link:label>\n"
        + arc("labelArc", "http://www.xbrl.org/2003/arcrole/concept-label", "B", "l", "") + "</link:labelLink>\n</link:linkbase>\n");
    schema("", "pres.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.PREFERRED_LABEL);
    schema("", "pres.xml", "label.xml");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void aLinkbaseRefRoleNamesTheKindOfLinkItsLinkbaseHolds() throws Exception {
    write("calc.xml", calculation());
    String ref = "<link:linkbaseRef xlink:type='simple' xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'"
        + " xlink:role='http://www.xbrl.org/2003/role/ROLE' xlink:href='calc.xml'/>";
    schema("<xs:annotation><xs:appinfo>" + ref.replace("ROLE", "labelLinkbaseRef") + "</xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.LINKBASE_REF_ROLE);
    schema("<xs:annotation><xs:appinfo>" + ref.replace("ROLE", "calculationLinkbaseRef") + "</xs:appinfo></xs:annotation>\n");
    assertThat(instance(PLAIN, "").problems()).isEmpty();
  }

  @Test
  void xmlBaseOnTheElementsAroundALinkbaseRefIsHonoured() throws Exception {
    write("base/base/calc.xml", calculation().replace("t.xsd#", "../../t.xsd#"));
    write("base/calc.xml", "not XML");
    write("t.xsd", XSD_HEAD + "<xs:annotation xml:base='base/'><xs:appinfo xml:base='base/'>" + linkbaseRef("calc.xml")
        + "</xs:appinfo></xs:annotation>\n" + concept("A", "a", "monetaryItemType", null) + concept("B", "b", "monetaryItemType", null)
        + concept("C", "c", "monetaryItemType", null) + "</xs:schema>\n");
    assertThat(itemsOfA()).containsExactly("B*1", "C*1");
  }

  @Test
  void aTaxonomySchemaIsValidatedAsAnEntryPoint() throws Exception {
    write("pres.xml", presentation(LINK_ROLE, arc("presentationArc", PARENT_CHILD, "A", "B", "")
        + arc("presentationArc", PARENT_CHILD, "B", "A", "")));
    schema("", "pres.xml");
    Validator validator = Validator.create(OfflineResolver.bundled(), PLAIN);
    assertThat(validator.validateTaxonomy(dir.resolve("t.xsd")).problems()).extracting(Problem::code)
        .containsExactly(Rules.DTS_CYCLE);
    schema("");
    assertThat(Validator.create(OfflineResolver.bundled(), PLAIN).validateTaxonomy(dir.resolve("t.xsd")).problems()).isEmpty();
  }

  @Test
  void anXbrlArcroleBelongsOnItsOwnArc() throws Exception {
    write("calc.xml", calculation().replace(SUMMATION + "' xlink:from='A' xlink:to='B'", PARENT_CHILD + "' xlink:from='A' xlink:to='B'"));
    schema("", "calc.xml");
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ROLE_DECLARED);
  }

  @Test
  void anEssenceAndItsAliasShareTypeAndPeriodType() throws Exception {
    String essenceAlias = "http://www.xbrl.org/2003/arcrole/essence-alias";
    write("def.xml", definition("", arc("definitionArc", essenceAlias, "A", "C", "")));
    write("t.xsd", XSD_HEAD + "<xs:annotation><xs:appinfo>" + linkbaseRef("def.xml") + "</xs:appinfo></xs:annotation>\n"
        + concept("A", "a", "monetaryItemType", null) + concept("B", "b", "monetaryItemType", null)
        + concept("C", "c", "decimalItemType", null) + "</xs:schema>\n");
    Report report = instance(PLAIN, "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n", "", "");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.ESSENCE_ALIAS);
    write("def.xml", definition("", arc("definitionArc", essenceAlias, "A", "B", "")));
    // alike concepts: no taxonomy problem (their facts, 3 and 1, are the instance rule's business)
    assertThat(instance(PLAIN, "").problems()).extracting(Problem::code).containsExactly(Rules.ESSENCE_ALIAS_VALUES);
  }
}
