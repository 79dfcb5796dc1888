package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.render.Renderer;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * The inline XBRL page is itself the filing: valid XHTML 1.1 and Inline XBRL 1.1 (by finfile's
 * compact schemas), one unique id per fact, and its facts and footnotes read back equal the
 * source's, by count and by value.
 */
class InlineXbrlTest {
  private static final Pattern FACT_ID = Pattern.compile("<ix:(?:nonFraction|nonNumeric)\\b[^>]*?\\sid=\"([^\"]*)\"");

  static byte[] page(Filing filing, Taxonomy taxonomy) throws Exception {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    Renderer.render(filing, taxonomy, Renderer.Format.IXBRL, page);
    return page.toByteArray();
  }

  static Filing readBack(byte[] page) throws Exception {
    return InlineXbrl.read(new ByteArrayInputStream(page), "memory:page.xhtml", "page.xhtml");
  }

  static List<org.finfile.validate.Problem> problems(byte[] page) throws Exception {
    return InlineSchema.check(new ByteArrayInputStream(page), "memory:page.xhtml", "page.xhtml");
  }

  /** A fact as the comparison sees it: everything but its id and source. */
  record Seen(QName concept, String context, String unit, String value, String accuracy, boolean nil) {}

  static List<Seen> seen(Filing filing) {
    List<Seen> all = new ArrayList<>();
    for (Fact f : filing.facts()) {
      String value = f.value() instanceof FactValue.Numeric n ? n.value().stripTrailingZeros().toPlainString()
          : f.value() instanceof FactValue.Text t ? t.text() : null;
      String accuracy = f.accuracy() instanceof Accuracy.Decimals d ? "decimals " + d.lexical()
          : f.accuracy() instanceof Accuracy.Precision p ? "precision " + p.lexical() : null;
      all.add(new Seen(f.concept(), f.context().id(), f.unit() == null ? null : f.unit().id(), value, accuracy,
          f.value() instanceof FactValue.Nil));
    }
    return all;
  }

  /** Each footnote: its link role, role, language, text, and the facts (by id) it annotates, with arc role and order. */
  static List<String> notes(Filing filing) {
    List<String> all = new ArrayList<>();
    for (Footnote link : filing.footnotes()) {
      for (Footnote.Resource r : link.resources()) {
        List<String> annotated = new ArrayList<>();
        for (Footnote.Arc a : link.arcs()) {
          if (a.to().equals(r.label())) {
            link.locators().stream().filter(l -> l.label().equals(a.from()))
                .forEach(l -> annotated.add(l.factId() + " " + a.arcrole() + " " + a.order()));
          }
        }
        annotated.sort(null);
        all.add(link.role() + " | " + r.role() + " | " + r.lang() + " | " + r.text() + " | " + annotated);
      }
    }
    return all;
  }

