package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * Reads an xBRL-CSV 1.0 report into a filing: the metadata file, and the tables it names, which
 * must lie beside it. finfile's own reports read back with every fact's id, value, decimals and
 * dimensions, and their footnotes (a notes table and the report's links); other reports read as
 * far as their columns use dimensions, decimals, parameters and links. Contexts and units are
 * regenerated. See {@link Oim#read(Path)}.
 */
public final class XbrlCsv {
  private XbrlCsv() {}

  /** Reads the report whose metadata file is {@code metadata}, with no taxonomy (see {@link Oim}). */
  public static Filing read(Path metadata) throws InputException {
    return read(metadata, JsonDocuments.read(metadata), () -> null);
  }

  static Filing read(Path metadata, JsonNode root, Supplier<Taxonomy> taxonomy) throws InputException {
    String name = metadata.toString();
    OimDocument info = OimDocument.of(root, OimDocument.CSV_TYPE, name);
    if (root.has("parameterURL")) {
      throw new InputException(name, "parameterURL is not supported yet");
    }
    ReportBuilder report = new ReportBuilder(name, info.namespaces(), info.taxonomy(), taxonomy);
    Map<String, String> dimensions = OimDocument.strings(root, "dimensions", name);
    Map<String, String> parameters = OimDocument.strings(root, "parameters", name);
    JsonNode templates = root.path("tableTemplates");
    JsonNode tables = root.path("tables");
    if (!tables.isObject() || !(templates.isObject() || templates.isMissingNode())) {
      throw new InputException(name, "tables (and tableTemplates) must be objects");
    }
    for (var table : tables.properties()) {
      CsvTable.read(report, metadata, table.getKey(), table.getValue(), templates, dimensions, root.get("decimals"), parameters);
    }
    links(report, info, root.get("links"), name);
    return report.build();
  }

  /** {@code "links": {"footnote": {"_": {"facts.r_1.value": ["notes.r_1.note"]}}}}. */
  private static void links(ReportBuilder report, OimDocument info, JsonNode links, String where) throws InputException {
    if (links == null) {
      return;
    }
    if (!links.isObject()) {
      throw new InputException(where, "links is not an object");
    }
    for (var type : links.properties()) {
      String arcrole = XbrlJson.alias(info.linkTypes(), type.getKey(), "link type", where);
      for (var group : type.getValue().properties()) {
        String role = XbrlJson.alias(info.linkGroups(), group.getKey(), "link group", where);
        for (var source : group.getValue().properties()) {
          if (!source.getValue().isArray()) {
            throw new InputException(where, "links of " + source.getKey() + " are not an array");
          }
          for (JsonNode target : source.getValue()) {
            report.link(source.getKey(), arcrole, role, target.asText(), where + ": links of " + source.getKey());
          }
        }
      }
    }
  }
}
