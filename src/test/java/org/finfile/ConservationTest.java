package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.finfile.inline.InlineXbrl;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.oim.Oim;
import org.finfile.packages.ReportPackage;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.finfile.render.Renderer;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No format loses or changes a fact: every fixture instance, written in every format finfile
 * writes and read back, has the same facts — by count and by value (concept, entity, period,
 * unit measures, exact value or nil, accuracy) — and the same footnotes on them. Ids, context
 * and unit ids and document order may differ; nothing else may. The package formats need the
 * filing's taxonomy, so a filing whose taxonomy is not offline (nflx's US-GAAP 2009) skips them.
 */
class ConservationTest {
  @TempDir
  Path dir;

  /** A format that carries every fact: written from a filing, read back into one. */
  enum Format {
    INSTANCE {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InstanceWriter.write(filing, out);
        return InstanceReader.read(new ByteArrayInputStream(out.toByteArray()), dir.toUri().toString(), "written.xml");
      }
    },
    IXBRL {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderer.render(filing, null, Renderer.Format.IXBRL, out);
        return InlineXbrl.read(new ByteArrayInputStream(out.toByteArray()), dir.toUri().toString(), "page.xhtml");
      }
    },
    XBRL_JSON {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        for (var f : Renderer.renderFiles(filing, null, Renderer.Format.XBRL_JSON, "report").entrySet()) {
          Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return Oim.read(dir.resolve("report.json"), null);
      }
    },
    XBRL_CSV {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        for (var f : Renderer.renderFiles(filing, null, Renderer.Format.XBRL_CSV, "report").entrySet()) {
          Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return Oim.read(dir.resolve("report-metadata.json"), null);
      }
    },
    /** A report package (.xbr) with the filing's taxonomy. */
    XBR {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        Path xbr = dir.resolve("report.xbr");
        Files.write(xbr, ReportPackage.xbr("report", filing, taxonomy(filing, source)));
        try (Input input = Input.open(xbr, OfflineResolver.bundled())) {
          return input.filing();
        }
      }
    },
    /** An inline report package (.xbri): the page with the filing's taxonomy. */
    XBRI {
      @Override
      Filing through(Filing filing, Path source, Path dir) throws Exception {
        Taxonomy taxonomy = taxonomy(filing, source);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        Renderer.render(ReportPackage.inReports(filing, source.toUri().toString(), taxonomy), taxonomy,
            Renderer.Format.IXBRL, page);
        Path xbri = dir.resolve("report.xbri");
        Files.write(xbri, ReportPackage.xbri("report", page.toByteArray(), taxonomy));
        try (Input input = Input.open(xbri, OfflineResolver.bundled())) {
          return input.filing();
        }
      }
    };

    /** The taxonomy a package must hold; a filing whose taxonomy is not offline cannot be packaged. */
    static Taxonomy taxonomy(Filing filing, Path source) {
      try {
        return Taxonomy.load(filing.schemaRefs(), source.toUri().toString(), OfflineResolver.bundled());
      } catch (InputException e) {
        Assumptions.abort("its taxonomy is not available offline, so it cannot be packaged: " + e.getMessage());
        return null;
      }
    }

    abstract Filing through(Filing filing, Path source, Path dir) throws Exception;

    /**
     * OIM has no precision: a fact's {@code precision} becomes the {@code decimals} it implies
     * (XBRL 2.1 §4.6.6; 5 significant digits of 44018000000 are decimals -6), the same accuracy.
     */
    boolean precisionAsDecimals() {
      return this == XBRL_CSV || this == XBRL_JSON;
    }
  }

  @TempDir
  static Path converted;

  @BeforeAll
  static void convertTheExample() throws Exception {
    Finfile.write(Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping()), converted, "iij-fy2002.xml");
  }

  static Stream<Arguments> fixturesAndFormats() {
    List<Arguments> all = new ArrayList<>();
    for (String fixture : fixtures().keySet()) {
      for (Format format : Format.values()) {
        all.add(Arguments.of(fixture, format));
      }
    }
    return all.stream();
  }

  static Map<String, Path> fixtures() {
    Map<String, Path> fixtures = new java.util.LinkedHashMap<>();
    fixtures.put("the example", converted.resolve("iij-fy2002.xml"));
    fixtures.put("edge cases", TestFiles.base().resolve("src/test/resources/roundtrip/edge-cases.xml"));
    fixtures.put("facts without ids", TestFiles.base().resolve("src/test/resources/conservation/id-less.xml"));
    fixtures.put("nflx2010q3", TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize());
    return fixtures;
  }

  @ParameterizedTest(name = "{0} through {1}")
  @MethodSource("fixturesAndFormats")
  void factsOutEqualFactsIn(String fixture, Format format) throws Exception {
    Path file = fixtures().get(fixture);
    Assumptions.assumeTrue(Files.isRegularFile(file) || System.getenv("CI") != null,
        file + " is not here (../shared is absent); skipped");
    Filing in = InstanceReader.read(file);
    Filing out = format.through(in, file, dir);
    assertThat(out.facts()).as("fact count").hasSameSizeAs(in.facts());
    assertThat(canonical(out, false)).as("facts by value").isEqualTo(canonical(in, format.precisionAsDecimals()));
  }

  /**
   * Every fact as one line of its values (and the footnotes on it), sorted: a multiset. Language
   * tags compare without case, as BCP 47 says they do.
   */
  static List<String> canonical(Filing filing, boolean precisionAsDecimals) {
    Map<String, List<String>> notes = new HashMap<>();
    for (Footnote link : filing.footnotes()) {
      for (Footnote.Arc arc : link.arcs()) {
        for (Footnote.Locator l : link.locators()) {
          if (l.label().equals(arc.from())) {
            for (Footnote.Resource r : link.resources()) {
              if (r.label().equals(arc.to())) {
                notes.computeIfAbsent(l.factId(), k -> new ArrayList<>())
                    .add(r.lang().toLowerCase(java.util.Locale.ROOT) + ":" + r.text());
              }
            }
          }
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (Fact f : filing.facts()) {
      List<String> on = new ArrayList<>(f.id() == null ? List.of() : notes.getOrDefault(f.id(), List.of()));
      on.sort(Comparator.naturalOrder());
      lines.add(String.join(" | ", name(f.concept()),
          f.context().entity().scheme() + "#" + f.context().entity().identifier(),
          f.context().period().toString(),
          f.unit() == null ? "-" : measures(f.unit().numerator()) + "/" + measures(f.unit().denominator()),
          value(f.value()),
          accuracy(f, precisionAsDecimals),
          "notes " + on));
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  private static String accuracy(Fact f, boolean precisionAsDecimals) {
    if (f.accuracy() instanceof Accuracy.Precision p && precisionAsDecimals && f.value() instanceof FactValue.Numeric n
        && n.value().signum() != 0) {
      if (p.infinite()) {
        return "decimals INF";
      }
      BigDecimal v = n.value().abs();
      int magnitude = v.precision() - v.scale() - 1;
      return "decimals " + (p.digits() - magnitude - 1);
    }
    return f.accuracy() instanceof Accuracy.Decimals d ? "decimals " + d.lexical()
        : f.accuracy() instanceof Accuracy.Precision p ? "precision " + p.lexical() : "-";
  }

  private static String name(QName q) {
    return "{" + q.getNamespaceURI() + "}" + q.getLocalPart();
  }

  private static String measures(List<QName> measures) {
    return measures.stream().map(ConservationTest::name).sorted().toList().toString();
  }

  private static String value(FactValue v) {
    if (v instanceof FactValue.Numeric n) {
      BigDecimal d = n.value();
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    return v instanceof FactValue.Text t ? "'" + t.text() + "'" : "nil";
  }
}
