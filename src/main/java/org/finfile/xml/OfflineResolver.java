package org.finfile.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.catalog.CatalogException;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;

/**
 * Resolves schema and linkbase references without the network. A reference to a local file
 * (or a file inside finfile's jar) is read as it is; any other URL must be mapped by a catalog
 * (finfile's own {@code schemas/catalog.xml}, then any catalogs a user adds), strictly: an
 * unmapped URL is an error, never a download.
 *
 * <p>Thread-safe; one instance serves a whole batch.
 */
public final class OfflineResolver implements LSResourceResolver {
  private static final String BUNDLED_CATALOG = "/org/finfile/schemas/catalog.xml";
  private final CatalogResolver catalog;
  private final List<java.nio.file.Path> folders;
  private final List<URI> catalogs;
  /** The folder every local file read must lie in (a package's), or null for none. */
  private final java.nio.file.Path confinement;
  /** Documents held in memory, by the absolute URI they stand at (an extension taxonomy being written). */
  private final java.util.Map<String, URL> memory;

  private OfflineResolver(List<URI> catalogs, List<java.nio.file.Path> folders) {
    this(catalogs, folders, null, java.util.Map.of());
  }

  private OfflineResolver(List<URI> catalogs, List<java.nio.file.Path> folders, java.nio.file.Path confinement) {
    this(catalogs, folders, confinement, java.util.Map.of());
  }

  private OfflineResolver(List<URI> catalogs, List<java.nio.file.Path> folders, java.nio.file.Path confinement,
      java.util.Map<String, URL> memory) {
    this.memory = memory;
    this.folders = List.copyOf(folders);
    this.catalogs = List.copyOf(catalogs);
    this.confinement = confinement;
    CatalogFeatures features = CatalogFeatures.builder()
        .with(CatalogFeatures.Feature.RESOLVE, "strict")
        .with(CatalogFeatures.Feature.PREFER, "system")
        .with(CatalogFeatures.Feature.DEFER, "false")
        .build();
    this.catalog = CatalogManager.catalogResolver(features, catalogs.toArray(URI[]::new));
  }

  /**
   * This resolver, reading local files only inside {@code root} (symbolic links followed before
   * the check): for a package, whose documents must not reach the rest of the machine through
   * {@code ../} or an absolute {@code file:} reference. finfile's own schemas stay readable.
   */
  public OfflineResolver confinedTo(java.nio.file.Path root) throws java.io.IOException {
    return new OfflineResolver(catalogs, folders, root.toRealPath());
  }

  /**
   * This resolver, with {@code documents} (absolute URI to content) read from memory, ahead of
   * any file or catalog entry: a taxonomy written in this run is loaded before it is saved.
   */
  public OfflineResolver withDocuments(java.util.Map<String, byte[]> documents) {
    java.util.Map<String, URL> all = new java.util.HashMap<>(memory);
    all.putAll(MemoryDocuments.urls(documents));
    return new OfflineResolver(catalogs, folders, confinement, java.util.Map.copyOf(all));
  }

  /** finfile's bundled catalog alone. */
  public static OfflineResolver bundled() {
    return withCatalogs(List.of());
  }

  /** finfile's bundled catalog, then the given catalog files. */
  public static OfflineResolver withCatalogs(List<URI> extra) {
    List<URI> all = new ArrayList<>();
    all.add(bundledCatalog());
    all.addAll(extra);
    return new OfflineResolver(all, List.of());
  }