  static List<String> factIds(byte[] page) {
    List<String> ids = new ArrayList<>();
    Matcher m = FACT_ID.matcher(new String(page, StandardCharsets.UTF_8));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static void keep(byte[] page, String name) throws Exception {
    Path dir = TestFiles.base().resolve("target/render");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), page);
  }

  @Test
  void theFactsOfThePageAreTheFactsOfTheFiling() throws Exception {
    Filing source = InstanceReader.read(TestFiles.expectedInstance());
    Taxonomy taxonomy = Taxonomy.load(TestFiles.exampleTaxonomy().toUri().toString(),
        null, OfflineResolver.bundled());
    byte[] page = page(source, taxonomy);
    keep(page, "iij-fy2002.xhtml");

    Filing extracted = readBack(page);
    assertThat(extracted.facts()).hasSameSizeAs(source.facts());
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    InstanceWriter.write(extracted, back);
    Diff diff = DiffBuilder.compare(Files.readAllBytes(TestFiles.expectedInstance()))
        .withTest(back.toByteArray())
        .withAttributeFilter(a -> !"http://finfile.org/source/1.0".equals(a.getNamespaceURI()))
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("id")))
        .ignoreWhitespace().checkForSimilar().build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  @Test
  void theConvertedExampleIsValidXhtmlAndInlineXbrl() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    byte[] page = page(c.filing(), c.taxonomy());
    String text = new String(page, StandardCharsets.UTF_8);
    assertThat(problems(page)).isEmpty();
    assertThat(text).doesNotContain("<section", "class=\"\"", "id=\"\"").contains("<style type=\"text/css\">");
    assertThat(text).contains("format=\"ixt:num-dot-decimal\"", "scale=\"3\"", "sign=\"-\"");
    assertThat(factIds(page)).hasSize(c.filing().facts().size()).doesNotHaveDuplicates();
    assertThat(seen(readBack(page))).containsExactlyInAnyOrderElementsOf(seen(c.filing()));
  }

  @Test
  void factsWithoutIdsGetUniqueStableIdsAndReadBackUnchanged() throws Exception {
    Path file = TestFiles.base().resolve("src/test/resources/inline/id-less.xml");
    Filing read = InstanceReader.read(file);
    Filing source = new Filing(read.schemaRefs(), read.namespaces(), read.contexts(), read.units(), read.facts(),
        read.footnotes(), read.document().withLang("en"));
    Taxonomy taxonomy = Taxonomy.load(source.schemaRefs(), file.toUri().toString(), OfflineResolver.bundled());
    assertThat(source.facts()).filteredOn(f -> f.id() == null).hasSize(4);
    byte[] page = page(source, taxonomy);
    keep(page, "id-less.xhtml");

    assertThat(problems(page)).isEmpty();
    List<String> ids = factIds(page);
    assertThat(ids).hasSize(source.facts().size()).doesNotHaveDuplicates().doesNotContain("", "FY", "END", "JPY")
        .contains("fact-3", "fact-3_", "cash");
    assertThat(page(source, taxonomy)).as("a second run writes the same page").isEqualTo(page);
    String text = new String(page, StandardCharsets.UTF_8);
    assertThat(text).containsPattern("<html xmlns=\"http://www.w3.org/1999/xhtml\"[^>]* xml:lang=\"en\"")
        .contains("Test  Company &amp; Sons &lt;Ltd&gt;")
        .containsPattern("<ix:nonFraction[^>]*xsi:nil=\"true\"[^>]*></ix:nonFraction>")
        .containsPattern("<ix:relationship fromRefs=\"cash\" toRefs=\"note1\"\\s*/?>");
    assertThat(text).as("a nil fact has no format, sign or decimals")
        .doesNotContainPattern("<ix:nonFraction[^>]*xsi:nil[^>]*(format|sign|decimals)=")
        .doesNotContainPattern("<ix:nonFraction[^>]*(format|sign|decimals)=[^>]*xsi:nil");

    Filing back = readBack(page);
    assertThat(seen(back)).containsExactlyInAnyOrderElementsOf(seen(source));
    assertThat(back.facts()).filteredOn(f -> f.concept().getLocalPart().equals("OtherIncomeExpenseNet"))
        .singleElement().satisfies(f -> assertThat(((FactValue.Numeric) f.value()).value())
            .isEqualByComparingTo(new BigDecimal("-1234567")));
    assertThat(notes(back)).isEqualTo(notes(source)).hasSize(1);
    assertThat(back.lang()).isEqualTo("en");
  }

  @Test
  void aFilingThatBindsAPrefixThePageNeedsGetsItRenamed() throws Exception {
    org.finfile.model.Entity e = new org.finfile.model.Entity("http://x", "X");
    org.finfile.model.Context c = new org.finfile.model.Context("c", e, org.finfile.model.Period.instant(java.time.LocalDate.of(2003, 3, 31)));
    Filing filing = new Filing(List.of("t.xsd"), java.util.Map.of("ix", "urn:t"), List.of(c), List.of(),
        List.of(new Fact(null, new QName("urn:t", "Note", "ix"), c, null, new FactValue.Text("a"), null, null)), List.of());
    byte[] page = page(filing, null);
    assertThat(new String(page, java.nio.charset.StandardCharsets.UTF_8)).contains("xmlns:ix_1=\"urn:t\"");
    assertThat(readBack(page).facts()).singleElement().satisfies(f -> assertThat(f.concept()).isEqualTo(new QName("urn:t", "Note")));
  }

  @Test
  void aRealFilingWithoutIdsRendersToAValidPageThatKeepsEveryFact() throws Exception {
    Path file = TestFiles.base().resolve("../shared/filings/nflx2010q3/nflx-20100930.xml").normalize();
    assumeTrue(Files.isRegularFile(file), "the shared filing " + file + " is absent");
    Filing source = InstanceReader.read(file);
    assertThat(source.facts()).filteredOn(f -> f.id() == null).isNotEmpty();
    byte[] page = page(source, null);
    keep(page, "nflx-20100930.xhtml");

    assertThat(problems(page)).isEmpty();
    assertThat(factIds(page)).hasSize(source.facts().size()).doesNotHaveDuplicates();
    Filing back = readBack(page);
    assertThat(back.facts()).hasSameSizeAs(source.facts());
    assertThat(seen(back)).containsExactlyInAnyOrderElementsOf(seen(source));
    assertThat(notes(back)).isEqualTo(notes(source));
  }
}
