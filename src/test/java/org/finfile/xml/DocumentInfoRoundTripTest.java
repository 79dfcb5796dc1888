package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.TestFiles;
import org.finfile.model.DocumentInfo;
import org.finfile.model.Filing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an instance says about itself survives read → write: the root's attributes, every
 * reference element with all its attributes, and the comments and processing instructions
 * before the root. And when one of them is lost, the comparison says so.
 */
class DocumentInfoRoundTripTest {
  private static final String LINKBASE_ARCROLE = "http://www.w3.org/1999/xlink/properties/linkbase";

  private byte[] original;
  private Filing filing;
  private String written;

  @BeforeEach
  void readAndWrite() throws Exception {
    Path file = TestFiles.base().resolve("src/test/resources/roundtrip/document-info.xml");
    original = Files.readAllBytes(file);
    filing = InstanceReader.read(file);
    written = new String(write(filing), StandardCharsets.UTF_8);
  }

  private static byte[] write(Filing filing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstanceWriter.write(filing, out);
    return out.toByteArray();
  }

  private static QName xlink(String local) {
    return new QName(Namespaces.XLINK, local);
  }

  @Test
  void theReaderKeepsTheRootsAttributesTheReferencesAndTheProlog() {
    DocumentInfo document = filing.document();
    assertThat(filing.lang()).isEqualTo("ja");
    assertThat(document.rootAttributes()).containsExactly(
        Map.entry(new QName(Namespaces.XML, "lang"), "ja"),
        Map.entry(new QName("id"), "filing"),
        Map.entry(new QName(Namespaces.XSI, "schemaLocation"), "http://example.com/t t.xsd"),
        Map.entry(new QName("http://example.com/other", "flag"), "kept"));
    assertThat(document.references()).extracting(r -> r.element().getLocalPart())
        .containsExactly("schemaRef", "linkbaseRef", "roleRef", "arcroleRef");
    assertThat(document.references().get(0).attributes()).containsExactly(
        Map.entry(xlink("type"), "simple"), Map.entry(xlink("arcrole"), LINKBASE_ARCROLE),
        Map.entry(xlink("href"), "t.xsd"), Map.entry(new QName(Namespaces.XML, "base"), "taxonomy/"),
        Map.entry(new QName("http://example.com/q", "note"), "on the reference"));
    assertThat(document.references().get(1).attributes())
        .containsEntry(xlink("arcrole"), LINKBASE_ARCROLE)
        .containsEntry(xlink("role"), "http://www.xbrl.org/2003/role/labelLinkbaseRef");
    assertThat(document.references().get(2).attributes()).containsEntry(new QName("roleURI"), "http://example.com/role/notes");
    assertThat(document.references().get(3).attributes())
        .containsEntry(new QName("arcroleURI"), "http://example.com/arcrole/explains");
    assertThat(filing.schemaRefs()).containsExactly("t.xsd");
    assertThat(document.prolog()).hasSize(2);
    assertThat(document.prolog().get(0)).startsWith("<!-- Hand-written: what an instance says about itself.").endsWith("-->");
    assertThat(document.prolog().get(1)).isEqualTo("<?xml-stylesheet type=\"text/xsl\" href=\"view.xsl\"?>");
  }

