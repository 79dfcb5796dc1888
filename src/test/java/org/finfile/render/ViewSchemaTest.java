package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.Input;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every view finfile builds is valid against {@code view.xsd}, its documented vocabulary: the
 * views (statements on) of every filing at hand — the examples' expected instances, the
 * instances among the test resources, the public SEC filings of {@code ../shared/filings}
 * (XBRL and inline) and the valid instances of the XBRL 2.1 conformance suite in
 * {@code ../shared/conformance} that finfile reads — one test each. And the schema can fail:
 * an unknown element, a cell pointing at no fact or no column, a bad boolean are invalid.
 */
class ViewSchemaTest {
  private static final Path SHARED = TestFiles.base().resolve("../shared").normalize();
  private static final Path SUITE = SHARED.resolve("conformance/XBRL-CONF-2014-12-10");
  private static final AtomicInteger VALIDATED = new AtomicInteger();

  @AfterAll
  static void report() {
    System.out.println("ViewSchemaTest: " + VALIDATED.get() + " views validated against view.xsd; "
        + REFUSED.get() + " files finfile does not read as filings left out");
  }

  /** The view of {@code file} with statements, when finfile reads it; the taxonomy when it can be had. */
  static byte[] view(Path file) throws Exception {
    try (Input input = Input.open(file, OfflineResolver.bundled())) {
      Filing filing;
      filing = input.filing();
      Taxonomy taxonomy;
      try {
        taxonomy = input.taxonomy();
      } catch (InputException e) {
        taxonomy = null;
      }
      return View.of(filing, taxonomy, "en", true);
    }
  }

  static void assertValid(byte[] view, String what) {
    assertThat(ViewSchema.problems(view)).as("%s: problems of its view", what).isEmpty();
    VALIDATED.incrementAndGet();
  }

  private static final AtomicInteger REFUSED = new AtomicInteger();

  /**
   * The files finfile reads as filings; the others (the conformance suite's instances written
   * in ways finfile's model refuses) have no view to check and are counted, not tested.
   */
  private static Stream<Path> read(List<Path> files) {
    return files.stream().filter(f -> {
      try (Input input = Input.open(f, OfflineResolver.bundled())) {
        input.filing();
        return true;
      } catch (InputException e) {
        REFUSED.incrementAndGet();
        return false;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static DynamicTest validates(Path file) {
    return DynamicTest.dynamicTest(TestFiles.base().relativize(file.toAbsolutePath()).toString(),
        () -> {
          byte[] view = view(file);
          assertValid(view, file.toString());
          // the view finfile view writes, indented for people, says exactly the same
          byte[] indented = ViewIndenter.indent(view);
          assertThat(ViewSchema.problems(indented)).as("%s: problems of its indented view", file).isEmpty();
          org.xmlunit.diff.Diff diff = org.xmlunit.builder.DiffBuilder.compare(view).withTest(indented)
              .ignoreElementContentWhitespace().checkForIdentical().build();
          assertThat(diff.hasDifferences()).as("%s: the indented view differs: %s", file, diff).isFalse();
        });
  }

  /** The files under {@code dir} that are instances or inline XBRL documents by their first bytes. */
  private static List<Path> filings(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        try {
          Input.Kind kind = Input.kindOf(f);
          if (kind == Input.Kind.INSTANCE || kind == Input.Kind.INLINE) {
            found.add(f);
          }
        } catch (InputException e) {
          // a taxonomy, a linkbase, a table: no filing
        }
      }
    }
    return found;
  }

  @TestFactory
  Stream<DynamicTest> examplesExpectedInstances() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> examples = Files.list(TestFiles.base().resolve("examples"))) {
      for (Path expected : examples.map(e -> e.resolve("expected")).filter(Files::isDirectory).sorted().toList()) {
        files.addAll(filings(expected));
      }
    }
    assertThat(files).as("the examples' expected instances").isNotEmpty();
    return read(files).map(ViewSchemaTest::validates);
  }

  @TestFactory
  Stream<DynamicTest> testResourceInstances() throws IOException {
    List<Path> files = filings(TestFiles.base().resolve("src/test/resources"));
    assertThat(files).as("instances among the test resources").isNotEmpty();
    return read(files).map(ViewSchemaTest::validates);
  }

