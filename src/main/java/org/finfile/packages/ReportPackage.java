package org.finfile.packages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.XmlSecurity;

/**
 * Writes report packages (Report Packages 1.0) that another XBRL processor opens as they are:
 * a ZIP archive with one top-level folder {@code NAME/} holding {@code META-INF/reportPackage.json},
 * the report in {@code reports/}, and its taxonomy — which makes the archive a taxonomy package
 * too ({@code META-INF/taxonomyPackage.xml}, and {@code META-INF/catalog.xml} mapping the URLs of
 * taxonomies referenced by URL to their copies in the package). The same input gives the same
 * bytes.
 *
 * <pre>{@code
 * byte[] xbr = ReportPackage.xbr("iij-fy2002", filing, taxonomy);
 * Filing inPackage = ReportPackage.inReports(filing);
 * byte[] xbri = ReportPackage.xbri("iij-fy2002", renderInline(inPackage), taxonomy);
 * }</pre>
 */
public final class ReportPackage {
  private static final String LINK = "http://www.xbrl.org/2003/linkbase";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final Set<String> REFERENCES = Set.of("schemaRef", "linkbaseRef", "roleRef", "arcroleRef");

  private ReportPackage() {}

  /**
   * The {@code .xbr} package of {@code filing}: {@code NAME/reports/NAME.xbrl} with its schema
   * references rewritten to resolve from there ({@link #schemaRefs}), and {@code taxonomy}.
   *
   * @throws InputException when the taxonomy or a reference of the filing cannot be packaged
   */
  public static byte[] xbr(String name, Filing filing, Taxonomy taxonomy) throws IOException, InputException {
    checkName(name);
    List<String> refs = schemaRefs(filing);
    Layout layout = Layout.of(taxonomy, name, refs);
    ByteArrayOutputStream instance = new ByteArrayOutputStream();
    InstanceWriter.write(inReports(filing), instance);
    return assemble(name, layout, name + ".xbrl", instance.toByteArray(), Packages.XBR_TYPE);
  }

  /**
   * The {@code .xbri} package of an inline XBRL page: {@code NAME/reports/NAME.xhtml} and
   * {@code taxonomy}. The page's references must resolve from {@code reports/}: render it from
   * {@link #inReports}.
   *
   * @throws InputException when the page is not well-formed, or references a file the package
   *     does not hold
   */
  public static byte[] xbri(String name, byte[] xhtml, Taxonomy taxonomy) throws IOException, InputException {
    checkName(name);
    List<String> refs = references(xhtml, "reports/" + name + ".xhtml", true);
    Layout layout = Layout.of(taxonomy, name, refs);
    return assemble(name, layout, name + ".xhtml", xhtml, Packages.XBRI_TYPE);
  }

  /**
   * {@code filing} as a report in a package's {@code reports/} folder sees its taxonomy: every
   * relative reference (schema, linkbase, role, arcrole) one folder up, absolute URLs as they are.
   */
  public static Filing inReports(Filing filing) {
    return filing.withReferences(Layout::down);
  }

  /**
   * {@code filing}, read from {@code documentUri}, as a report in a package's {@code reports/}
   * folder sees {@code taxonomy} once the package lays it out: a reference into the taxonomy's
   * entry folder becomes a path from {@code reports/}, one by absolute URL stays as it is.
   */
  public static Filing inReports(Filing filing, String documentUri, Taxonomy taxonomy) {
    String entry = taxonomy.schemas().get(0).uri();
    String entryDir = entry.substring(0, entry.lastIndexOf('/') + 1);
    java.net.URI base = java.net.URI.create(documentUri);
    return filing.withReferences(href -> {
      if (Layout.isAbsolute(href)) {
        return href;
      }
      String resolved;
      try {
        resolved = base.resolve(new java.net.URI(href)).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return href;
      }
      return resolved.startsWith(entryDir) ? "../" + resolved.substring(entryDir.length()) : resolved;
    });
  }

  /**
   * The schema references of {@code filing} as a report in a package's {@code reports/} folder
   * makes them: relative ones one folder up, absolute URLs as they are.
   */
  public static List<String> schemaRefs(Filing filing) {
    return Layout.oneDown(filing.schemaRefs());
  }

  private static byte[] assemble(String name, Layout layout, String reportName, byte[] report, String documentType)
      throws InputException {
    String reportPath = "reports/" + reportName;
    SortedMap<String, byte[]> files = new TreeMap<>(layout.files());
    files.put("META-INF/reportPackage.json", PackageMetadata.reportPackage(documentType));
    files.put(reportPath, report);
    URI base;
    try {
      base = new URI("package", "/" + reportPath, null);
    } catch (URISyntaxException e) {
      throw new InputException(name, "not usable as a package name: " + e.getMessage());
    }
    for (String href : references(report, reportPath, false)) {
      String where = name + "/" + reportPath;
      String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
      if (target.isEmpty()) {
        continue;
      }
      if (Layout.isAbsolute(target)) {
        if (!layout.maps(target)) {
          throw new InputException(where, "references " + href + ", which the package neither holds nor maps");
        }
        continue;
      }
      String path;
      try {
        path = base.resolve(new URI(target)).getPath();
      } catch (URISyntaxException e) {
        throw new InputException(where, "references " + href + ", which is not a URL");
      }
      if (path == null || !path.startsWith("/") || !files.containsKey(path.substring(1))) {
        throw new InputException(where, "references " + href + ", which is not in the package");
      }
    }
    return ZipWriter.zip(name, files);
  }

  /**
   * The {@code xlink:href} of every {@code link:schemaRef}, {@code linkbaseRef}, {@code roleRef}
   * and {@code arcroleRef} in a report (only the schemaRefs when {@code schemaRefsOnly}).
   */
  private static List<String> references(byte[] report, String where, boolean schemaRefsOnly) throws InputException {
    List<String> hrefs = new ArrayList<>();
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(new ByteArrayInputStream(report), where);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && LINK.equals(xml.getNamespaceURI())
              && (schemaRefsOnly ? xml.getLocalName().equals("schemaRef") : REFERENCES.contains(xml.getLocalName()))) {
            String href = xml.getAttributeValue(XLINK, "href");
            if (href != null) {
              hrefs.add(href.strip());
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw XmlSecurity.unreadable(where, e);
    }
    return hrefs;
  }

  /** A package name is its top-level folder: one plain path segment. */
  static void checkName(String name) throws InputException {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 200
        || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0)) {
      throw new InputException(name, "not usable as a package name (its top-level folder): one plain file name is");
    }
  }
}
