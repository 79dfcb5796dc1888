package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.finfile.TestFiles;
import org.finfile.validate.Rules;
import org.finfile.xml.OfflineResolver;
import org.finfile.xml.XmlSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation as pipelines use it: batches, exit codes, and the three report formats. */
class ValidateCommandTest {
  @TempDir
  Path dir;
  Path valid;
  Path invalid;
  Path broken;
  Path warned;

  @BeforeEach
  void files() throws Exception {
    Path out = dir.resolve("batch");
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", out.toString()).code()).isZero();
    valid = out.resolve("iij-fy2002.xml");
    String text = Files.readString(valid);
    invalid = out.resolve("invalid.xml");
    Files.writeString(invalid, text.replace(">13036439000<", ">13036449000<"));
    warned = out.resolve("warned.xml");
    Files.writeString(warned, text.replace("<xbrli:unit id=\"pure\">",
        "<xbrli:unit id=\"spare\"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit><xbrli:unit id=\"pure\">"));
    broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'><unclosed>");
  }

  @Test
  void aBatchReportsEveryFileAndOneBadFileDoesNotStopTheOthers() {
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", broken.toString(), valid.toString(), invalid.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("broken.xml:1:").contains("invalid.xml:").contains("[calc-inconsistent]");
    assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("3 files: 4 errors, 0 warnings, 50 notes; 2 invalid");
  }

  @Test
  void exitCodesAndFailOn() {
    assertThat(ConvertCommandTest.run("validate", valid.toString()).code()).isZero();
    assertThat(ConvertCommandTest.run("validate", invalid.toString()).code()).isEqualTo(1);
    assertThat(ConvertCommandTest.run("validate", invalid.toString(), "--calc", "none").code()).isZero();
    assertThat(ConvertCommandTest.run("validate", warned.toString()).code()).isZero();
    assertThat(ConvertCommandTest.run("validate", warned.toString(), "--fail-on", "warning").code()).isEqualTo(1);
    assertThat(ConvertCommandTest.run("validate", valid.toString(), "--format", "yaml").code()).isEqualTo(2);
    // XBRL 2.1's rules (c10) compare a total in thousands with items in millions at the total's
    // accuracy: three of the example's breakdowns fail them (Arelle --calc=c10 finds the same three)
    assertThat(ConvertCommandTest.run("validate", valid.toString(), "--calc", "c10").out())
        .contains("[calc-inconsistent]").contains("c10").contains("1 file: 3 errors");
    assertThat(ConvertCommandTest.run("validate", valid.toString(), "--calc", "c12").code()).isEqualTo(2);
  }

  @Test
  void aWellFormedFileThatIsNoInstanceIsInvalidNotUnreadable() throws Exception {
    Path linkbase = dir.resolve("labels.xml");
    java.nio.file.Files.writeString(linkbase, "<linkbase xmlns='http://www.xbrl.org/2003/linkbase'/>\n");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", linkbase.toString());
    assertThat(run.code()).as("exit 1: an invalid filing; 3 is for input that cannot be read").isEqualTo(1);
    assertThat(run.out()).contains("[xbrl-root]").contains("the root element is");
    java.nio.file.Files.writeString(linkbase, "<linkbase xmlns='http://www.xbrl.org/2003/linkbase'>\n");
    assertThat(ConvertCommandTest.run("validate", linkbase.toString()).code()).as("malformed XML is unreadable").isEqualTo(3);
  }

  @Test
  void aTaxonomySchemaIsValidatedAsADts() throws Exception {
    Path schema = dir.resolve("t.xsd");
    String head = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xbrli='http://www.xbrl.org/2003/instance'"
        + " targetNamespace='http://example.com/t' elementFormDefault='qualified'>\n"
        + "<xs:import namespace='http://www.xbrl.org/2003/instance' schemaLocation='http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'/>\n";
    java.nio.file.Files.writeString(schema, head + "<xs:element name='Units' id='u' type='xbrli:sharesItemType' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='instant' xbrli:balance='debit'/>\n</xs:schema>\n");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", schema.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("[balance-type]");
    java.nio.file.Files.writeString(schema, head + "<xs:element name='Units' id='u' type='xbrli:sharesItemType' substitutionGroup='xbrli:item'"
        + " xbrli:periodType='instant'/>\n</xs:schema>\n");
    assertThat(ConvertCommandTest.run("validate", schema.toString()).code()).isZero();
  }