  /**
   * finfile's bundled catalog plus a user's: catalog files, and taxonomy folders. A folder is a
   * taxonomy package when it has {@code META-INF/catalog.xml}; otherwise a URL
   * {@code http://host/path} is looked for as {@code folder/host/path} (the layout of finfile's
   * output folders and of common taxonomy caches).
   *
   * @throws org.finfile.InputException when a catalog is missing, malformed or has a DOCTYPE
   */
  public static OfflineResolver create(List<java.nio.file.Path> catalogs, List<java.nio.file.Path> folders)
      throws org.finfile.InputException {
    List<URI> all = new ArrayList<>();
    all.add(bundledCatalog());
    for (java.nio.file.Path c : catalogs) {
      all.add(checkedCatalog(c));
    }
    for (java.nio.file.Path f : folders) {
      if (!java.nio.file.Files.isDirectory(f)) {
        throw new org.finfile.InputException(f.toString(), java.nio.file.Files.exists(f)
            ? "not a taxonomy folder or package (a device, FIFO or other file is never read)" : "no such taxonomy folder");
      }
      java.nio.file.Path packaged = f.resolve("META-INF/catalog.xml");
      if (java.nio.file.Files.isRegularFile(packaged)) {
        all.add(checkedCatalog(packaged));
      }
    }
    return new OfflineResolver(all, folders);
  }

