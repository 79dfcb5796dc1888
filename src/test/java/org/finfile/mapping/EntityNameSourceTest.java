package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.finfile.TestFiles;
import org.finfile.Finfile;
import org.finfile.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity's name is sourced at the heading line it was read from, not at row 0 of a table. */
class EntityNameSourceTest {
  @TempDir
  Path dir;

  @Test
  void theEntityNameFactPointsAtItsHeadingLine() throws Exception {
    String doc = "Notes\n\nACME WIDGETS INC.\nSales\n\n\tFY2002\nRevenue\t5\n";
    Conversion c = SmallDocument.convert(dir, "acme.txt", doc,
        SmallDocument.head("name-pattern=\"^ACME WIDGETS\" name-concept=\"base:EntityRegistrantName\" name-period=\"FY2002\"")
        + """
          <table id="sales" title="Sales" header-rows="1" scale="0" currency="JPY"><heading>Sales</heading>
            <row label="Revenue" concept="base:Revenues"/>
          </table>
        </mapping>
        """);
    Fact name = c.filing().facts().stream().filter(f -> f.concept().getLocalPart().equals("EntityRegistrantName"))
        .findFirst().orElseThrow();
    assertThat(name.source().location()).isEqualTo("acme.txt:3");
    assertThat(name.source().line()).isEqualTo(3);
    assertThat(name.source().isCell()).isFalse();
    assertThat(name.source().text()).isEqualTo("ACME WIDGETS INC.");
  }

  @Test
  void theExamplesEntityNameIsSourcedAtLine64() throws Exception {
    Fact name = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping()).filing().facts().stream()
        .filter(f -> f.concept().getLocalPart().equals("EntityRegistrantName")).findFirst().orElseThrow();
    assertThat(name.source().location()).isEqualTo("iij-fy2002.txt:64");
  }
}
