package org.finfile.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report Packages 1.0 and Taxonomy Packages 1.0 as the reader applies them: what a package is, where its reports are. */
class PackagesTest {
  private static final String XBR = json(Packages.XBR_TYPE);
  private static final String INSTANCE = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'/>";
  private static final String PAGE = "<html xmlns='http://www.w3.org/1999/xhtml'/>";

  @TempDir
  Path dir;

  private static String json(String documentType) {
    return "{\"documentInfo\": {\"documentType\": \"" + documentType + "\"}}";
  }

  private Path write(String name, CraftedZip zip) throws Exception {
    return zip.write(dir.resolve(name));
  }

  private void assertRefused(Path archive, String what) {
    assertThatThrownBy(() -> Packages.open(archive).close()).isInstanceOf(InputException.class)
        .hasMessageStartingWith(archive.toString()).hasMessageContaining(what);
  }

  @Test
  void anXbrWithOneInstance() throws Exception {
    Path file = write("r.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/r.xbrl", INSTANCE)
        .add("r/reports/notes.txt", "not a report"));
    Path unpacked;
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.XBR);
      assertThat(p.reports()).singleElement().satisfies(r -> {
        assertThat(r.format()).isEqualTo(OpenPackage.Format.XBRL);
        assertThat(r.primary()).isEqualTo(p.root().resolve("reports/r.xbrl")).hasContent(INSTANCE);
      });
      assertThat(p.catalogs()).isEmpty();
      assertThat(p.entryPoints()).isEmpty();
      unpacked = p.root();
    }
    assertThat(unpacked).doesNotExist();
    assertThat(unpacked.getParent()).doesNotExist();
  }

  @Test
  void anXbrNeedsItsReportPackageJson() throws Exception {
    assertRefused(write("r.xbr", CraftedZip.of().add("r/reports/r.xbrl", INSTANCE)),
        "[rpe:documentTypeFileExtensionMismatch] no META-INF/reportPackage.json");
  }

  @Test
  void theDocumentTypeMatchesTheExtension() throws Exception {
    assertRefused(write("r.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", json(Packages.XBRI_TYPE))
        .add("r/reports/r.xbrl", INSTANCE)), "[rpe:documentTypeFileExtensionMismatch] document type " + Packages.XBRI_TYPE);
    assertRefused(write("r.zip", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/r.xbrl", INSTANCE)),
        "[rpe:documentTypeFileExtensionMismatch]");
  }

  @Test
  void reportPackageJsonIsStrictJson() throws Exception {
    assertRefused(write("a.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", "{documentInfo: 1}")
        .add("r/reports/r.xbrl", INSTANCE)), "[rpe:invalidJSON]");
    assertRefused(write("b.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json",
        "{\"documentInfo\": {\"documentType\": \"" + Packages.XBR_TYPE + "\"}, \"documentInfo\": {}}")
        .add("r/reports/r.xbrl", INSTANCE)), "[rpe:invalidJSON] Duplicate field 'documentInfo'");
    assertRefused(write("c.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", "{\"documentInfo\": []}")
        .add("r/reports/r.xbrl", INSTANCE)), "[rpe:invalidJSONStructure]");
    assertRefused(write("d.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", json("https://xbrl.org/report-package/2099"))
        .add("r/reports/r.xbrl", INSTANCE)), "[rpe:unsupportedReportPackageVersion]");
  }

  @Test
  void anXbrHoldsOneNonInlineReport() throws Exception {
    assertRefused(write("a.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/a.xbrl", INSTANCE)
        .add("r/reports/b.xbrl", INSTANCE)), "[rpe:multipleReports] 2 reports");
    assertRefused(write("b.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/a.xhtml", PAGE)),
        "[rpe:incorrectReportType]");
    assertRefused(write("c.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/a.xbrl", INSTANCE)),
        "[rpe:missingReportsDirectory]");
    assertRefused(write("d.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/a.txt", "x")),
        "[rpe:missingReport]");
  }

  @Test
  void anXbriHoldsOneInlineDocumentSet() throws Exception {
    Path file = write("r.xbri", CraftedZip.of().add("r/META-INF/reportPackage.json", json(Packages.XBRI_TYPE))
        .add("r/reports/set/b.xhtml", PAGE).add("r/reports/set/a.html", PAGE));
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.XBRI);
      assertThat(p.report().documents()).containsExactly(p.root().resolve("reports/set/a.html"),
          p.root().resolve("reports/set/b.xhtml"));
    }
  }

  @Test
  void reportsDirectlyInTheReportsFolderComeFirst() throws Exception {
    Path file = write("r.zip", CraftedZip.of().add("r/META-INF/reportPackage.json", json(Packages.ZIP_TYPE))
        .add("r/reports/sub/a.xbrl", INSTANCE).add("r/reports/top.json", "{}"));
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.reports()).singleElement().satisfies(r -> assertThat(r.format()).isEqualTo(OpenPackage.Format.JSON));
    }
  }

  @Test
  void aZipMayHoldSeveralReportsOnePerSubfolder() throws Exception {
    Path file = write("r.zip", CraftedZip.of().add("r/reports/one/a.xbrl", INSTANCE).add("r/reports/two/b.xhtml", PAGE)
        .add("r/reports/two/c.xhtml", PAGE).add("r/reports/two/deeper/d.xbrl", INSTANCE));
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.ZIP_REPORTS);
      assertThat(p.reports()).extracting(OpenPackage.Report::format)
          .containsExactly(OpenPackage.Format.XBRL, OpenPackage.Format.INLINE);
      assertThat(p.reports().get(1).documents()).hasSize(2);
      assertThatThrownBy(p::report).isInstanceOf(InputException.class).hasMessageContaining("holds 2 reports");
    }
    assertRefused(write("s.zip", CraftedZip.of().add("r/reports/one/a.xbrl", INSTANCE).add("r/reports/one/b.xbrl", INSTANCE)),
        "[rpe:multipleReportsInSubdirectory]");
  }

  @Test
  void aZipWithoutReportsIsATaxonomyPackage() throws Exception {
    Path file = write("t.zip", CraftedZip.of()
        .add("t/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp='http://xbrl.org/2016/taxonomy-package'"
            + " xml:lang='en'><tp:identifier>urn:t</tp:identifier><tp:name>T</tp:name><tp:name xml:lang='ja'>T</tp:name>"
            + "<tp:entryPoints><tp:entryPoint><tp:name>Main</tp:name>"
            + "<tp:entryPointDocument href='http://example.com/t/a.xsd'/><tp:entryPointDocument href='../b.xsd'/>"
            + "</tp:entryPoint></tp:entryPoints></tp:taxonomyPackage>")
        .add("t/META-INF/catalog.xml", "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
            + "<rewriteURI uriStartString='http://example.com/t/' rewritePrefix='../example.com/t/'/></catalog>")
        .add("t/example.com/t/a.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>"));
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.TAXONOMY);
      assertThat(p.reports()).isEmpty();
      assertThat(p.catalogs()).containsExactly(p.root().resolve("META-INF/catalog.xml"));
      assertThat(p.entryPoints()).singleElement().satisfies(e -> {
        assertThat(e.name()).isEqualTo("Main");
        assertThat(e.documents()).hasSize(2).startsWith("http://example.com/t/a.xsd");
        assertThat(Path.of(java.net.URI.create(e.documents().get(1)))).isEqualTo(p.root().resolve("b.xsd"));
      });
      assertThat(Path.of(p.resolver().resolve("http://example.com/t/a.xsd", null).toURI()))
          .isEqualTo(p.root().resolve("example.com/t/a.xsd"));
      assertThatThrownBy(p::report).isInstanceOf(InputException.class).hasMessageContaining("a taxonomy package");
    }
  }

  @Test
  void aZipThatIsNeitherIsRefused() throws Exception {
    assertRefused(write("n.zip", CraftedZip.of().add("n/readme.txt", "hello")), "[tpe:metadataFileNotFound]");
  }

  @Test
  void multilingualElementsNeedALanguageEachOnce() throws Exception {
    String tp = "<tp:taxonomyPackage xmlns:tp='http://xbrl.org/2016/taxonomy-package'><tp:identifier>urn:t</tp:identifier>%s"
        + "</tp:taxonomyPackage>";
    assertRefused(write("a.zip", CraftedZip.of().add("t/META-INF/taxonomyPackage.xml", String.format(tp, "<tp:name>T</tp:name>"))),
        "[tpe:missingLanguageAttribute] tp:name");
    assertRefused(write("b.zip", CraftedZip.of().add("t/META-INF/taxonomyPackage.xml",
        String.format(tp, "<tp:name xml:lang='en'>T</tp:name><tp:name xml:lang='en'>U</tp:name>"))),
        "[tpe:duplicateLanguagesForElement] a second tp:name in en");
  }

  @Test
  void aPackageCatalogHoldsRewriteUriOnlyEachStartOnce() throws Exception {
    String metadata = "<tp:taxonomyPackage xmlns:tp='http://xbrl.org/2016/taxonomy-package'>"
        + "<tp:identifier>urn:t</tp:identifier></tp:taxonomyPackage>";
    String catalog = "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>%s</catalog>";
    assertRefused(write("a.zip", CraftedZip.of().add("t/META-INF/taxonomyPackage.xml", metadata)
        .add("t/META-INF/catalog.xml", String.format(catalog,
            "<rewriteSystem systemIdStartString='http://example.com/' rewritePrefix='../'/>"))),
        "[tpe:invalidCatalogFile]");
    assertRefused(write("b.zip", CraftedZip.of().add("t/META-INF/taxonomyPackage.xml", metadata)
        .add("t/META-INF/catalog.xml", String.format(catalog,
            "<rewriteURI uriStartString='http://example.com/' rewritePrefix='../a/'/>"
                + "<rewriteURI uriStartString='http://example.com/' rewritePrefix='../b/'/>"))),
        "[tpe:multipleRewriteURIsForStartString] http://example.com/");
  }

  @Test
  void onlyPackagesAndExistingFiles() throws Exception {
    Path jar = Files.write(dir.resolve("a.jar"), CraftedZip.of().add("r/x.xml", "<x/>").bytes());
    assertRefused(jar, "not a package");
    assertRefused(dir.resolve("missing.xbr"), "no such file");
    assertThat(Packages.isPackage(Path.of("A.XBRI"))).isTrue();
    assertThat(Packages.isPackage(Path.of("a.xml"))).isFalse();
  }

  @Test
  void aPackagedReportReadsNoLocalFileOutsideThePackage() throws Exception {
    Path outside = dir.resolve("outside.xsd");
    java.nio.file.Files.writeString(outside, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='http://example.com/o'/>");
    String instance = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:link='http://www.xbrl.org/2003/linkbase'"
        + " xmlns:xlink='http://www.w3.org/1999/xlink'><link:schemaRef xlink:type='simple' xlink:href='" + outside.toUri() + "'/>"
        + "</xbrli:xbrl>";
    Path file = write("r.xbr", CraftedZip.of().add("r/META-INF/reportPackage.json", XBR).add("r/reports/r.xbrl", instance)
        .add("r/reports/inside.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>"));
    // without the confinement the same reference is read
    assertThat(org.finfile.xml.OfflineResolver.bundled().resolve(outside.toUri().toString(), null)).isNotNull();
    try (OpenPackage p = Packages.open(file)) {
      org.finfile.xml.OfflineResolver resolver = p.resolver();
      String from = p.report().primary().toUri().toString();
      assertThat(resolver.resolve("inside.xsd", from)).isNotNull();
      assertThatThrownBy(() -> resolver.resolve(outside.toUri().toString(), from))
          .isInstanceOf(org.finfile.xml.OfflineResolver.UnresolvableException.class).hasMessageContaining("lies outside the package");
      assertThatThrownBy(() -> resolver.resolve("../../../../../../../../../.." + outside, from))
          .isInstanceOf(org.finfile.xml.OfflineResolver.UnresolvableException.class).hasMessageContaining("lies outside the package");
      assertThat(resolver.resolve("http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd", from))
          .as("finfile's own schemas stay readable").isNotNull();
    }
    java.io.StringWriter out = new java.io.StringWriter();
    int code = org.finfile.cli.Main.run(new String[] {"validate", file.toString()}, new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("[schema-ref]").contains("lies outside the package");
  }
}
