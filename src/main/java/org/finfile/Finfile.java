package org.finfile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.finfile.mapping.Conversion;
import org.finfile.mapping.Converter;
import org.finfile.mapping.Mapping;
import org.finfile.model.Filing;
import org.finfile.tables.Document;
import org.finfile.tables.Documents;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.OfflineResolver;

/**
 * finfile as a library: the main jobs in one place.
 *
 * <pre>{@code
 * Conversion c = Finfile.convert(Path.of("release.txt"), Path.of("mapping.xml"));
 * try (OutputStream out = Files.newOutputStream(Path.of("release.xml"))) {
 *   Finfile.write(c.filing(), out);
 * }
 * Report r = Finfile.validate(Path.of("release.xml"));
 * }</pre>
 */
public final class Finfile {
  private Finfile() {}

  /**
   * Converts a document's tables with a mapping; offline, through finfile's catalog. The
   * conversion's totals are checked with its taxonomy's calculations ({@link Conversion#totals()}).
   */
  public static Conversion convert(Path document, Path mapping) throws InputException {
    return convert(document, mapping, null);
  }

  /**
   * As {@link #convert(Path, Path)}, the document read in {@code encodingOrNull} (null: by its
   * byte-order mark, else UTF-8; an HTML page by its {@code <meta charset>}). The document is a
   * text, CSV, XLSX or HTML file, by its extension ({@link Documents#read}).
   */
  public static Conversion convert(Path document, Path mapping, java.nio.charset.Charset encodingOrNull) throws InputException {
    Converter converter = Converter.of(Mapping.read(mapping), OfflineResolver.bundled());
    Document tables = Documents.read(document, document.getFileName().toString(), encodingOrNull);
    return converter.convert(tables).checkTotals(tables.blocks());
  }

  /**
   * Writes a conversion to {@code folder} as {@code instanceName} with its taxonomy (a taxonomy
   * package: {@code META-INF/taxonomyPackage.xml} and {@code META-INF/catalog.xml}), and beside
   * it the report package {@code NAME.xbr} ({@code NAME}: the instance name without its
   * extension) — but only once the instance has been validated against that taxonomy (XML
   * Schema and XBRL 2.1 rules): an instance that would not be valid is an
   * {@link InputException}, and nothing is written.
   *
   * @return the files written, instance first, the report package last
   */
  public static java.util.List<Path> write(Conversion conversion, Path folder, String instanceName)
      throws IOException, InputException {
    return write(conversion, folder, instanceName, java.util.List.of());
  }

  /**
   * As {@link #write(Conversion, Path, String)}; a file that would replace one of {@code keep}
   * (the document and mapping read), a device or a FIFO is an {@link org.finfile.output.Refused},
   * and nothing is written.
   */
  public static java.util.List<Path> write(Conversion conversion, Path folder, String instanceName,
      java.util.Collection<Path> keep) throws IOException, InputException {
    try (org.finfile.output.Staged staged =
        org.finfile.packages.FilingPackage.stage(conversion.filing(), conversion.taxonomy(), folder, instanceName)) {
      Report report = Validator.create(OfflineResolver.bundled(), Validator.Calc.NONE).validate(staged.firstStaged());
      var first = report.problems().stream()
          .filter(p -> p.severity() == org.finfile.validate.Severity.ERROR).findFirst();
      if (first.isPresent()) {
        String stagedName = staged.firstStaged().toString();
        String where = first.get().location().replace(stagedName, instanceName);
        throw new InputException(where, "the converted instance would not be valid, so nothing was written: ["
            + first.get().code() + "] " + first.get().message().replace(stagedName, instanceName));
      }
      return staged.commit(keep);
    }
  }

  /**
   * Reads a filing in any format finfile reads (an instance, an Inline XBRL document, an
   * xBRL-JSON or xBRL-CSV report, a report package); see {@link Input}.
   */
  public static Filing read(Path file) throws InputException {
    try (Input input = Input.open(file, OfflineResolver.bundled())) {
      return input.filing();
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot clean up after reading: " + e.getMessage(), e);
    }
  }

  /** Writes a filing as an XBRL instance. */
  public static void write(Filing filing, OutputStream out) throws IOException {
    InstanceWriter.write(filing, out);
  }

  /** Validates an XBRL instance against its taxonomy schemas and the XBRL 2.1 rules. */
  public static Report validate(Path instance) {
    return Validator.create(OfflineResolver.bundled()).validate(instance);
  }
}
