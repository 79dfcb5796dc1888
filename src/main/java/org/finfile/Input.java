package org.finfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.inline.InlineXbrl;
import org.finfile.model.Filing;
import org.finfile.oim.Oim;
import org.finfile.packages.OpenPackage;
import org.finfile.packages.Packages;
import org.finfile.render.References;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.InstanceWriter;
import org.finfile.xml.OfflineResolver;

/**
 * A filing read from a file in any format finfile reads, told apart by content, not by name:
 * an XBRL 2.1 instance, an Inline XBRL document, an xBRL-JSON report, the metadata of an
 * xBRL-CSV report, or a report package ({@code .xbr}, {@code .xbri}, {@code .zip}) holding one
 * of those with its taxonomy. Whatever the format, {@link #instance()} gives an XBRL 2.1
 * instance file to validate and {@link #taxonomy()} the taxonomy as the file's references see
 * it. The filing itself is read when first asked for.
 *
 * <pre>{@code
 * try (Input input = Input.open(Path.of("report.xbri"), OfflineResolver.bundled())) {
 *   Filing filing = input.filing();
 * }
 * }</pre>
 */
public final class Input implements AutoCloseable {
  /** The formats finfile reads. */
  public enum Kind {
    /** An XBRL 2.1 instance document. */
    INSTANCE("an XBRL 2.1 instance"),
    /** An Inline XBRL 1.1 document. */
    INLINE("an Inline XBRL document"),
    /** An xBRL-JSON report (OIM 1.0). */
    XBRL_JSON("an xBRL-JSON report"),
    /** An xBRL-CSV report's metadata file (OIM 1.0). */
    XBRL_CSV("an xBRL-CSV report"),
    /** A zip archive: a report package or a taxonomy package. */
    PACKAGE("a package");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How messages name the format. */
    public String description() {
      return description;
    }
  }

