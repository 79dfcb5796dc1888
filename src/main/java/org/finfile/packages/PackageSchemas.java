package org.finfile.packages;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.finfile.InputException;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The Taxonomy Packages 1.0 schemas (finfile's compact versions in {@code schemas/packages/},
 * found by their official URLs through that folder's catalog), compiled once, and validation
 * against them through the hardened parser.
 */
final class PackageSchemas {
  /** The namespace of {@code taxonomyPackage.xml}. */
  static final String TP = "http://xbrl.org/2016/taxonomy-package";
  static final String METADATA_XSD = "http://www.xbrl.org/2016/taxonomy-package.xsd";
  static final String CATALOG_XSD = "http://www.xbrl.org/2016/taxonomy-package-catalog.xsd";
  private static final String CATALOG = "/org/finfile/schemas/packages/catalog.xml";
  private static volatile Schema metadata;
  private static volatile Schema catalog;

  private PackageSchemas() {}

  /** The schema of {@code META-INF/taxonomyPackage.xml}. */
  static Schema metadata() {
    Schema s = metadata;
    if (s == null) {
      s = compile(METADATA_XSD);
      metadata = s;
    }
    return s;
  }

  /** The schema of a taxonomy package's {@code META-INF/catalog.xml}: rewriteURI entries only. */
  static Schema catalog() {
    Schema s = catalog;
    if (s == null) {
      s = compile(CATALOG_XSD);
      catalog = s;
    }
    return s;
  }

  private static Schema compile(String url) {
    URL own = Objects.requireNonNull(PackageSchemas.class.getResource(CATALOG),
        "finfile's package schemas are missing from the class path: " + CATALOG);
    try {
      OfflineResolver resolver = OfflineResolver.withCatalogs(List.of(own.toURI()));
      URL xsd = resolver.resolve(url, null);
      StreamSource source = new StreamSource(xsd.openStream(), url);
      return XmlSecurity.schemaFactory(resolver).newSchema(source);
    } catch (URISyntaxException | IOException | SAXException e) {
      throw new IllegalStateException(url + " (finfile's compact schema) does not compile: " + e.getMessage(), e);
    }
  }

  /**
   * Validates {@code file} against {@code schema}; the first error is an {@link InputException}
   * at {@code location:line:col}, its message starting with {@code [code]}.
   */
  static void validate(Path file, Schema schema, String location, String code) throws InputException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLReader reader = XmlSecurity.saxReader(schema);
      reader.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // a warning does not make the document invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      InputSource source = new InputSource(in);
      source.setSystemId(file.toUri().toString());
      reader.parse(source);
    } catch (SAXParseException e) {
      throw new InputException(location + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "[" + code + "] " + e.getMessage());
    } catch (SAXException e) {
      throw new InputException(location, "[" + code + "] " + e.getMessage());
    } catch (IOException e) {
      throw new InputException(location, "cannot read: " + e.getMessage(), e);
    }
  }
}
