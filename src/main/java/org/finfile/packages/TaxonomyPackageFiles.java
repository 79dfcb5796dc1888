package org.finfile.packages;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.xml.XmlSecurity;

/**
 * Reads a taxonomy package's {@code META-INF/taxonomyPackage.xml} and {@code META-INF/catalog.xml}
 * as Taxonomy Packages 1.0 asks: both valid against their schemas, every name, description and
 * publisher in a language ({@code xml:lang} in scope) and not two in the same one, no two
 * rewrites of the same URL start, and — finfile's own rule for packages from strangers — every
 * rewrite pointing inside the package.
 */
final class TaxonomyPackageFiles {
  private static final String TP = PackageSchemas.TP;
  private static final String CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final Set<String> MULTILINGUAL = Set.of("name", "description", "publisher");

  private TaxonomyPackageFiles() {}

  /** The entry points of {@code file}, their documents as absolute URLs (relative ones resolved against the file). */
  static List<OpenPackage.EntryPoint> entryPoints(Path file, String location) throws InputException {
    PackageSchemas.validate(file, PackageSchemas.metadata(), location, "tpe:invalidMetaDataFile");
    List<OpenPackage.EntryPoint> entryPoints = new ArrayList<>();
    URI base = file.toUri();
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, base.toString());
      try {
        Deque<String> langs = new ArrayDeque<>();
        Deque<Map<String, Set<String>>> seen = new ArrayDeque<>();
        String name = null;
        List<String> documents = null;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            langs.pop();
            seen.pop();
            if (TP.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("entryPoint")) {
              entryPoints.add(new OpenPackage.EntryPoint(name == null ? "" : name, documents));
              documents = null;
            }
            continue;
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String lang = xml.getAttributeValue(XML, "lang");
          langs.push(lang != null ? lang : langs.isEmpty() ? "" : langs.peek());
          String local = xml.getLocalName();
          if (TP.equals(xml.getNamespaceURI()) && MULTILINGUAL.contains(local)) {
            String where = location + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
            if (langs.peek().isEmpty()) {
              throw new InputException(where, "[tpe:missingLanguageAttribute] tp:" + local + " has no xml:lang in scope");
            }
            if (!seen.isEmpty() && !seen.peek().computeIfAbsent(local, k -> new HashSet<>()).add(langs.peek())) {
              throw new InputException(where, "[tpe:duplicateLanguagesForElement] a second tp:" + local + " in " + langs.peek());
            }
          }
          seen.push(new HashMap<>());
          if (!TP.equals(xml.getNamespaceURI())) {
            continue;
          }
          if (local.equals("entryPoint")) {
            name = null;
            documents = new ArrayList<>();
          } else if (local.equals("name") && documents != null && name == null) {
            name = xml.getElementText().strip();
            langs.pop();
            seen.pop();
          } else if (local.equals("entryPointDocument") && documents != null) {
            documents.add(absolute(base, xml.getAttributeValue(null, "href"), location));
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      throw new InputException(location, "[tpe:invalidMetaDataFile] " + InputException.oneLine(e.getMessage()), e);
    }
    return entryPoints;
  }

  private static String absolute(URI base, String href, String location) throws InputException {
    try {
      return base.resolve(new URI(href.strip())).toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new InputException(location, "[tpe:invalidMetaDataFile] an entry point document is not a URL: " + href);
    }
  }

  private static boolean inside(URI target, Path root) {
    try {
      return "file".equals(target.getScheme()) && Path.of(target).normalize().startsWith(root);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Checks a package catalog: valid against the Taxonomy Packages catalog schema (rewriteURI
   * only), each URL start rewritten once, each rewrite inside {@code root}, no {@code xml:base}.
   *
   * @return each rewritten URL start, to the folder it is rewritten to
   */
  static java.util.Map<String, URI> checkCatalog(Path catalog, Path root, String location) throws InputException {
    java.util.Map<String, URI> rewrites = new java.util.LinkedHashMap<>();
    PackageSchemas.validate(catalog, PackageSchemas.catalog(), location, "tpe:invalidCatalogFile");
    Path inside = root.toAbsolutePath().normalize();
    URI base = catalog.toAbsolutePath().toUri();
    Set<String> starts = new HashSet<>();
    org.finfile.Limit.INPUT_BYTES.checkSize(catalog);
    try (InputStream in = Files.newInputStream(catalog)) {
      XMLStreamReader xml = XmlSecurity.streamReader(in, base.toString());
      try {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String where = location + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
          if (xml.getAttributeValue(XML, "base") != null) {
            throw new InputException(where, "[tpe:invalidCatalogFile] xml:base in a package catalog; finfile resolves "
                + "rewrites against the catalog itself");
          }
          if (!CATALOG.equals(xml.getNamespaceURI()) || !xml.getLocalName().equals("rewriteURI")) {
            continue;
          }
          String start = xml.getAttributeValue(null, "uriStartString");
          String prefix = xml.getAttributeValue(null, "rewritePrefix");
          if (!starts.add(start)) {
            throw new InputException(where, "[tpe:multipleRewriteURIsForStartString] " + start + " is rewritten twice");
          }
          URI target;
          try {
            target = base.resolve(new URI(prefix));
          } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new InputException(where, "[tpe:invalidCatalogFile] rewritePrefix is not a URL: " + prefix);
          }
          if (!inside(target, inside)) {
            throw new InputException(where, "rewritePrefix " + prefix + " points outside the package; finfile reads a "
                + "package's taxonomy from the package only");
          }
          rewrites.put(start, target);
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      throw new InputException(location, "[tpe:invalidCatalogFile] " + InputException.oneLine(e.getMessage()), e);
    }
    return rewrites;
  }
}