  private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]");
  private static final JsonFactory JSON = new JsonFactory();

  private final Path document;
  private final String name;
  private final Kind kind;
  private final OfflineResolver resolver;
  private final OpenPackage opened;
  private Filing filing;
  private byte[] inlineInstance;
  private Path extracted;

  private Input(Path document, String name, Kind kind, OfflineResolver resolver, OpenPackage opened) {
    this.document = document;
    this.name = name;
    this.kind = kind;
    this.resolver = resolver;
    this.opened = opened;
  }

  /**
   * Opens {@code file}. Taxonomies are then found through {@code resolver}, or, for a package,
   * through finfile's catalog and the package's own.
   *
   * @throws InputException when the file is missing, not a regular file, of no format finfile
   *     reads, or a package that is unsafe or holds no single report
   */
  public static Input open(Path file, OfflineResolver resolver) throws InputException {
    Kind kind = kindOf(file);
    if (kind != Kind.PACKAGE) {
      return new Input(file, file.toString(), kind, resolver, null);
    }
    OpenPackage opened;
    try {
      opened = Packages.open(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    try {
      Path report = opened.report().primary();
      String name = opened.displayName(report);
      Kind inner = kindOf(report, name);
      if (inner == Kind.PACKAGE) {
        throw new InputException(name, "a package inside a package");
      }
      return new Input(report, name, inner, opened.resolver(), opened);
    } catch (InputException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /** The format of {@code file}, from its first bytes; nothing more is read. */
  public static Kind kindOf(Path file) throws InputException {
    return kindOf(file, file.toString());
  }

  private static Kind kindOf(Path file, String name) throws InputException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InputException(name, "not a regular file");
    }
    Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      return sniff(in.readNBytes(8192), name);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The format of a file from its first bytes. */
  static Kind sniff(byte[] head, String name) throws InputException {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.PACKAGE;
    }
    String text = new String(head, charset(head)).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    if (text.startsWith("{")) {
      String type = documentType(text);
      if (type != null && type.startsWith("https://xbrl.org/") && type.endsWith("/xbrl-csv")) {
        return Kind.XBRL_CSV;
      }
      if (type != null && type.startsWith("https://xbrl.org/") && type.endsWith("/xbrl-json")) {
        return Kind.XBRL_JSON;
      }
      throw new InputException(name, "JSON, but not a report finfile reads (documentInfo.documentType "
          + (type == null ? "not found at its start" : "'" + InputException.oneLine(type) + "'") + ")");
    }
    Matcher root = ROOT.matcher(withoutProlog(text));
    if (root.find()) {
      switch (root.group(1).toLowerCase(Locale.ROOT)) {
        case "xbrl":
          return Kind.INSTANCE;
        case "html":
          return Kind.INLINE;
        default:
          throw new InputException(name, "the root element is " + root.group(1)
              + ": not an XBRL instance (xbrli:xbrl) or an Inline XBRL document (html)");
      }
    }
    throw new InputException(name, "not an XBRL instance, an Inline XBRL document, an OIM report or a package");
  }

  /** How a document's first bytes are encoded: UTF-16 by its byte-order mark or zero bytes, else UTF-8. */
  private static java.nio.charset.Charset charset(byte[] head) {
    if (head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF || head[0] == 0)) {
      return StandardCharsets.UTF_16BE;
    }
    if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE || head[1] == 0)) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  /** {@code documentInfo.documentType} of a JSON document's start, or null. */
  private static String documentType(String start) {
    try (JsonParser json = JSON.createParser(start)) {
      int depth = 0;
      boolean inInfo = false;
      for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          inInfo = inInfo && depth >= 2;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          inInfo = json.currentName().equals("documentInfo");
        } else if (t == JsonToken.FIELD_NAME && depth == 2 && inInfo && json.currentName().equals("documentType")) {
          return json.nextToken() == JsonToken.VALUE_STRING ? json.getText() : null;
        }
      }
    } catch (IOException e) {
      // a start cut mid-token, or not JSON: no document type
    }
    return null;
  }

  /** The text from the first element on: declarations, comments and processing instructions skipped. */
  private static String withoutProlog(String text) {
    String t = text;
    while (true) {
      t = t.stripLeading();
      if (t.startsWith("<?") && t.indexOf("?>") > 0) {
        t = t.substring(t.indexOf("?>") + 2);
      } else if (t.startsWith("<!--") && t.indexOf("-->") > 0) {
        t = t.substring(t.indexOf("-->") + 3);
      } else {
        return t;
      }
    }
  }

  /** The filing, read on first use. */
  public Filing filing() throws InputException {
    if (filing == null) {
      String systemId = document.toUri().toString();
      filing = switch (kind) {
        case INSTANCE -> {
          try (InputStream in = Files.newInputStream(document)) {
            yield InstanceReader.read(in, systemId, name);
          } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
          }
        }
        case INLINE -> InstanceReader.read(new ByteArrayInputStream(inlineInstance()), systemId, name);
        case XBRL_JSON, XBRL_CSV -> Oim.read(document);
        case PACKAGE -> throw new IllegalStateException("a package is opened for its report");
      };
    }
    return filing;
  }

  /**
   * The filing as a file written outside the package can reference its taxonomy: each reference
   * into the package becomes the URL the package's catalog publishes that file at (a reader
   * then needs the package as a taxonomy package, as {@code validate --taxonomy} takes it). A
   * reference no rewrite covers is left as it is. Outside a package, the filing itself.
   */
  public Filing filingOutside() throws InputException {
    Filing read = filing();
    if (opened == null) {
      return read;
    }
    java.net.URI base = document.toUri();
    return read.withReferences(href -> {
      try {
        return opened.publishedUrl(base.resolve(new java.net.URI(href))).orElse(href);
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return href;
      }
    });
  }

  private byte[] inlineInstance() throws InputException {
    if (inlineInstance == null && opened != null && opened.report().documents().size() > 1) {
      inlineInstance = InlineXbrl.extract(opened.report().documents());
    }
    if (inlineInstance == null) {
      try (InputStream in = Files.newInputStream(document)) {
        inlineInstance = InlineXbrl.extract(in, document.toUri().toString(), name);
      } catch (IOException e) {
        throw new InputException(name, "cannot read: " + e.getMessage(), e);
      }
    }
    return inlineInstance;
  }

  /** The format of the file read (for a package, of the report in it). */
  public Kind kind() {
    return kind;
  }

  /** True when the file was a package (its report was read). */
  public boolean packaged() {
    return opened != null;
  }

  /** The file read (for a package, its report, unpacked); relative references resolve against it. */
  public Path document() {
    return document;
  }

  /** How messages name the file: its path, or {@code archive!/entry} in a package. */
  public String name() {
    return name;
  }

  /** The resolver taxonomies are found through. */
  public OfflineResolver resolver() {
    return resolver;
  }

  /** The filing's taxonomy, loaded as the file's references see it. */
  public Taxonomy taxonomy() throws InputException {
    return Taxonomy.load(filing().schemaRefs(), document.toUri().toString(), resolver);
  }

  /**
   * The XBRL 2.1 instance the file is or carries: the file itself for an instance, otherwise
   * the instance written to a temporary file (deleted on {@link #close()}) whose references
   * still resolve to the taxonomy beside the original file.
   */
  public Path instance() throws IOException, InputException {
    if (kind == Kind.INSTANCE) {
      return document;
    }
    if (extracted == null) {
      Filing relocatable = filing();
      Path folder = Files.createTempDirectory("finfile-input-");
      Path file = folder.resolve("instance.xbrl");
      try (OutputStream out = Files.newOutputStream(file)) {
        InstanceWriter.write(References.relocate(relocatable, document, folder), out);
      } catch (IOException e) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
        throw e;
      }
      extracted = file;
    }
    return extracted;
  }

  /**
   * The XBRL 2.1 instance the file is or carries, as bytes: for a round trip, the document to
   * compare with. An OIM report carries no XBRL 2.1 document of its own.
   */
  public byte[] instanceBytes() throws IOException, InputException {
    return switch (kind) {
      case INSTANCE -> Files.readAllBytes(document);
      case INLINE -> inlineInstance().clone();
      default -> throw new InputException(name, kind.description() + " holds no XBRL 2.1 document to compare with");
    };
  }

  /** Deletes what was extracted or unpacked. */
  @Override
  public void close() throws IOException {
    try {
      if (extracted != null) {
        Files.deleteIfExists(extracted);
        Files.deleteIfExists(extracted.getParent());
        extracted = null;
      }
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }
}
