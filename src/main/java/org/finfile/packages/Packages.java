package org.finfile.packages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.finfile.InputException;

/**
 * Opens report packages ({@code .xbr}, {@code .xbri}, {@code .zip}; Report Packages 1.0) and
 * taxonomy packages ({@code .zip}; Taxonomy Packages 1.0) given as input. An archive is hostile
 * input: it is unpacked within {@link Limits} into a private folder, and anything unsafe or not
 * as the specifications say is an {@link InputException} of one line naming the archive and the
 * entry (with the specification's error code where it has one).
 *
 * <pre>{@code
 * try (OpenPackage p = Packages.open(Path.of("iij-fy2002.xbr"))) {
 *   Path instance = p.report().primary();      // .../iij-fy2002/reports/iij-fy2002.xbrl
 *   OfflineResolver resolver = p.resolver();   // with the package's catalog
 * }
 * }</pre>
 */
public final class Packages {
  /** {@code documentInfo.documentType} of an {@code .xbr} package's {@code META-INF/reportPackage.json}. */
  public static final String XBR_TYPE = "https://xbrl.org/report-package/2023/xbr";
  /** The same for an {@code .xbri} package. */
  public static final String XBRI_TYPE = "https://xbrl.org/report-package/2023/xbri";
  /** The same for a {@code .zip} report package, which may hold reports of any format. */
  public static final String ZIP_TYPE = "https://xbrl.org/report-package/2023";

  private static final ObjectMapper JSON = new ObjectMapper(
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final Map<String, OpenPackage.Format> REPORT_FORMATS = Map.of(".xbrl", OpenPackage.Format.XBRL,
      ".json", OpenPackage.Format.JSON, ".xhtml", OpenPackage.Format.INLINE, ".html", OpenPackage.Format.INLINE,
      ".htm", OpenPackage.Format.INLINE);

  private Packages() {}

  /** True when {@code file}'s name ends in {@code .xbr}, {@code .xbri} or {@code .zip}, in any case. */
  public static boolean isPackage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xbr") || name.endsWith(".xbri") || name.endsWith(".zip");
  }

  /**
   * Checks a taxonomy package given as a folder as an archive's is checked: its
   * {@code META-INF/catalog.xml}, if it has one, is a valid package catalog whose every rewrite
   * stays inside the folder. A folder without one is a plain {@code host/path} layout.
   */
  public static void checkFolder(Path folder) throws InputException {
    Path catalog = folder.resolve("META-INF/catalog.xml");
    if (Files.isRegularFile(catalog)) {
      TaxonomyPackageFiles.checkCatalog(catalog, folder, catalog.toString());
    }
  }

  /** Opens a package within the zip limits in force ({@link Limits#current()}, set with {@code --limit zip-...}). */
  public static OpenPackage open(Path archive) throws IOException, InputException {
    return open(archive, Limits.current());
  }

