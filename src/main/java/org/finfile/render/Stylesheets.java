package org.finfile.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * finfile's stylesheets, compiled once per process by one Saxon processor and shared (compiled
 * stylesheets are thread-safe; each run gets its own transformer). The processor is locked
 * down as SECURITY.md measured: no protocol may be read ({@code ALLOWED_PROTOCOLS = #none}),
 * no extension functions, and stylesheet modules come only from finfile's own jar.
 */
final class Stylesheets {
  private static final String BUNDLE = "/org/finfile/xslt/";
  private static final Processor PROCESSOR = processor();
  private static final Map<String, XsltExecutable> COMPILED = new ConcurrentHashMap<>();

  private Stylesheets() {}

  private static Processor processor() {
    Processor p = new Processor(false);
    p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "#none");
    p.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
    return p;
  }

  /** Runs the stylesheet {@code name} (a file of the xslt folder) on a view document. */
  static void transform(String name, byte[] view, OutputStream out) throws IOException {
    transform(name, view, out, Map.of());
  }

  /** The same, with stylesheet parameters (strings). */
  static void transform(String name, byte[] view, OutputStream out, Map<String, String> parameters) throws IOException {
    try {
      Xslt30Transformer t = compiled(name).load30();
      Map<net.sf.saxon.s9api.QName, net.sf.saxon.s9api.XdmValue> values = new java.util.HashMap<>();
      parameters.forEach((k, v) -> values.put(new net.sf.saxon.s9api.QName(k), new net.sf.saxon.s9api.XdmAtomicValue(v)));
      t.setStylesheetParameters(values);
      Serializer serializer = PROCESSOR.newSerializer(out);
      t.transform(hardened(new java.io.ByteArrayInputStream(view), "urn:finfile:view"), serializer);
    } catch (SaxonApiException e) {
      throw new IOException("the " + name + " stylesheet failed: " + e.getMessage(), e);
    }
  }

  private static XsltExecutable compiled(String name) throws SaxonApiException {
    XsltExecutable done = COMPILED.get(name);
    if (done != null) {
      return done;
    }
    XsltCompiler compiler = PROCESSOR.newXsltCompiler();
    compiler.setResourceResolver(request -> {
      try {
        return BUNDLED.resolve(request.relativeUri != null ? request.relativeUri : request.uri, request.baseUri);
      } catch (TransformerException e) {
        throw net.sf.saxon.trans.XPathException.makeXPathException(e);
      }
    });
    try {
      XsltExecutable compiled = compiler.compile(BUNDLED.resolve(name, null));
      COMPILED.put(name, compiled);
      return compiled;
    } catch (TransformerException e) {
      throw new SaxonApiException(e);
    }
  }

  /** Serves stylesheet modules from finfile's jar only. */
  private static final URIResolver BUNDLED = (href, base) -> {
    String file = href.substring(href.lastIndexOf('/') + 1);
    if (!file.matches("[a-z0-9-]+\\.xsl")) {
      throw new TransformerException("stylesheets may include only finfile's own modules, not " + href);
    }
    URL url = Stylesheets.class.getResource(BUNDLE + file);
    if (url == null) {
      throw new TransformerException("no stylesheet module " + file);
    }
    try {
      return hardened(url.openStream(), url.toURI().toString());
    } catch (IOException | URISyntaxException e) {
      throw new TransformerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  };

  /** A source parsed by finfile's hardened reader ({@link XmlSecurity#saxReader()}): a DOCTYPE is refused. */
  static Source hardened(InputStream in, String systemId) {
    try {
      InputSource source = new InputSource(in);
      source.setSystemId(systemId);
      return new SAXSource(XmlSecurity.saxReader(), source);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }
}
