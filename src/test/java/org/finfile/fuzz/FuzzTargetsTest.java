package org.finfile.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.finfile.mapping.Mapping;
import org.finfile.tables.Numbers;
import org.finfile.tables.ParsedNumber;
import org.finfile.tables.TextDocument;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.OfflineResolver;

/**
 * Fuzz targets for the readers of untrusted input: table numbers, tables in a text document,
 * mappings, instances, linkbases. Each may refuse its input only with finfile's own one-line
 * {@link InputException} (or, for a number, {@link Numbers.NotANumberException}); any other
 * exception, a hang or running out of memory is a finding. In every test run Jazzer replays the
 * committed seeds ({@code src/test/resources/org/finfile/fuzz/FuzzTargetsTestInputs/<target>/});
 * with {@code JAZZER_FUZZ=1} it fuzzes, and what it finds becomes a seed with its fix.
 */
class FuzzTargetsTest {
  @FuzzTest(maxDuration = "60s")
  void numbers(byte[] data) {
    String cell = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    try {
      ParsedNumber n = Numbers.parse(cell);
      BigDecimal value = n.value();
      if (value == null) {
        throw new AssertionError("a parsed number without a value: " + cell);
      }
    } catch (Numbers.NotANumberException e) {
      requireOneLine(e.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void tables(byte[] data) {
    try {
      TextDocument.of("fuzz.txt", new String(data, java.nio.charset.StandardCharsets.UTF_8)).blocks();
    } catch (InputException e) {
      requireOneLine(e.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] data) throws IOException {
    document(data, ".csv");
  }

  @FuzzTest(maxDuration = "60s")
  void html(byte[] data) throws IOException {
    document(data, ".html");
  }

  @FuzzTest(maxDuration = "60s")
  void xlsx(byte[] data) throws IOException {
    document(data, ".xlsx");
  }

  /** Any bytes under a document's name are tables or a one-line refusal. */
  private static void document(byte[] data, String extension) throws IOException {
    Path file = Files.createTempFile("fuzz-document-", extension);
    try {
      Files.write(file, data);
      org.finfile.tables.Documents.read(file, "fuzz" + extension, null).blocks();
    } catch (InputException e) {
      requireOneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void mappings(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz-mapping-", ".xml");
    try {
      Files.write(file, data);
      Mapping.read(file);
    } catch (InputException e) {
      requireOneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void instances(byte[] data) {
    try {
      InstanceReader.read(new ByteArrayInputStream(data), "memory:fuzz.xml", "fuzz.xml");
    } catch (InputException e) {
      requireOneLine(e.getMessage());
    }
  }

  /** A linkbase reached from a small schema, as any instance's schemaRef reaches one. */
  @FuzzTest(maxDuration = "60s")
  void linkbases(byte[] data) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-taxonomy-");
    try {
      Files.writeString(dir.resolve("t.xsd"), SCHEMA);
      Files.write(dir.resolve("links.xml"), data);
      Taxonomy.load("t.xsd", dir.toUri().toString(), OfflineResolver.bundled());
    } catch (InputException e) {
      requireOneLine(e.getMessage());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static final String SCHEMA = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                 xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                 targetNamespace="urn:fuzz" elementFormDefault="qualified">
        <xs:annotation><xs:appinfo>
          <link:linkbaseRef xlink:type="simple" xlink:href="links.xml"
              xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
        </xs:appinfo></xs:annotation>
        <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
        <xs:element id="a" name="A" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <xs:element id="b" name="B" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
      </xs:schema>
      """;

  private static void requireOneLine(String message) {
    if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")) {
      throw new AssertionError("a refusal is one line, not: " + message);
    }
  }
}
