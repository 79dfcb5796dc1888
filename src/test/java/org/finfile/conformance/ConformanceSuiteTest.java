package org.finfile.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.finfile.TestFiles;
import org.finfile.validate.Problem;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XBRL International's XBRL 2.1 conformance suite (release 2014-12-10), read from
 * {@code ../shared/conformance}: every variation whose first file is an instance is validated
 * as {@code finfile validate --calc c10} would, and its verdict compared with the suite's.
 * Prints a table per section and writes every verdict to {@code target/conformance.txt}.
 * {@code -Dconformance.only=302} runs the testcases whose path contains that text.
 */
class ConformanceSuiteTest {
  static final Path SUITE = TestFiles.base().resolve("../shared/conformance/XBRL-CONF-2014-12-10").normalize();

  /** One variation: its testcase, id, the file to read first, and the expected verdict. */
  record Variation(String testcase, String id, String name, Path entry, String kind, boolean expectValid) {
    String section() {
      return Path.of(testcase).getFileName().toString().replaceAll("^(\\d{3}).*", "$1");
    }
  }

  /** A variation's outcome. */
  record Verdict(Variation variation, boolean valid, List<Problem> problems) {
    boolean agrees() {
      return valid == variation.expectValid();
    }
  }

  static List<Variation> variations() throws Exception {
    List<Variation> all = new ArrayList<>();
    Document index = parse(SUITE.resolve("xbrl.xml"));
    for (Element tc : elements(index.getDocumentElement(), "testcase")) {
      String uri = tc.getAttribute("uri");
      Path file = SUITE.resolve(uri);
      Document doc = parse(file);
      for (Element v : elements(doc.getDocumentElement(), "variation")) {
        Element data = elements(v, "data").get(0);
        Element first = null;
        for (Element d : elements(data, null)) {
          if ("true".equals(d.getAttribute("readMeFirst"))) {
            first = d;
            break;
          }
        }
        Element result = elements(v, "result").get(0);
        String expected = result.getAttribute("expected");
        if (first == null || expected.isEmpty()) {
          continue;
        }
        all.add(new Variation(uri, v.getAttribute("id"), v.getAttribute("name"),
            file.getParent().resolve(first.getTextContent().trim()).normalize(), first.getLocalName(),
            "valid".equals(expected)));
      }
    }
    return all;
  }

  static Verdict run(Validator validator, Variation v) {
    Report report = v.kind().equals("xsd") ? validator.validateTaxonomy(v.entry()) : validator.validate(v.entry());
    return new Verdict(v, report.valid(), report.problems());
  }

  @Test
  void agreesWithTheSuiteOnEveryInstanceVariation() throws Exception {
    List<Verdict> verdicts = verdicts("instance");
    List<String> disagreements = report(verdicts, "instance variations, --calc c10", "conformance.txt");
    assertThat(disagreements).as("variations where finfile disagrees with the suite (see target/conformance.txt)").isEmpty();
  }

  /**
   * The variations whose first file is a taxonomy schema, validated as a DTS (as
   * {@code finfile validate SCHEMA.xsd} does). Not every rule they test is checked yet: those
   * left are listed in {@code schema-entry-disagreements.txt} beside this class, with why; any
   * other disagreement fails, and so does a listed one that now agrees (take it off the list).
   */
  @Test
  void agreesWithTheSuiteOnTheSchemaEntryVariationsItSupports() throws Exception {
    List<Verdict> verdicts = verdicts("xsd");
    List<String> disagreements = report(verdicts, "schema-entry variations, the DTS validated", "conformance-schemas.txt");
    List<String> known = new ArrayList<>();
    try (InputStream in = ConformanceSuiteTest.class.getResourceAsStream("schema-entry-disagreements.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String entry = line.replaceAll("#.*", "").strip();
        if (!entry.isEmpty()) {
          known.add(entry);
        }
      }
    }
    assertThat(disagreements).as("schema-entry variations where finfile disagrees, beyond the known ones (target/conformance-schemas.txt)")
        .isSubsetOf(known);
    if (System.getProperty("conformance.only", "").isEmpty()) {
      assertThat(known).as("known disagreements that now agree: take them off schema-entry-disagreements.txt").isSubsetOf(disagreements);
    }
  }

  private static List<Verdict> verdicts(String kind) throws Exception {
    assumeTrue(Files.isRegularFile(SUITE.resolve("xbrl.xml")),
        "the XBRL 2.1 conformance suite is not at " + SUITE + "; the conformance test is skipped");
    String only = System.getProperty("conformance.only", "");
    Validator validator = Validator.create(OfflineResolver.bundled(), Validator.Calc.valueOf(System.getProperty("conformance.calc", "C10")));
    List<Verdict> verdicts = new ArrayList<>();
    for (Variation v : variations()) {
      if (v.kind().equals(kind) && v.testcase().contains(only)) {
        verdicts.add(run(validator, v));
      }
    }
    return verdicts;
  }

  /** Writes every verdict to {@code target/FILE}, prints the per-section table; returns the disagreements. */
  private static List<String> report(List<Verdict> verdicts, String title, String file) throws IOException {
    StringBuilder out = new StringBuilder();
    Map<String, int[]> sections = new TreeMap<>();
    for (Verdict d : verdicts) {
      int[] counts = sections.computeIfAbsent(d.variation().section(), k -> new int[2]);
      counts[1]++;
      if (d.agrees()) {
        counts[0]++;
      }
      out.append(d.agrees() ? "ok   " : "FAIL ").append(d.variation().testcase()).append(' ').append(d.variation().id())
          .append(" expected ").append(d.variation().expectValid() ? "valid" : "invalid")
          .append(", finfile ").append(d.valid() ? "valid" : "invalid").append('\n');
      for (Problem p : d.problems()) {
        if (!d.agrees() || !d.valid()) {
          out.append("       ").append(p.severity()).append(' ').append(p.code()).append(' ')
              .append(p.message().length() > 300 ? p.message().substring(0, 300) + "..." : p.message()).append('\n');
        }
      }
    }
    StringBuilder table = new StringBuilder("section  agree/variations\n");
    int agree = 0;
    for (var e : sections.entrySet()) {
      table.append(String.format("%-8s %4d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      agree += e.getValue()[0];
    }
    table.append(String.format("total    %4d/%d%n", agree, verdicts.size()));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target").resolve(file), table + "\n" + out);
    System.out.println("XBRL 2.1 conformance suite 2014-12-10, " + title + ":\n" + table);
    return verdicts.stream().filter(d -> !d.agrees())
        .map(d -> d.variation().testcase() + " " + d.variation().id()).collect(Collectors.toList());
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return f.newDocumentBuilder().parse(in, file.toUri().toString());
    } catch (IOException e) {
      throw e;
    }
  }

  static List<Element> elements(Element parent, String localName) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
        list.add(e);
      }
    }
    return list;
  }
}
