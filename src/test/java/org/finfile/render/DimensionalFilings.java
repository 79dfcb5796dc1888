package org.finfile.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.Unit;
import org.finfile.model.XmlFragment;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;

/** Dimensional filings built in code, on the tiny taxonomy src/test/resources/render/dims/dims.xsd. */
public final class DimensionalFilings {
  private DimensionalFilings() {}

  public static final String NS = "http://finfile.org/test/dims";
  public static final QName REVENUES = new QName(NS, "Revenues");
  public static final QName PRODUCT = new QName(NS, "ProductAxis");
  public static final QName REGION = new QName(NS, "RegionAxis");
  public static final Entity ENTITY = new Entity("http://www.sec.gov/CIK", "0000320193");
  public static final Period YEAR = Period.duration(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
  public static final Unit USD = Unit.of("usd", new QName(Unit.ISO4217, "USD"));

  public static Taxonomy taxonomy() throws Exception {
    return Taxonomy.load(TestFiles.base().resolve("src/test/resources/render/dims/dims.xsd").toUri().toString(), null,
        OfflineResolver.bundled());
  }

  public static Qualifiers product(String member) {
    return Qualifiers.of(new Qualifiers.ExplicitMember(PRODUCT, new QName(NS, member, "d")));
  }

  /** The typed region member {@code <d:region>Europe</d:region>}, as a reader would keep it. */
  public static Qualifiers europe() {
    return Qualifiers.of(new Qualifiers.TypedMember(REGION,
        new XmlFragment("<d:region xmlns:d=\"" + NS + "\">Europe</d:region>", "<{" + NS + "}region>Europe</>")));
  }

  /** Revenues for the whole entity, two products, a region (typed), and one member of a namespace the filing does not declare. */
  public static Filing filing() {
    Context whole = new Context("c", ENTITY, YEAR);
    Context phones = new Context("c-phones", ENTITY, YEAR, product("PhoneMember"), Qualifiers.NONE);
    Context computers = new Context("c-computers", ENTITY, YEAR, product("ComputerMember"), Qualifiers.NONE);
    Context europe = new Context("c-europe", ENTITY, YEAR, europe(), Qualifiers.NONE);
    Context other = new Context("c-other", ENTITY, YEAR, Qualifiers.NONE, Qualifiers.of(
        new Qualifiers.ExplicitMember(new QName("urn:scenarios", "ScenarioAxis"), new QName("urn:scenarios", "BudgetMember"))));
    List<Context> contexts = List.of(whole, phones, computers, europe, other);
    List<Fact> facts = List.of(
        fact("f-whole", whole, "1000"), fact("f-phones", phones, "600"), fact("f-computers", computers, "400"),
        fact("f-europe", europe, "250"), fact("f-budget", other, "1100"));
    return new Filing(List.of("dims.xsd"), Map.of("d", NS), contexts, List.of(USD), facts, List.of(),
        org.finfile.model.DocumentInfo.NONE);
  }

  public static Fact fact(String id, Context c, String value) {
    return new Fact(id, REVENUES, c, USD, new FactValue.Numeric(new BigDecimal(value)), Accuracy.Decimals.of(0), null);
  }

  public static Filing legacy() {
    Context c = new Context("c-legacy", ENTITY, YEAR, Qualifiers.of(new Qualifiers.Other(new XmlFragment(
        "<x:unit xmlns:x=\"urn:legacy\" kind=\"b\" code=\"a\">old &amp; new<x:part>2</x:part></x:unit>",
        "<{urn:legacy}unit {}code=\"a\" {}kind=\"b\">old &amp; new<{urn:legacy}part>2</></>"))), Qualifiers.NONE);
    return new Filing(List.of("dims.xsd"), Map.of("d", NS), List.of(c), List.of(USD), List.of(fact("f", c, "5")), List.of(),
        org.finfile.model.DocumentInfo.NONE);
  }
}
