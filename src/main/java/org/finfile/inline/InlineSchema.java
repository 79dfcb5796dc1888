package org.finfile.inline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.finfile.InputException;
import org.finfile.validate.Problem;
import org.finfile.validate.Rules;
import org.finfile.validate.Severity;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a page against finfile's compact XHTML 1.1 and Inline XBRL 1.1 schemas
 * ({@code schemas/inline-xbrl-1.1/}): only XHTML 1.1 elements and attributes, the ix elements
 * where the specification puts them with the attributes it gives them, every id unique. The
 * XBRL 2.1 schemas of contexts, units and references resolve through finfile's catalog, the
 * XHTML and ix ones through the folder's own; both strictly, offline.
 */
final class InlineSchema {
  /** The schema a page is checked against: XHTML 1.1 with ix elements among its contents. */
  static final String XHTML = "http://finfile.org/schemas/inline-xbrl-1.1/xhtml-1.1.xsd";
  private static final String CATALOG = "/org/finfile/schemas/inline-xbrl-1.1/catalog.xml";
  /** Problems reported before the check stops listing them. */
  static final int MAX_PROBLEMS = 100;
  private static volatile Schema schema;

  private InlineSchema() {}

  /** The schema problems of a page, in document order (empty when it is valid); at most {@link #MAX_PROBLEMS}. */
  static List<Problem> check(InputStream in, String systemId, String name) throws InputException {
    List<Problem> problems = new ArrayList<>();
    Validator validator = schema().newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // schema warnings are not problems of the page
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        problems.add(new Problem(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber(), Severity.ERROR,
            Rules.IX_SCHEMA, e.getMessage()));
        if (problems.size() >= MAX_PROBLEMS) {
          throw new SAXException("too many problems");
        }
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    InputSource source = new InputSource(in);
    source.setSystemId(systemId);
    try {
      validator.validate(new SAXSource(XmlSecurity.saxReader(), source));
    } catch (SAXParseException e) {
      if (problems.size() < MAX_PROBLEMS) {
        throw new InputException(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
            "not a well-formed XHTML document: " + e.getMessage(), e);
      }
    } catch (SAXException e) {
      if (problems.size() < MAX_PROBLEMS) {
        throw new InputException(name, "cannot check the page: " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
    return List.copyOf(problems);
  }

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      URL catalog = Objects.requireNonNull(InlineSchema.class.getResource(CATALOG), "missing from the class path: " + CATALOG);
      try {
        OfflineResolver resolver = OfflineResolver.withCatalogs(List.of(catalog.toURI()));
        s = XmlSecurity.schemaFactory(resolver).newSchema(resolver.resolve(XHTML, null));
      } catch (SAXException | URISyntaxException e) {
        throw new IllegalStateException("the inline XBRL schemas do not compile: " + e.getMessage(), e);
      }
      schema = s;
    }
    return s;
  }
}
