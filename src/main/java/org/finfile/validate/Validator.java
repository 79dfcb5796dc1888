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
import javax.xml.validation.ValidatorHandler;
import org.finfile.InputException;
import org.finfile.xml.Namespaces;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates XBRL instances. A first short read takes the taxonomy schemas from the instance's
 * schemaRefs; a second, streaming read validates with Xerces against a schema compiled from
 * them (and cached, so a batch compiles each taxonomy once) while checking XBRL 2.1 rules.
 * Thread-safe.
 */
public final class Validator {
  private final OfflineResolver resolver;
  private final Map<List<String>, Schema> schemas = new ConcurrentHashMap<>();

  private Validator(OfflineResolver resolver) {
    this.resolver = resolver;
  }

  public static Validator create(OfflineResolver resolver) {
    return new Validator(resolver);
  }

  /** Validates one file. Never throws for bad input: that is in the report. */
  public Report validate(Path file) {
    String name = file.toString();
    List<Problem> problems = new ArrayList<>();
    List<String> refs;
    try (InputStream in = Files.newInputStream(file)) {
      refs = schemaRefs(in, file.toUri().toString(), name, problems);
    } catch (NoSuchFileException e) {
      return unreadable(name, "no such file");
    } catch (IOException e) {
      return unreadable(name, "cannot read: " + e.getMessage());
    } catch (InputException e) {
      problems.add(Problem.error(e.location(), e.problem().startsWith("not an XBRL") ? Rules.ROOT : Rules.XML, e.problem()));
      return new Report(name, problems, true);
    }
    Schema schema = refs.isEmpty() ? null : schema(refs, file.toUri().toString(), name, problems);
    try (InputStream in = Files.newInputStream(file)) {
      InstanceChecks checks = new InstanceChecks(name, problems);
      XMLReader reader = XmlSecurity.saxReader();
      if (schema != null) {
        ValidatorHandler handler = schema.newValidatorHandler();
        handler.setResourceResolver(resolver);
        handler.setErrorHandler(new Collect(name, Rules.XSD, problems));
        checks.useTypes(handler.getTypeInfoProvider());
        handler.setContentHandler(checks);
        reader.setContentHandler(handler);
      } else {
        reader.setContentHandler(checks);
      }
      reader.setErrorHandler(new Collect(name, Rules.XML, problems));
      InputSource source = new InputSource(in);
      source.setSystemId(file.toUri().toString());
      reader.parse(source);
      checks.finish();
    } catch (SAXParseException e) {
      problems.add(Problem.error(location(name, e), Rules.XML, e.getMessage()));
      return new Report(name, problems, true);
    } catch (SAXException | OfflineResolver.UnresolvableException e) {
      problems.add(Problem.error(name, Rules.XML, String.valueOf(e.getMessage())));
      return new Report(name, problems, true);
    } catch (IOException e) {
      return unreadable(name, "cannot read: " + e.getMessage());
    }
    return new Report(name, problems, false);
  }

  private static Report unreadable(String name, String message) {
    return new Report(name, List.of(Problem.error(name, Rules.XML, message)), true);
  }

  /** Reads the schemaRefs at the top of the instance, stopping at the first other element. */
  private static List<String> schemaRefs(InputStream in, String systemId, String name, List<Problem> problems)
      throws InputException {
    List<String> refs = new ArrayList<>();
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(in, systemId);
      xml.nextTag();
      if (!Namespaces.XBRLI.equals(xml.getNamespaceURI()) || !"xbrl".equals(xml.getLocalName())) {
        throw new InputException(name, "not an XBRL instance: the root element is " + xml.getName());
      }
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT
          && Namespaces.LINK.equals(xml.getNamespaceURI()) && xml.getLocalName().endsWith("Ref")) {
        if (xml.getLocalName().equals("schemaRef")) {
          String href = xml.getAttributeValue(Namespaces.XLINK, "href");
          if (href != null) {
            refs.add(href);
          }
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
      throw new InputException(where, i >= 0 ? message.substring(i + 9) : message);
    }
    if (refs.isEmpty()) {
      problems.add(Problem.error(name, Rules.SCHEMA_REF, "the instance has no link:schemaRef, so names no taxonomy"));
    }
    return refs;
  }

  private Schema schema(List<String> refs, String base, String name, List<Problem> problems) {
    List<String> urls = new ArrayList<>();
    try {
      for (String ref : refs) {
        urls.add(resolver.resolve(ref, base).toString());
      }
    } catch (OfflineResolver.UnresolvableException e) {
      problems.add(Problem.error(name, Rules.SCHEMA_REF, e.getMessage()));
      return null;
    }
    Schema cached = schemas.get(urls);
    if (cached != null) {
      return cached;
    }
    List<Problem> compileProblems = new ArrayList<>();
    SchemaFactory factory = XmlSecurity.schemaFactory(resolver);
    factory.setErrorHandler(new Collect(name, Rules.SCHEMA_REF, compileProblems));
    try {
      List<Source> sources = new ArrayList<>();
      for (String url : urls) {
        sources.add(new StreamSource(new URL(url).openStream(), url));
      }
      Schema schema = factory.newSchema(sources.toArray(Source[]::new));
      if (compileProblems.isEmpty()) {
        schemas.put(urls, schema);
        return schema;
      }
    } catch (SAXException | IOException | RuntimeException e) {
      compileProblems.add(Problem.error(name, Rules.SCHEMA_REF, "the taxonomy schema cannot be used: " + e.getMessage()));
    }
    problems.addAll(compileProblems);
    return null;
  }

  /** The problem's place: in the instance, or in the taxonomy schema Xerces was reading. */
  static String location(String name, SAXParseException e) {
    String document = name;
    String systemId = e.getSystemId();
    if (systemId != null && !systemId.endsWith("/" + Path.of(name).getFileName())) {
      document = systemId;
    }
    return e.getLineNumber() < 0 ? document : document + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
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
