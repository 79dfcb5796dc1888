package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.finfile.LoopbackServer;
import org.finfile.TestFiles;
import org.finfile.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox of {@code finfile render --xslt}, each wall proven the way SECURITY.md asks: a
 * marker file outside whose text must appear nowhere (standard output, standard error, any file
 * written), requests counted on a loopback server, and, where a grant opens the wall, the same
 * read shown to work with the grant, so that a refusal is the sandbox and not a broken path.
 */
class UserStylesheetSandboxTest {
  private static LoopbackServer server;

  @TempDir
  Path dir;
  Path iij;
  /** The stylesheet's folder: its modules may be read from here and below. */
  Path home;
  /** Outside every grant: each file holds the marker. */
  Path outside;
  /** The folder a test grants with --allow-read: each file holds the granted text. */
  Path allowed;
  Path out;
  String marker;
  String granted;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void files() throws Exception {
    iij = TestFiles.exampleTaxonomy().resolveSibling("iij-fy2002.xml");
    marker = "MARKER-" + UUID.randomUUID();
    granted = "GRANTED-" + UUID.randomUUID();
    home = Files.createDirectories(dir.resolve("home"));
    outside = Files.createDirectories(dir.resolve("outside"));
    allowed = Files.createDirectories(dir.resolve("allowed"));
    out = dir.resolve("out");
    write(outside, marker);
    write(allowed, granted);
  }

  private static void write(Path folder, String text) throws Exception {
    Files.writeString(folder.resolve("secret.txt"), text + "\nsecond line\n");
    Files.writeString(folder.resolve("secret.xml"), "<?xml version=\"1.0\"?>\n<s>" + text + "</s>\n");
    Files.writeString(folder.resolve("secret.json"), "{\"s\": \"" + text + "\"}\n");
  }

