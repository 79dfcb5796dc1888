package org.finfile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class QualifiersTest {
  private static final String US = "http://fasb.org/us-gaap/2023";
  private static final QName SEGMENT_AXIS = new QName(US, "StatementBusinessSegmentsAxis", "us-gaap");
  private static final QName PRODUCT_AXIS = new QName(US, "ProductOrServiceAxis", "us-gaap");
  private static final Entity ENTITY = new Entity("http://www.sec.gov/CIK", "0000320193");

  private static Qualifiers.Part explicit(QName dimension, String member) {
    return new Qualifiers.ExplicitMember(dimension, new QName(US, member, "us-gaap"));
  }

  @Test
  void dimensionMembersAreASetButOtherContentKeepsItsOrder() {
    Qualifiers ab = Qualifiers.of(explicit(SEGMENT_AXIS, "AmericasMember"), explicit(PRODUCT_AXIS, "IPhoneMember"));
    Qualifiers ba = Qualifiers.of(explicit(PRODUCT_AXIS, "IPhoneMember"), explicit(SEGMENT_AXIS, "AmericasMember"));
    assertEquals(ab, ba);
    assertEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, Qualifiers.of(explicit(SEGMENT_AXIS, "EuropeMember"), explicit(PRODUCT_AXIS, "IPhoneMember")));

    Qualifiers.Part x = new Qualifiers.Other(new XmlFragment("<a:x xmlns:a=\"u\"/>", "{u}x"));
    Qualifiers.Part y = new Qualifiers.Other(new XmlFragment("<a:y xmlns:a=\"u\"/>", "{u}y"));
    assertNotEquals(Qualifiers.of(x, y), Qualifiers.of(y, x));
  }

  @Test
  void fragmentsCompareByValueNotSpelling() {
    XmlFragment a = new XmlFragment("<a:id xmlns:a=\"u\">7</a:id>", "{u}id=7");
    XmlFragment b = new XmlFragment("<b:id xmlns:b=\"u\">7</b:id>", "{u}id=7");
    assertEquals(a, b);
    assertNotEquals(a, new XmlFragment("<a:id xmlns:a=\"u\">8</a:id>", "{u}id=8"));
  }

  @Test
  void aDimensionAppearsOnce() {
    assertThrows(IllegalArgumentException.class,
        () -> Qualifiers.of(explicit(SEGMENT_AXIS, "AmericasMember"), explicit(SEGMENT_AXIS, "EuropeMember")));
  }

  @Test
  void contextsAreTheSameWhateverTheirIds() {
    Period year = Period.duration(LocalDate.of(2022, 9, 25), LocalDate.of(2023, 9, 30));
    Context c1 = new Context("c-1", ENTITY, year, Qualifiers.of(explicit(SEGMENT_AXIS, "AmericasMember")), Qualifiers.NONE);
    Context c2 = new Context("c-2", ENTITY, year, Qualifiers.of(explicit(SEGMENT_AXIS, "AmericasMember")), Qualifiers.NONE);
    Context plain = new Context("c-3", ENTITY, year);
    assertTrue(c1.sameAs(c2));
    assertTrue(c1.isQualified());
    assertTrue(!plain.isQualified() && !plain.sameAs(c1));
  }

  @Test
  void dateTimeBoundsKeepTheirLexicalForm() {
    Period.Instant noon = new Period.Instant(LocalDate.of(2005, 12, 31), "T12:00:00Z");
    assertEquals("2005-12-31T12:00:00Z", noon.lexical());
    assertEquals("2005-12-31", new Period.Instant(LocalDate.of(2005, 12, 31)).lexical());
    assertThrows(IllegalArgumentException.class, () -> new Period.Instant(LocalDate.of(2005, 12, 31), "noon"));
    Period.Duration d = new Period.Duration(LocalDate.of(2005, 1, 1), "T00:00:00", LocalDate.of(2005, 12, 31), "T23:59:59");
    assertEquals("2005-01-01T00:00:00", d.startLexical());
    assertEquals("2005-12-31T23:59:59", d.endLexical());
  }
}