  /** Reads a user's catalog through the hardened parser first: the catalog API's own parser is not ours. */
  private static URI checkedCatalog(java.nio.file.Path file) throws org.finfile.InputException {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new org.finfile.InputException(file.toString(), java.nio.file.Files.exists(file)
          ? "not a regular file (a device or FIFO is never read as a catalog)" : "no such catalog file");
    }
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      org.xml.sax.XMLReader reader = XmlSecurity.saxReader();
      reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
            throws org.xml.sax.SAXException {
          if (local.equals("nextCatalog") || local.startsWith("delegate")) {
            throw new org.xml.sax.SAXException(local + " is not supported: a catalog may not send finfile to other catalogs");
          }
        }
      });
      InputSource source = new InputSource(in);
      source.setSystemId(file.toUri().toString());
      reader.parse(source);
    } catch (org.xml.sax.SAXParseException e) {
      throw new org.finfile.InputException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "not a usable catalog: " + e.getMessage());
    } catch (IOException | org.xml.sax.SAXException e) {
      throw new org.finfile.InputException(file.toString(), "not a usable catalog: " + e.getMessage());
    }
    return file.toAbsolutePath().toUri();
  }

  static URI bundledCatalog() {
    URL url = Objects.requireNonNull(OfflineResolver.class.getResource(BUNDLED_CATALOG),
        "finfile's schemas are missing from the class path: " + BUNDLED_CATALOG);
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The local URL a reference stands for.
   *
   * @param href the reference as written (relative or absolute)
   * @param base the URL of the document that holds it, or null
   * @throws UnresolvableException if it is neither local nor mapped by a catalog
   */
  public URL resolve(String href, String base) {
    URL absolute;
    try {
      absolute = base == null ? new URL(href) : new URL(new URL(base), href);
    } catch (MalformedURLException e) {
      try {
        absolute = URI.create(href).toURL();
      } catch (IllegalArgumentException | MalformedURLException bad) {
        throw new UnresolvableException("not a usable URL: " + href);
      }
    }
    URL inMemory = memory.get(absolute.toString());
    if (inMemory != null) {
      return inMemory;
    }
    String protocol = absolute.getProtocol();
    if (protocol.equals("file") || protocol.equals("jar")) {
      return local(absolute, absolute.toString());
    }
    String mappedId = null;
    try {
      InputSource mapped = catalog.resolveEntity(null, absolute.toString());
      mappedId = mapped == null ? null : mapped.getSystemId();
    } catch (CatalogException e) {
      mappedId = null;
    }
    if (mappedId == null) {
      URL inFolder = inFolders(absolute);
      if (inFolder != null) {
        return inFolder;
      }
      throw new UnresolvableException("no catalog or taxonomy folder maps " + absolute + " (finfile never downloads)");
    }
    try {
      return local(new URL(mappedId), absolute.toString());
    } catch (MalformedURLException e) {
      throw new UnresolvableException("a catalog maps " + absolute + " to something that is not a URL: " + mappedId);
    }
  }

  /**
   * A URL that may be read: a regular local file (never a device, pipe or folder), or a file
   * inside finfile's own jar. Anything else — a jar: URL wrapping a remote or foreign archive,
   * another protocol — is refused.
   */
  private URL local(URL url, String reference) {
    String protocol = url.getProtocol();
    if (protocol.equals("file")) {
      try {
        java.nio.file.Path path = java.nio.file.Path.of(url.toURI());
        if (!java.nio.file.Files.isRegularFile(path)) {
          throw new UnresolvableException(reference + " is not a regular file");
        }
        if (confinement != null && !path.toRealPath().startsWith(confinement) && !bundled(path)) {
          throw new UnresolvableException(org.finfile.InputException.clip(reference)
              + " lies outside the package, and a package's documents are read only from the package");
        }
        return url;
      } catch (java.io.IOException e) {
        throw new UnresolvableException(reference + " cannot be read: " + e.getMessage());
      } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        throw new UnresolvableException(reference + " is not a usable file URL");
      }
    }
    if (protocol.equals("jar") && url.toString().startsWith(OWN_JAR)) {
      return url;
    }
    throw new UnresolvableException(reference + ": only local files and finfile's own schemas are read (finfile never downloads)");
  }

  /** Whether {@code path} is one of finfile's own schemas (when finfile runs from its classes, not its jar). */
  private static boolean bundled(java.nio.file.Path path) throws java.io.IOException {
    URI catalog = bundledCatalog();
    if (!"file".equals(catalog.getScheme())) {
      return false;
    }
    return path.toRealPath().startsWith(java.nio.file.Path.of(catalog).getParent().toRealPath());
  }

  /** The jar: URL prefix of finfile's own bundled schemas (a file: URL when run from classes). */
  private static final String OWN_JAR = ownJarPrefix();

  private static String ownJarPrefix() {
    String catalog = bundledCatalog().toString();
    int bang = catalog.indexOf("!/");
    return catalog.startsWith("jar:") && bang > 0 ? catalog.substring(0, bang + 2) : "jar:file:/finfile-is-not-in-a-jar!/";
  }

  private URL inFolders(URL absolute) {
    for (java.nio.file.Path folder : folders) {
      java.nio.file.Path candidate = folder.resolve(absolute.getHost() + absolute.getPath()).normalize();
      if (candidate.startsWith(folder.normalize()) && java.nio.file.Files.isRegularFile(candidate)) {
        try {
          return candidate.toUri().toURL();
        } catch (MalformedURLException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** Opens a resolved reference. */
  public InputStream open(String href, String base) throws IOException {
    return resolve(href, base).openStream();
  }

  @Override
  public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
    if (systemId == null) {
      throw new UnresolvableException("a schema import of " + namespaceUri + " has no schemaLocation");
    }
    URL url = resolve(systemId, baseUri);
    try {
      return new Input(publicId, url.toString(), baseUri, XmlSecurity.guard(url.openStream(), url.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }

  /** A reference that cannot be resolved offline. */
  public static final class UnresolvableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnresolvableException(String message) {
      super(message);
    }
  }

  private static final class Input implements LSInput {
    private String publicId;
    private String systemId;
    private String baseUri;
    private InputStream stream;

    Input(String publicId, String systemId, String baseUri, InputStream stream) {
      this.publicId = publicId;
      this.systemId = systemId;
      this.baseUri = baseUri;
      this.stream = stream;
    }

    @Override public Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(Reader characterStream) { }
    @Override public InputStream getByteStream() { return stream; }
    @Override public void setByteStream(InputStream byteStream) { this.stream = byteStream; }
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String stringData) { }
    @Override public String getSystemId() { return systemId; }
    @Override public void setSystemId(String systemId) { this.systemId = systemId; }
    @Override public String getPublicId() { return publicId; }
    @Override public void setPublicId(String publicId) { this.publicId = publicId; }
    @Override public String getBaseURI() { return baseUri; }
    @Override public void setBaseURI(String baseUri) { this.baseUri = baseUri; }
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String encoding) { }
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean certifiedText) { }
  }
}
