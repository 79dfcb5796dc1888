package org.finfile.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * A user's XSLT 3.0 stylesheet, compiled once and run over the resolved view of any number of
 * filings ({@code schemas/finfile/view.xsd}). It runs in the sandbox of finfile's own
 * stylesheets: no extension functions, no {@code xsl:result-document}, no network, and no file
 * but its own modules (the folder of the stylesheet and below) and what {@code allowRead}
 * grants, each read through a parser that refuses DTDs.
 *
 * <pre>{@code
 * UserStylesheet digest = UserStylesheet.compile(Path.of("digest.xsl"), List.of(), Map.of("title", "Q3"));
 * digest.transform(filing, taxonomy, out, System.err::println);
 * }</pre>
 */
public final class UserStylesheet {
  private final XsltExecutable executable;
  private final Map<QName, XdmAtomicValue> parameters;
  /** The stylesheet as the user named it, for messages. */
  private final Path stylesheet;
  /** Its file, links resolved: the system id Saxon reports places in the main module by. */
  private final Path real;

  private UserStylesheet(XsltExecutable executable, Map<QName, XdmAtomicValue> parameters, Path stylesheet, Path real) {
    this.executable = executable;
    this.parameters = parameters;
    this.stylesheet = stylesheet;
    this.real = real;
  }

