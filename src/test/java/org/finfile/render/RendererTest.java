package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
  @TempDir
  Path dir;

  static String csv(Filing filing, org.finfile.taxonomy.Taxonomy taxonomy) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(filing, taxonomy, Renderer.Format.CSV, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneCsvRowPerFactWithLabelsAndExactValues() throws Exception {
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    String csv = csv(c.filing(), c.taxonomy());
    List<String> rows = csv.lines().toList();
    assertThat(rows).hasSize(c.filing().facts().size() + 1);
    assertThat(csv).contains("\r\n");
    assertThat(rows.get(0)).startsWith("id,concept,label,");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("operations-quarter.r13c3,base:Revenues,Total revenues,")
        .contains(",2003-01-01,2003-03-31,,iso4217:JPY,-3,,13036439000,,iij-fy2002.txt:operations-quarter:13:3,\"13,036,439\""));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(",-446432000,"));
  }

  @Test
  void hostileTextIsHarmlessInCsv() throws Exception {
    Entity e = new Entity("http://x", "X");
    Context ctx = new Context("c", e, Period.instant(LocalDate.of(2003, 3, 31)));
    Unit jpy = Unit.of("JPY", new QName(Unit.ISO4217, "JPY"));
    Filing filing = new Filing(List.of("t.xsd"), Map.of("t", "urn:t"), List.of(ctx), List.of(jpy), List.of(
        new Fact("a", new QName("urn:t", "Note"), ctx, null, new FactValue.Text("=HYPERLINK(\"http://evil\",\"x\")"), null, null),
        new Fact("b", new QName("urn:t", "Note"), ctx, null, new FactValue.Text("@SUM(1,2)\nline"), null, null),
        new Fact("d", new QName("urn:t", "Loss"), ctx, jpy, new FactValue.Numeric(new BigDecimal("-5")), Accuracy.Decimals.of(0), null)),
        List.of());
    String csv = csv(filing, null);
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
    assertThat(csv).contains(",\"'@SUM(1,2)\nline\",");
    assertThat(csv).contains(",-5,");
    assertThat(csv).contains(",t:Note,Note,");
  }

  @Test
  void stylesheetsCannotReadFiles() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "MARKER-71c3");
    byte[] view = ("<v href='" + secret.toUri() + "'/>").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> Stylesheets.transform("test-reads-a-file.xsl", view, out))
        .isInstanceOf(IOException.class).hasMessageNotContaining("MARKER-71c3");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("MARKER-71c3");
  }
}
