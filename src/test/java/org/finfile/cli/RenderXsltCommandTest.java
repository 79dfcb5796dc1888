package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.render.UserStylesheet;
import org.finfile.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code finfile render --xslt} and {@code finfile view} as a user runs them: a stylesheet of
 * the user's over the IIJ example's view, its parameters, its errors as one line each with
 * their place, nothing written when it fails, and folders of filings.
 */
class RenderXsltCommandTest {
  private static final String V = "http://finfile.org/view/1.0";
  /** The IIJ example's statement titles, in the order of its presentation. */
  private static final List<String> TITLES = List.of(
      "Approximate cross-selling rates among top 150 customers",
      "Table 1. Number of contracts",
      "Table 2. Revenue breakdown in dedicated access services",
      "Table 3. Contracted bandwidth",
      "Table 4. Backbone costs",
      "Table 5. Other financial statistics",
      "Reconciliation of adjusted EBITDA to operating income (loss)",
      "Reconciliation of capital expenditures to purchase of property and equipment",
      "Consolidated statements of operations, three months",
      "Consolidated statements of operations, fiscal year",
      "Consolidated balance sheets",
      "Consolidated statements of cash flows, three months",
      "Consolidated statements of cash flows, fiscal year");

  @TempDir
  Path dir;
  /** The IIJ example converted (once per run, shared: read only). */
  Path iij;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void filing() {
    iij = TestFiles.exampleTaxonomy().resolveSibling("iij-fy2002.xml");
    assertThat(iij).isRegularFile();
  }

