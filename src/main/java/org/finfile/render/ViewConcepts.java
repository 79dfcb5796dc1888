package org.finfile.render;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.finfile.model.Fact;
import org.finfile.model.Filing;
import org.finfile.oim.Oim;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Labels;
import org.finfile.taxonomy.Taxonomy;

/**
 * The concepts a filing's facts use, in the view ({@code v:concept}): what the taxonomy says of
 * each, so that a stylesheet needs nothing but the view. One pass over the facts; a filing has
 * few concepts beside its facts.
 */
final class ViewConcepts {
  private ViewConcepts() {}

  /** Writes a {@code v:concept} per concept of {@code filing}'s facts, in order of first use. */
  static void write(XMLStreamWriter xml, Filing filing, Taxonomy taxonomy, Map<String, String> prefixes, Labels labels,
      String lang) throws XMLStreamException {
    Map<QName, Boolean> used = new LinkedHashMap<>();
    for (Fact f : filing.facts()) {
      used.putIfAbsent(f.concept(), Boolean.TRUE);
    }
    for (QName name : used.keySet()) {
      Concept c = taxonomy == null ? null : taxonomy.concept(name).orElse(null);
      xml.writeEmptyElement("v", "concept", View.NS);
      xml.writeAttribute("name", View.prefixed(name, prefixes));
      xml.writeAttribute("label", labels.label(name, Labels.STANDARD, lang));
      if (c != null) {
        xml.writeAttribute("type", View.prefixed(c.itemType(), prefixes));
        if (c.periodType() != null) {
          xml.writeAttribute("period", c.periodType() == Concept.PeriodType.INSTANT ? "instant" : "duration");
        }
        if (c.balance() != null) {
          xml.writeAttribute("balance", c.balance() == Concept.Balance.DEBIT ? "debit" : "credit");
        }
        xml.writeAttribute("abstract", Boolean.toString(c.isAbstract()));
      }
      // a concept the taxonomy does not know counts as text, as in finfile's OIM formats
      xml.writeAttribute("takes-language", Boolean.toString(c == null || Oim.takesLanguage(c)));
    }
  }
}