  private static Run run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
    return new Run(code, o.toString(), e.toString());
  }

  /** A stylesheet in {@code home} of the given top-level declarations (text output). */
  private Path sheet(String name, String declarations) throws Exception {
    Path file = home.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "<?xml version=\"1.0\"?>",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"",
        "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:v=\"http://finfile.org/view/1.0\" exclude-result-prefixes=\"#all\">",
        "<xsl:output method=\"text\"/>",
        declarations,
        "</xsl:stylesheet>", ""));
    return file;
  }

  /** Renders the IIJ filing through a stylesheet whose one template writes {@code select}, into out/result.txt. */
  private Run render(String select, String... options) throws Exception {
    return renderWith(sheet("s.xsl", "<xsl:template match=\"/\"><xsl:value-of select=\"" + select + "\"/></xsl:template>"), options);
  }

  /** Runs {@code xsl} into out/result.txt, which does not exist before. */
  private Run renderWith(Path xsl, String... options) throws Exception {
    Files.deleteIfExists(out.resolve("result.txt"));
    List<String> args = new ArrayList<>(List.of("render", iij.toString(), "--xslt", xsl.toString(), "--out",
        out.resolve("result.txt").toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  private String result() throws Exception {
    return Files.readString(out.resolve("result.txt"));
  }

  private String grant() {
    return allowed.toString();
  }

  /** Refused: exit 1, one line, no output file, and the marker nowhere. */
  private void refused(Run run) throws Exception {
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(out.resolve("result.txt")).doesNotExist();
    noMarker(run);
  }

  /** The marker's text is nowhere: not on standard output or error, nor in any file but the planted ones. */
  private void noMarker(Run run) throws Exception {
    assertThat(run.out()).doesNotContain(marker);
    assertThat(run.err()).doesNotContain(marker);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).filter(f -> !f.startsWith(outside)).toList()) {
        if (f.startsWith(home) && f.getFileName().toString().startsWith("planted")) {
          continue;
        }
        assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
            .doesNotContain(marker);
      }
    }
  }

  private static String uri(Path p) {
    return p.toUri().toString();
  }

  // reading files: refused outside every grant, working inside one

  @Test
  void docReadsAGrantedFileAndIsRefusedOutside() throws Exception {
    Run ok = render("doc('" + uri(allowed.resolve("secret.xml")) + "')/s", "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).isEqualTo(granted);
    refused(render("doc('" + uri(outside.resolve("secret.xml")) + "')/s", "--allow-read", grant()));
    Run run = render("doc('" + uri(allowed.resolve("secret.xml")) + "')/s");
    refused(run);
    assertThat(run.err()).contains("--allow-read");
  }

  @Test
  void documentReadsAGrantedFileAndIsRefusedOutside() throws Exception {
    Run ok = render("document('" + uri(allowed.resolve("secret.xml")) + "')/s", "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).isEqualTo(granted);
    refused(render("document('" + uri(outside.resolve("secret.xml")) + "')/s", "--allow-read", grant()));
    refused(render("document('../outside/secret.xml', /)/s", "--allow-read", grant()));
  }

  @Test
  void unparsedTextReadsAGrantedFileAndIsRefusedOutside() throws Exception {
    Run ok = render("unparsed-text('" + uri(allowed.resolve("secret.txt")) + "')", "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).startsWith(granted);
    refused(render("unparsed-text('" + uri(outside.resolve("secret.txt")) + "')", "--allow-read", grant()));
    refused(render("unparsed-text('" + outside.resolve("secret.txt") + "')", "--allow-read", grant()));
  }

  @Test
  void unparsedTextLinesReadsAGrantedFileAndIsRefusedOutside() throws Exception {
    Run ok = render("unparsed-text-lines('" + uri(allowed.resolve("secret.txt")) + "')[1]", "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).isEqualTo(granted);
    refused(render("unparsed-text-lines('" + uri(outside.resolve("secret.txt")) + "')[1]", "--allow-read", grant()));
  }

  @Test
  void jsonDocReadsAGrantedFileAndIsRefusedOutside() throws Exception {
    Run ok = render("json-doc('" + uri(allowed.resolve("secret.json")) + "')?s", "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).isEqualTo(granted);
    refused(render("json-doc('" + uri(outside.resolve("secret.json")) + "')?s", "--allow-read", grant()));
  }

  @Test
  void availabilityIsFalseOutsideAGrantAndTrueInside() throws Exception {
    String[] functions = {"unparsed-text-available", "doc-available"};
    for (String f : functions) {
      String file = f.startsWith("doc") ? "secret.xml" : "secret.txt";
      Run run = render("string(" + f + "('" + uri(outside.resolve(file)) + "')) || ' ' || string(" + f + "('"
          + uri(allowed.resolve(file)) + "'))", "--allow-read", grant());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(result()).as(f).isEqualTo("false true");
      noMarker(run);
    }
  }

  @Test
  void collectionOfAFolderOutsideIsRefused() throws Exception {
    Run run = render("string-join(collection('" + uri(outside) + "?select=*.xml')//text(), ' ')", "--allow-read", grant());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    noMarker(run);
    Run text = render("string-join(collection('" + uri(outside) + "?select=*.txt;unparsed=yes'), ' ')", "--allow-read", grant());
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    noMarker(text);
  }

  @Test
  void aFileInTheStylesheetsOwnFolderIsNoModuleAndIsRefusedWithoutAGrant() throws Exception {
    Files.writeString(home.resolve("planted-notes.txt"), marker);
    refused(render("unparsed-text('planted-notes.txt')"));
    refused(render("unparsed-text('" + uri(home.resolve("planted-notes.txt")) + "')"));
    Run ok = render("unparsed-text('planted-notes.txt')", "--allow-read", home.toString());
    assertThat(ok.code()).as("granted, the same read works").isZero();
    assertThat(result()).isEqualTo(marker);
  }

  @Test
  void aSymbolicLinkInAGrantedFolderToAFileOutsideIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(allowed.resolve("link.txt"), outside.resolve("secret.txt"));
    refused(render("unparsed-text('" + uri(link) + "')", "--allow-read", grant()));
    Path folderLink = Files.createSymbolicLink(allowed.resolve("elsewhere"), outside);
    refused(render("doc('" + uri(folderLink.resolve("secret.xml")) + "')/s", "--allow-read", grant()));
    Path inner = Files.createSymbolicLink(allowed.resolve("inner.txt"), allowed.resolve("secret.txt"));
    Run ok = render("unparsed-text('" + uri(inner) + "')", "--allow-read", grant());
    assertThat(ok.code()).as("a link that stays inside is read").isZero();
    assertThat(result()).startsWith(granted);
  }

  @Test
  void aGrantThroughASymbolicLinkCoversWhereItPoints() throws Exception {
    Path linkToAllowed = Files.createSymbolicLink(dir.resolve("via-link"), allowed);
    Run ok = render("unparsed-text('" + uri(allowed.resolve("secret.txt")) + "')", "--allow-read", linkToAllowed.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).startsWith(granted);
  }

  @Test
  void anXmlFileInAGrantedFolderWithAnExternalEntityIsRefused() throws Exception {
    Path xxe = allowed.resolve("xxe.xml");
    Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY leak SYSTEM \"" + uri(outside.resolve("secret.txt"))
        + "\">]>\n<s>&leak;</s>\n");
    refused(render("doc('" + uri(xxe) + "')/s", "--allow-read", grant()));
    refused(render("document('" + uri(xxe) + "')/s", "--allow-read", grant()));
    // a DTD is refused as such, even one whose entity names a granted file
    Path inside = allowed.resolve("inside.xml");
    Files.writeString(inside, "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY g SYSTEM \"" + uri(allowed.resolve("secret.txt"))
        + "\">]>\n<s>&g;</s>\n");
    Run dtd = render("doc('" + uri(inside) + "')/s", "--allow-read", grant());
    refused(dtd);
    assertThat(dtd.out() + dtd.err()).doesNotContain(granted);
    Run available = render("string(doc-available('" + uri(xxe) + "'))", "--allow-read", grant());
    noMarker(available);
    Run text = render("unparsed-text('" + uri(xxe) + "')", "--allow-read", grant());
    assertThat(text.code()).as("as text it is only its own bytes").isZero();
    assertThat(result()).contains("&leak;").doesNotContain(marker);
  }

  @Test
  void parseXmlRefusesADoctype() throws Exception {
    Path xsl = sheet("parse.xsl", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:value-of select=\"parse-xml('&lt;!DOCTYPE s [&lt;!ENTITY e &quot;EXPANDED&quot;&gt;]&gt;&lt;s&gt;&amp;e;&lt;/s&gt;')\"/>",
        "</xsl:template>"));
    Run run = renderWith(xsl);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().contains("error [");
    assertThat(out.resolve("result.txt")).doesNotExist();
    assertThat(run.out() + run.err()).doesNotContain("EXPANDED");
  }

  @Test
  void parseXmlOfADoctypeNamingAFileOutsideIsRefusedAndTheMarkerNotRead() throws Exception {
    Path xsl = sheet("parse.xsl", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:value-of select=\"parse-xml('&lt;!DOCTYPE s [&lt;!ENTITY e SYSTEM &quot;" + uri(outside.resolve("secret.txt"))
            + "&quot;&gt;]&gt;&lt;s&gt;&amp;e;&lt;/s&gt;')\"/>",
        "</xsl:template>"));
    refused(renderWith(xsl, "--allow-read", grant()));
  }

  @Test
  void xslEvaluateAndTransformAreHeldToTheSameSandbox() throws Exception {
    Path evaluate = sheet("evaluate.xsl", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:evaluate xpath=\"'unparsed-text(''" + uri(outside.resolve("secret.txt")) + "'')'\"/>",
        "</xsl:template>"));
    refused(renderWith(evaluate, "--allow-read", grant()));
    Files.writeString(outside.resolve("evil.xsl"), String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:template match=\"/\"><xsl:text>" + marker + "</xsl:text></xsl:template>",
        "</xsl:stylesheet>"));
    Path transform = sheet("transform.xsl", String.join("\n",
        "<xsl:template match=\"/\">",
        "  <xsl:value-of select=\"transform(map{'stylesheet-location': '" + uri(outside.resolve("evil.xsl"))
            + "', 'source-node': .})?output\"/>",
        "</xsl:template>"));
    refused(renderWith(transform, "--allow-read", grant()));
  }

  // modules

  @Test
  void aModuleBesideTheStylesheetOrBelowIsIncluded() throws Exception {
    Files.createDirectories(home.resolve("lib"));
    Files.writeString(home.resolve("lib/mod.xsl"), String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:variable name=\"from-module\" select=\"'included ' || 'module'\"/>",
        "</xsl:stylesheet>"));
    Files.writeString(home.resolve("beside.xsl"), String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:variable name=\"beside\" select=\"'imported beside'\"/>",
        "</xsl:stylesheet>"));
    Path xsl = sheet("main.xsl", String.join("\n",
        "<xsl:import href=\"beside.xsl\"/>",
        "<xsl:include href=\"lib/mod.xsl\"/>",
        "<xsl:template match=\"/\"><xsl:value-of select=\"$from-module || ', ' || $beside\"/></xsl:template>"));
    Run run = renderWith(xsl);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(result()).isEqualTo("included module, imported beside");
  }

  @Test
  void aModuleOutsideTheStylesheetsFolderIsRefused() throws Exception {
    Files.writeString(outside.resolve("evil.xsl"), String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:template match=\"/\" priority=\"9\"><xsl:text>" + marker + "</xsl:text></xsl:template>",
        "</xsl:stylesheet>"));
    String[] hrefs = {uri(outside.resolve("evil.xsl")), "../outside/evil.xsl"};
    for (String href : hrefs) {
      for (String how : new String[] {"import", "include"}) {
        Path xsl = sheet("s.xsl", "<xsl:" + how + " href=\"" + href + "\"/>\n<xsl:template match=\"/\">own</xsl:template>");
        Run run = renderWith(xsl, "--allow-read", grant());
        assertThat(run.code()).as(how + " " + href + ": " + run.err()).isEqualTo(1);
        assertThat(run.errLines()).as(how + " " + href).singleElement().asString()
            .startsWith(xsl + ":").contains("evil.xsl is not allowed");
        assertThat(out.resolve("result.txt")).doesNotExist();
        noMarker(run);
      }
    }
  }

  @Test
  void aModuleInAGrantedFolderIsServedAsTheResolverDocumentsIt() throws Exception {
    // UserStylesheet.resource: "a module in the stylesheet's folder or below, or anything in a
    // granted folder". A grant gives no more than it already gives to doc() and unparsed-text().
    Files.writeString(allowed.resolve("shared.xsl"), String.join("\n",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:variable name=\"shared\" select=\"'shared module'\"/>",
        "</xsl:stylesheet>"));
    Path xsl = sheet("s.xsl", "<xsl:import href=\"" + uri(allowed.resolve("shared.xsl")) + "\"/>\n"
        + "<xsl:template match=\"/\"><xsl:value-of select=\"$shared\"/></xsl:template>");
    Run refused = renderWith(xsl);
    assertThat(refused.code()).as("without the grant: " + refused.err()).isEqualTo(1);
    assertThat(refused.errLines()).singleElement().asString().contains("shared.xsl is not allowed");
    Run ok = renderWith(xsl, "--allow-read", grant());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(result()).isEqualTo("shared module");
  }

  @Test
  void anIncludedModuleWithADoctypeIsRefused() throws Exception {
    Files.writeString(home.resolve("mod.xsl"), String.join("\n",
        "<?xml version=\"1.0\"?>",
        "<!DOCTYPE xsl:stylesheet [<!ENTITY leak SYSTEM \"" + uri(outside.resolve("secret.txt")) + "\">]>",
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">",
        "<xsl:template match=\"/\">&leak;</xsl:template>",
        "</xsl:stylesheet>"));
    Run run = renderWith(sheet("s.xsl", "<xsl:include href=\"mod.xsl\"/>"));
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString().startsWith("finfile: " + home.resolve("mod.xsl").toRealPath() + ":")
        .contains("DOCTYPE");
    assertThat(out.resolve("result.txt")).doesNotExist();
    noMarker(run);
  }

  // writing, Java, the environment

  @Test
  void resultDocumentIsRefusedAndWritesNoFileAnywhere() throws Exception {
    String name = "leak-" + UUID.randomUUID() + ".txt";
    Path cwd = Path.of(System.getProperty("user.dir"));
    String[] hrefs = {name, uri(out.resolve(name)), uri(dir.resolve(name))};
    for (String href : hrefs) {
      Path xsl = sheet("s.xsl", "<xsl:template match=\"/\"><xsl:result-document href=\"" + href
          + "\" method=\"text\">written</xsl:result-document><xsl:text>main</xsl:text></xsl:template>");
      Run run = renderWith(xsl);
      assertThat(run.code()).as(href + ": " + run.err()).isEqualTo(1);
      assertThat(run.errLines()).hasSize(1);
      assertThat(cwd.resolve(name)).doesNotExist();
      assertThat(home.resolve(name)).doesNotExist();
      assertThat(dir.resolve(name)).doesNotExist();
      assertThat(out.resolve(name)).doesNotExist();
      assertThat(out.resolve("result.txt")).doesNotExist();
    }
    Path folder = dir.resolve("batch-out");
    Path xsl = sheet("s.xsl", "<xsl:template match=\"/\"><xsl:result-document href=\"" + name
        + "\" method=\"text\">written</xsl:result-document></xsl:template>");
    Run batch = run("render", iij.toString(), iij.toString(), "--xslt", xsl.toString(), "--out", folder.toString());
    assertThat(batch.code()).isEqualTo(1);
    assertThat(cwd.resolve(name)).doesNotExist();
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    }
  }

  @Test
  void javaExtensionFunctionsAreRefused() throws Exception {
    String home = System.getProperty("user.home");
    Run eq = render("Q{java:java.lang.System}getProperty('user.home')");
    assertThat(eq.code()).as(eq.err()).isEqualTo(1);
    assertThat(eq.errLines()).singleElement().asString().contains("error [");
    assertThat(out.resolve("result.txt")).doesNotExist();
    Path xsl = sheet("sys.xsl", String.join("\n",
        "<xsl:template match=\"/\" xmlns:sys=\"java:java.lang.System\">",
        "  <xsl:value-of select=\"sys:getProperty('user.home')\"/>",
        "</xsl:template>"));
    Run prefixed = renderWith(xsl);
    assertThat(prefixed.code()).as(prefixed.err()).isEqualTo(1);
    assertThat(prefixed.errLines()).hasSize(1);
    assertThat(prefixed.out()).doesNotContain(home);
    Path file = sheet("file.xsl", String.join("\n",
        "<xsl:template match=\"/\" xmlns:f=\"java:java.io.File\">",
        "  <xsl:value-of select=\"f:delete(f:new('" + dir.resolve("victim.txt") + "'))\"/>",
        "</xsl:template>"));
    Files.writeString(dir.resolve("victim.txt"), "still here");
    assertThat(renderWith(file).code()).isEqualTo(1);
    assertThat(dir.resolve("victim.txt")).hasContent("still here");
  }

  @Test
  void environmentVariablesAreEmpty() throws Exception {
    String path = System.getenv("PATH");
    assertThat(path).isNotEmpty();
    Run run = render("'[' || environment-variable('PATH') || '][' || count(available-environment-variables()) || ']'");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(result()).isEqualTo("[][0]");
    assertThat(run.out() + run.err()).doesNotContain(path);
  }

  // the network

  @Test
  void noRequestReachesALoopbackServer() throws Exception {
    int before = server.requests();
    List<Run> runs = new ArrayList<>();
    String[] selects = {
        "doc('" + server.url("/doc") + "')",
        "document('" + server.url("/document") + "')",
        "unparsed-text('" + server.url("/text") + "')",
        "unparsed-text-lines('" + server.url("/lines") + "')",
        "json-doc('" + server.url("/json") + "')",
        "string(doc-available('" + server.url("/doc-available") + "'))",
        "string(unparsed-text-available('" + server.url("/text-available") + "'))",
        "count(collection('" + server.url("/collection") + "'))"};
    for (String select : selects) {
      runs.add(render(select, "--allow-read", grant()));
    }
    for (String how : new String[] {"import", "include"}) {
      runs.add(renderWith(sheet("net.xsl", "<xsl:" + how + " href=\"" + server.url("/" + how + ".xsl") + "\"/>\n"
          + "<xsl:template match=\"/\">own</xsl:template>")));
    }
    Path dtd = home.resolve("dtd.xsl");
    Files.writeString(dtd, "<?xml version=\"1.0\"?>\n<!DOCTYPE xsl:stylesheet SYSTEM \"" + server.url("/dtd") + "\">\n"
        + "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
        + "<xsl:template match=\"/\">x</xsl:template></xsl:stylesheet>\n");
    Run dtdRun = renderWith(dtd);
    assertThat(dtdRun.code()).as(dtdRun.err()).isEqualTo(3);
    assertThat(server.requests() - before).as(server.paths().toString()).isZero();
    for (int i = 0; i < selects.length; i++) {
      Run run = runs.get(i);
      if (selects[i].startsWith("string(")) {
        assertThat(run.code()).as(selects[i] + ": " + run.err()).isZero();
      } else {
        assertThat(run.code()).as(selects[i] + ": " + run.err()).isEqualTo(1);
        assertThat(run.errLines()).as(selects[i]).hasSize(1);
      }
    }
    for (Run module : runs.subList(selects.length, runs.size())) {
      assertThat(module.code()).as(module.err()).isEqualTo(1);
      assertThat(module.errLines()).singleElement().asString().contains(server.url("/")).contains("is not allowed");
    }
  }
}
