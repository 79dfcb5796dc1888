package org.finfile.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.finfile.InputException;
import org.finfile.xml.OfflineResolver;

/**
 * A report package or taxonomy package, unpacked into a private temporary folder that
 * {@link #close()} deletes. Made by {@link Packages#open}.
 *
 * <pre>{@code
 * try (OpenPackage p = Packages.open(Path.of("iij-fy2002.xbr"))) {
 *   Filing filing = InstanceReader.read(p.report().primary());
 *   Report report = Validator.create(p.resolver()).validate(p.report().primary());
 * }
 * }</pre>
 */
public final class OpenPackage implements AutoCloseable {
  /** What the archive is, by its extension and content (Report Packages 1.0, Taxonomy Packages 1.0). */
  public enum Kind {
    /** {@code .xbr}: one xBRL-XML or xBRL-JSON report. */
    XBR,
    /** {@code .xbri}: one inline XBRL report (a document or a document set). */
    XBRI,
    /** {@code .zip} with a {@code reports} folder: reports of any kind. */
    ZIP_REPORTS,
    /** {@code .zip} without reports: a taxonomy package. */
    TAXONOMY
  }

  /** The format of a report, by its file extension. */
  public enum Format {
    /** {@code .xbrl}: an XBRL 2.1 instance. */
    XBRL,
    /** {@code .json}: xBRL-JSON, or the metadata file of xBRL-CSV. */
    JSON,
    /** {@code .xhtml}, {@code .html}, {@code .htm}: inline XBRL. */
    INLINE
  }

  /**
   * One report: its documents (more than one only for an inline XBRL document set), the first
   * being the one to open.
   */
  public record Report(Format format, List<Path> documents) {
    public Report {
      Objects.requireNonNull(format, "format");
      documents = List.copyOf(documents);
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("a report has at least one document");
      }
    }

    public Path primary() {
      return documents.get(0);
    }
  }

  /**
   * An entry point of a taxonomy package: its name and its documents as absolute URLs, to be
   * resolved with {@link #resolver()} (a package's own file, or a published URL its catalog maps).
   */
  public record EntryPoint(String name, List<String> documents) {
    public EntryPoint {
      Objects.requireNonNull(name, "name");
      documents = List.copyOf(documents);
    }
  }

  private final Path archive;
  private final Path temporary;
  private final Path root;
  private final Kind kind;
  private final List<Report> reports;
  private final List<Path> catalogs;
  private final List<EntryPoint> entryPoints;
  private final java.util.Map<String, java.net.URI> rewrites;

  OpenPackage(Path archive, Path temporary, Path root, Kind kind, List<Report> reports, List<Path> catalogs,
      List<EntryPoint> entryPoints, java.util.Map<String, java.net.URI> rewrites) {
    this.rewrites = java.util.Map.copyOf(rewrites);
    this.archive = archive;
    this.temporary = temporary;
    this.root = root;
    this.kind = kind;
    this.reports = List.copyOf(reports);
    this.catalogs = List.copyOf(catalogs);
    this.entryPoints = List.copyOf(entryPoints);
  }

  /** The archive this was unpacked from. */
  public Path archive() {
    return archive;
  }

  public Kind kind() {
    return kind;
  }

  /** The package's top-level folder, unpacked. */
  public Path root() {
    return root;
  }

  /** The reports, in name order; empty for a taxonomy package. */
  public List<Report> reports() {
    return reports;
  }

  /**
   * The one report of the package.
   *
   * @throws InputException when the package holds no report or several
   */
  public Report report() throws InputException {
    if (reports.size() != 1) {
      throw new InputException(archive.toString(), reports.isEmpty() ? "a taxonomy package, with no report in it"
          : "holds " + reports.size() + " reports; finfile reads one at a time");
    }
    return reports.get(0);
  }

  /** The package's {@code META-INF/catalog.xml}, checked, if it has one. */
  public List<Path> catalogs() {
    return catalogs;
  }

  /** The entry points its {@code META-INF/taxonomyPackage.xml} lists (none without one). */
  public List<EntryPoint> entryPoints() {
    return entryPoints;
  }

  /**
   * finfile's offline resolver with this package's catalog added, as {@code --taxonomy} does for
   * a folder.
   */
  public OfflineResolver resolver() throws InputException {
    try {
      return OfflineResolver.create(List.of(), List.of(root)).confinedTo(root);
    } catch (java.io.IOException e) {
      throw new InputException(root.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The URL a file of the package is published at, by its catalog's rewrites (the longest
   * folder that holds it), or empty when no rewrite covers it. Outside the package, a reference
   * to the taxonomy can only be by this URL.
   */
  public java.util.Optional<String> publishedUrl(java.net.URI file) {
    String target = file.normalize().toString();
    String best = null;
    String bestFolder = "";
    for (var rewrite : rewrites.entrySet()) {
      String folder = rewrite.getValue().normalize().toString();
      if (!folder.endsWith("/")) {
        folder = folder + "/";
      }
      if (target.startsWith(folder) && folder.length() > bestFolder.length()) {
        bestFolder = folder;
        best = rewrite.getKey() + target.substring(folder.length());
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /**
   * How to name an unpacked file to a user: {@code archive!/entry}, never the temporary folder.
   * Any other path is returned as it is.
   */
  public String displayName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(temporary)) {
      return file.toString();
    }
    return archive.getFileName() + "!/" + temporary.relativize(absolute).toString().replace('\\', '/');
  }

  /** Deletes the unpacked files. */
  @Override
  public void close() {
    delete(temporary);
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unpacked package " + folder + ": " + e.getMessage(), e);
    }
  }
}
