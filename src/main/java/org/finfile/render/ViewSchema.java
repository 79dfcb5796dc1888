package org.finfile.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The view's schema, {@code schemas/finfile/view.xsd}: the documented vocabulary of
 * {@link View}. Compiled once from the class path by Xerces through finfile's hardened schema
 * factory (it imports nothing, so nothing is fetched), and checked against every view the
 * tests build ({@code View.of} asserts it).
 */
final class ViewSchema {
  static final String RESOURCE = "/org/finfile/schemas/finfile/view.xsd";
  /** Problems listed at most, so that a broken view's message stays readable. */
  private static final int MAX_PROBLEMS = 20;
  private static volatile Schema schema;

  private ViewSchema() {}

  /**
   * Where {@code view} breaks the schema, {@code line:column: message} each, at most
   * {@value #MAX_PROBLEMS}; empty when it is valid.
   */
  static List<String> problems(byte[] view) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema().newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // a warning is no break of the vocabulary
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        if (problems.size() >= MAX_PROBLEMS) {
          throw new SAXException("stopped after " + MAX_PROBLEMS + " problems");
        }
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    try {
      validator.validate(new SAXSource(XmlSecurity.saxReader(), new InputSource(new ByteArrayInputStream(view))));
    } catch (SAXParseException e) {
      problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException e) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      problems.add("cannot read the view: " + e.getMessage());
    }
    return List.copyOf(problems);
  }

  /** True when {@code view} is valid; for assertions, whose message then names the problems. */
  static boolean valid(byte[] view) {
    List<String> problems = problems(view);
    if (!problems.isEmpty()) {
      throw new AssertionError("the view breaks view.xsd: " + String.join("; ", problems));
    }
    return true;
  }

  static Schema schema() {
    Schema s = schema;
    if (s == null) {
      URL xsd = Objects.requireNonNull(ViewSchema.class.getResource(RESOURCE), "missing from the class path: " + RESOURCE);
      try {
        s = XmlSecurity.schemaFactory(OfflineResolver.bundled()).newSchema(xsd);
      } catch (SAXException e) {
        throw new IllegalStateException("view.xsd does not compile: " + e.getMessage(), e);
      }
      schema = s;
    }
    return s;
  }
}
