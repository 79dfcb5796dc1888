package org.finfile.oim;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.model.Period;
import org.finfile.render.Renderer;
import org.finfile.taxonomy.Taxonomy;

/**
 * Facts and footnotes as OIM sees them, to compare a filing with what an OIM report of it reads
 * back as: ids, concepts, entities and periods, units as QNames, accuracy as OIM decimals (no
 * precision, nothing for INF), nil, and values (numbers by value, text exactly). Contexts and
 * units are compared by content, never by id.
 */
final class FactsOut {
  private FactsOut() {}

  /** One line per fact, sorted. */
  static List<String> facts(Filing filing) {
    List<String> ids = filing.factIds();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Fact f = filing.facts().get(i);
      lines.add(String.join(" | ", ids.get(i), f.concept().toString(), f.context().entity().scheme(),
          f.context().entity().identifier(), period(f.context().period()), unit(f), decimals(f),
          f.value() instanceof FactValue.Nil ? "nil" : value(f.value())));
    }
    return lines.stream().sorted().toList();
  }

  /** One line per footnote resource: language (lower case, as OIM has it), text, the facts it annotates. */
  static List<String> footnotes(Filing filing) {
    List<String> lines = new ArrayList<>();
    for (Footnote link : filing.footnotes()) {
      Map<String, String> facts = link.locators().stream().collect(Collectors.toMap(Footnote.Locator::label, Footnote.Locator::factId));
      for (Footnote.Resource r : link.resources()) {
        String annotated = link.arcs().stream().filter(a -> a.to().equals(r.label())).map(a -> facts.get(a.from()))
            .sorted().collect(Collectors.joining(","));
        lines.add(r.lang().toLowerCase(Locale.ROOT) + " | " + r.text() + " | " + annotated);
      }
    }
    return lines.stream().sorted().toList();
  }

  private static String period(Period p) {
    return p instanceof Period.Instant i ? i.date().toString()
        : p instanceof Period.Duration d ? d.start() + "/" + d.end() : "forever";
  }

  private static String unit(Fact f) {
    if (f.unit() == null) {
      return "-";
    }
    return measures(f.unit().numerator()) + "/" + measures(f.unit().denominator());
  }

  private static String measures(List<QName> measures) {
    return measures.stream().map(QName::toString).sorted().collect(Collectors.joining("*"));
  }

  private static String decimals(Fact f) {
    if (f.accuracy() == null || f.accuracy().infinite()) {
      return "-";
    }
    if (f.accuracy() instanceof Accuracy.Decimals d) {
      return Integer.toString(d.places());
    }
    BigDecimal v = ((FactValue.Numeric) f.value()).value();
    int digits = ((Accuracy.Precision) f.accuracy()).digits();
    return v.signum() == 0 ? "-" : Integer.toString(digits - (v.precision() - v.scale() - 1) - 1);
  }

  private static String value(FactValue v) {
    return v instanceof FactValue.Numeric n ? n.value().stripTrailingZeros().toPlainString() : "'" + ((FactValue.Text) v).text() + "'";
  }

  /** Renders {@code filing} as xBRL-JSON into {@code dir}; the report's path. */
  static Path json(Filing filing, Taxonomy taxonomy, Path dir, String name) throws Exception {
    Path file = dir.resolve(name + ".json");
    for (var f : Renderer.renderFiles(filing, taxonomy, Renderer.Format.XBRL_JSON, name).entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    return file;
  }

  /** Renders {@code filing} as xBRL-CSV into {@code dir}; the metadata's path. */
  static Path csv(Filing filing, Taxonomy taxonomy, Path dir, String name) throws Exception {
    for (var f : Renderer.renderFiles(filing, taxonomy, Renderer.Format.XBRL_CSV, name).entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    return dir.resolve(name + "-metadata.json");
  }
}