  /** A stylesheet named {@code name} in {@code dir}, its body the top-level declarations. */
  private Path sheet(String name, String output, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "<?xml version=\"1.0\"?>",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"",
        "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:v=\"" + V + "\" exclude-result-prefixes=\"#all\">",
        "<xsl:output " + output + "/>",
        body,
        "</xsl:stylesheet>", ""));
    return file;
  }

  /** The 1-based line of {@code file} that holds {@code text}. */
  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in " + file);
  }

  private Path digest() throws Exception {
    return sheet("digest.xsl", "method=\"text\" media-type=\"text/markdown\"", String.join("\n",
        "<xsl:param name=\"top\" as=\"xs:integer\" select=\"100\"/>",
        "<xsl:template match=\"/v:view\">",
        "  <xsl:for-each select=\"v:statement[position() le $top]\">",
        "    <xsl:value-of select=\"'# ' || @title || '&#10;'\"/>",
        "  </xsl:for-each>",
        "  <xsl:value-of select=\"'twice top: ' || $top * 2 || '&#10;'\"/>",
        "  <xsl:value-of select=\"'facts: ' || count(v:fact) || '&#10;'\"/>",
        "  <xsl:value-of select=\"'label: ' || (v:statement/v:row[@concept = 'iij:CrossSellingRateValueAddedService'])[1]/@label || '&#10;'\"/>",
        "  <xsl:value-of select=\"'entity: ' || distinct-values(v:context/@entity) || '&#10;'\"/>",
        "</xsl:template>"));
  }

  private static List<String> titles(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2)).toList();
  }

  // 1. the happy path

  @Test
  void aStylesheetRendersTheViewToStandardOutputAndToAFileTheSame() throws Exception {
    Path xsl = digest();
    Run stdout = run("render", iij.toString(), "--xslt", xsl.toString());
    assertThat(stdout.code()).as(stdout.err()).isZero();
    assertThat(stdout.err()).isEmpty();
    assertThat(titles(stdout.out())).containsExactlyElementsOf(TITLES);
    assertThat(stdout.out()).contains("\ntwice top: 200\n").contains("\nfacts: 606\n").contains("\nlabel: Value-added Service\n")
        .contains("\nentity: IJJI\n");

    Path out = dir.resolve("out/digest.md");
    Run file = run("render", iij.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(file.code()).as(file.err()).isZero();
    assertThat(file.out()).doesNotContain("# ");
    assertThat(Files.readString(out)).isEqualTo(stdout.out());
  }

  @Test
  void aTypedParameterIsCastFromTextAndChangesTheOutput() throws Exception {
    Path xsl = digest();
    Run two = run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "top=2");
    assertThat(two.code()).as(two.err()).isZero();
    assertThat(titles(two.out())).containsExactlyElementsOf(TITLES.subList(0, 2));
    assertThat(two.out()).contains("twice top: 4\n");

    Run bad = run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "top=two");
    assertThat(bad.code()).as("a value that is no xs:integer is a dynamic error").isEqualTo(1);
    assertThat(bad.errLines()).singleElement().asString().startsWith(xsl + ":").contains(": error [");
    assertThat(bad.out()).isEmpty();
  }

  // 2. usage errors: exit 2, one line

  private void usage(Run run, String... says) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("finfile: ").contains(says);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUndeclaredParameterIsAUsageErrorNamingTheDeclaredOnes() throws Exception {
    Path xsl = sheet("two.xsl", "method=\"text\"", String.join("\n",
        "<xsl:param name=\"title\"/>",
        "<xsl:param name=\"top\" as=\"xs:integer\" select=\"1\"/>",
        "<xsl:template match=\"/\">x</xsl:template>"));
    usage(run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "colour=red"), "--param colour", "title", "top");
  }

  @Test
  void aRequiredParameterMissingIsAUsageError() throws Exception {
    Path xsl = sheet("required.xsl", "method=\"text\"", String.join("\n",
        "<xsl:param name=\"period\" as=\"xs:string\" required=\"yes\"/>",
        "<xsl:template match=\"/\"><xsl:value-of select=\"$period\"/></xsl:template>"));
    usage(run("render", iij.toString(), "--xslt", xsl.toString()), "requires --param period=VALUE");
    Run given = run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "period=FY2002");
    assertThat(given.code()).as(given.err()).isZero();
    assertThat(given.out()).isEqualTo("FY2002");
  }

  @Test
  void toWithXsltOrNeitherOrAParameterWithoutEqualsOrSeveralFilingsWithoutOutAreUsageErrors() throws Exception {
    Path xsl = digest();
    usage(run("render", iij.toString(), "--to", "csv", "--xslt", xsl.toString()), "not both");
    usage(run("render", iij.toString()), "give --to FORMAT or --xslt STYLESHEET");
    usage(run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "top"), "--param top", "NAME=VALUE");
    usage(run("render", iij.toString(), iij.toString(), "--xslt", xsl.toString()), "--out FOLDER");
    usage(run("render", iij.getParent().toString(), "--xslt", xsl.toString()), "--out FOLDER");
    usage(run("render", iij.toString(), "--to", "csv", "--param", "top=1"), "--param and --allow-read go with --xslt");
  }

  @Test
  void aParameterInANamespaceIsNamedTheClarkWayAndABadNameOrGrantIsAUsageError() throws Exception {
    Path xsl = sheet("ns.xsl", "method=\"text\"", String.join("\n",
        "<xsl:param xmlns:acme=\"urn:acme\" name=\"acme:title\" as=\"xs:string\" select=\"'none'\"/>",
        "<xsl:template match=\"/\" xmlns:acme=\"urn:acme\"><xsl:value-of select=\"$acme:title\"/></xsl:template>"));
    Run run = run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "{urn:acme}title=Q3 digest");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Q3 digest");
    usage(run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "title=x"), "--param title", "{urn:acme}title");
    usage(run("render", iij.toString(), "--xslt", xsl.toString(), "--param", "1st=x"), "--param 1st", "NAME or {NAMESPACE}NAME");
    usage(run("render", iij.toString(), "--xslt", xsl.toString(), "--allow-read", dir.resolve("nowhere").toString()),
        "--allow-read", "not a folder");
  }

  @Test
  void oneFilingWithAnExistingFolderAsOutIsWrittenIntoItBySuffix() throws Exception {
    Path xsl = sheet("html.xsl", "method=\"html\"", "<xsl:template match=\"/\"><p><xsl:value-of select=\"count(//v:statement)\"/></p></xsl:template>");
    Path out = Files.createDirectories(dir.resolve("site"));
    Run run = run("render", iij.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("iij-fy2002.html"))).contains("<p>13</p>");
    assertThat(run.out().strip()).isEqualTo("html.xsl: 1 filing, 1 written -> " + out);
  }

  // 3. stylesheet errors: exit 1, one line with the place, nothing written

  /** Runs {@code xsl} to an --out file that holds old bytes; asserts exit 1, one line, and the old bytes kept. */
  private String fails(Path xsl) throws Exception {
    Path out = dir.resolve("out/result.txt");
    Files.createDirectories(out.getParent());
    byte[] old = "old bytes\n".getBytes(StandardCharsets.UTF_8);
    Files.write(out, old);
    Run run = run("render", iij.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(Files.readAllBytes(out)).isEqualTo(old);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).as("no staging file left beside it").containsExactly(out);
    }
    return run.errLines().get(0);
  }

  @Test
  void aStaticErrorIsOneLineWithItsLineAndCode() throws Exception {
    Path xsl = sheet("static.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:value-of select=\"count(//v:fact)\"/>",
        "  <xsl:value-of select=\"$undeclared + 1\"/>",
        "</xsl:template>"));
    String line = fails(xsl);
    // Saxon knows no column for an error inside an XPath expression in an attribute: the line is what it gives
    assertThat(line).matches(java.util.regex.Pattern.quote(xsl + ":" + lineOf(xsl, "$undeclared"))
        + "(:\\d+)?: error \\[XPST0008\\] .*undeclared.*");
  }

  @Test
  void aDynamicErrorIsOneLineWithItsLineAndCode() throws Exception {
    Path xsl = sheet("dynamic.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:text>partial output </xsl:text>",
        "  <xsl:variable name=\"zero\" select=\"count(//v:nothing)\"/>",
        "  <xsl:value-of select=\"1 div $zero\"/>",
        "</xsl:template>"));
    String line = fails(xsl);
    assertThat(line).matches(java.util.regex.Pattern.quote(xsl + ":" + lineOf(xsl, "1 div $zero")) + "(:\\d+)?: error \\[FOAR0001\\] .*");
  }

  @Test
  void aMessageIsOneLineOnStandardErrorWithItsPlaceAndTheRunSucceeds() throws Exception {
    Path xsl = sheet("message.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:message select=\"'statements: ' || count(//v:statement)\"/>",
        "  <xsl:text>done</xsl:text>",
        "</xsl:template>"));
    Run run = run("render", iij.toString(), "--xslt", xsl.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("done");
    assertThat(run.errLines()).singleElement().asString()
        .matches(java.util.regex.Pattern.quote(xsl + ":" + lineOf(xsl, "xsl:message") + ":") + "\\d+: message: statements: 13");
  }

  @Test
  void aTerminatingMessageIsOneErrorLineExitOneAndNothingWritten() throws Exception {
    Path xsl = sheet("terminate.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:text>partial output</xsl:text>",
        "  <xsl:message terminate=\"yes\">stop here</xsl:message>",
        "</xsl:template>"));
    assertThat(fails(xsl)).matches(java.util.regex.Pattern.quote(xsl + ":" + lineOf(xsl, "terminate=")) + ":\\d+: error \\[XTMM9000\\] stop here");

    Path coded = sheet("coded.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:message xmlns:acme=\"urn:acme\" terminate=\"yes\" error-code=\"acme:ACME42\">acme says no</xsl:message>",
        "</xsl:template>"));
    assertThat(fails(coded)).contains(": error [ACME42] acme says no");
  }

  @Test
  void errorsGoingToStandardOutputLeaveItEmpty() throws Exception {
    Path xsl = sheet("late.xsl", "method=\"text\"", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:for-each select=\"//v:fact\"><xsl:value-of select=\"@label || '&#10;'\"/></xsl:for-each>",
        "  <xsl:sequence select=\"error(xs:QName('LATE'), 'too late')\"/>",
        "</xsl:template>"));
    Run run = run("render", iij.toString(), "--xslt", xsl.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().contains(xsl + ":" + lineOf(xsl, "too late")).contains("error [LATE] too late");
  }

  @Test
  void anErrorInAnIncludedModuleNamesThatModuleAndItsLine() throws Exception {
    Path module = dir.resolve("lib/parts.xsl");
    Files.createDirectories(module.getParent());
    Files.writeString(module, String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:template name=\"parts\">",
        "  <xsl:value-of select=\"error(xs:QName('PARTS'), 'broken part')\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>",
        "</xsl:template>",
        "</xsl:stylesheet>"));
    Path xsl = sheet("main.xsl", "method=\"text\"", String.join("\n",
        "<xsl:include href=\"lib/parts.xsl\"/>",
        "<xsl:template match=\"/\"><xsl:call-template name=\"parts\"/></xsl:template>"));
    assertThat(fails(xsl)).startsWith(module.toRealPath() + ":3").contains("error [PARTS] broken part");
  }

  @Test
  void theSuffixOfABatchOutputComesFromXslOutput() throws Exception {
    String[][] cases = {
        {"method=\"text\" media-type=\"text/markdown\"", ".md"}, {"method=\"text\" media-type=\"text/csv\"", ".csv"},
        {"method=\"text\"", ".txt"}, {"method=\"html\"", ".html"}, {"method=\"xml\"", ".xml"},
        {"method=\"xhtml\"", ".xhtml"}, {"method=\"json\"", ".json"}, {"method=\"text\" media-type=\"text/plain\"", ".txt"},
        {"method=\"xml\" media-type=\"text/html; charset=UTF-8\"", ".html"}};
    for (String[] c : cases) {
      Path xsl = sheet("suffix.xsl", c[0], "<xsl:template match=\"/\"/>");
      assertThat(UserStylesheet.compile(xsl, List.of(), java.util.Map.of()).suffix()).as(c[0]).isEqualTo(c[1]);
    }
  }

  // 4. an unreadable stylesheet: exit 3, one line

  private void unreadable(Path xsl, String says) {
    Run run = run("render", iij.toString(), "--xslt", xsl.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString().startsWith("finfile: " + xsl).contains(says);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingStylesheetAFolderOrOneNotWellFormedIsUnreadable() throws Exception {
    unreadable(dir.resolve("missing.xsl"), "no such stylesheet");
    Files.createDirectories(dir.resolve("folder.xsl"));
    unreadable(dir.resolve("folder.xsl"), "is a folder");
    Path broken = dir.resolve("broken.xsl");
    Files.writeString(broken, "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n<xsl:template>\n");
    unreadable(broken, "cannot read the stylesheet");
  }

  @Test
  void aStylesheetWithADoctypeIsRefusedAndItsEntityNeverRead() throws Exception {
    String marker = "MARKER-" + UUID.randomUUID();
    Path secret = Files.writeString(dir.resolve("secret.txt"), marker);
    Path xsl = dir.resolve("xxe.xsl");
    Files.writeString(xsl, String.join("\n",
        "<?xml version=\"1.0\"?>",
        "<!DOCTYPE xsl:stylesheet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:output method=\"text\"/>",
        "<xsl:template match=\"/\">[&leak;]</xsl:template>",
        "</xsl:stylesheet>"));
    Path out = dir.resolve("out.txt");
    Run run = run("render", iij.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString().startsWith("finfile: " + xsl);
    assertThat(run.out()).doesNotContain(marker);
    assertThat(run.err()).doesNotContain(marker);
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(secret)).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(marker);
      }
    }
  }

  // 6. folders of filings

  /**
   * A folder of filings: the converted IIJ instance beside its report package (one stem, two
   * filings), a copy in a subfolder whose entity is OTHER, and optionally a broken instance.
   */
  private Path batch(boolean broken) throws Exception {
    Path filings = dir.resolve("filings");
    Files.createDirectories(filings.resolve("sub"));
    Path converted = TestFiles.exampleTaxonomy().getParent();
    try (Stream<Path> files = Files.list(converted)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, filings.resolve(f.getFileName()));
      }
    }
    assertThat(filings.resolve("iij-fy2002.xbr")).as("convert writes the package beside the instance").isRegularFile();
    String instance = Files.readString(iij);
    assertThat(instance).contains(">IJJI</").contains("\"iij-2003-03-31.xsd\"");
    Files.writeString(filings.resolve("sub/other.xml"),
        instance.replace(">IJJI</", ">OTHER</").replace("\"iij-2003-03-31.xsd\"", "\"../iij-2003-03-31.xsd\""));
    if (broken) {
      Files.writeString(filings.resolve("sub/broken.xml"),
          "<?xml version=\"1.0\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">\n<xbrli:context>\n");
    }
    return filings;
  }

  private Path entitySheet(String name) throws Exception {
    return sheet(name, "method=\"text\" media-type=\"text/markdown\"", String.join("\n",
        "<xsl:template match=\"/v:view\">",
        "  <xsl:message select=\"'entity ' || v:context[1]/@entity\"/>",
        "  <xsl:if test=\"v:context[1]/@entity = 'OTHER'\">",
        "    <xsl:sequence select=\"error(xs:QName('OTHER'), 'no digest for OTHER')\"/>",
        "  </xsl:if>",
        "  <xsl:value-of select=\"'# ' || v:context[1]/@entity || ' ' || count(v:statement) || '&#10;'\"/>",
        "</xsl:template>"));
  }

  @Test
  void aFolderIsRenderedFilingByFilingNamedByMediaTypeWithTheBrokenOneReported() throws Exception {
    Path filings = batch(true);
    Path xsl = sheet("batch.xsl", "method=\"text\" media-type=\"text/markdown\"", String.join("\n",
        "<xsl:template match=\"/v:view\">",
        "  <xsl:value-of select=\"'# ' || v:context[1]/@entity || ' ' || count(v:statement) || '&#10;'\"/>",
        "</xsl:template>"));
    Path out = dir.resolve("digests");
    Run run = run("render", filings.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(out.resolve("iij-fy2002.xml.md")).content().isEqualTo("# IJJI 13\n");
    assertThat(out.resolve("iij-fy2002.xbr.md")).content().isEqualTo("# IJJI 13\n");
    assertThat(out.resolve("sub/other.md")).content().isEqualTo("# OTHER 13\n");
    assertThat(out.resolve("sub/broken.md")).doesNotExist();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(3);
    }
    assertThat(run.errLines()).filteredOn(l -> !l.startsWith("warning: "))
        .singleElement().asString().startsWith("finfile: ").contains("broken.xml");
    assertThat(run.out().strip()).isEqualTo("batch.xsl: 4 filings, 3 written, 1 failed -> " + out);
  }

  @Test
  void aFilingTheStylesheetFailsOnIsReportedTheOthersWrittenAndItsEarlierOutputKept() throws Exception {
    Path filings = batch(false);
    Path xsl = entitySheet("entity.xsl");
    Path out = dir.resolve("digests");
    Files.createDirectories(out.resolve("sub"));
    Files.writeString(out.resolve("sub/other.md"), "last quarter's digest\n");
    Run run = run("render", filings.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(out.resolve("iij-fy2002.xml.md")).content().isEqualTo("# IJJI 13\n");
    assertThat(out.resolve("iij-fy2002.xbr.md")).content().isEqualTo("# IJJI 13\n");
    assertThat(out.resolve("sub/other.md")).content().isEqualTo("last quarter's digest\n");
    assertThat(run.errLines().stream().map(l -> l.replaceFirst(":\\d+: message: ", ":3: message: ")))
        .as("a message per filing, each naming its filing").containsExactlyInAnyOrder(
        xsl + ":" + lineOf(xsl, "<xsl:message") + ":3: message: entity IJJI (rendering " + filings.resolve("iij-fy2002.xbr") + ")",
        xsl + ":" + lineOf(xsl, "<xsl:message") + ":3: message: entity IJJI (rendering " + filings.resolve("iij-fy2002.xml") + ")",
        xsl + ":" + lineOf(xsl, "<xsl:message") + ":3: message: entity OTHER (rendering " + filings.resolve("sub/other.xml") + ")",
        run.errLines().get(run.errLines().size() - 1));
    assertThat(run.errLines().get(run.errLines().size() - 1))
        .startsWith(xsl + ":" + lineOf(xsl, "no digest for OTHER"))
        .contains("error [OTHER] no digest for OTHER")
        .endsWith(" (rendering " + filings.resolve("sub/other.xml") + ")");
    assertThat(run.out().strip()).isEqualTo("entity.xsl: 3 filings, 2 written, 1 failed -> " + out);
  }

  @Test
  void filingsGivenOneByOneAreWrittenIntoTheOutFolderByFileName() throws Exception {
    Path filings = batch(false);
    Path xsl = sheet("csv.xsl", "method=\"text\" media-type=\"text/csv\"", String.join("\n",
        "<xsl:template match=\"/v:view\"><xsl:value-of select=\"v:context[1]/@entity\"/></xsl:template>"));
    Path out = dir.resolve("csv");
    Run run = run("render", filings.resolve("iij-fy2002.xml").toString(), filings.resolve("sub/other.xml").toString(),
        "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("iij-fy2002.csv")).content().isEqualTo("IJJI");
    assertThat(out.resolve("other.csv")).content().isEqualTo("OTHER");
    assertThat(run.out().strip()).isEqualTo("csv.xsl: 2 filings, 2 written -> " + out);
  }

  @Test
  void aStaticErrorInABatchIsReportedOnceAndNothingIsWritten() throws Exception {
    // The CLI gives no hook to count compilations; a static error reported once for three
    // filings, before any is read, is what the command line shows of compiling once.
    Path filings = batch(false);
    Path xsl = sheet("static.xsl", "method=\"text\"", "<xsl:template match=\"/\"><xsl:value-of select=\"$nope\"/></xsl:template>");
    Path out = dir.resolve("digests");
    Run run = run("render", filings.toString(), "--xslt", xsl.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().contains("error [XPST0008]").doesNotContain("(rendering");
    assertThat(run.out()).isEmpty();
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.walk(out)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    }
  }

  @Test
  void aStylesheetCompiledOnceTransformsManyFilingsEvenAfterItsFileIsGone() throws Exception {
    Path filings = batch(false);
    Path xsl = entitySheet("once.xsl");
    UserStylesheet compiled = UserStylesheet.compile(xsl, List.of(), java.util.Map.of());
    Files.delete(xsl);
    List<String> results = new ArrayList<>();
    for (Path f : List.of(filings.resolve("iij-fy2002.xml"), filings.resolve("iij-fy2002.xml"))) {
      try (org.finfile.Input input = org.finfile.Input.open(f, org.finfile.xml.OfflineResolver.bundled())) {
        Filing filing = input.filing();
        Taxonomy taxonomy = input.taxonomy();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        compiled.transform(filing, taxonomy, out, m -> { });
        results.add(out.toString(StandardCharsets.UTF_8));
      }
    }
    assertThat(results).containsExactly("# IJJI 13\n", "# IJJI 13\n");
    assertThat(compiled.suffix()).isEqualTo(".md");
    try (org.finfile.Input input = org.finfile.Input.open(filings.resolve("sub/other.xml"), org.finfile.xml.OfflineResolver.bundled())) {
      UserStylesheet.StylesheetError e = org.junit.jupiter.api.Assertions.assertThrows(UserStylesheet.StylesheetError.class,
          () -> compiled.transform(input.filing(), input.taxonomy(), new java.io.ByteArrayOutputStream(), m -> { }));
      assertThat(e.lines()).singleElement().asString().contains("error [OTHER] no digest for OTHER");
    }
  }

  // 7. finfile view

  @Test
  void viewWritesTheViewDocumentWithOneStatementPerRenderedStatement() throws Exception {
    Path viewFile = dir.resolve("view/view.xml");
    Run run = run("view", iij.toString(), "--out", viewFile.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    Document view = parse(Files.readAllBytes(viewFile));
    Element root = view.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(V);
    assertThat(root.getLocalName()).isEqualTo("view");
    List<String> titles = titles(view);
    assertThat(titles).containsExactlyElementsOf(TITLES);
    assertThat(view.getElementsByTagNameNS(V, "fact").getLength()).isEqualTo(606);

    Path csv = dir.resolve("statements");
    Run statements = run("render", iij.toString(), "--to", "statements-csv", "--out", csv.toString());
    assertThat(statements.code()).as(statements.err()).isZero();
    List<String> firstCells = new ArrayList<>();
    try (Stream<Path> files = Files.list(csv)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        firstCells.add(firstCell(Files.readAllLines(f).get(0)));
      }
    }
    assertThat(firstCells).as("statements-csv writes one file per v:statement, titled alike").containsExactlyElementsOf(titles);

    Run stdout = run("view", iij.toString());
    assertThat(stdout.code()).as(stdout.err()).isZero();
    Document again = parse(stdout.out().getBytes(StandardCharsets.UTF_8));
    assertThat(titles(again)).containsExactlyElementsOf(TITLES);
    assertThat(again.getElementsByTagNameNS(V, "fact").getLength()).isEqualTo(606);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> titles(Document view) {
    NodeList statements = view.getElementsByTagNameNS(V, "statement");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < statements.getLength(); i++) {
      titles.add(((Element) statements.item(i)).getAttribute("title"));
    }
    return titles;
  }

  /** The first field of a CSV line, unquoted. */
  private static String firstCell(String line) {
    if (!line.startsWith("\"")) {
      int comma = line.indexOf(',');
      return comma < 0 ? line : line.substring(0, comma);
    }
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          break;
        }
      } else {
        cell.append(c);
      }
    }
    return cell.toString();
  }
}
