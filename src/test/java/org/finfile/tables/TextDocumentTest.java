package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDocumentTest {
  @TempDir
  Path dir;

  @Test
  void anUndecodableByteIsAnErrorNamingItsLineNotAReplacementCharacter() throws Exception {
    Path file = dir.resolve("bad.txt");
    byte[] text = "Title\nLabel\t1,234\nOther\t5\u00ff6\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);
    assertThatThrownBy(() -> TextDocument.read(file, "bad.txt"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:3:")
        .hasMessageContaining("byte 25 (0xFF) is not valid UTF-8; give --encoding");
  }

  @Test
  void aByteOrderMarkDoesNotReachTheFirstCell() throws Exception {
    Path file = dir.resolve("bom.tsv");
    Files.write(file, ("\uFEFFRevenue\t1,000\r\nCost\t(400)\r\n").getBytes(StandardCharsets.UTF_8));
    TextDocument doc = TextDocument.read(file, "bom.tsv");
    assertThat(doc.lines()).containsExactly("Revenue\t1,000", "Cost\t(400)");
    assertThat(doc.blocks().get(0).rows().get(0).cell(1)).isEqualTo("Revenue");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThatThrownBy(() -> TextDocument.read(dir.resolve("none.txt"), "none.txt"))
        .isInstanceOf(InputException.class).hasMessage("none.txt: no such file");
  }

  @Test
  void findsTablesAndTheHeadingLinesAboveThem() throws Exception {
    TextDocument doc = TextDocument.of("d", String.join("\n",
        "prose before", "", "Table 1. Things (JPY in millions)", "", "\tQ1\tQ2", "A\t1\t2", "", "note", "B\t3\t4"));
    var blocks = doc.blocks();
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).heading()).extracting(TabBlock.Line::text)
        .containsExactly("prose before", "Table 1. Things (JPY in millions)");
    assertThat(blocks.get(0).firstLine()).isEqualTo(5);
    assertThat(blocks.get(1).heading()).extracting(TabBlock.Line::text).containsExactly("note");
    assertThat(blocks.get(1).rows().get(0).cell(3)).isEqualTo("4");
    assertThat(blocks.get(1).rows().get(0).cell(9)).isEmpty();
  }
}
