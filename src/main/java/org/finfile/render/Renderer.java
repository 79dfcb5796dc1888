package org.finfile.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * Renders a filing. Its taxonomy supplies labels; without one (a third-party filing whose
 * taxonomy cannot be found) concept names stand in.
 *
 * <pre>{@code
 * Renderer.render(filing, taxonomy, Renderer.Format.CSV, out);
 * }</pre>
 */
public final class Renderer {
  /** The formats finfile renders to. */
  public enum Format {
    /** One row per fact (RFC 4180). */
    CSV("facts-csv.xsl"),
    /** One standalone HTML page: the statements, then an index of the facts. */
    HTML("html.xsl"),
    /** The statements page as an Inline XBRL 1.1 document: the page is the filing. */
    IXBRL("ixbrl.xsl");

    private final String stylesheet;

    Format(String stylesheet) {
      this.stylesheet = stylesheet;
    }

    /** The format named on the command line ("csv"). */
    public static Format named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private Renderer() {}

  /** Renders {@code filing} with labels from {@code taxonomy} (may be null) to {@code out}. */
  public static void render(Filing filing, Taxonomy taxonomy, Format format, OutputStream out) throws IOException {
    byte[] view;
    try {
      view = View.of(filing, taxonomy, "en");
    } catch (XMLStreamException e) {
      throw new IOException("cannot build the view of the filing: " + e.getMessage(), e);
    }
    Stylesheets.transform(format.stylesheet, view, out);
  }
}
