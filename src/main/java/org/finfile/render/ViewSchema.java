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
  /**
   * Ids (of facts, contexts, units and footnotes) beyond which the identity constraints are left
   * unchecked: Xerces keeps a constraint's values in a list it searches linearly, so checking
   * them costs ids squared (1,000 facts: 0.1 s; 10,000: 3 s; 40,000: 40 s).
   */
  static final int MAX_IDS_CHECKED = 5_000;
  private static final String IDENTITY_CHECKING = "http://apache.org/xml/features/validation/identity-constraint-checking";
  /** Problems listed at most, so that a broken view's message stays readable. */
  private static final int MAX_PROBLEMS = 20;
  private static volatile Schema schema;

  private ViewSchema() {}

  /**
   * Where {@code view} breaks the schema, {@code line:column: message} each, at most
   * {@value #MAX_PROBLEMS}; empty when it is valid.
   */
  static List<String> problems(byte[] view) {
    return problems(view, true);
  }

  /** As {@link #problems(byte[])}; the identity constraints (keys, key references) only when {@code identities}. */
  static List<String> problems(byte[] view, boolean identities) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema().newValidator();
    try {
      validator.setFeature(IDENTITY_CHECKING, identities);
    } catch (SAXException e) {
      throw new IllegalStateException("Xerces cannot turn identity constraints " + (identities ? "on" : "off") + ": "
          + e.getMessage(), e);
    }
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

  /**
   * True when {@code view}, of a filing with {@code ids} ids, is valid, its identity constraints
   * checked up to {@link #MAX_IDS_CHECKED} ids; for assertions: an invalid view throws an
   * {@link AssertionError} naming the problems.
   */
  static boolean valid(byte[] view, long ids) {
    List<String> problems = problems(view, ids <= MAX_IDS_CHECKED);
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
