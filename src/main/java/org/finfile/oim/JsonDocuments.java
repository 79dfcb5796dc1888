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

/**
 * The one door for OIM JSON (xBRL-JSON reports, xBRL-CSV metadata), which is hostile input:
 * bounded size, nesting, number and string lengths, and a repeated key is an error, never a
 * silent overwrite (two facts under one id would otherwise become one).
 */
final class JsonDocuments {
  /** Largest JSON document read: far beyond a filing's, far below the heap. */
  static final long MAX_BYTES = 256L << 20;
  /** Deepest nesting: an OIM document is a handful of levels deep. */
  static final int MAX_DEPTH = 64;
  /** Longest number: decimals are small integers; fact values are strings. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** Longest string: a text block or a note may be long, not unbounded. */
  static final int MAX_STRING_LENGTH = 50 << 20;

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  private JsonDocuments() {}

  /** Reads one JSON document; anything but a well-formed object within the limits is an InputException. */
  static JsonNode read(Path file) throws InputException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(file.toString(), "larger than " + (MAX_BYTES >> 20) + " MB");
      }
      JsonNode root;
      try (InputStream in = Files.newInputStream(file)) {
        root = JSON.readTree(in);
      }
      if (root == null || !root.isObject()) {
        throw new InputException(file.toString(), "not a JSON object");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (StreamConstraintsException e) {
      throw new InputException(file.toString(), "beyond the limits for JSON input: " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InputException(file.toString() + location(e), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static String location(com.fasterxml.jackson.core.JacksonException e) {
    var at = e.getLocation();
    return at == null || at.getLineNr() < 0 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
