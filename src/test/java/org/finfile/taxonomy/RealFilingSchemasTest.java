package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real SEC filings (in ../shared/filings; skipped when absent) against the bundled standard
 * schemas: every www.xbrl.org document they refer to is bundled, and only the FASB and SEC
 * schemas are left for a catalog or a taxonomy package to supply.
 */
class RealFilingSchemasTest {
  private static final Path FILINGS = TestFiles.base().resolve("../shared/filings").normalize();

  @TempDir
  Path dir;

  private static final Pattern REFERENCE = Pattern.compile(
      "(?:(?<![:\\w])schemaLocation|xlink:href)=[\"'](https?://[^\"'#\\s]+)");

  /** Every absolute URL a filing's own schema and linkbases refer to (imports, roleRefs, locators). */
  private static Set<String> references(Path folder) throws Exception {
    Set<String> urls = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xsd") || p.toString().matches(".*_(cal|def|lab|pre)\\.xml")).toList()) {
        Matcher m = REFERENCE.matcher(Files.readString(f));
        while (m.find()) {
          urls.add(m.group(1));
        }
      }
    }
    return urls;
  }

  private static final Set<String> NOT_XII = Set.of("xbrl.fasb.org", "xbrl.sec.gov", "taxonomies.xbrl.us");

  @ParameterizedTest
  @ValueSource(strings = {"aapl2023", "amzn2022", "aapl2025-inline", "nflx2010q3"})
  void aRealFilingLacksOnlyItsNonXiiSchemas(String filing) throws Exception {
    Path folder = FILINGS.resolve(filing);
    Assumptions.assumeTrue(Files.isDirectory(folder), "the filings are in ../shared/filings (" + folder + ")");
    OfflineResolver resolver = OfflineResolver.bundled();
    Set<String> unresolved = new TreeSet<>();
    Set<String> xii = new TreeSet<>();
    for (String url : references(folder)) {
      String host = new URL(url).getHost();
      try {
        resolver.resolve(url, null);
        xii.add(url);
      } catch (OfflineResolver.UnresolvableException e) {
        unresolved.add(url);
      }
      if (host.equals("www.xbrl.org")) {
        assertThat(xii).as("bundled: " + url).contains(url);
      }
    }
    assertThat(unresolved).isNotEmpty().allSatisfy(u -> assertThat(NOT_XII).contains(new URL(u).getHost()));
    assertThat(xii).isNotEmpty().allSatisfy(u -> assertThat(new URL(u).getHost()).isEqualTo("www.xbrl.org"));
    if (!filing.startsWith("nflx")) {
      assertThat(xii).anyMatch(u -> u.contains("/dtr/type/2020-01-21/types.xsd"));
    }
  }

  /**
   * With stand-ins for the FASB and SEC schemas (empty schemas in a taxonomy folder), the
   * filing's DTS loads: the DTR and LRR documents are in it, and no extension concept is
   * left out for a type finfile could not trace to an XBRL 2.1 item type.
   */
  @ParameterizedTest
  @ValueSource(strings = {"aapl2023", "amzn2022", "aapl2025-inline"})
  void aRealFilingsExtensionConceptsHaveTheirDtrTypes(String filing) throws Exception {
    Path folder = FILINGS.resolve(filing);
    Assumptions.assumeTrue(Files.isDirectory(folder), "the filings are in ../shared/filings (" + folder + ")");
    Path stubs = dir.resolve("stubs");
    Pattern imports = Pattern.compile("namespace=\"([^\"]+)\" schemaLocation=\"(https?://[^\"]+)\"");
    Path entry;
    try (Stream<Path> files = Files.list(folder)) {
      entry = files.filter(p -> p.toString().endsWith(".xsd")).findFirst().orElseThrow();
    }
    Matcher m = imports.matcher(Files.readString(entry));
    while (m.find()) {
      URL url = new URL(m.group(2));
      if (NOT_XII.contains(url.getHost())) {
        Path stub = stubs.resolve(url.getHost() + url.getPath());
        Files.createDirectories(stub.getParent());
        Files.writeString(stub, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + m.group(1) + "'/>");
      }
    }
    Taxonomy t = Taxonomy.load(entry.toUri().toString(), null, OfflineResolver.create(List.of(), List.of(stubs)));
    assertThat(t.schemas()).extracting(Taxonomy.Document::uri)
        .anyMatch(u -> u.endsWith("/dtr/type/2020-01-21/types.xsd"))
        .anyMatch(u -> u.endsWith("/lrr/role/negated-2009-12-16.xsd"));
    assertThat(t.problems()).noneMatch(p -> p.contains("www.xbrl.org") || p.contains("not derived from an XBRL 2.1 item type"));
    String ns = Files.readString(entry).replaceFirst("(?s).*targetNamespace=\"([^\"]+)\".*", "$1");
    List<Concept> own = t.concepts().values().stream().filter(c -> c.name().getNamespaceURI().equals(ns)).toList();
    assertThat(own).filteredOn(c -> c.type().getLocalPart().equals("percentItemType"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.isNumeric()).isTrue());
    assertThat(own).filteredOn(c -> c.type().getLocalPart().equals("domainItemType"))
        .hasSizeGreaterThan(10).allSatisfy(c -> assertThat(c.isNumeric()).isFalse());
    assertThat(own).filteredOn(c -> c.type().getLocalPart().equals("textBlockItemType"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.itemType().getLocalPart()).isEqualTo("stringItemType"));
    long declared = Pattern.compile("substitutionGroup=\"(xbrli:item|xbrldt:hypercubeItem|xbrldt:dimensionItem)\"").matcher(Files.readString(entry)).results().count();
    assertThat(own).hasSize((int) declared);
  }
}
