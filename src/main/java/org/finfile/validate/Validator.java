package org.finfile.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.finfile.InputException;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.Namespaces;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates XBRL 2.1 instances, finfile's or anyone's. A short first read takes the taxonomy
 * from the instance's schemaRefs; the DTS is loaded and its schema compiled once per taxonomy
 * and reused for every file of a batch. The instance is then streamed once through Xerces
 * (XML Schema) and the XBRL 2.1 checks; a second streaming read happens only when duplicate
 * facts need classifying. Calculations 1.1 run last, over the facts that take part in them.
 * Thread-safe.
 *
 * <pre>{@code
 * Validator v = Validator.create(OfflineResolver.bundled(), Validator.Calc.C11R);
 * Report r = v.validate(Path.of("filing.xml"));
 * }</pre>
 */
public final class Validator {
  /**
   * Which calculation check to run: Calculations 1.1 round-to-nearest, XBRL 2.1's own rules
   * (§5.2.5.2), or none. Essence-alias consistency (§5.2.6.2.2) is checked whichever.
   */
  public enum Calc { C11R, C10, NONE }

  private final OfflineResolver resolver;
  private final Calc calc;
  private final Map<List<String>, Loaded> taxonomies = new ConcurrentHashMap<>();

  /** A taxonomy as validation uses it: its schema and DTS, or the problems that prevented them. */
  /** A taxonomy as compiled and loaded; {@code limited} when a limit stopped it (the file is then unreadable, exit 3). */
  private record Loaded(Schema schema, Taxonomy taxonomy, List<Problem> problems, boolean limited) {
    Loaded(Schema schema, Taxonomy taxonomy, List<Problem> problems) {
      this(schema, taxonomy, problems, problems.stream().anyMatch(p -> org.finfile.LimitException.describes(p.message())));
    }
  }

  private Validator(OfflineResolver resolver, Calc calc) {
    this.resolver = resolver;
    this.calc = calc;
  }

  public static Validator create(OfflineResolver resolver) {
    return new Validator(resolver, Calc.C11R);
  }

  public static Validator create(OfflineResolver resolver, Calc calc) {
    return new Validator(resolver, calc);
  }

  /** Validates one file. Never throws for bad input: that is in the report. */
  public Report validate(Path file) {
    return validate(file, file.toString());
  }

