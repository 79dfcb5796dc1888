package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.finfile.model.Source;
import org.junit.jupiter.api.Test;

/**
 * A value read from a line outside the tables (the entity's name in a heading) is sourced at
 * that line, {@code ff:src="document:line"}, not at a row 0 of some table; both forms read back.
 */
class LineSourceTest {
  @Test
  void aLineOutsideTablesIsWrittenAsDocumentAndLine() {
    Source heading = Source.line("release.txt", 64, "ACME INC.");
    assertThat(heading.location()).isEqualTo("release.txt:64");
    assertThat(SourceAttributes.write(heading)).containsEntry(SourceAttributes.SRC, "release.txt:64")
        .containsEntry(SourceAttributes.LINE, "64");
  }

  @Test
  void bothFormsReadBackAsWritten() {
    Source heading = Source.line("release.txt", 64, "ACME INC.");
    Source cell = new Source("release.txt", "sales", 3, 2, 40, "(1,234)");
    for (Source s : new Source[] {heading, cell}) {
      var a = SourceAttributes.write(s);
      assertThat(SourceAttributes.read(a.get(SourceAttributes.SRC), a.get(SourceAttributes.LINE), a.get(SourceAttributes.TEXT)))
          .isEqualTo(s);
    }
  }

  @Test
  void aDocumentAndLineThatDisagreeWithFfLineIsRefused() {
    assertThatThrownBy(() -> SourceAttributes.read("release.txt:63", "64", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("release.txt:63");
  }

  @Test
  void aCellHasATableAndARowAndAHeadingHasNeither() {
    assertThatThrownBy(() -> new Source("release.txt", "sales", 0, 1, 64, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Source("release.txt", "", 3, 2, 64, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