  @TestFactory
  Stream<DynamicTest> sharedSecFilings() throws IOException {
    Path filings = SHARED.resolve("filings");
    assumeTrue(Files.isDirectory(filings), "the public SEC filings are in ../shared/filings (absent here)");
    return read(filings(filings)).map(ViewSchemaTest::validates);
  }

  @TestFactory
  Stream<DynamicTest> conformanceSuiteValidInstances() throws Exception {
    assumeTrue(Files.isRegularFile(SUITE.resolve("xbrl.xml")), "the conformance suite is in " + SUITE + " (absent here)");
    List<Path> instances = new ArrayList<>();
    for (Element testcase : children(parse(SUITE.resolve("xbrl.xml")).getDocumentElement(), "testcase")) {
      Path file = SUITE.resolve(testcase.getAttribute("uri"));
      for (Element variation : children(parse(file).getDocumentElement(), "variation")) {
        List<Element> results = children(variation, "result");
        List<Element> data = children(variation, "data");
        if (results.isEmpty() || data.isEmpty() || !"valid".equals(results.get(0).getAttribute("expected"))) {
          continue;
        }
        for (Element d : children(data.get(0), "instance")) {
          Path instance = file.getParent().resolve(d.getTextContent().trim()).normalize();
          if ("true".equals(d.getAttribute("readMeFirst")) && !instances.contains(instance) && Files.isRegularFile(instance)) {
            instances.add(instance);
          }
        }
      }
    }
    assertThat(instances).as("the suite's valid instances").isNotEmpty();
    List<Path> read = read(instances).toList();
    assertThat(read).as("the suite's valid instances finfile reads").hasSizeGreaterThan(100);
    return read.stream().map(ViewSchemaTest::validates);
  }