  @Test
  void everyOneOfThemIsInTheWrittenBytes() {
    String root = written.substring(written.indexOf("<xbrli:xbrl "), written.indexOf('>', written.indexOf("<xbrli:xbrl ")));
    assertThat(written.substring(0, written.indexOf("<xbrli:xbrl ")))
        .contains("<!-- Hand-written: what an instance says about itself.")
        .contains("<?xml-stylesheet type=\"text/xsl\" href=\"view.xsl\"?>");
    assertThat(root).contains("xml:lang=\"ja\"", "id=\"filing\"", "xsi:schemaLocation=\"http://example.com/t t.xsd\"",
        "o:flag=\"kept\"", "xmlns:o=\"http://example.com/other\"", "xmlns:xsi=");
    assertThat(written).contains("<link:schemaRef xmlns:q=\"http://example.com/q\" xlink:type=\"simple\" xlink:arcrole=\"" + LINKBASE_ARCROLE
        + "\" xlink:href=\"t.xsd\" xml:base=\"taxonomy/\" q:note=\"on the reference\">");
    assertThat(written).containsOnlyOnce("xmlns:q=\"http://example.com/q\"");
    assertThat(written).contains("<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"t-lab.xml\" xlink:arcrole=\""
        + LINKBASE_ARCROLE + "\" xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\">");
    assertThat(written).contains("<link:roleRef roleURI=\"http://example.com/role/notes\" xlink:type=\"simple\" "
        + "xlink:href=\"t.xsd#notes\">");
    assertThat(written).contains("<link:arcroleRef arcroleURI=\"http://example.com/arcrole/explains\" "
        + "xlink:type=\"simple\" xlink:href=\"t.xsd#explains\">");
    assertThat(written.indexOf("schemaRef")).isLessThan(written.indexOf("linkbaseRef"));
    assertThat(written.indexOf("linkbaseRef")).isLessThan(written.indexOf("roleRef"));
    assertThat(written.indexOf("<link:roleRef")).isLessThan(written.indexOf("arcroleRef"));
  }

  @Test
  void theRoundTripIsLosslessAndStable() throws Exception {
    assertThat(RoundTrip.differences(original, written.getBytes(StandardCharsets.UTF_8))).isEmpty();
    Filing back = InstanceReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)),
        "memory:back.xml", "back.xml");
    assertThat(back).isEqualTo(filing);
    assertThat(new String(write(back), StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @Test
  void aLostRootAttributeIsADifference() {
    assertThat(differencesWithout(" xml:lang=\"ja\"")).isNotEmpty();
    assertThat(differencesWithout(" o:flag=\"kept\"")).isNotEmpty();
    assertThat(differencesWithout(" xsi:schemaLocation=\"http://example.com/t t.xsd\"")).isNotEmpty();
  }

  @Test
  void aLostReferenceAttributeOrReferenceIsADifference() {
    assertThat(differencesWithout(" xlink:arcrole=\"" + LINKBASE_ARCROLE + "\" xlink:href=\"t.xsd\"",
        " xlink:href=\"t.xsd\"")).isNotEmpty();
    assertThat(differencesWithout(" xml:base=\"taxonomy/\"")).isNotEmpty();
    assertThat(differencesWithout(" xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\"")).isNotEmpty();
    int start = written.indexOf("<link:arcroleRef");
    String withoutArcroleRef = written.substring(0, start) + written.substring(written.indexOf("</link:arcroleRef>") + 18);
    assertThat(RoundTrip.differences(original, withoutArcroleRef.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  @Test
  void aLostCommentOrProcessingInstructionBeforeTheRootIsADifference() {
    String comment = filing.document().prolog().get(0);
    assertThat(differencesWithout(comment)).singleElement().asString()
        .contains("before the root").contains("Hand-written");
    assertThat(differencesWithout("<?xml-stylesheet type=\"text/xsl\" href=\"view.xsl\"?>")).singleElement().asString()
        .contains("xml-stylesheet");
    assertThat(differencesWithout("view.xsl", "other.xsl")).singleElement().asString().contains("other.xsl");
  }

  @Test
  void commentsInsideTheRootAreNotCompared() {
    String withComment = written.replace("<xbrli:context ", "<!-- not kept -->\n  <xbrli:context ");
    assertThat(withComment).isNotEqualTo(written);
    assertThat(RoundTrip.differences(withComment.getBytes(StandardCharsets.UTF_8), original)).isEmpty();
  }

  @Test
  void aCommentXmlCannotHoldIsRefusedByTheModel() {
    assertThatThrownBy(() -> new DocumentInfo(Map.of(), List.of(), List.of("<!-- a -- b -->")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DocumentInfo(Map.of(), List.of(), List.of("<?xml version='1.0'?>")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DocumentInfo(Map.of(), List.of(), List.of("<!-- fine -->", "<?pi?>", "<?pi some data?>")).prolog())
        .hasSize(3);
  }

  private List<String> differencesWithout(String text) {
    return differencesWithout(text, "");
  }

  private List<String> differencesWithout(String text, String replacement) {
    assertThat(written).contains(text);
    return RoundTrip.differences(original, written.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
  }
}
