package org.finfile.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.List;
import java.util.Map;
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
    IXBRL("ixbrl.xsl"),
    /** One CSV per statement: a row per line, a column per period (see {@link Renderer#renderFiles}). */
    STATEMENTS_CSV("statement-csv.xsl"),
    /** xBRL-JSON 1.0 (OIM 1.0). */
    XBRL_JSON("xbrl-json.xsl"),
    /** xBRL-CSV 1.0 (OIM 1.0): a metadata file, a facts table and a notes table; see {@link Renderer#renderFiles}. */
    XBRL_CSV("xbrl-csv-metadata.xsl");

    private final String stylesheet;

    Format(String stylesheet) {
      this.stylesheet = stylesheet;
    }

    /** True for the formats that lay out statements (the pages); the others need only the facts. */
    boolean pages() {
      return this == HTML || this == IXBRL || this == STATEMENTS_CSV;
    }

    /** The format named on the command line ("csv"). */
    public static Format named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private Renderer() {}

  /** Renders {@code filing} with labels from {@code taxonomy} (may be null) to {@code out}; one-file formats only. */
  public static void render(Filing filing, Taxonomy taxonomy, Format format, OutputStream out) throws IOException {
    if (format == Format.XBRL_CSV || format == Format.STATEMENTS_CSV) {
      throw new IllegalArgumentException(format + " is several files: use renderFiles");
    }
    java.io.ByteArrayOutputStream rendered = new java.io.ByteArrayOutputStream();
    Stylesheets.transform(format.stylesheet, view(filing, taxonomy, format.pages()), rendered, parameters(filing, format));
    (format == Format.XBRL_JSON ? indented(rendered) : rendered).writeTo(out);
  }

  /**
   * Renders to files named after {@code name}: one file for most formats ({@code name.html},
   * {@code name.json} for xBRL-JSON...); for xBRL-CSV the metadata ({@code name-metadata.json}),
   * the facts table ({@code name-facts.csv}) and, when the filing has footnotes, the notes
   * table ({@code name-notes.csv}).
   */
  public static Map<String, byte[]> renderFiles(Filing filing, Taxonomy taxonomy, Format format, String name)
      throws IOException {
    Map<String, String> parameters = parameters(filing, format);
    byte[] view = view(filing, taxonomy, format.pages());
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    if (format == Format.XBRL_CSV) {
      Map<String, String> tables = new java.util.HashMap<>(parameters);
      tables.put("facts-url", name + "-facts.csv");
      tables.put("notes-url", name + "-notes.csv");
      java.io.ByteArrayOutputStream metadata = new java.io.ByteArrayOutputStream();
      Stylesheets.transform("xbrl-csv-metadata.xsl", view, metadata, tables);
      metadata = indented(metadata);
      java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
      Stylesheets.transform("xbrl-csv-facts.xsl", view, table, parameters);
      files.put(name + "-metadata.json", metadata.toByteArray());
      files.put(name + "-facts.csv", table.toByteArray());
      if (!filing.footnotes().isEmpty()) {
        java.io.ByteArrayOutputStream notes = new java.io.ByteArrayOutputStream();
        Stylesheets.transform("xbrl-csv-notes.xsl", view, notes, parameters);
        files.put(name + "-notes.csv", notes.toByteArray());
      }
      return files;
    }
    if (format == Format.STATEMENTS_CSV) {
      java.io.ByteArrayOutputStream list = new java.io.ByteArrayOutputStream();
      Stylesheets.transform("statement-list.xsl", view, list, Map.of());
      List<String> names = list.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      // every statement in one pass over the view (a pass per statement was statements × view), each
      // followed by a separator no input can hold: it is drawn at random for this run
      String separator = "<finfile-statement-end " + java.util.UUID.randomUUID() + ">";
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      Stylesheets.transform("statement-csv.xsl", view, all, Map.of("statement", "0", "separator", separator));
      String[] parts = all.toString(java.nio.charset.StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(separator), -1);
      if (parts.length != names.size() + 1) {
        throw new IOException("the statements stylesheet wrote " + (parts.length - 1) + " statements of " + names.size());
      }
      for (int i = 0; i < names.size(); i++) {
        files.put(name + "-" + names.get(i) + ".csv", parts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return files;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Stylesheets.transform(format.stylesheet, view, out, parameters);
    if (format == Format.XBRL_JSON) {
      out = indented(out);
    }
    String extension = switch (format) {
      case CSV -> ".csv";
      case HTML -> ".html";
      case IXBRL -> ".xhtml";
      default -> ".json";
    };
    files.put(name + extension, out.toByteArray());
    return files;
  }

  /**
   * The stylesheets' parameters (none: they read the view alone). A filing a format cannot hold
   * whole (for OIM, precision 0 or footnotes beyond the standard roles) is refused here, before
   * anything is written ({@link Unrepresentable}).
   */
  private static Map<String, String> parameters(Filing filing, Format format) throws IOException {
    java.util.Optional<String> inline = format == Format.IXBRL ? View.inlineUnrepresentable(filing) : java.util.Optional.empty();
    if (inline.isPresent()) {
      throw new Unrepresentable("cannot be written as ixbrl without loss: " + inline.get());
    }
    if (format != Format.XBRL_JSON && format != Format.XBRL_CSV) {
      return Map.of();
    }
    java.util.Optional<String> problem = org.finfile.oim.Oim.unrepresentable(filing);
    if (problem.isPresent()) {
      throw new Unrepresentable("cannot be written as " + format.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + " without loss: " + problem.get());
    }
    if (format == Format.XBRL_CSV) {
      for (org.finfile.model.Context c : filing.contexts()) {
        for (org.finfile.model.Qualifiers.Part p : c.segment().members()) {
          emptyTypedValue(c, p);
        }
        for (org.finfile.model.Qualifiers.Part p : c.scenario().members()) {
          emptyTypedValue(c, p);
        }
      }
    }
    return Map.of();
  }

  /** An empty typed value is an empty xBRL-CSV cell, which says the dimension is absent: refused. */
  private static void emptyTypedValue(org.finfile.model.Context c, org.finfile.model.Qualifiers.Part p) throws Unrepresentable {
    if (p instanceof org.finfile.model.Qualifiers.TypedMember t && Statements.typedText(t.value()).isEmpty()) {
      throw new Unrepresentable("cannot be written as xbrl-csv without loss: context " + c.id() + " has an empty typed member of "
          + t.dimension() + ", which an xBRL-CSV cell cannot tell from no member");
    }
  }

  /**
   * JSON the stylesheets wrote on one line (XPath's xml-to-json keeps the order of properties:
   * facts in document order), indented for people, properties in the same order.
   */
  private static java.io.ByteArrayOutputStream indented(java.io.ByteArrayOutputStream json) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper(
        com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints
            .builder().maxStringLength(Integer.MAX_VALUE).build()).build());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    mapper.writerWithDefaultPrettyPrinter().writeValue(out, mapper.readTree(json.toByteArray()));
    out.write('\n');
    return out;
  }

  /**
   * The resolved view of {@code filing} that every stylesheet reads: the vocabulary of
   * {@code schemas/finfile/view.xsd}, statements included, labels in English.
   */
  public static byte[] viewDocument(Filing filing, Taxonomy taxonomy) throws IOException {
    return view(filing, taxonomy, true);
  }

  /**
   * The same view indented for people to read: a line per element, two spaces a level, except
   * inside the elements whose content is text or as written (a fact, a footnote's text, a typed
   * member, other content, a problem), which stay as they are.
   */
  public static byte[] viewDocumentIndented(Filing filing, Taxonomy taxonomy) throws IOException {
    try {
      return ViewIndenter.indent(view(filing, taxonomy, true));
    } catch (XMLStreamException e) {
      throw new IOException("cannot indent the view: " + e.getMessage(), e);
    }
  }

  private static byte[] view(Filing filing, Taxonomy taxonomy, boolean statements) throws IOException {
    try {
      return View.of(filing, taxonomy, "en", statements);
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof org.finfile.LimitException limit) {
        throw new OverLimit(limit);
      }
      throw new IOException("cannot build the view of the filing: " + e.getMessage(), e);
    }
  }
}
