package org.finfile.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.InstanceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example converted: its folder and its {@code .xbr} are taxonomy and report packages that read back as written. */
class ReportPackageTest {
  @TempDir
  static Path dir;
  static Conversion conversion;
  static Path folder;
  static Path xbr;

  @BeforeAll
  static void convert() throws Exception {
    conversion = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    folder = dir.resolve("out");
    List<Path> written = Finfile.write(conversion, folder, "iij-fy2002.xml");
    xbr = written.get(written.size() - 1);
    assertThat(xbr).isEqualTo(folder.resolve("iij-fy2002.xbr"));
  }

  @Test
  void theReportReadsBackWithTheFactsOfTheFolderInstance() throws Exception {
    Filing fromFolder = InstanceReader.read(folder.resolve("iij-fy2002.xml"));
    try (OpenPackage p = Packages.open(xbr)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.XBR);
      OpenPackage.Report report = p.report();
      assertThat(report.format()).isEqualTo(OpenPackage.Format.XBRL);
      assertThat(p.displayName(report.primary())).isEqualTo("iij-fy2002.xbr!/iij-fy2002/reports/iij-fy2002.xbrl");
      Filing fromPackage = InstanceReader.read(report.primary());
      assertThat(fromPackage.facts()).hasSize(606).isEqualTo(fromFolder.facts());
      assertThat(fromPackage.contexts()).isEqualTo(fromFolder.contexts());
      assertThat(fromPackage.units()).isEqualTo(fromFolder.units());
      assertThat(fromPackage.schemaRefs()).containsExactly("../iij-2003-03-31.xsd");
      Report validation = Validator.create(p.resolver()).validate(report.primary());
      assertThat(validation.errors()).as(validation.problems().toString()).isZero();
    }
  }

  @Test
  void convertingTwiceGivesTheSameBytes() throws Exception {
    Path again = dir.resolve("again");
    List<Path> written = Finfile.write(Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping()), again,
        "iij-fy2002.xml");
    assertThat(Files.readAllBytes(written.get(written.size() - 1))).isEqualTo(Files.readAllBytes(xbr));
  }

  @Test
  void oneTopLevelFolderForwardSlashesAndAFixedTime() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xbr)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 2, 1, 0, 0));
      }
    }
    assertThat(names).allMatch(n -> n.startsWith("iij-fy2002/") && !n.contains("\\") && !n.contains(".."))
        .contains("iij-fy2002/META-INF/reportPackage.json", "iij-fy2002/META-INF/taxonomyPackage.xml",
            "iij-fy2002/META-INF/catalog.xml", "iij-fy2002/reports/iij-fy2002.xbrl", "iij-fy2002/iij-2003-03-31.xsd",
            "iij-fy2002/finfile.org/taxonomy/base/finfile-base.xsd")
        .isSorted();
  }

  @Test
  void theMetadataOfFolderAndPackageIsValidAndTheSame() throws Exception {
    try (OpenPackage p = Packages.open(xbr)) {
      for (String file : List.of("META-INF/taxonomyPackage.xml", "META-INF/catalog.xml")) {
        assertThat(p.root().resolve(file)).hasSameBinaryContentAs(folder.resolve(file));
      }
      PackageSchemas.validate(p.root().resolve("META-INF/taxonomyPackage.xml"), PackageSchemas.metadata(), "tp", "code");
      PackageSchemas.validate(p.root().resolve("META-INF/catalog.xml"), PackageSchemas.catalog(), "catalog", "code");
      assertThat(p.root().resolve("META-INF/reportPackage.json")).content(StandardCharsets.UTF_8)
          .contains("\"documentType\": \"https://xbrl.org/report-package/2023/xbr\"");
      assertThat(p.root().resolve("META-INF/catalog.xml")).content(StandardCharsets.UTF_8)
          .doesNotContain("rewriteSystem");
    }
  }

  /**
   * The package's catalog alone, with no help from finfile's own, maps every taxonomy URL of the
   * filing to a file in the package.
   */
  @Test
  void thePackageCatalogAloneMapsEveryTaxonomyUrl() throws Exception {
    try (OpenPackage p = Packages.open(xbr)) {
      CatalogResolver own = CatalogManager.catalogResolver(
          CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
          p.catalogs().get(0).toUri());
      List<String> urls = conversion.taxonomy().schemas().stream().map(Taxonomy.Document::uri)
          .filter(u -> u.startsWith("http://finfile.org/")).toList();
      assertThat(urls).contains("http://finfile.org/taxonomy/base/finfile-base.xsd");
      for (String url : urls) {
        Path mapped = Path.of(java.net.URI.create(own.resolve(url, null).getSystemId()));
        assertThat(mapped).startsWith(p.root()).exists();
      }
    }
  }

  /** The entry point is named by URL, as taxonomy package processors expect, and finfile resolves it through the package. */
  @Test
  void theEntryPointLoadsThroughThePackage() throws Exception {
    try (OpenPackage p = Packages.open(xbr)) {
      assertThat(p.entryPoints()).singleElement().satisfies(e -> {
        assertThat(e.name()).isEqualTo("iij-fy2002");
        assertThat(e.documents()).containsExactly("http://finfile.org/taxonomy/iij/2003-03-31/iij-2003-03-31.xsd");
      });
      Taxonomy taxonomy = Taxonomy.load(p.entryPoints().get(0).documents(), null, p.resolver());
      assertThat(taxonomy.concepts().keySet()).isEqualTo(conversion.taxonomy().concepts().keySet());
      assertThat(Path.of(taxonomy.schemas().get(0).local().toURI())).startsWith(p.root());
    }
  }

  @Test
  void anInlinePackageHoldsThePageAndItsTaxonomy() throws Exception {
    Filing inPackage = ReportPackage.inReports(conversion.filing());
    byte[] xbri = ReportPackage.xbri("iij-fy2002", page(inPackage.schemaRefs().get(0)), conversion.taxonomy());
    Path file = Files.write(dir.resolve("iij-fy2002.xbri"), xbri);
    try (OpenPackage p = Packages.open(file)) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.XBRI);
      assertThat(p.report().format()).isEqualTo(OpenPackage.Format.INLINE);
      assertThat(p.root().relativize(p.report().primary()).toString()).isEqualTo("reports/iij-fy2002.xhtml");
      assertThat(p.root().resolve("META-INF/reportPackage.json")).content(StandardCharsets.UTF_8)
          .contains("https://xbrl.org/report-package/2023/xbri");
      assertThat(p.root().resolve("iij-2003-03-31.xsd")).exists();
      PackageSchemas.validate(p.root().resolve("META-INF/taxonomyPackage.xml"), PackageSchemas.metadata(), "tp", "code");
    }
  }

  @Test
  void aPageThatReferencesWhatThePackageDoesNotHoldIsRefused() {
    assertThatThrownBy(() -> ReportPackage.xbri("iij-fy2002", page("iij-2003-03-31.xsd"), conversion.taxonomy()))
        .isInstanceOf(InputException.class)
        .hasMessage("iij-fy2002/reports/iij-fy2002.xhtml: references iij-2003-03-31.xsd, which is not in the package");
    assertThatThrownBy(() -> ReportPackage.xbri("iij-fy2002", page("http://example.com/other.xsd"), conversion.taxonomy()))
        .isInstanceOf(InputException.class).hasMessageContaining("neither holds nor maps");
  }

  @Test
  void aPackageNameIsOnePlainFileName() {
    for (String name : List.of("", "..", "a/b", "a\\b", "c:x")) {
      assertThatThrownBy(() -> ReportPackage.xbr(name, conversion.filing(), conversion.taxonomy()))
          .as(name).isInstanceOf(InputException.class).hasMessageContaining("package name");
    }
  }

  private static byte[] page(String schemaRef) {
    return ("<html xmlns='http://www.w3.org/1999/xhtml' xmlns:ix='http://www.xbrl.org/2013/inlineXBRL'"
        + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'><head><title>t</title>"
        + "</head><body><div style='display:none'><ix:header><ix:references><link:schemaRef xlink:type='simple' xlink:href='"
        + schemaRef + "'/></ix:references></ix:header></div></body></html>").getBytes(StandardCharsets.UTF_8);
  }
}
