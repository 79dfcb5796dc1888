package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceReaderTest {
  @TempDir
  Path dir;

  private static final String HEAD = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'"
      + " xmlns:iso4217='http://www.xbrl.org/2003/iso4217' xmlns:t='http://example.com/t'>"
      + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>"
      + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>"
      + "<xbrli:unit id='u'><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>";

  private static org.finfile.model.Filing read(String body) throws InputException {
    return InstanceReader.read(new ByteArrayInputStream((HEAD + body + "</xbrli:xbrl>").getBytes(StandardCharsets.UTF_8)),
        "memory:t.xml", "t.xml");
  }

  private static org.finfile.model.Filing readWithReferences(String references) throws InputException {
    String head = HEAD.replace("<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>",
        "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>" + references);
    return InstanceReader.read(new ByteArrayInputStream((head + "</xbrli:xbrl>").getBytes(StandardCharsets.UTF_8)),
        "memory:t.xml", "t.xml");
  }

  @Test
  void referencesToLinkbasesRolesAndArcrolesAreKeptNotRefused() throws Exception {
    var filing = readWithReferences("<link:linkbaseRef xlink:type='simple' xlink:href='t-lab.xml'"
        + " xlink:arcrole='http://www.w3.org/1999/xlink/properties/linkbase'/>"
        + "<link:roleRef roleURI='http://x/r' xlink:type='simple' xlink:href='t.xsd#r'/>"
        + "<link:arcroleRef arcroleURI='http://x/a' xlink:type='simple' xlink:href='t.xsd#a'/>");
    assertThat(filing.document().references()).extracting(r -> r.element().getLocalPart())
        .containsExactly("schemaRef", "linkbaseRef", "roleRef", "arcroleRef");
    assertThat(filing.schemaRefs()).containsExactly("t.xsd");
  }

  @Test
  void aReferenceTheModelCannotHoldIsRefused() {
    assertThatThrownBy(() -> readWithReferences("<link:roleRef xlink:type='simple' xlink:href='t.xsd#r'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("link:roleRef has no roleURI");
    assertThatThrownBy(() -> readWithReferences("<link:arcroleRef arcroleURI='http://x/a' xlink:type='simple'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("link:arcroleRef has no xlink:href");
    assertThatThrownBy(() -> readWithReferences("<link:linkbaseRef xlink:type='simple' xlink:href='l.xml'>text</link:linkbaseRef>"))
        .isInstanceOf(InputException.class).hasMessageContaining("link:linkbaseRef has content");
    assertThatThrownBy(() -> read("<link:definitionLink xlink:type='extended' xlink:role='http://x'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("link:definitionLink in an instance is not supported yet");
  }

  @Test
  void theRootsAttributesAndThePrologAreKept() throws Exception {
    String xml = "<?xml version='1.0'?>\n<!--a--><?pi data?>\n" + HEAD.replace("<xbrli:xbrl ", "<xbrli:xbrl xml:lang='en' ")
        + "</xbrli:xbrl>";
    var filing = InstanceReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "memory:t.xml", "t.xml");
    assertThat(filing.lang()).isEqualTo("en");
    assertThat(filing.document().prolog()).containsExactly("<!--a-->", "<?pi data?>");
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "MARKER-7f3a9c");
    String xml = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM '" + secret.toUri() + "'>]>"
        + HEAD.replace("'t.xsd'", "'t.xsd'") + "<t:A contextRef='c'>&e;</t:A></xbrli:xbrl>";
    Path file = dir.resolve("xxe.xml");
    Files.writeString(file, xml);
    assertThatThrownBy(() -> InstanceReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("DOCTYPE is not allowed")
        .hasMessageNotContaining("MARKER-7f3a9c");
  }

  @Test
  void danglingReferencesAreErrorsNotNulls() {
    assertThatThrownBy(() -> read("<t:A contextRef='nope' unitRef='u' decimals='0'>1</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("contextRef nope names no context");
    assertThatThrownBy(() -> read("<t:A contextRef='c' unitRef='nope' decimals='0'>1</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("unitRef nope names no unit");
  }

  @Test
  void badNumbersAreErrorsNotNulls() {
    assertThatThrownBy(() -> read("<t:A contextRef='c' unitRef='u' decimals='0'>1,000</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("'1,000' is not a decimal number");
    assertThatThrownBy(() -> read("<t:A contextRef='c' unitRef='u' decimals='0'>1e3</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("'1e3' is not a decimal number");
    assertThatThrownBy(() -> read("<t:A contextRef='c' unitRef='u' decimals='2.5'>1</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("decimals is not an integer or INF");
  }

  @Test
  void whatTheModelCannotHoldIsRefusedNotDropped() {
    assertThatThrownBy(() -> read("<t:Tuple t:kind='x'><t:A contextRef='c'>x</t:A></t:Tuple>"))
        .isInstanceOf(InputException.class).hasMessageContaining("tuple Tuple: attribute {http://example.com/t}kind is not supported yet");
    assertThatThrownBy(() -> read("<t:A contextRef='c' t:extra='1'>x</t:A>"))
        .isInstanceOf(InputException.class).hasMessageContaining("is not supported yet");
  }

  @Test
  void locationsNameLineAndColumn() {
    assertThatThrownBy(() -> read("<t:A contextRef='c' unitRef='u' decimals='0'>abc</t:A>"))
        .isInstanceOf(InputException.class).hasMessageMatching("t\\.xml:1:\\d+: A: 'abc' is not a decimal number");
  }
}
