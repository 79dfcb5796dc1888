package org.finfile.packages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.XmlSecurity;

/**
 * A taxonomy as the files of a taxonomy package, by path relative to the package root: the entry
 * point's own files where they are relative to it, files referenced by URL under
 * {@code host/path}, a catalog rewriting those URL folders there (and the entry point's
 * published folder, {@link #publishedFolder}, to the root), and
 * {@code META-INF/taxonomyPackage.xml}. The XBRL 2.1 and W3C schemas are not copied: every XBRL
 * processor has them.
 *
 * <p>A report in the package root references the entry point as it did beside the entry point;
 * a report one folder down ({@code reports/}) adds {@code ../} ({@link #oneDown}), and so does
 * {@code META-INF/taxonomyPackage.xml}, a folder down as well.
 *
 * @param files path to content, in path order
 * @param rewrites each URL folder the catalog rewrites, to its package folder
 */
record Layout(SortedMap<String, byte[]> files, SortedMap<String, String> rewrites) {
  private static final List<String> STANDARD = List.of("http://www.xbrl.org/", "http://www.w3.org/");

  Layout {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    rewrites = Collections.unmodifiableSortedMap(new TreeMap<>(rewrites));
  }

  /**
   * Lays out {@code taxonomy} for package {@code name}, whose entry point is
   * {@code entryDocuments}, as seen from a folder of the package root ({@code META-INF/} or
   * {@code reports/}).
   */
  static Layout of(Taxonomy taxonomy, String name, List<String> entryDocuments) throws IOException, InputException {
    String entry = taxonomy.schemas().get(0).uri();
    String entryDir = entry.substring(0, entry.lastIndexOf('/') + 1);
    SortedMap<String, byte[]> files = new TreeMap<>();
    SortedMap<String, String> rewrites = new TreeMap<>();
    List<Taxonomy.Document> documents = new ArrayList<>(taxonomy.schemas());
    documents.addAll(taxonomy.linkbases());
    for (Taxonomy.Document doc : documents) {
      String uri = doc.uri();
      if (isStandard(uri)) {
        continue;
      }
      String path;
      if (uri.startsWith("http://") || uri.startsWith("https://")) {
        URI u = URI.create(uri);
        path = u.getHost() + u.getPath();
        String folder = uri.substring(0, uri.lastIndexOf('/') + 1);
        URI f = URI.create(folder);
        rewrites.put(folder, f.getHost() + f.getRawPath());
      } else if (uri.startsWith(entryDir)) {
        path = URI.create(uri.substring(entryDir.length())).getPath();
      } else {
        throw new InputException(uri, "the taxonomy uses a local file outside the folder of its entry point "
            + entryDir + "; finfile cannot package it");
      }
      if (path == null || path.isEmpty() || path.contains("..") || path.startsWith("/") || path.startsWith("META-INF/")
          || path.startsWith("reports/")) {
        throw new InputException(uri, "cannot package a taxonomy file at " + path);
      }
      try (InputStream in = doc.local().openStream()) {
        files.put(path, in.readAllBytes());
      }
    }
    String published = null;
    if (!entry.startsWith("http://") && !entry.startsWith("https://")) {
      published = publishedFolder(files.get(URI.create(entry.substring(entryDir.length())).getPath()));
      if (published != null && rewrites.containsKey(published)) {
        published = null;
      }
    }
    List<String> entryUrls = entryDocuments;
    if (published != null) {
      rewrites.put(published, "");
      String base = published;
      entryUrls = entryDocuments.stream()
          .map(h -> h.startsWith("../") && !h.substring(3).contains("..") ? base + h.substring(3) : h).toList();
    }
    files.put("META-INF/taxonomyPackage.xml", PackageMetadata.taxonomyPackage(name, entryUrls));
    if (!rewrites.isEmpty()) {
      files.put("META-INF/catalog.xml", PackageMetadata.catalog(rewrites));
    }
    return new Layout(files, rewrites);
  }

  /** References from the package root as seen from one of its folders: relative ones get {@code ../}. */
  static List<String> oneDown(List<String> hrefs) {
    return hrefs.stream().map(Layout::down).toList();
  }

  /** One reference as seen from a folder one level down. */
  static String down(String href) {
    return isAbsolute(href) || href.startsWith("/") ? href : "../" + href;
  }

  /** True when {@code href} starts with a URL scheme. */
  static boolean isAbsolute(String href) {
    return href.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
  }

  static boolean isStandard(String uri) {
    return STANDARD.stream().anyMatch(uri::startsWith);
  }

  /**
   * The URL folder under which the entry point is published, as finfile's own taxonomies are:
   * its target namespace, when that is an http(s) URL, followed by {@code /}. The package's
   * catalog maps it to the package root, so the entry point can be named by an absolute URL, as
   * taxonomy package processors expect.
   */
  private static String publishedFolder(byte[] schema) throws InputException {
    if (schema == null) {
      return null;
    }
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(new ByteArrayInputStream(schema), "entry point");
      try {
        String namespace = xml.nextTag() == XMLStreamConstants.START_ELEMENT
            ? xml.getAttributeValue(null, "targetNamespace") : null;
        if (namespace == null || !namespace.matches("https?://[^?#\\s]+")) {
          return null;
        }
        return namespace.endsWith("/") ? namespace : namespace + "/";
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw XmlSecurity.unreadable("entry point", e);
    }
  }

  /** True when {@code url} (absolute) is a file of the package through the catalog (longest match), or standard. */
  boolean maps(String url) {
    if (isStandard(url)) {
      return true;
    }
    String start = rewrites.keySet().stream().filter(url::startsWith).max(java.util.Comparator.comparingInt(String::length))
        .orElse(null);
    if (start == null) {
      return false;
    }
    String path = URI.create(rewrites.get(start) + url.substring(start.length())).getPath();
    return files.containsKey(path);
  }
}
