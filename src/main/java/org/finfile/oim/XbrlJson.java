package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * Reads an xBRL-JSON 1.0 report into a filing: every fact under its id, with its concept,
 * entity, period, unit and language dimensions and its taxonomy-defined dimensions (explicit
 * members by name; typed members need the taxonomy, which names their domain element);
 * {@code xbrl:note} facts and the links to them as footnotes. Contexts and units are
 * regenerated. Links between facts and notes with markup are refused, not dropped. See
 * {@link Oim#read(Path)}.
 */
public final class XbrlJson {
  private XbrlJson() {}

  /** Reads the report {@code file}, with no taxonomy to tell pure numbers from text (see {@link Oim}). */
  public static Filing read(Path file) throws InputException {
    return read(file, JsonDocuments.read(file), () -> null);
  }

  static Filing read(Path file, JsonNode root, Supplier<Taxonomy> taxonomy) throws InputException {
    String name = file.toString();
    OimDocument info = OimDocument.of(root, OimDocument.JSON_TYPE, name);
    ReportBuilder report = new ReportBuilder(name, info.namespaces(), info.taxonomy(), taxonomy);
    JsonNode facts = root.path("facts");
    if (!facts.isObject()) {
      throw new InputException(name, facts.isMissingNode() ? "no facts object" : "facts is not an object");
    }
    for (var entry : facts.properties()) {
      String id = entry.getKey();
      String where = name + ": fact " + id;
      JsonNode fact = entry.getValue();
      if (!fact.isObject()) {
        throw new InputException(where, "not an object");
      }
      for (var property : fact.properties()) {
        if (!java.util.Set.of("value", "decimals", "dimensions", "links").contains(property.getKey())
            && !property.getKey().contains(":")) {
          throw new InputException(where, "unknown property " + property.getKey());
        }
      }
      JsonNode value = fact.get("value");
      if (value == null || !(value.isTextual() || value.isNull())) {
        throw new InputException(where, "value is missing or neither a string nor null");
      }
      JsonNode decimals = fact.get("decimals");
      if (decimals != null && !(decimals.isIntegralNumber() && decimals.canConvertToInt())) {
        throw new InputException(where, "decimals is not an integer: " + decimals);
      }
      Map<String, String> dimensions = OimDocument.strings(fact, "dimensions", where);
      String concept = dimensions.get("concept");
      if (concept != null && report.isNote(concept, where)) {
        if (!id.equals(dimensions.get("noteId"))) {
          throw new InputException(where, "a note's noteId dimension must be its id");
        }
        report.note(id, id, dimensions.get("language"), value.isNull() ? null : value.asText(), where);
      } else {
        if (dimensions.containsKey("noteId")) {
          throw new InputException(where, "noteId on a fact that is no note");
        }
        report.fact(new OimFact(id, where, dimensions, decimals == null ? null : decimals.intValue(),
            value.isNull() ? null : value.asText(), false), id);
      }
      links(report, info, fact.get("links"), id, where);
    }
    return report.build();
  }

  /** {@code "links": {"footnote": {"_": ["note1"]}}}: link type alias, link group alias, targets. */
  private static void links(ReportBuilder report, OimDocument info, JsonNode links, String source, String where)
      throws InputException {
    if (links == null) {
      return;
    }
    if (!links.isObject()) {
      throw new InputException(where, "links is not an object");
    }
    for (var type : links.properties()) {
      String arcrole = alias(info.linkTypes(), type.getKey(), "link type", where);
      if (!type.getValue().isObject()) {
        throw new InputException(where, "links." + type.getKey() + " is not an object");
      }
      for (var group : type.getValue().properties()) {
        String role = alias(info.linkGroups(), group.getKey(), "link group", where);
        if (!group.getValue().isArray()) {
          throw new InputException(where, "links." + type.getKey() + "." + group.getKey() + " is not an array");
        }
        for (JsonNode target : group.getValue()) {
          if (!target.isTextual()) {
            throw new InputException(where, "a link target is not a fact id: " + target);
          }
          report.link(source, arcrole, role, target.asText(), where);
        }
      }
    }
  }

  static String alias(Map<String, String> aliases, String alias, String what, String where) throws InputException {
    String uri = aliases.get(alias);
    if (uri == null) {
      throw new InputException(where, what + " '" + alias + "' is not declared in documentInfo");
    }
    return uri;
  }
}
