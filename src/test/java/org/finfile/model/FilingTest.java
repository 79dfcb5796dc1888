package org.finfile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class FilingTest {
  static final Entity ENTITY = new Entity("http://x", "X");
  static final Context C = new Context("c", ENTITY, Period.instant(LocalDate.of(2003, 3, 31)));
  static final Unit JPY = Unit.of("JPY", new QName(Unit.ISO4217, "JPY"));
  static final QName CASH = new QName("urn:t", "Cash");

  static Fact cash(String id, Context c) {
    return new Fact(id, CASH, c, JPY, new FactValue.Numeric(BigDecimal.ONE), Accuracy.Decimals.of(0), null);
  }

  @Test
  void idsAreUniqueAcrossContextsUnitsAndFacts() {
    assertThatThrownBy(() -> new Filing(List.of("t.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(cash("JPY", C)), List.of()))
        .hasMessageContaining("repeated").hasMessageContaining("JPY");
  }

  @Test
  void factsUseTheFilingsOwnContextsAndFootnotesItsOwnFacts() {
    Context other = new Context("d", ENTITY, Period.instant(LocalDate.of(2002, 3, 31)));
    assertThatThrownBy(() -> new Filing(List.of("t.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(cash("f", other)), List.of()))
        .hasMessageContaining("context d not in the filing");
    assertThatThrownBy(() -> new Filing(List.of("t.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(cash("f", C)),
        List.of(Footnote.of("n", "en", "note", List.of("nope"))))).hasMessageContaining("#nope");
    assertThat(new Filing(List.of("t.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(cash("f", C)),
        List.of(Footnote.of("n", "en", "note", List.of("f")))).facts()).hasSize(1);
  }

  @Test
  void numericFactsNeedUnitAndAccuracyNilFactsHaveNone() {
    assertThatThrownBy(() -> new Fact("f", CASH, C, null, new FactValue.Numeric(BigDecimal.ONE), Accuracy.Decimals.of(0), null))
        .hasMessageContaining("needs a unit");
    assertThatThrownBy(() -> new Fact("f", CASH, C, JPY, FactValue.NIL, Accuracy.Decimals.of(0), null))
        .hasMessageContaining("nil fact has no accuracy");
    assertThatThrownBy(() -> new Fact("1f", CASH, C, JPY, FactValue.NIL, null, null)).hasMessageContaining("not an XML id");
  }

  @Test
  void accuracyReadsIntegersAndInfOnly() {
    assertThat(Accuracy.decimals("-3")).isEqualTo(Accuracy.Decimals.of(-3));
    assertThat(Accuracy.decimals("INF")).isEqualTo(Accuracy.Decimals.INF);
    assertThat(Accuracy.precision("4").lexical()).isEqualTo("4");
    assertThatThrownBy(() -> Accuracy.decimals("2.5")).hasMessageContaining("not an integer or INF");
    assertThatThrownBy(() -> Accuracy.precision("-1")).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> Period.duration(LocalDate.of(2003, 3, 31), LocalDate.of(2003, 1, 1)))
        .hasMessageContaining("before it starts");
  }

  @Test
  void factsWithoutIdsGetStableIdsThatCollideWithNothing() {
    Context taken = new Context("fact-1", ENTITY, Period.instant(LocalDate.of(2003, 3, 31)));
    Filing filing = new Filing(List.of("t.xsd"), Map.of(), List.of(taken), List.of(JPY),
        List.of(cash(null, taken), cash("fact-3", taken), cash(null, taken), cash(null, taken)), List.of());
    assertThat(filing.factIds()).containsExactly("fact-1_", "fact-3", "fact-3_", "fact-4");
    assertThat(filing.factIds()).isEqualTo(filing.factIds()).doesNotHaveDuplicates();
  }

  @Test
  void schemaReferencesMoveWithTheirAttributes() {
    QName href = new QName(DocumentInfo.XLINK_NS, "href", "xlink");
    QName arcrole = new QName(DocumentInfo.XLINK_NS, "arcrole", "xlink");
    DocumentInfo info = new DocumentInfo(Map.of(new QName(DocumentInfo.XML_NS, "lang", "xml"), "en"),
        List.of(new DocumentInfo.Reference(new QName(DocumentInfo.LINK_NS, "schemaRef", "link"),
            Map.of(href, "t.xsd", arcrole, "http://www.w3.org/1999/xlink/properties/linkbase"))),
        List.of("<!-- made by hand -->"));
    Filing filing = new Filing(List.of("t.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(cash("f", C)), List.of(), info);
    Filing moved = filing.withReferences(h -> "../" + h);
    assertThat(moved.document().schemaRefHrefs()).containsExactly("../t.xsd");
    assertThat(moved.document().references().get(0).attributes()).containsEntry(arcrole,
        "http://www.w3.org/1999/xlink/properties/linkbase");
    assertThat(moved.lang()).isEqualTo("en");
    assertThatThrownBy(() -> new Filing(List.of("u.xsd"), Map.of(), List.of(C), List.of(JPY), List.of(), List.of(), info))
        .hasMessageContaining("not the filing's");
  }
}
