package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.validate.Problem;
import org.finfile.validate.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's own derived figures, recomputed from its facts. */
class DerivedChecksTest {
  @TempDir
  Path dir;

  @Test
  void theReleasesDerivedFiguresAreRecomputedAndTheMismatchesNamed() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    assertThat(c.checks().checked()).isEqualTo(417);
    assertThat(c.checks().mismatches()).hasSize(34).allSatisfy(p -> assertThat(p.code()).isEqualTo(Rules.DERIVED));
    assertThat(c.checks().mismatches()).extracting(Problem::location)
        .contains("iij-fy2002.txt:operations-quarter:8:4", "iij-fy2002.txt:balance-sheet:5:4",
            "iij-fy2002.txt:operations-quarter:8:2");
    assertThat(c.checks().mismatches()).filteredOn(p -> p.location().endsWith("operations-quarter:8:4")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("prints 7.2").contains("931,399 / 13,036,439").contains("7.145"));
    assertThat(c.checks().mismatches()).filteredOn(p -> p.location().endsWith("operations-quarter:8:2")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("USD 7,888").contains("JPY 931,399 / 118.07 = 7888532"));
    assertThat(c.checks().mismatches()).noneMatch(p -> p.message().startsWith("year-over-year")
        || p.message().startsWith("quarter-over-quarter"));
  }

  @Test
  void aWrongChangePercentageIsCaught() throws Exception {
    Path doc = dir.resolve("changed.txt");
    String text = Files.readString(TestFiles.exampleDocument());
    Files.writeString(doc, text.replace("\t190.4\t", "\t180.4\t"));
    Conversion c = Finfile.convert(doc, TestFiles.exampleMapping());
    assertThat(c.checks().mismatches()).filteredOn(p -> p.message().startsWith("year-over-year")).singleElement()
        .satisfies(p -> {
          assertThat(p.location()).isEqualTo("changed.txt:operations-quarter:12:7");
          assertThat(p.message()).contains("prints 180.4").contains("(2,712,192 - 934,040) / 934,040").contains("190.37");
        });
  }
}
