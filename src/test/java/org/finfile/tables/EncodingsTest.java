package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingsTest {
  /** A label each encoding below can carry: an apostrophe from Windows, and Japanese for Shift_JIS. */
  private static final String TSV = "Title\n\t2024\nOwners’ equity\t1,200\n";
  private static final String JAPANESE = "連結損益計算書\n\t2024\n売上高\t1,200\n";

  @TempDir
  Path dir;

  private static byte[] bytes(byte[] bom, String text, Charset charset) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bom);
    out.write(text.getBytes(charset));
    return out.toByteArray();
  }

  private String label(String file, byte[] content, Charset encoding) throws Exception {
    Path p = Files.write(dir.resolve(file), content);
    return Documents.read(p, file, encoding).blocks().get(0).rows().get(1).cell(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.tsv", "acme.csv"})
  void utf8WithAndWithoutAByteOrderMark(String file) throws Exception {
    String text = file.endsWith(".csv") ? TSV.replace('\t', ',').replace("1,200", "\"1,200\"") : TSV;
    assertThat(label(file, bytes(new byte[0], text, StandardCharsets.UTF_8), null)).isEqualTo("Owners’ equity");
    assertThat(label(file, bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8), null))
        .isEqualTo("Owners’ equity");
  }

  @Test
  void utf16ByItsByteOrderMarkEitherWay() throws Exception {
    assertThat(label("le.tsv", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, TSV, StandardCharsets.UTF_16LE), null))
        .isEqualTo("Owners’ equity");
    assertThat(label("be.tsv", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, TSV, StandardCharsets.UTF_16BE), null))
        .isEqualTo("Owners’ equity");
  }

  @Test
  void windows1252AndShiftJisWhenNamed() throws Exception {
    assertThat(label("w.tsv", TSV.getBytes("windows-1252"), Documents.encoding("windows-1252"))).isEqualTo("Owners’ equity");
    assertThat(label("j.csv", JAPANESE.replace('\t', ',').replace("1,200", "1200").getBytes("Shift_JIS"),
        Documents.encoding("Shift_JIS"))).isEqualTo("売上高");
  }

  @Test
  void aByteOrderMarkWinsOverTheEncodingNamed() throws Exception {
    byte[] utf8 = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TSV, StandardCharsets.UTF_8);
    assertThat(label("bom.tsv", utf8, Documents.encoding("windows-1252"))).isEqualTo("Owners’ equity");
  }

  @Test
  void anUndecodableByteNamesItsOffsetAndLine() throws Exception {
    byte[] cp1252 = TSV.getBytes("windows-1252"); // ’ is 0x92, at offset 18 (0-based) on line 3
    Path p = Files.write(dir.resolve("acme.csv"), cp1252);
    assertThatThrownBy(() -> Documents.read(p, "acme.csv", null))
        .isInstanceOf(InputException.class)
        .hasMessage("acme.csv:3:7: byte 18 (0x92) is not valid UTF-8; give --encoding (e.g. --encoding windows-1252)");
  }

  @Test
  void aLargeOffsetIsGroupedAndABadByteInANamedEncodingSaysWhichEncoding() throws Exception {
    byte[] big = ("x".repeat(1233) + "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    Path p = Files.write(dir.resolve("big.tsv"), big);
    assertThatThrownBy(() -> Documents.read(p, "big.tsv", null)).hasMessageContaining("byte 1,233 (0xFF)");
    Path q = Files.write(dir.resolve("q.tsv"), new byte[] {'a', (byte) 0x81, 'b'});
    assertThatThrownBy(() -> Documents.read(q, "q.tsv", Documents.encoding("windows-1252")))
        .hasMessage("q.tsv:1:2: byte 1 (0x81) is not valid windows-1252");
  }

  @Test
  void anUnknownEncodingNameIsAnErrorListingSomeThatAre() {
    assertThatThrownBy(() -> Documents.encoding("latin-9000"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'latin-9000' is no encoding")
        .hasMessageContaining("Shift_JIS");
  }

  @Test
  void anHtmlPageIsReadInTheEncodingItsMetaTagDeclares() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Title</p>"
        + "<table><tr><td></td><td>2024</td></tr><tr><td>Owners’ equity</td><td>1,200</td></tr></table></body></html>";
    assertThat(label("p.html", html.getBytes("windows-1252"), null)).isEqualTo("Owners’ equity");
    String sjis = html.replace("windows-1252", "Shift_JIS").replace("Owners’ equity", "売上高");
    assertThat(label("s.html", sjis.getBytes("Shift_JIS"), null)).isEqualTo("売上高");
    assertThat(label("e.html", html.getBytes("windows-1252"), Documents.encoding("windows-1252")))
        .as("--encoding, when given, is used").isEqualTo("Owners’ equity");
  }
}
