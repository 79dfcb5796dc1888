package org.finfile.oim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.finfile.InputException;
import org.finfile.Limit;

/**
 * The one door for OIM JSON (xBRL-JSON reports, xBRL-CSV metadata), which is hostile input:
 * bounded size, nesting, number and string lengths, and a repeated key is an error, never a
 * silent overwrite (two facts under one id would otherwise become one).
 */
final class JsonDocuments {
  /** A reader bounded by the limits in force (json-bytes, depth, number-chars, text-chars). */
  private static ObjectMapper json() {
    return new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Limit.DEPTH.intValue())
            .maxNumberLength(Limit.NUMBER_CHARS.intValue())
            .maxStringLength(Limit.TEXT_CHARS.intValue())
            .maxNameLength(Limit.TEXT_CHARS.intValue())
            .maxDocumentLength(Limit.JSON_BYTES.value())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build());
  }

  private JsonDocuments() {}

  /** Reads one JSON document; anything but a well-formed object within the limits is an InputException. */
  static JsonNode read(Path file) throws InputException {
    try {
      if (Files.size(file) > Limit.JSON_BYTES.value()) {
        throw Limit.JSON_BYTES.exceeded(file.toString(), Files.size(file) + " bytes");
      }
      JsonNode root;
      try (InputStream in = Files.newInputStream(file)) {
        root = json().readTree(in);
      }
      if (root == null || !root.isObject()) {
        throw new InputException(file.toString(), "not a JSON object");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (StreamConstraintsException e) {
      throw new InputException(file.toString() + location(e), constraint(e.getOriginalMessage()));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InputException(file.toString() + location(e), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Jackson's complaint about a constraint, as the finfile limit it comes from. */
  private static String constraint(String message) {
    String m = String.valueOf(message);
    Limit limit = m.contains("nesting depth") ? Limit.DEPTH
        : m.contains("Number value length") || m.contains("number length") ? Limit.NUMBER_CHARS
        : m.contains("String value length") || m.contains("Name length") ? Limit.TEXT_CHARS
        : m.contains("Document length") || m.contains("document length") ? Limit.JSON_BYTES
        : null;
    String what = InputException.clip(m.replaceAll(" \\(from `StreamReadConstraints[^)]*\\)", "").replaceAll("\\s*\\(.*", ""));
    return limit == null ? "beyond the limits for JSON input: " + what : what + " " + limit.advice();
  }

  private static String location(com.fasterxml.jackson.core.JacksonException e) {
    var at = e.getLocation();
    return at == null || at.getLineNr() < 0 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