  @Test
  void foldersAreSearchedForInstancesAndReportPackagesOnly() {
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", valid.getParent().toString());
    assertThat(run.out()).contains("iij-fy2002.xbr!/iij-fy2002/reports/iij-fy2002.xbrl:")
        .endsWith("4 files: 2 errors, 1 warning, 100 notes; 1 invalid" + System.lineSeparator());
  }

  @Test
  void theJsonReportHasItsDocumentedShape() throws Exception {
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", "--format", "json", valid.toString(), invalid.toString());
    assertThat(run.code()).isEqualTo(1);
    Map<String, Object> top = new HashMap<>();
    List<String> codes = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(new StringReader(run.out()))) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      String field = null;
      int depth = 1;
      while (depth > 0) {
        JsonToken t = json.nextToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          field = json.currentName();
        } else if (field != null) {
          if (depth == 1) {
            top.put(field, json.getText());
          }
          if (field.equals("code")) {
            codes.add(json.getText());
          }
          if (depth == 2) {
            top.put("summary." + field, json.getText());
          }
        }
      }
    }
    assertThat(top).containsEntry("format", "finfile-validation-report/1")
        .containsEntry("summary.files", "2").containsEntry("summary.invalid", "1").containsEntry("summary.errors", "2");
    assertThat(codes).contains(Rules.CALC, Rules.DUPLICATE_COMPLETE);
  }

  @Test
  void theJunitReportParsesAsJunitXml() throws Exception {
    Path report = dir.resolve("junit.xml");
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", "--format", "junit", "--out", report.toString(),
        valid.toString(), invalid.toString(), broken.toString());
    assertThat(run.code()).isEqualTo(3);
    OfflineResolver resolver = OfflineResolver.bundled();
    var schema = XmlSecurity.schemaFactory(resolver).newSchema(TestFiles.base().resolve("src/test/resources/junit/junit.xsd").toFile());
    schema.newValidator().validate(new StreamSource(report.toFile()));
    String xml = Files.readString(report);
    assertThat(xml).contains("tests=\"" + 3 * Rules.ALL.size() + "\"");
    assertThat(xml).containsPattern("<testcase classname=\"[^\"]*invalid\\.xml\" name=\"calc-inconsistent\"><failure");
    assertThat(xml).containsPattern("<testcase classname=\"[^\"]*broken\\.xml\" name=\"xsd\"><skipped");
    assertThat(xml.split("<failure", -1)).as("calc-inconsistent; xml and schema-ref of the broken file").hasSize(4);
  }

  @Test
  void taxonomiesFromUserFoldersAndCatalogs() throws Exception {
    Path tax = dir.resolve("tax/example.com/filings");
    Files.createDirectories(tax);
    TestFiles.copyExampleTaxonomy(tax);
    Path remote = dir.resolve("remote.xml");
    Files.writeString(remote, Files.readString(valid)
        .replace("xlink:href=\"iij-2003-03-31.xsd\"", "xlink:href=\"http://example.com/filings/iij-2003-03-31.xsd\""));
    ConvertCommandTest.Run without = ConvertCommandTest.run("validate", remote.toString());
    assertThat(without.code()).isEqualTo(1);
    assertThat(without.out()).contains("[schema-ref]").contains("example.com/filings/iij-2003-03-31.xsd");
    ConvertCommandTest.Run folder = ConvertCommandTest.run("validate", "--taxonomy", dir.resolve("tax").toString(), remote.toString());
    assertThat(folder.code()).as(folder.out()).isZero();
    Path catalog = dir.resolve("catalog.xml");
    Files.writeString(catalog, "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
        + "<rewriteSystem systemIdStartString='http://example.com/filings/' rewritePrefix='" + tax.toUri() + "'/>"
        + "<rewriteURI uriStartString='http://example.com/filings/' rewritePrefix='" + tax.toUri() + "'/></catalog>");
    ConvertCommandTest.Run cataloged = ConvertCommandTest.run("validate", "--catalog", catalog.toString(), remote.toString());
    assertThat(cataloged.code()).as(cataloged.out()).isZero();
    Files.writeString(catalog, "<!DOCTYPE catalog [<!ENTITY e 'x'>]><catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'/>");
    ConvertCommandTest.Run unsafe = ConvertCommandTest.run("validate", "--catalog", catalog.toString(), remote.toString());
    assertThat(unsafe.code()).isEqualTo(3);
    assertThat(unsafe.err()).contains("not a usable catalog").contains("DOCTYPE");
  }
}
