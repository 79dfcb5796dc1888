package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.finfile.InputException;

/**
 * The {@code documentInfo} of an OIM report: its document type, namespaces, taxonomy and the
 * aliases of its link types and link groups (the reserved ones, {@code footnote} and {@code _},
 * are known even when undeclared).
 */
record OimDocument(String documentType, Map<String, String> namespaces, List<String> taxonomy,
    Map<String, String> linkTypes, Map<String, String> linkGroups) {
  static final String JSON_TYPE = "https://xbrl.org/2021/xbrl-json";
  static final String CSV_TYPE = "https://xbrl.org/2021/xbrl-csv";

  OimDocument {
    namespaces = Map.copyOf(namespaces);
    taxonomy = List.copyOf(taxonomy);
    linkTypes = Map.copyOf(linkTypes);
    linkGroups = Map.copyOf(linkGroups);
  }

  /** The document type of a parsed report, or null when it names none. */
  static String documentType(JsonNode root) {
    JsonNode type = root.path("documentInfo").path("documentType");
    return type.isTextual() ? type.asText() : null;
  }

  /** Reads {@code documentInfo}, which must name {@code expectedType}. */
  static OimDocument of(JsonNode root, String expectedType, String where) throws InputException {
    JsonNode info = root.get("documentInfo");
    if (info == null || !info.isObject()) {
      throw new InputException(where, "no documentInfo object: not an OIM report");
    }
    String type = documentType(root);
    if (!expectedType.equals(type)) {
      throw new InputException(where, "documentInfo.documentType is " + (type == null ? "missing" : "'" + type + "'")
          + ", not " + expectedType);
    }
    if (info.has("extends") || info.has("baseURL")) {
      throw new InputException(where, "documentInfo." + (info.has("extends") ? "extends" : "baseURL") + " is not supported yet");
    }
    Map<String, String> linkTypes = new LinkedHashMap<>(Map.of("footnote", ReportBuilder.FACT_FOOTNOTE,
        "explanatoryFact", "http://www.xbrl.org/2009/arcrole/fact-explanatoryFact"));
    linkTypes.putAll(strings(info, "linkTypes", where));
    Map<String, String> linkGroups = new LinkedHashMap<>(Map.of("_", ReportBuilder.STANDARD_LINK_ROLE));
    linkGroups.putAll(strings(info, "linkGroups", where));
    List<String> taxonomy = new ArrayList<>();
    JsonNode refs = info.path("taxonomy");
    if (!refs.isArray()) {
      throw new InputException(where, "documentInfo.taxonomy is not an array of URLs");
    }
    for (JsonNode ref : refs) {
      if (!ref.isTextual() || ref.asText().isBlank()) {
        throw new InputException(where, "documentInfo.taxonomy holds a non-URL: " + ref);
      }
      taxonomy.add(ref.asText());
    }
    return new OimDocument(type, strings(info, "namespaces", where), taxonomy, linkTypes, linkGroups);
  }

  /** An object of strings ({@code namespaces}, {@code linkTypes}...), empty when absent. */
  static Map<String, String> strings(JsonNode parent, String name, String where) throws InputException {
    JsonNode object = parent.get(name);
    Map<String, String> values = new LinkedHashMap<>();
    if (object == null) {
      return values;
    }
    if (!object.isObject()) {
      throw new InputException(where, name + " is not an object");
    }
    for (var e : object.properties()) {
      if (!e.getValue().isTextual()) {
        throw new InputException(where, name + "." + e.getKey() + " is not a string");
      }
      values.put(e.getKey(), e.getValue().asText());
    }
    return values;
  }
}
