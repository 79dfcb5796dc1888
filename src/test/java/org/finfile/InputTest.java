package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Any format finfile reads, told apart by content. */
class InputTest {
  @TempDir
  Path dir;

  private Input.Kind kind(String content) throws Exception {
    Path file = dir.resolve("file.dat");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return Input.kindOf(file);
  }

  @Test
  void formatsAreToldApartByContentNotByName() throws Exception {
    assertThat(kind("<?xml version='1.0'?>\n<!-- made by hand -->\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'/>"))
        .isEqualTo(Input.Kind.INSTANCE);
    assertThat(kind("\uFEFF<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>")).isEqualTo(Input.Kind.INLINE);
    assertThat(kind("{ \"documentInfo\": { \"documentType\": \"https://xbrl.org/2021/xbrl-csv\" } }"))
        .isEqualTo(Input.Kind.XBRL_CSV);
    assertThat(kind("{\"tables\": {\"t\": {\"documentType\": 1}}, \"documentInfo\": {\"namespaces\": {\"a\": \"b\"},"
        + " \"documentType\": \"https:\\/\\/xbrl.org\\/2021\\/xbrl-csv\"}}")).isEqualTo(Input.Kind.XBRL_CSV);
  }

  @Test
  void otherFilesAreOneLineErrors() {
    assertThatThrownBy(() -> kind("<linkbase xmlns='http://www.xbrl.org/2003/linkbase'/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("the root element is linkbase");
    assertThatThrownBy(() -> kind("{ \"documentInfo\": { \"documentType\": \"https://example.com/other\" } }"))
        .hasMessageContaining("JSON, but not a report finfile reads").hasMessageContaining("https://example.com/other");
    assertThatThrownBy(() -> kind("plain text")).hasMessageContaining("not an XBRL instance");
    assertThatThrownBy(() -> Input.kindOf(dir.resolve("missing.xml"))).hasMessageEndingWith(": no such file");
    assertThatThrownBy(() -> Input.kindOf(dir)).hasMessageEndingWith(": not a regular file");
  }

  @Test
  void anInlineDocumentIsValidatedThroughTheInstanceItCarries() throws Exception {
    Path converted = dir.resolve("filing");
    assertThat(org.finfile.cli.Main.run(new String[] {"convert", TestFiles.example().toString(), "--out", converted.toString()},
        new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()))).isZero();
    Path page = dir.resolve("pages/iij.xhtml");
    assertThat(org.finfile.cli.Main.run(new String[] {"render", converted.resolve("iij-fy2002.xml").toString(), "--to", "ixbrl",
        "--out", page.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()))).isZero();
    try (Input input = Input.open(page, OfflineResolver.bundled())) {
      assertThat(input.kind()).isEqualTo(Input.Kind.INLINE);
      assertThat(input.filing().facts()).hasSize(606);
      assertThat(input.taxonomy().concepts()).isNotEmpty();
      Path instance = input.instance();
      assertThat(org.finfile.validate.Validator.create(OfflineResolver.bundled()).validate(instance).errors()).isZero();
      input.close();
      assertThat(instance).doesNotExist();
    }
  }

  @Test
  void validateChecksAnInlinePageAsXhtmlAndItsInstanceAsXbrl() throws Exception {
    Path converted = dir.resolve("filing");
    java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
    assertThat(org.finfile.cli.Main.run(new String[] {"convert", TestFiles.example().toString(), "--out", converted.toString()},
        quiet, quiet)).isZero();
    Path page = converted.resolve("iij.xhtml");
    assertThat(org.finfile.cli.Main.run(new String[] {"render", converted.resolve("iij-fy2002.xml").toString(), "--to", "ixbrl",
        "--out", page.toString()}, quiet, quiet)).isZero();
    java.io.StringWriter out = new java.io.StringWriter();
    assertThat(org.finfile.cli.Main.run(new String[] {"validate", page.toString()}, new java.io.PrintWriter(out, true), quiet))
        .isZero();
    assertThat(out.toString()).contains("0 errors");
    Path bad = converted.resolve("bad.xhtml");
    Files.writeString(bad, Files.readString(page).replaceFirst("<div ", "<section ").replaceFirst("</div>", "</section>"));
    out.getBuffer().setLength(0);
    assertThat(org.finfile.cli.Main.run(new String[] {"validate", bad.toString()}, new java.io.PrintWriter(out, true), quiet))
        .isEqualTo(1);
    assertThat(out.toString()).contains("bad.xhtml:").contains("error [ix-schema]").contains("section");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16", "UTF-16BE", "UTF-16LE"})
  void aUtf16InstanceWithItsDeclarationIsReadAndValidated(String charset) throws Exception {
    Path source = TestFiles.base().resolve("src/test/resources/conservation");
    Files.copy(source.resolve("idless.xsd"), dir.resolve("idless.xsd"));
    Path file = dir.resolve("utf16.xml");
    String text = Files.readString(source.resolve("id-less.xml")).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    Files.write(file, text.getBytes(java.nio.charset.Charset.forName(charset)));
    assertThat(Input.kindOf(file)).isEqualTo(Input.Kind.INSTANCE);
    try (Input input = Input.open(file, OfflineResolver.bundled())) {
      assertThat(input.filing().facts()).hasSize(11);
    }
    assertThat(org.finfile.validate.Validator.create(OfflineResolver.bundled()).validate(file).errors()).isZero();
  }
}
