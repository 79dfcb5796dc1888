package org.finfile.packages;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * finfile's compact Taxonomy Packages 1.0 schemas accept what the specification allows and
 * refuse what it does not — among them the {@code rewriteSystem} entry finfile used to write.
 */
class PackageSchemasTest {
  private static final String TP = "xmlns:tp='http://xbrl.org/2016/taxonomy-package'";
  private static final String CATALOG = "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>%s</catalog>";

  @TempDir
  Path dir;

  private void metadata(String xml) throws Exception {
    Path file = Files.writeString(dir.resolve("taxonomyPackage.xml"), xml);
    PackageSchemas.validate(file, PackageSchemas.metadata(), "taxonomyPackage.xml", "tpe:invalidMetaDataFile");
  }

  private void catalog(String entries) throws Exception {
    Path file = Files.writeString(dir.resolve("catalog.xml"), String.format(CATALOG, entries));
    PackageSchemas.validate(file, PackageSchemas.catalog(), "catalog.xml", "tpe:invalidCatalogFile");
  }

  @Test
  void whatFinfileWritesIsValid() throws Exception {
    Path metadata = Files.write(dir.resolve("m.xml"),
        PackageMetadata.taxonomyPackage("a <name> & more", List.of("http://example.com/t/a.xsd", "../b.xsd")));
    Path catalog = Files.write(dir.resolve("c.xml"),
        PackageMetadata.catalog(new TreeMap<>(java.util.Map.of("http://example.com/t/", "example.com/t/", "http://x.org/", ""))));
    assertThatCode(() -> {
      PackageSchemas.validate(metadata, PackageSchemas.metadata(), "m", "code");
      PackageSchemas.validate(catalog, PackageSchemas.catalog(), "c", "code");
    }).doesNotThrowAnyException();
  }

  @Test
  void everyElementOfTheSpecificationInItsOrder() {
    assertThatCode(() -> metadata("<tp:taxonomyPackage " + TP + " xml:lang='en' xmlns:x='urn:x' x:note='n'>"
        + "<tp:identifier>http://example.com/taxonomy/2024</tp:identifier>"
        + "<tp:name>Example</tp:name><tp:name xml:lang='fr'>Exemple</tp:name><tp:description>An example</tp:description>"
        + "<tp:version>2024</tp:version><tp:license href='http://example.com/licence' name='Example licence'/>"
        + "<tp:publisher>Example Inc.</tp:publisher><tp:publisherURL>http://example.com/</tp:publisherURL>"
        + "<tp:publisherCountry>JP</tp:publisherCountry><tp:publicationDate>2024-03-31</tp:publicationDate>"
        + "<tp:entryPoints><tp:entryPoint><tp:name>All</tp:name><tp:description>Everything</tp:description>"
        + "<tp:version>1</tp:version><tp:entryPointDocument href='http://example.com/t/a.xsd'/>"
        + "<tp:entryPointDocument href='http://example.com/t/b.xsd'/><tp:languages><tp:language>en</tp:language>"
        + "<tp:language>ja</tp:language></tp:languages><x:extra/></tp:entryPoint><x:extra/></tp:entryPoints>"
        + "<tp:supersededTaxonomyPackages><tp:taxonomyPackageRef>http://example.com/taxonomy/2023</tp:taxonomyPackageRef>"
        + "</tp:supersededTaxonomyPackages><tp:versioningReports><tp:versioningReport href='v.xml'/></tp:versioningReports>"
        + "<x:extra/></tp:taxonomyPackage>")).doesNotThrowAnyException();
  }

  @Test
  void theIdentifierIsRequired() {
    assertThatThrownBy(() -> metadata("<tp:taxonomyPackage " + TP + "><tp:name xml:lang='en'>x</tp:name></tp:taxonomyPackage>"))
        .isInstanceOf(InputException.class).hasMessageContaining("[tpe:invalidMetaDataFile]").hasMessageContaining("taxonomy-package\":name}");
  }

  @Test
  void elementsComeInTheSpecificationsOrder() {
    assertThatThrownBy(() -> metadata("<tp:taxonomyPackage " + TP + "><tp:identifier>urn:x</tp:identifier>"
        + "<tp:version>1</tp:version><tp:name xml:lang='en'>x</tp:name></tp:taxonomyPackage>"))
        .isInstanceOf(InputException.class).hasMessageContaining("taxonomy-package\":name}");
  }

  @Test
  void anEntryPointHasADocument() {
    assertThatThrownBy(() -> metadata("<tp:taxonomyPackage " + TP + "><tp:identifier>urn:x</tp:identifier>"
        + "<tp:entryPoints><tp:entryPoint><tp:name xml:lang='en'>x</tp:name></tp:entryPoint></tp:entryPoints>"
        + "</tp:taxonomyPackage>")).isInstanceOf(InputException.class).hasMessageContaining("entryPointDocument");
  }

  @Test
  void aCountryIsTwoCapitalLetters() {
    assertThatThrownBy(() -> metadata("<tp:taxonomyPackage " + TP + "><tp:identifier>urn:x</tp:identifier>"
        + "<tp:publisherCountry>Japan</tp:publisherCountry></tp:taxonomyPackage>")).isInstanceOf(InputException.class);
  }

  @Test
  void aLanguageIsALanguageTag() {
    assertThatThrownBy(() -> metadata("<tp:taxonomyPackage " + TP + " xml:lang='not a language'>"
        + "<tp:identifier>urn:x</tp:identifier></tp:taxonomyPackage>")).isInstanceOf(InputException.class);
  }

  @Test
  void aCatalogOfRewriteUriEntries() {
    assertThatCode(() -> catalog("<rewriteURI uriStartString='http://example.com/' rewritePrefix='../example.com/'/>"
        + "<x:note xmlns:x='urn:x'/>")).doesNotThrowAnyException();
  }

  @Test
  void rewriteSystemIsNotAllowedInAPackageCatalog() {
    assertThatThrownBy(() -> catalog("<rewriteURI uriStartString='http://example.com/' rewritePrefix='../example.com/'/>"
        + "<rewriteSystem systemIdStartString='http://example.com/' rewritePrefix='../example.com/'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("[tpe:invalidCatalogFile]")
        .hasMessageContaining("rewriteSystem");
  }

  @Test
  void otherCatalogEntriesAreNotAllowedEither() {
    for (String entry : List.of("<uri name='http://example.com/a.xsd' uri='a.xsd'/>", "<nextCatalog catalog='other.xml'/>",
        "<group><rewriteURI uriStartString='http://example.com/' rewritePrefix='../'/></group>")) {
      assertThatThrownBy(() -> catalog(entry)).as(entry).isInstanceOf(InputException.class);
    }
  }

  @Test
  void anEmptyCatalogIsNotAllowed() {
    assertThatThrownBy(() -> catalog("")).isInstanceOf(InputException.class);
  }

  @Test
  void aRewriteHasBothAttributes() {
    assertThatThrownBy(() -> catalog("<rewriteURI uriStartString='http://example.com/'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("rewritePrefix");
  }
}
