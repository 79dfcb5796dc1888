package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.finfile.LoopbackServer;
import org.finfile.TestFiles;
import org.finfile.mapping.Mapping;
import org.finfile.validate.Problem;
import org.finfile.validate.Report;
import org.finfile.validate.Rules;
import org.finfile.validate.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML meets each defence of the one door. Every test would fail without the defence it
 * names: a marker file's text would appear, a request would reach the loopback server, or a
 * limit would not stop the read.
 */
class SecurityTest {
  static final String MARKER = "MARKER-c0ffee-5ecret";
  static final String XBRL = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'>";

  @TempDir
  Path dir;
  Path secret;
  LoopbackServer server;

  @BeforeEach
  void plant() throws Exception {
    secret = dir.resolve("secret.txt");
    Files.writeString(secret, MARKER);
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String url(String path) {
    return server.url(path);
  }

  Report validate(String xml) throws Exception {
    Path file = dir.resolve("instance.xml");
    Files.writeString(file, xml);
    return Validator.create(OfflineResolver.bundled()).validate(file);
  }

  static void assertNoMarker(Report report) {
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain(MARKER));
  }

  @Test
  void aJarUrlWrappingARemoteArchiveIsNeverFetched() throws Exception {
    Report report = validate(XBRL + "<link:schemaRef xlink:type='simple' xlink:href='jar:" + url("/evil.jar")
        + "!/t.xsd'/></xbrli:xbrl>");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF);
    assertThat(server.requests()).isZero();
  }

  @Test
  void aRemoteImportInsideALocalTaxonomyIsNeverFetched() throws Exception {
    Path xsd = dir.resolve("t.xsd");
    Files.writeString(xsd, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'>"
        + "<xs:import namespace='urn:evil' schemaLocation='" + url("/evil.xsd") + "'/></xs:schema>");
    Report report = validate(XBRL + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/></xbrli:xbrl>");
    assertThat(report.problems()).extracting(Problem::code).contains(Rules.SCHEMA_REF);
    assertThat(server.requests()).isZero();
  }

  @Test
  void aDeviceIsNotReadAsATaxonomy() throws Exception {
    Report report = validate(XBRL + "<link:schemaRef xlink:type='simple' xlink:href='file:///dev/stdin'/></xbrli:xbrl>");
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("not a regular file"));
  }

  @Test
  void aDoctypeInATaxonomyIsRefused() throws Exception {
    Path xsd = dir.resolve("t.xsd");
    Files.writeString(xsd, "<!DOCTYPE s [<!ENTITY e SYSTEM '" + secret.toUri() + "'>]>"
        + "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'>"
        + "<xs:annotation><xs:documentation>&e;</xs:documentation></xs:annotation></xs:schema>");
    Report report = validate(XBRL + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/></xbrli:xbrl>");
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("DOCTYPE"));
    assertNoMarker(report);
  }

  @Test
  void aDoctypeInAMappingIsRefused() throws Exception {
    Path mapping = dir.resolve("mapping.xml");
    Files.writeString(mapping, "<?xml version='1.0'?><!DOCTYPE m [<!ENTITY e SYSTEM '" + secret.toUri() + "'>]>"
        + Files.readString(TestFiles.exampleMapping()).replaceFirst("<\\?xml[^>]*>", "").replace("identifier=\"IJJI\"", "identifier=\"&e;\""));
    assertThatThrownBy(() -> Mapping.read(mapping))
        .isInstanceOf(InputException.class).hasMessageContaining("DOCTYPE").hasMessageNotContaining(MARKER);
  }

  @Test
  void xincludeIsNotProcessed() throws Exception {
    String xml = XBRL.replace("<xbrli:xbrl ", "<xbrli:xbrl xmlns:xi='http://www.w3.org/2001/XInclude' ")
        + "<link:schemaRef xlink:type='simple' xlink:href='http://finfile.org/taxonomy/base/finfile-base.xsd'/>"
        + "<xi:include href='" + secret.toUri() + "' parse='text'/></xbrli:xbrl>";
    assertNoMarker(validate(xml));
    Path file = dir.resolve("instance.xml");
    assertThatThrownBy(() -> InstanceReader.read(file)).isInstanceOf(InputException.class).hasMessageNotContaining(MARKER);
  }

  @Test
  void deepNestingIsStoppedByTheDepthLimit() throws Exception {
    StringBuilder xml = new StringBuilder(XBRL);
    int depth = org.finfile.Limit.DEPTH.intValue() + 10;
    xml.append("<link:schemaRef xlink:type='simple' xlink:href='http://finfile.org/taxonomy/base/finfile-base.xsd'/>");
    xml.append("<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier><xbrli:segment>");
    xml.append("<d xmlns='urn:deep'>".repeat(depth)).append("</d>".repeat(depth));
    xml.append("</xbrli:segment></xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context></xbrli:xbrl>");
    Report report = validate(xml.toString());
    assertThat(report.unreadable()).isTrue();
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("nested deeper than " + org.finfile.Limit.DEPTH.intValue()));
    Path file = dir.resolve("instance.xml");
    assertThatThrownBy(() -> InstanceReader.read(file)).isInstanceOf(InputException.class)
        .hasMessageContaining("nested deeper than");
  }

  @Test
  void thousandsOfAttributesAreStoppedByTheAttributeLimit() throws Exception {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < org.finfile.Limit.ATTRIBUTES.intValue() + 10; i++) {
      attributes.append(" a").append(i).append("='x'");
    }
    Report report = validate(XBRL.replace(">", attributes + ">") + "</xbrli:xbrl>");
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("attributes and namespace declarations"));
  }
}
