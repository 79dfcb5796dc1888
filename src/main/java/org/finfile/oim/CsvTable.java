package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.finfile.InputException;

/**
 * One table of an xBRL-CSV report: its template's columns, and the facts its rows give. A fact
 * column's dimensions and decimals come from the column, else the template, else the report;
 * a {@code $name} value refers to the row's cell in column {@code name}, else a table or report
 * parameter. Property groups and period suffixes ({@code $p@start}) are refused as not yet
 * supported, never ignored.
 */
final class CsvTable {
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]*");
  private static final Set<String> COLUMN_PROPERTIES = Set.of("comment", "dimensions", "decimals");

  private final String name;
  private final Path file;
  private final String rowIdColumn;
  private final Map<String, Column> columns = new LinkedHashMap<>();
  private final Map<String, String> tableDimensions;
  private final JsonNode tableDecimals;
  private final Map<String, String> reportDimensions;
  private final JsonNode reportDecimals;
  private final Map<String, String> parameters = new LinkedHashMap<>();

  private record Column(boolean comment, Map<String, String> dimensions, JsonNode decimals) {
    boolean isFact() {
      return !comment && dimensions != null;
    }
  }

  private CsvTable(String name, Path file, JsonNode template, Map<String, String> reportDimensions,
      JsonNode reportDecimals, Map<String, String> reportParameters, Map<String, String> tableParameters, String where)
      throws InputException {
    this.name = name;
    this.file = file;
    this.reportDimensions = reportDimensions;
    this.reportDecimals = reportDecimals;
    this.parameters.putAll(reportParameters);
    this.parameters.putAll(tableParameters);
    JsonNode rowId = template.get("rowIdColumn");
    this.rowIdColumn = rowId == null ? null : rowId.asText();
    this.tableDimensions = OimDocument.strings(template, "dimensions", where);
    this.tableDecimals = template.get("decimals");
    JsonNode defined = template.get("columns");
    if (defined == null || !defined.isObject()) {
      throw new InputException(where, "the table template has no columns object");
    }
    for (var c : defined.properties()) {
      JsonNode column = c.getValue();
      for (var property : column.properties()) {
        if (!COLUMN_PROPERTIES.contains(property.getKey()) && !property.getKey().contains(":")) {
          throw new InputException(where, "column " + c.getKey() + ": " + property.getKey() + " is not supported yet");
        }
      }
      columns.put(c.getKey(), new Column(column.path("comment").asBoolean(false),
          column.has("dimensions") ? OimDocument.strings(column, "dimensions", where) : null, column.get("decimals")));
    }
    if (rowIdColumn != null && (!columns.containsKey(rowIdColumn) || columns.get(rowIdColumn).comment())) {
      throw new InputException(where, "rowIdColumn " + rowIdColumn + " is not a (non-comment) column of the template");
    }
  }

  /**
   * Reads table {@code name} (its entry in {@code tables}) into {@code report}. Each fact is
   * known to the report's links by its OIM id, {@code TABLE.r_ROW.COLUMN}; it keeps its own id
   * when the template has a comment column {@code id} (as finfile writes it), else that one.
   */
  static void read(ReportBuilder report, Path metadata, String name, JsonNode table, JsonNode templates,
      Map<String, String> reportDimensions, JsonNode reportDecimals, Map<String, String> reportParameters)
      throws InputException {
    String where = metadata + ": table " + name;
    if (!table.isObject()) {
      throw new InputException(where, "not an object");
    }
    String url = table.path("url").asText("");
    if (!FILE_NAME.matcher(url).matches()) {
      throw new InputException(where, "only a file beside the metadata is read, not '" + url + "'");
    }
    Path folder = metadata.toAbsolutePath().getParent();
    Path file = folder.resolve(url);
    if (!Files.exists(file) && table.path("optional").asBoolean(false)) {
      return;
    }
    try {
      if (!file.toRealPath().getParent().equals(folder.toRealPath())) {
        throw new InputException(where, "only a file beside the metadata is read, not where '" + url + "' leads");
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such table file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the table: " + e.getMessage(), e);
    }
    String templateName = table.has("template") ? table.get("template").asText() : name;
    JsonNode template = templates.get(templateName);
    if (template == null || !template.isObject()) {
      throw new InputException(where, "no table template " + templateName);
    }
    new CsvTable(name, file, template, reportDimensions, reportDecimals, reportParameters,
        OimDocument.strings(table, "parameters", where), where).rows(report);
  }

  private void rows(ReportBuilder report) throws InputException {
    String table = file.getFileName().toString();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    try {
      if (Files.size(file) > org.finfile.Limit.INPUT_BYTES.value()) {
        throw org.finfile.Limit.INPUT_BYTES.exceeded(table, Files.size(file) + " bytes");
      }
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
          reader.reset();
        }
        try (CSVParser parser = CSVParser.parse(reader, format)) {
          List<String> header = parser.getHeaderNames();
          for (String column : header) {
            if (!columns.containsKey(column)) {
              throw new InputException(table + ":1", "column " + column + " is not defined in the table template");
            }
          }
          Set<String> rowIds = new HashSet<>();
          for (CSVRecord row : parser) {
            row(report, row, table + ": row " + row.getRecordNumber(), rowIds);
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such table file");
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException(file.toString(), "cannot read the table: " + e.getMessage(), e);
    }
  }

  private void row(ReportBuilder report, CSVRecord row, String where, Set<String> rowIds) throws InputException {
    if (row.size() > row.getParser().getHeaderNames().size()) {
      throw new InputException(where, "more cells than the header has columns");
    }
    String rowId = Long.toString(row.getRecordNumber());
    if (rowIdColumn != null) {
      rowId = cell(row, rowIdColumn);
      if (rowId.isEmpty() || !rowIds.add(rowId)) {
        throw new InputException(where, rowId.isEmpty() ? "no row id" : "a second row with the id " + rowId);
      }
    }
    String ownId = columns.containsKey("id") && columns.get("id").comment() ? cell(row, "id") : "";
    for (Map.Entry<String, Column> c : columns.entrySet()) {
      if (!c.getValue().isFact() || !row.isMapped(c.getKey()) || cell(row, c.getKey()).isEmpty()) {
        continue;
      }
      String at = where + " column " + c.getKey();
      String value = value(cell(row, c.getKey()), at);
      Map<String, String> dimensions = new LinkedHashMap<>();
      for (Map<String, String> level : List.of(reportDimensions, tableDimensions, c.getValue().dimensions())) {
        for (Map.Entry<String, String> d : level.entrySet()) {
          dimensions.put(d.getKey(), resolve(d.getValue(), row, at));
        }
      }
      dimensions.values().removeIf(v -> v == null);
      String reportId = name + ".r_" + rowId + "." + c.getKey();
      String concept = dimensions.get("concept");
      if (concept != null && report.isNote(concept, at)) {
        report.note(reportId, rowId, dimensions.get("language"), value, at);
        continue;
      }
      JsonNode decimalsNode = c.getValue().decimals() != null ? c.getValue().decimals()
          : tableDecimals != null ? tableDecimals : reportDecimals;
      String id = !ownId.isEmpty() ? ownId : NC_NAME.matcher(reportId).matches() ? reportId : null;
      report.fact(new OimFact(id, at, dimensions, decimals(decimalsNode, row, at), value,
          c.getValue().decimals() != null), reportId);
    }
  }

  /** A fact cell: #nil is nil (null), #empty the empty string, ## a leading #. */
  private static String value(String cell, String where) throws InputException {
    return switch (cell) {
      case "#nil" -> null;
      case "#empty" -> "";
      case "#none" -> throw new InputException(where, "#none is no fact value");
      default -> {
        if (cell.startsWith("##")) {
          yield cell.substring(1);
        }
        if (cell.startsWith("#")) {
          throw new InputException(where, "unknown special value " + cell);
        }
        yield cell;
      }
    };
  }

  /** A dimension value: literal, or {@code $name} for a cell or parameter; null for no value. */
  private String resolve(String raw, CSVRecord row, String where) throws InputException {
    if (!raw.startsWith("$") || raw.startsWith("$$")) {
      String literal = raw.startsWith("$$") ? raw.substring(1) : raw;
      return special(literal, where);
    }
    String ref = raw.substring(1);
    if (ref.contains("@")) {
      throw new InputException(where, "the reference " + raw + " (a period suffix) is not supported yet");
    }
    if (columns.containsKey(ref) && !columns.get(ref).comment()) {
      return row.isMapped(ref) ? special(cell(row, ref), where) : null;
    }
    if (parameters.containsKey(ref)) {
      return special(parameters.get(ref), where);
    }
    if (ref.equals("rowNumber")) {
      return Long.toString(row.getRecordNumber());
    }
    throw new InputException(where, "the reference " + raw + " is to no column or parameter");
  }

  /** An empty cell or #none says nothing; ## is a leading #; other special values are wrong here. */
  private static String special(String value, String where) throws InputException {
    if (value.isEmpty() || value.equals("#none")) {
      return null;
    }
    if (value.startsWith("##")) {
      return value.substring(1);
    }
    if (value.startsWith("#")) {
      throw new InputException(where, "special value " + value + " is no dimension value");
    }
    return value;
  }

  private Integer decimals(JsonNode node, CSVRecord row, String where) throws InputException {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    String text = node.isTextual() ? resolve(node.asText(), row, where) : null;
    if (text == null && node.isTextual()) {
      return null;
    }
    if (text == null || !INTEGER.matcher(text).matches()) {
      throw new InputException(where, "decimals " + (text == null ? node : "'" + text + "'") + " is not an integer");
    }
    return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
  }

  private static String cell(CSVRecord row, String column) {
    return row.isSet(column) ? row.get(column) : "";
  }
}