  /**
   * Compiles {@code stylesheet} with {@code parameters} (name, or {@code {uri}local}, to a
   * value the stylesheet's declared type is cast from, as {@code xs:untypedAtomic}).
   *
   * @throws InputException the stylesheet cannot be read, is not well-formed XML, or asks for a DTD
   * @throws StylesheetError the stylesheet has static errors; each is a line of the message
   * @throws IllegalArgumentException a parameter the stylesheet does not declare, or a required one missing
   */
  public static UserStylesheet compile(Path stylesheet, List<Path> allowRead, Map<String, String> parameters)
      throws InputException, StylesheetError {
    String shown = stylesheet.toString();
    if (!Files.isRegularFile(stylesheet)) {
      throw new InputException(shown, Files.isDirectory(stylesheet) ? "is a folder, not a stylesheet" : "no such stylesheet");
    }
    if (!Files.isReadable(stylesheet)) {
      throw new InputException(shown, "cannot read the stylesheet (permission denied)");
    }
    Path real;
    List<Path> granted = new ArrayList<>();
    try {
      real = stylesheet.toRealPath();
      for (Path dir : allowRead) {
        if (!Files.isDirectory(dir)) {
          throw new IllegalArgumentException("--allow-read " + dir + ": not a folder");
        }
        granted.add(dir.toRealPath());
      }
    } catch (IOException e) {
      throw new InputException(shown, "cannot read the stylesheet: " + e.getMessage(), e);
    }
    Processor processor = new Processor(false);
    // every resource is served by the resolver below or by nothing: no protocol is open to Saxon itself
    processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "#none");
    processor.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
    net.sf.saxon.Configuration configuration = processor.getUnderlyingConfiguration();
    configuration.setResourceResolver(request -> resource(request, real.getParent(), granted));
    // parse-xml() parses with Saxon's own parser: it too refuses a DOCTYPE, so no entity is expanded
    configuration.setConfigurationProperty("http://saxon.sf.net/feature/parserFeature?uri="
        + java.net.URLEncoder.encode("http://apache.org/xml/features/disallow-doctype-decl", java.nio.charset.StandardCharsets.UTF_8),
        true);
    configuration.setCollectionFinder((context, uri) -> {
      throw new XPathException("collection(" + InputException.clip(String.valueOf(uri)) + ") is not available to a stylesheet;"
          + " read files one by one with doc() or unparsed-text() in an --allow-read folder", "FODC0002");
    });
    XsltCompiler compiler = processor.newXsltCompiler();
    List<XmlProcessingError> errors = new ArrayList<>();
    compiler.setErrorReporter(errors::add);
    Map<QName, XdmAtomicValue> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      try {
        values.put(qname(p.getKey()), new XdmAtomicValue(p.getValue(), ItemType.UNTYPED_ATOMIC));
      } catch (SaxonApiException e) {
        throw new IllegalArgumentException("--param " + p.getKey() + ": " + e.getMessage(), e);
      }
    }
    XsltExecutable executable;
    try {
      executable = compiler.compile(Stylesheets.hardened(Files.newInputStream(real), real.toUri().toString()));
    } catch (IOException e) {
      throw new InputException(shown, "cannot read the stylesheet: " + e.getMessage(), e);
    } catch (SaxonApiException e) {
      List<XmlProcessingError> fatal = errors.stream().filter(x -> !x.isWarning()).toList();
      if (fatal.isEmpty()) {
        throw new StylesheetError(List.of(shown + ": error " + InputException.oneLine(e.getMessage())));
      }
      XmlProcessingError first = fatal.get(0);
      if (isUnreadable(first)) {
        throw new InputException(where(first.getLocation(), real, shown), "cannot read the stylesheet: "
            + InputException.oneLine(first.getMessage()));
      }
      throw new StylesheetError(fatal.stream().limit(20).map(x -> line(x, real, shown)).toList());
    }
    Map<QName, XsltExecutable.ParameterDetails> declared = executable.getGlobalParameters();
    for (QName name : values.keySet()) {
      if (!declared.containsKey(name)) {
        throw new IllegalArgumentException("--param " + name.getClarkName() + ": " + shown + " declares no such parameter"
            + (declared.isEmpty() ? " (it declares none)" : " (it declares " + String.join(", ",
                declared.keySet().stream().map(QName::getClarkName).sorted().toList()) + ")"));
      }
    }
    for (Map.Entry<QName, XsltExecutable.ParameterDetails> d : declared.entrySet()) {
      if (d.getValue().isRequired() && !values.containsKey(d.getKey())) {
        throw new IllegalArgumentException(shown + " requires --param " + d.getKey().getClarkName() + "=VALUE");
      }
    }
    return new UserStylesheet(executable, values, stylesheet, real);
  }

  /**
   * The file name suffix of what the stylesheet writes, from its {@code xsl:output}: the
   * media type when it names one ({@code text/markdown} is {@code .md}, {@code text/csv} is
   * {@code .csv}), else the method ({@code html} is {@code .html}, {@code text} is {@code .txt}).
   */
  public String suffix() {
    java.util.Properties output = executable.getUnderlyingCompiledStylesheet().getPrimarySerializationProperties().getProperties();
    String media = output.getProperty("media-type", "").toLowerCase(java.util.Locale.ROOT).replaceFirst(";.*", "").trim();
    String bySuffix = switch (media) {
      case "text/markdown", "text/x-markdown" -> ".md";
      case "text/csv" -> ".csv";
      case "text/tab-separated-values" -> ".tsv";
      case "text/html" -> ".html";
      case "application/xhtml+xml" -> ".xhtml";
      case "application/json" -> ".json";
      case "text/plain" -> ".txt";
      case "application/xml", "text/xml" -> ".xml";
      default -> null;
    };
    if (bySuffix != null) {
      return bySuffix;
    }
    return switch (output.getProperty("method", "xml")) {
      case "html" -> ".html";
      case "xhtml" -> ".xhtml";
      case "text" -> ".txt";
      case "json", "adaptive" -> ".json";
      default -> ".xml";
    };
  }

  /**
   * Runs the stylesheet over the view of {@code filing} (labels from {@code taxonomy}, which may
   * be null) to {@code out}, serialized as its {@code xsl:output} says. Each {@code xsl:message}
   * that does not terminate is one line to {@code messages}, with its place in the stylesheet.
   *
   * @throws StylesheetError a dynamic error or a terminating message: one line, with the place
   */
  public void transform(Filing filing, Taxonomy taxonomy, OutputStream out, Consumer<String> messages)
      throws StylesheetError, IOException {
    transformView(Renderer.viewDocument(filing, taxonomy), out, messages);
  }

  /** Runs the stylesheet over a view document already built ({@link Renderer#viewDocument}). */
  public void transformView(byte[] view, OutputStream out, Consumer<String> messages) throws StylesheetError, IOException {
    List<XmlProcessingError> errors = new ArrayList<>();
    String[] terminated = new String[1];
    Xslt30Transformer t = executable.load30();
    t.setErrorReporter(errors::add);
    t.setMessageHandler(m -> {
      String text = InputException.oneLine(m.getStringValue());
      if (m.isTerminate()) {
        terminated[0] = where(m.getLocation(), real, stylesheet.toString()) + ": error [" + code(m.getErrorCode()) + "] " + text;
      } else {
        messages.accept(where(m.getLocation(), real, stylesheet.toString()) + ": message: " + text);
      }
    });
    try {
      t.setStylesheetParameters(parameters);
      t.transform(Stylesheets.hardened(new java.io.ByteArrayInputStream(view), "urn:finfile:view"), t.newSerializer(out));
    } catch (SaxonApiException e) {
      if (terminated[0] != null) {
        throw new StylesheetError(List.of(terminated[0]));
      }
      if (e.getCause() instanceof XPathException x && x.getException() instanceof IOException io) {
        throw io;
      }
      List<XmlProcessingError> fatal = errors.stream().filter(x -> !x.isWarning()).toList();
      if (!fatal.isEmpty()) {
        throw new StylesheetError(List.of(line(fatal.get(0), real, stylesheet.toString())));
      }
      String place = e.getLineNumber() > 0 ? stylesheet + ":" + e.getLineNumber() : stylesheet.toString();
      throw new StylesheetError(List.of(place + ": error [" + code(e.getErrorCode()) + "] " + InputException.oneLine(e.getMessage())));
    }
  }

  /** The stylesheet failed: one line per error, {@code path:line:col: error [CODE] message}. */
  public static final class StylesheetError extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    StylesheetError(List<String> lines) {
      super(String.join("; ", lines));
      this.lines = List.copyOf(lines);
    }

    /** One line per error. */
    public List<String> lines() {
      return lines;
    }
  }

  private static boolean isUnreadable(XmlProcessingError error) {
    String code = error.getErrorCode() == null ? "" : error.getErrorCode().getLocalName();
    return code.equals("SXXP0003") || error.getCause() instanceof org.xml.sax.SAXParseException;
  }

  private static String line(XmlProcessingError error, Path main, String shown) {
    return where(error.getLocation(), main, shown) + ": error [" + code(error.getErrorCode()) + "] "
        + InputException.oneLine(error.getMessage());
  }

  private static String code(QName code) {
    return code == null ? "XSLT" : code.getLocalName();
  }

  /** {@code digest.xsl:12:7}: the module as the user named it (or its path), its line and column when known. */
  private static String where(Location location, Path main, String shown) {
    if (location == null) {
      return shown;
    }
    String module = shown;
    String systemId = location.getSystemId();
    if (systemId != null && systemId.startsWith("file:")) {
      try {
        Path p = Path.of(URI.create(systemId));
        if (!p.equals(main)) {
          module = p.toString();
        }
      } catch (IllegalArgumentException e) {
        module = systemId;
      }
    }
    int line = location.getLineNumber();
    int column = location.getColumnNumber();
    return module + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }

  private static QName qname(String name) {
    if (name.startsWith("{")) {
      return QName.fromClarkName(name);
    }
    if (!name.matches("[\\p{L}_][\\p{L}\\p{N}._\\-]*")) {
      throw new IllegalArgumentException("--param " + name + ": a parameter is named NAME or {NAMESPACE}NAME");
    }
    return new QName(name);
  }

  /**
   * Serves what the stylesheet asks for when it may read it (symbolic links resolved first): a
   * module in the stylesheet's folder or below, or anything in a granted folder. Refuses the
   * rest, naming the way to grant it.
   */
  private static Source resource(ResourceRequest request, Path home, List<Path> granted) throws XPathException {
    boolean module = ResourceRequest.XSLT_NATURE.equals(request.nature);
    List<Path> readable = new ArrayList<>(granted);
    if (module) {
      readable.add(home);
    }
    String uri = request.uri;
    Path file = null;
    if (uri != null && uri.startsWith("file:")) {
      try {
        file = Path.of(URI.create(uri)).toRealPath();
      } catch (IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
        file = null;
      }
    }
    Path found = file;
    if (found == null || readable.stream().noneMatch(found::startsWith) || !Files.isRegularFile(found)) {
      throw new XPathException("reading " + InputException.clip(String.valueOf(uri)) + " is not allowed"
          + (granted.isEmpty() ? " (a stylesheet reads no file but its own modules unless finfile is given --allow-read DIR)"
              : " (it is outside every --allow-read folder)"), "FODC0002");
    }
    try {
      InputStream in = Files.newInputStream(found);
      String id = found.toUri().toString();
      return module || ResourceRequest.XML_NATURE.equals(request.nature) ? Stylesheets.hardened(in, id) : new StreamSource(in, id);
    } catch (IOException e) {
      throw new XPathException("cannot read " + found + ": " + e.getMessage(), "FODC0002");
    }
  }

}
