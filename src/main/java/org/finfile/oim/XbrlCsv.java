package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Unit;

/**
 * Reads an xBRL-CSV report (OIM 1.0) of the shape finfile writes — one table, a row per fact,
 * the value column's concept, entity, period and unit taken from the row's columns — back into
 * a filing. The {@code context} and {@code unit_id} columns, when present, keep the original ids.
 */
public final class XbrlCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  private XbrlCsv() {}

  /** Reads the report whose metadata file is {@code metadata}. */
  public static Filing read(Path metadata) throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(metadata.toFile());
    } catch (NoSuchFileException e) {
      throw new InputException(metadata.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(metadata.toString(), "not xBRL-CSV metadata: " + e.getMessage(), e);
    }
    JsonNode info = root.path("documentInfo");
    if (!info.path("documentType").asText().startsWith("https://xbrl.org/") || !info.path("documentType").asText().endsWith("xbrl-csv")) {
      throw new InputException(metadata.toString(), "documentInfo.documentType is not xBRL-CSV");
    }
    Map<String, String> namespaces = new LinkedHashMap<>();
    info.path("namespaces").properties().forEach(e -> namespaces.put(e.getKey(), e.getValue().asText()));
    List<String> schemaRefs = new ArrayList<>();
    info.path("taxonomy").forEach(t -> schemaRefs.add(t.asText()));
    Map<String, Context> contexts = new LinkedHashMap<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    List<Fact> facts = new ArrayList<>();
    for (var table : root.path("tables").properties()) {
      String url = table.getValue().path("url").asText();
      Path csv = metadata.toAbsolutePath().getParent().resolve(url).normalize();
      if (url.isEmpty() || url.contains(":") || !csv.startsWith(metadata.toAbsolutePath().getParent())) {
        throw new InputException(metadata.toString(), "table " + table.getKey() + ": only a file beside the metadata is read, not '" + url + "'");
      }
      readTable(csv, namespaces, contexts, units, facts);
    }
    Map<String, String> conceptPrefixes = new LinkedHashMap<>(namespaces);
    conceptPrefixes.keySet().removeIf(p -> p.startsWith("scheme") || p.equals("xbrli") || p.equals("iso4217"));
    try {
      return new Filing(schemaRefs, conceptPrefixes, List.copyOf(contexts.values()), List.copyOf(units.values()), facts, List.of());
    } catch (IllegalArgumentException e) {
      throw new InputException(metadata.toString(), e.getMessage());
    }
  }

  private static void readTable(Path csv, Map<String, String> namespaces, Map<String, Context> contexts,
      Map<String, Unit> units, List<Fact> facts) throws InputException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord row : parser) {
        String where = csv.getFileName() + ":" + (row.getRecordNumber() + 1);
        try {
          facts.add(fact(row, namespaces, contexts, units));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new InputException(where, e.getMessage());
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(csv.toString(), "no such table file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(csv.toString(), "cannot read the table: " + e.getMessage(), e);
    }
  }

  private static Fact fact(CSVRecord row, Map<String, String> namespaces, Map<String, Context> contexts,
      Map<String, Unit> units) {
    QName concept = qname(row.get("concept"), namespaces);
    String entity = row.get("entity");
    int colon = entity.indexOf(':');
    String scheme = namespaces.get(entity.substring(0, Math.max(colon, 0)));
    if (colon < 0 || scheme == null) {
      throw new IllegalArgumentException("entity '" + entity + "' has no declared scheme prefix");
    }
    Period period = period(row.get("period"));
    String contextId = row.isMapped("context") && !row.get("context").isEmpty() ? row.get("context") : "c" + contexts.size();
    Context context = contexts.computeIfAbsent(contextId, id -> new Context(id, new Entity(scheme, entity.substring(colon + 1)), period));
    Unit unit = null;
    String unitText = row.get("unit");
    if (!unitText.isEmpty() && !unitText.equals("#none")) {
      String unitId = row.isMapped("unit_id") && !row.get("unit_id").isEmpty() ? row.get("unit_id") : "u" + units.size();
      String[] parts = unitText.split("/");
      List<QName> numerator = measures(parts[0], namespaces);
      List<QName> denominator = parts.length > 1 ? measures(parts[1], namespaces) : List.of();
      unit = units.computeIfAbsent(unitId, id -> new Unit(id, numerator, denominator));
    }
    String value = row.get("value");
    String decimals = row.get("decimals");
    FactValue v;
    Accuracy accuracy = null;
    if (value.equals("#nil")) {
      v = FactValue.NIL;
    } else if (unit != null) {
      v = new FactValue.Numeric(new BigDecimal(value));
      accuracy = decimals.isEmpty() ? Accuracy.Decimals.INF : Accuracy.decimals(decimals);
    } else {
      v = new FactValue.Text(value);
    }
    String id = row.get("id");
    return new Fact(id.isEmpty() ? null : id, concept, context, unit, v, accuracy, null);
  }

  private static List<QName> measures(String text, Map<String, String> namespaces) {
    List<QName> measures = new ArrayList<>();
    for (String m : text.split("\\*")) {
      measures.add(qname(m, namespaces));
    }
    return measures;
  }

  private static QName qname(String text, Map<String, String> namespaces) {
    int colon = text.indexOf(':');
    String uri = colon < 0 ? null : namespaces.get(text.substring(0, colon));
    if (uri == null) {
      throw new IllegalArgumentException("'" + text + "' has no declared prefix");
    }
    return new QName(uri, text.substring(colon + 1), text.substring(0, colon));
  }

  /** An OIM period: "start/end" or an instant, dateTimes at the start of a day; empty is forever. */
  private static Period period(String text) {
    if (text.isEmpty()) {
      return new Period.Forever();
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Period.instant(dayBefore(text));
    }
    return Period.duration(LocalDateTime.parse(text.substring(0, slash)).toLocalDate(), dayBefore(text.substring(slash + 1)));
  }

  private static java.time.LocalDate dayBefore(String dateTime) {
    LocalDateTime t = LocalDateTime.parse(dateTime);
    if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException("period boundary " + dateTime + " is not at the start of a day");
    }
    return t.toLocalDate().minusDays(1);
  }
}