  private static Document parse(Path file) throws Exception {
    return XmlSecurity.documentBuilderFactory().newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        list.add(e);
      }
    }
    return list;
  }

  // ------------------------------------------------------------------ the schema can fail

  /** The smallest view with a statement: one context, one fact shown in one cell. */
  private static final String SMALL = """
      <v:view xmlns:v="http://finfile.org/view/1.0" version="1.0">
        <v:schemaRef href="t.xsd"/>
        <v:context id="c" scheme="http://x" entity="X" instant="2003-03-31"/>
        <v:concept name="t:a" label="A" takes-language="true"/>
        <v:statement role="urn:r" title="R" scale="0">
          <v:column key="c1" header="Mar 31, 2003" unit=""/>
          <v:row concept="t:a" label="A" depth="0" abstract="false" total="false">
            <v:cell column="c1" fact="f" display="x" negative="false" scale="0" tag="true"/>
          </v:row>
        </v:statement>
        <v:fact tagged="true" context="c" id="f" concept="t:a" label="A" scheme="http://x" entity="X" instant="2003-03-31">x</v:fact>
      </v:view>
      """;

  private static List<String> problems(String view) {
    return ViewSchema.problems(view.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSmallestViewIsValid() {
    assertThat(problems(SMALL)).isEmpty();
  }

  @Test
  void anUnknownElementIsInvalid() {
    assertThat(problems(SMALL.replace("<v:concept ", "<v:surprise/><v:concept "))).singleElement().asString()
        .contains(":surprise}");
  }

  @Test
  void aCellPointingAtNoFactIsInvalid() {
    assertThat(problems(SMALL.replace("fact=\"f\"", "fact=\"g\""))).singleElement().asString().contains("cell-fact");
  }

  @Test
  void aCellInNoColumnOfItsStatementIsInvalid() {
    assertThat(problems(SMALL.replace("column=\"c1\"", "column=\"c2\""))).singleElement().asString().contains("cell-column");
  }

  @Test
  void aFactInNoContextIsInvalid() {
    assertThat(problems(SMALL.replace("context=\"c\"", "context=\"d\""))).singleElement().asString().contains("fact-context");
  }

  @Test
  void aBadBooleanIsInvalid() {
    assertThat(problems(SMALL.replace("negative=\"false\"", "negative=\"no\""))).isNotEmpty()
        .anySatisfy(p -> assertThat(p).contains("'no'").contains("boolean"));
  }

  @Test
  void twoFactsOfOneIdAreInvalid() {
    String twice = SMALL.replace("</v:view>", "<v:fact tagged=\"false\" context=\"c\" id=\"f\" concept=\"t:a\" label=\"A\""
        + " scheme=\"http://x\" entity=\"X\" instant=\"2003-03-31\">y</v:fact></v:view>");
    assertThat(problems(twice)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("fact-id"));
  }

  @Test
  void anotherVersionOrNamespaceIsInvalid() {
    assertThat(problems(SMALL.replace("version=\"1.0\"", "version=\"2.0\""))).isNotEmpty();
    assertThat(problems(SMALL.replace("http://finfile.org/view/1.0", "http://finfile.org/view/2.0"))).isNotEmpty();
  }

  @Test
  void withoutIdentityConstraintsTheStructureIsStillChecked() {
    // what View.of's assertion checks of a view beyond ViewSchema.MAX_IDS_CHECKED ids
    assertThat(ViewSchema.problems(SMALL.replace("fact=\"f\"", "fact=\"g\"").getBytes(StandardCharsets.UTF_8), false)).isEmpty();
    assertThat(ViewSchema.problems(SMALL.replace("negative=\"false\"", "negative=\"no\"").getBytes(StandardCharsets.UTF_8), false))
        .isNotEmpty();
  }

  @Test
  void aBrokenRealViewIsInvalid() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    String view = new String(View.of(c.filing(), c.taxonomy(), "en", true), StandardCharsets.UTF_8);
    assertThat(problems(view)).isEmpty();
    assertThat(view).contains("<v:cell ");
    assertThat(problems(view.replaceFirst("(<v:cell [^>]*fact=\")[^\"]*\"", "$1no-such-fact\""))).isNotEmpty()
        .anySatisfy(p -> assertThat(p).contains("cell-fact"));
    assertThat(problems(view.replaceFirst("tagged=\"(true|false)\"", "tagged=\"maybe\""))).isNotEmpty();
  }

  // ------------------------------------------------------------- what the view adds in 1.0

  @Test
  void theViewSaysItsVersionAndWhatItsTaxonomyLacks() throws Exception {
    Filing filing = small();
    String view = new String(View.of(filing, null, "en", true), StandardCharsets.UTF_8);
    assertThat(view).contains("<v:view xmlns:v=\"http://finfile.org/view/1.0\" version=\"1.0\"")
        .contains("<v:problem severity=\"warning\" code=\"taxonomy-absent\">");
    assertThat(view.indexOf("<v:problem ")).isLessThan(view.indexOf("<v:context "));
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    assertThat(new String(View.of(c.filing(), c.taxonomy(), "en", false), StandardCharsets.UTF_8)).doesNotContain("<v:problem");
  }

  @Test
  void eachConceptOfTheFactsOnceWithWhatTheTaxonomySays() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    String view = new String(View.of(c.filing(), c.taxonomy(), "en", true), StandardCharsets.UTF_8);
    long concepts = c.filing().facts().stream().map(Fact::concept).distinct().count();
    assertThat(view.split("<v:concept ", -1)).hasSize((int) concepts + 1);
    assertThat(view).contains("<v:concept name=\"base:Revenues\" label=\"Total revenues\" type=\"xbrli:monetaryItemType\""
        + " period=\"duration\" balance=\"credit\" abstract=\"false\" takes-language=\"false\"/>");
    assertThat(view.indexOf("<v:concept ")).isGreaterThan(view.lastIndexOf("<v:unit "))
        .isLessThan(view.indexOf("<v:statement "));
    String bare = new String(View.of(small(), null, "en", false), StandardCharsets.UTF_8);
    assertThat(bare).contains("<v:concept name=\"t:Note\" label=\"Note\" takes-language=\"true\"/>");
  }

  private static Filing small() {
    Entity e = new Entity("http://x", "X");
    Context ctx = new Context("c", e, Period.instant(LocalDate.of(2003, 3, 31)));
    Unit jpy = Unit.of("JPY", new QName(Unit.ISO4217, "JPY"));
    return new Filing(List.of("t.xsd"), Map.of("t", "urn:t"), List.of(ctx), List.of(jpy), List.of(
        new Fact("a", new QName("urn:t", "Note"), ctx, null, new FactValue.Text("text"), null, null),
        new Fact(null, new QName("urn:t", "Loss"), ctx, jpy, new FactValue.Numeric(new BigDecimal("-5")),
            Accuracy.Decimals.of(0), null)), List.of());
  }
}