  /**
   * Validates one file whose problems name it {@code name} (an instance extracted from a
   * package or an inline document is named after where it came from).
   */
  public Report validate(Path file, String name) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return unreadable(name, "not a regular file");
    }
    try {
      return check(file, name);
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(name, "finfile could not finish checking this file (" + e + "); please report it");
    }
  }

  /**
   * Validates a taxonomy schema as the entry point of a DTS: the schema must compile, the DTS
   * load, and the taxonomy rules hold ({@link Rules#DTS_CYCLE}, {@link Rules#ROLE_DECLARED}...).
   * Never throws for bad input.
   */
  public Report validateTaxonomy(Path schema) {
    return validateTaxonomy(schema, schema.toString());
  }

  private Report validateTaxonomy(Path schema, String name) {
    if (!Files.isRegularFile(schema)) {
      return unreadable(name, Files.exists(schema) ? "not a regular file" : "no such file");
    }
    String uri = schema.toUri().toString();
    try {
      Loaded loaded = compile(List.of(uri), List.of(), List.of(), List.of(resolver.resolve(uri, null).toString()));
      List<Problem> problems = loaded.problems().stream()
          .map(p -> new Problem(p.location().replace(INSTANCE, name), p.severity(), p.code(), p.message().replace(INSTANCE, name)))
          .toList();
      return new Report(name, problems, loaded.limited());
    } catch (OfflineResolver.UnresolvableException e) {
      return unreadable(name, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(name, "finfile could not finish checking this file (" + e + "); please report it");
    }
  }

  private Report check(Path file, String name) {
    String systemId = file.toUri().toString();
    List<Problem> problems = new ArrayList<>();
    Refs refs;
    try (InputStream in = Files.newInputStream(file)) {
      org.finfile.Limit.INPUT_BYTES.checkSize(file);
      refs = schemaRefs(in, systemId, name, problems);
    } catch (NoSuchFileException e) {
      return unreadable(name, "no such file");
    } catch (IOException e) {
      return unreadable(name, "cannot read: " + e.getMessage());
    } catch (InputException e) {
      // a well-formed document with another root was read: it is an invalid filing (exit 1), not unreadable input (exit 3)
      boolean otherRoot = e.problem().startsWith("not an XBRL");
      problems.add(Problem.error(e.location(), otherRoot ? Rules.ROOT : Rules.XML, e.problem()));
      return new Report(name, problems, !otherRoot);
    }
    if (refs == null) {
      return validateTaxonomy(file, name);
    }
    Loaded loaded = refs.schemas().isEmpty() ? new Loaded(null, null, List.of()) : load(refs, systemId, name);
    problems.addAll(loaded.problems());
    if (loaded.limited()) {
      return new Report(name, problems, true);
    }
    InstanceScan scan = new InstanceScan(name, problems, loaded.taxonomy(), calc != Calc.NONE);
    try (InputStream in = Files.newInputStream(file)) {
      XMLReader reader = XmlSecurity.saxReader(loaded.schema());
      if (loaded.schema() != null) {
        scan.useTypes(XmlSecurity.psvi(reader));
      }
      reader.setContentHandler(scan);
      reader.setErrorHandler(new Collect(name, loaded.schema() != null ? Rules.XSD : Rules.XML, problems));
      InputSource source = new InputSource(in);
      source.setSystemId(systemId);
      reader.parse(source);
      scan.finish();
    } catch (SAXParseException e) {
      problems.add(Problem.error(location(name, e), Rules.XML, e.getMessage()));
      return new Report(name, problems, true);
    } catch (SAXException | RuntimeException e) {
      problems.add(Problem.error(name, Rules.XML, String.valueOf(e.getMessage())));
      return new Report(name, problems, true);
    } catch (IOException e) {
      // a limit found in the bytes says all there is to say
      return unreadable(name, org.finfile.LimitException.describes(e.getMessage()) ? e.getMessage() : "cannot read: " + e.getMessage());
    }
    if (!scan.repeated.isEmpty() || !scan.repeatedIds.isEmpty()) {
      try (InputStream in = Files.newInputStream(file)) {
        Duplicates.check(in, systemId, name, scan, problems);
      } catch (IOException | XMLStreamException e) {
        problems.add(Problem.error(name, Rules.XML, "cannot read the file again: " + e.getMessage()));
      }
    }
    if (loaded.taxonomy() != null) {
      TupleScopes.fill(file, systemId, name, scan, problems);
      if (calc == Calc.C11R) {
        CalculationCheck.check(PartialTaxonomy.checkable(loaded.taxonomy()), scan, name, problems);
      } else if (calc == Calc.C10) {
        Calculation21.check(PartialTaxonomy.checkable(loaded.taxonomy()), scan, name, problems);
      }
      EssenceAliasCheck.check(loaded.taxonomy(), scan, name, problems);
    }
    return new Report(name, problems, false);
  }

  private static boolean badBytes(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.nio.charset.CharacterCodingException
          || (t instanceof XMLStreamException x && x.getNestedException() instanceof java.nio.charset.CharacterCodingException)
          || String.valueOf(t.getMessage()).contains("MalformedInputException")) {
        return true;
      }
    }
    return false;
  }

  private static Report unreadable(String name, String message) {
    return new Report(name, List.of(Problem.error(name, Rules.XML, message)), true);
  }

  /**
   * What the top of an instance references: its schemaRefs and linkbaseRefs (XBRL 2.1 §3.2) and
   * its xsi:schemaLocation hints, each absolute (xml:base honoured).
   */
  private record Refs(List<String> schemas, List<String> linkbases, List<String> hints) {}

  /**
   * Reads the references at the top of the instance, stopping at the first other element;
   * reports a roleRef or arcroleRef that repeats another's URI. Null when the document is a
   * taxonomy schema (an XML Schema), which is validated as a DTS instead.
   */
  private static Refs schemaRefs(InputStream in, String systemId, String name, List<Problem> problems)
      throws InputException {
    List<String> refs = new ArrayList<>();
    List<String> linkbases = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(in, systemId);
      xml.nextTag();
      if (Namespaces.XS.equals(xml.getNamespaceURI()) && "schema".equals(xml.getLocalName())) {
        xml.close();
        return null;
      }
      if (!Namespaces.XBRLI.equals(xml.getNamespaceURI()) || !"xbrl".equals(xml.getLocalName())) {
        String root = String.valueOf(xml.getName());
        while (xml.hasNext()) {
          xml.next(); // read to the end: a document that is not well-formed is unreadable, whatever its root
        }
        throw new InputException(name, "not an XBRL instance: the root element is " + root);
      }
      String rootBase = xmlBase(xml, systemId);
      String schemaLocation = xml.getAttributeValue(Namespaces.XSI, "schemaLocation");
      if (schemaLocation != null) {
        String[] pairs = schemaLocation.strip().split("\\s+");
        for (int i = 1; i < pairs.length; i += 2) {
          hints.add(absolute(rootBase, pairs[i]));
        }
      }
      java.util.Set<String> roleRefs = new java.util.HashSet<>();
      java.util.Set<String> arcroleRefs = new java.util.HashSet<>();
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT
          && Namespaces.LINK.equals(xml.getNamespaceURI()) && xml.getLocalName().endsWith("Ref")) {
        String href = xml.getAttributeValue(Namespaces.XLINK, "href");
        String base = xmlBase(xml, rootBase);
        switch (xml.getLocalName()) {
          case "schemaRef" -> {
            if (href != null) {
              refs.add(absolute(base, href));
            }
          }
          case "linkbaseRef" -> {
            if (href != null) {
              linkbases.add(absolute(base, href));
            }
          }
          case "roleRef", "arcroleRef" -> {
            boolean arcrole = xml.getLocalName().equals("arcroleRef");
            String uri = xml.getAttributeValue(null, arcrole ? "arcroleURI" : "roleURI");
            if (uri != null && !(arcrole ? arcroleRefs : roleRefs).add(uri)) {
              problems.add(Problem.error(name + ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber(),
                  Rules.ROLE_REF_DUPLICATE, "a second link:" + xml.getLocalName() + " for " + uri
                  + " (an instance may reference each role or arcrole once)"));
            }
          }
          default -> { }
        }
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
          // a reference has no content worth reading
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? name
          : name + ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
      String message = e.getMessage() == null ? "" : e.getMessage();
      int i = message.indexOf("Message: ");
      throw new InputException(where, badBytes(e) ? "a byte that is not UTF-8 (a document is read as UTF-8 unless it declares another encoding)"
          : i >= 0 ? message.substring(i + 9) : message);
    }
    if (refs.isEmpty()) {
      problems.add(Problem.error(name, Rules.SCHEMA_REF, "the instance has no link:schemaRef, so names no taxonomy"));
    }
    return new Refs(refs, linkbases, hints);
  }

  /** The element's base URI: its xml:base against {@code parent}. */
  private static String xmlBase(XMLStreamReader xml, String parent) {
    String base = xml.getAttributeValue(Namespaces.XML, "base");
    return base == null ? parent : absolute(parent, base);
  }

  private static String absolute(String base, String href) {
    try {
      return new URL(new URL(base), href).toString();
    } catch (IOException e) {
      return href;
    }
  }

  /** The taxonomy of these references, from the cache or loaded now. */
  private Loaded load(Refs refs, String base, String name) {
    List<String> urls = new ArrayList<>();
    for (String ref : refs.schemas()) {
      try {
        urls.add(resolver.resolve(ref, base).toString());
      } catch (OfflineResolver.UnresolvableException e) {
        return new Loaded(null, null, List.of(Problem.error(name, Rules.SCHEMA_REF, e.getMessage())));
      }
    }
    List<String> hints = new ArrayList<>();
    List<Problem> ignored = new ArrayList<>();
    for (String hint : refs.hints()) {
      try {
        URL local = resolver.resolve(hint, base);
        if (isSchema(local)) {
          urls.add(local.toString());
          hints.add(hint);
        } else {
          ignored.add(new Problem(name, Severity.WARNING, Rules.SCHEMA_REF, "the xsi:schemaLocation hint " + hint
              + " is not an XML schema finfile can read; it is ignored"));
        }
      } catch (OfflineResolver.UnresolvableException e) {
        // a hint is only a hint: one that cannot be read offline is ignored
        ignored.add(new Problem(name, Severity.WARNING, Rules.SCHEMA_REF, "the xsi:schemaLocation hint is ignored: " + e.getMessage()));
      }
    }
    List<String> key = new ArrayList<>(refs.schemas());
    refs.linkbases().forEach(l -> key.add("linkbase " + l));
    hints.forEach(h -> key.add("hint " + h));
    Loaded loaded = taxonomies.computeIfAbsent(List.copyOf(key), k -> compile(refs.schemas(), hints, refs.linkbases(), urls));
    List<Problem> problems = new ArrayList<>(ignored);
    loaded.problems().stream()
        .map(p -> new Problem(p.location().replace(INSTANCE, name), p.severity(), p.code(), p.message().replace(INSTANCE, name)))
        .forEach(problems::add);
    return new Loaded(loaded.schema(), loaded.taxonomy(), problems);
  }

  /**
   * True when a schemaLocation hint leads to something worth compiling: a regular file (or a
   * schema of finfile's own) whose root element is xs:schema. Only its first tag is read.
   */
  private static boolean isSchema(URL url) {
    try {
      if ("file".equals(url.getProtocol()) && !Files.isRegularFile(Path.of(url.toURI()))) {
        return false;
      }
      try (InputStream in = url.openStream()) {
        XMLStreamReader xml = XmlSecurity.streamReader(in, url.toString());
        xml.nextTag();
        boolean schema = Namespaces.XS.equals(xml.getNamespaceURI()) && "schema".equals(xml.getLocalName());
        xml.close();
        return schema;
      }
    } catch (IOException | XMLStreamException | java.net.URISyntaxException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Stands for the instance's name in problems cached with a taxonomy that several files share:
   * private-use characters, which no path holds and {@link Problem} does not escape.
   */
  private static final String INSTANCE = "\uE000instance\uE000";

  /**
   * Loads the DTS, checks it, and compiles the XML Schema of the instance from the referenced
   * schemas, the hints and every other schema of the DTS (one a locator reached, say).
   */
  private Loaded compile(List<String> refs, List<String> hints, List<String> linkbases, List<String> urls) {
    String name = INSTANCE;
    List<Problem> problems = new ArrayList<>();
    Taxonomy taxonomy = null;
    try {
      List<String> entries = new ArrayList<>(refs);
      hints.stream().filter(h -> !entries.contains(h)).forEach(entries::add);
      taxonomy = Taxonomy.load(entries, linkbases, null, resolver);
      for (String p : taxonomy.problems()) {
        int colon = p.indexOf(": ");
        problems.add(new Problem(colon > 0 ? p.substring(0, colon) : name, Severity.WARNING, Rules.SCHEMA_REF,
            "taxonomy: " + (colon > 0 ? p.substring(colon + 2) : p)));
      }
      problems.addAll(TaxonomyRules.check(taxonomy));
      problems.addAll(DimensionalRules.check(taxonomy));
    } catch (InputException e) {
      problems.add(Problem.error(e.location(), Rules.SCHEMA_REF, "the taxonomy cannot be loaded: " + e.problem()));
    }
    if (taxonomy != null && taxonomy.isPartial()) {
      // the instance's XML Schema imports what is missing, so Xerces cannot compile it: the rest is checked without it
      problems.addAll(0, PartialTaxonomy.problems(name, taxonomy));
      return new Loaded(null, taxonomy, List.copyOf(problems));
    }
    java.util.Set<String> all = new java.util.LinkedHashSet<>(urls);
    if (taxonomy != null) {
      taxonomy.schemas().forEach(doc -> all.add(doc.local().toString()));
    }
    List<Problem> schemaProblems = new ArrayList<>();
    Schema schema = null;
    SchemaFactory factory = XmlSecurity.schemaFactory(resolver);
    factory.setErrorHandler(new Collect(name, Rules.SCHEMA_REF, schemaProblems));
    try {
      List<Source> sources = new ArrayList<>();
      for (String url : all) {
        sources.add(new StreamSource(XmlSecurity.guard(new URL(url).openStream(), url), url));
      }
      schema = factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException | IOException | RuntimeException e) {
      if (schemaProblems.isEmpty()) {
        schemaProblems.add(Problem.error(name, Rules.SCHEMA_REF, "the taxonomy schema cannot be used: " + e.getMessage()));
      }
    }
    if (schemaProblems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      schema = null;
    }
    schemaProblems.addAll(problems);
    return new Loaded(schema, taxonomy, List.copyOf(schemaProblems));
  }

  /** The problem's place: in the instance, or in the taxonomy schema Xerces was reading. */
  static String location(String name, SAXParseException e) {
    String document = name;
    String systemId = e.getSystemId();
    if (systemId != null && !sameFile(systemId, name)) {
      document = systemId;
    }
    return e.getLineNumber() < 0 ? document : document + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
  }

  private static boolean sameFile(String systemId, String name) {
    try {
      return Path.of(java.net.URI.create(systemId)).equals(Path.of(name).toAbsolutePath().normalize());
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
  }

  /** Collects errors as problems of one rule; fatal errors stop the read. */
  private static final class Collect implements ErrorHandler {
    private final String name;
    private final String code;
    private final List<Problem> problems;

    Collect(String name, String code, List<Problem> problems) {
      this.name = name;
      this.code = code;
      this.problems = problems;
    }

    @Override
    public void warning(SAXParseException e) {
      problems.add(new Problem(location(name, e), Severity.WARNING, code, e.getMessage()));
    }

    @Override
    public void error(SAXParseException e) {
      problems.add(Problem.error(location(name, e), code, e.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