  /** Opens a package within {@code limits}. The caller closes it, which deletes the unpacked files. */
  public static OpenPackage open(Path archive, Limits limits) throws IOException, InputException {
    String lower = archive.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!isPackage(archive)) {
      throw new InputException(archive.toString(), "not a package: finfile opens .xbr, .xbri and .zip archives");
    }
    if (!Files.isRegularFile(archive)) {
      throw new InputException(archive.toString(), "no such file");
    }
    Path temporary = Files.createTempDirectory("finfile-package-").toAbsolutePath().normalize();
    try {
      SafeUnzip.Unpacked unpacked = SafeUnzip.unpack(archive, temporary, limits);
      String top = unpacked.topFolder();
      Path root = temporary.resolve(top);
      String where = archive + "!/" + top + "/";
      Path json = root.resolve("META-INF/reportPackage.json");
      String documentType = Files.isRegularFile(json) ? documentType(json, where + "META-INF/reportPackage.json") : null;
      boolean hasReports = unpacked.files().stream().anyMatch(f -> f.startsWith(top + "/reports/"));
      OpenPackage.Kind kind = kind(lower, documentType, hasReports, archive.toString());
      List<OpenPackage.Report> reports = kind == OpenPackage.Kind.TAXONOMY ? List.of()
          : reports(unpacked, root, kind, archive.toString());
      Path metadata = root.resolve("META-INF/taxonomyPackage.xml");
      if (kind == OpenPackage.Kind.TAXONOMY && !Files.isRegularFile(metadata)) {
        throw new InputException(archive.toString(), "[tpe:metadataFileNotFound] neither a report package (no reports "
            + "folder) nor a taxonomy package (no META-INF/taxonomyPackage.xml in " + top + "/)");
      }
      List<OpenPackage.EntryPoint> entryPoints = Files.isRegularFile(metadata)
          ? TaxonomyPackageFiles.entryPoints(metadata, where + "META-INF/taxonomyPackage.xml") : List.of();
      Path catalog = root.resolve("META-INF/catalog.xml");
      List<Path> catalogs = new ArrayList<>();
      Map<String, java.net.URI> rewrites = Map.of();
      if (Files.isRegularFile(catalog)) {
        rewrites = TaxonomyPackageFiles.checkCatalog(catalog, root, where + "META-INF/catalog.xml");
        catalogs.add(catalog);
      }
      return new OpenPackage(archive, temporary, root, kind, reports, catalogs, entryPoints, rewrites);
    } catch (IOException | InputException | RuntimeException e) {
      OpenPackage.delete(temporary);
      throw e;
    }
  }

  private static String documentType(Path json, String where) throws IOException, InputException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(json));
    } catch (JsonProcessingException e) {
      throw new InputException(where, "[rpe:invalidJSON] " + InputException.oneLine(e.getOriginalMessage()));
    }
    JsonNode info = root == null ? null : root.get("documentInfo");
    if (root == null || !root.isObject() || info == null || !info.isObject()) {
      throw new InputException(where, "[rpe:invalidJSONStructure] documentInfo is not an object");
    }
    JsonNode type = info.get("documentType");
    if (type == null || !type.isTextual()) {
      throw new InputException(where, "[rpe:invalidJSONStructure] documentInfo.documentType is not a string");
    }
    String value = type.asText();
    if (!value.equals(XBR_TYPE) && !value.equals(XBRI_TYPE) && !value.equals(ZIP_TYPE)) {
      throw new InputException(where, "[rpe:unsupportedReportPackageVersion] document type " + value);
    }
    return value;
  }

  private static OpenPackage.Kind kind(String lowerName, String documentType, boolean hasReports, String archive)
      throws InputException {
    String expected = lowerName.endsWith(".xbri") ? XBRI_TYPE : lowerName.endsWith(".xbr") ? XBR_TYPE : ZIP_TYPE;
    if (documentType == null && !expected.equals(ZIP_TYPE)) {
      throw new InputException(archive, "[rpe:documentTypeFileExtensionMismatch] no META-INF/reportPackage.json, "
          + "which a report package of this extension has");
    }
    if (documentType != null && !documentType.equals(expected)) {
      throw new InputException(archive, "[rpe:documentTypeFileExtensionMismatch] document type " + documentType
          + " in a package named ." + lowerName.substring(lowerName.lastIndexOf('.') + 1));
    }
    if (expected.equals(XBRI_TYPE)) {
      return OpenPackage.Kind.XBRI;
    }
    if (expected.equals(XBR_TYPE)) {
      return OpenPackage.Kind.XBR;
    }
    if (documentType == null && !hasReports) {
      return OpenPackage.Kind.TAXONOMY;
    }
    return OpenPackage.Kind.ZIP_REPORTS;
  }

  /**
   * The reports, as Report Packages 1.0 finds them: report files directly in {@code reports/}
   * (each one report), or else one report per subfolder of {@code reports/} (several inline
   * documents there being one document set).
   */
  private static List<OpenPackage.Report> reports(SafeUnzip.Unpacked unpacked, Path root, OpenPackage.Kind kind,
      String archive) throws InputException {
    String prefix = unpacked.topFolder() + "/reports/";
    List<OpenPackage.Report> top = new ArrayList<>();
    Map<String, List<String>> bySubfolder = new TreeMap<>();
    boolean folder = false;
    for (String file : unpacked.files().stream().sorted().toList()) {
      if (!file.startsWith(prefix)) {
        continue;
      }
      folder = true;
      String[] parts = file.substring(prefix.length()).split("/");
      if (parts.length > 2 || format(file) == null) {
        continue;
      }
      if (parts.length == 1) {
        top.add(new OpenPackage.Report(format(file), List.of(root.resolve(file.substring(unpacked.topFolder().length() + 1)))));
      } else {
        bySubfolder.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(file);
      }
    }
    if (!folder) {
      throw new InputException(archive, "[rpe:missingReportsDirectory] a report package has a reports folder");
    }
    List<OpenPackage.Report> reports = top;
    if (top.isEmpty()) {
      for (Map.Entry<String, List<String>> sub : bySubfolder.entrySet()) {
        List<String> files = sub.getValue();
        boolean allInline = files.stream().allMatch(f -> format(f) == OpenPackage.Format.INLINE);
        if (files.size() > 1 && !allInline) {
          throw new InputException(archive, "[rpe:multipleReportsInSubdirectory] reports/" + sub.getKey()
              + "/ holds " + files.size() + " reports; a subfolder holds one");
        }
        reports.add(new OpenPackage.Report(format(files.get(0)),
            files.stream().map(f -> root.resolve(f.substring(unpacked.topFolder().length() + 1))).toList()));
      }
    }
    if (reports.isEmpty()) {
      throw new InputException(archive, "[rpe:missingReport] no report in the reports folder");
    }
    if (kind != OpenPackage.Kind.ZIP_REPORTS && reports.size() > 1) {
      throw new InputException(archive, "[rpe:multipleReports] " + reports.size() + " reports; an ."
          + kind.name().toLowerCase(Locale.ROOT) + " package holds one");
    }
    for (OpenPackage.Report r : reports) {
      boolean inline = r.format() == OpenPackage.Format.INLINE;
      if (kind == OpenPackage.Kind.XBR && inline || kind == OpenPackage.Kind.XBRI && !inline) {
        throw new InputException(archive, "[rpe:incorrectReportType] " + root.getParent().relativize(r.primary())
            + " in an ." + kind.name().toLowerCase(Locale.ROOT) + " package");
      }
    }
    return reports;
  }

  private static OpenPackage.Format format(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? null : REPORT_FORMATS.get(file.substring(dot));
  }
}
