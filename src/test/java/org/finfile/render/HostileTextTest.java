package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.model.Context;
import org.finfile.model.Entity;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.inline.InlineXbrl;
import org.junit.jupiter.api.Test;

/** A string fact holding markup, a javascript: URL or a formula renders as harmless text everywhere. */
class HostileTextTest {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String LINK = "javascript:alert(1)";
  static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

  static Filing hostile() {
    Context c = new Context("c", new Entity("http://x", "X<b>"), Period.instant(LocalDate.of(2003, 3, 31)));
    return new Filing(List.of("t.xsd"), Map.of("t", "urn:t"), List.of(c), List.of(), List.of(
        new Fact("a", new QName("urn:t", "Note"), c, null, new FactValue.Text(SCRIPT), null, null),
        new Fact("b", new QName("urn:t", "Link"), c, null, new FactValue.Text(LINK), null, null),
        new Fact("d", new QName("urn:t", "Formula"), c, null, new FactValue.Text(FORMULA), null, null)), List.of());
  }

  static String render(Renderer.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderer.render(hostile(), null, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void html() throws Exception {
    String html = render(Renderer.Format.HTML);
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(html).doesNotContainPattern("href=\"javascript").doesNotContain("<b>");
  }

  @Test
  void inlineXbrl() throws Exception {
    String page = render(Renderer.Format.IXBRL);
    assertThat(page).doesNotContain("<script").doesNotContainPattern("href=\"javascript");
    var back = InlineXbrl.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "memory:p", "p");
    assertThat(back.facts()).extracting(f -> ((FactValue.Text) f.value()).text()).containsExactlyInAnyOrder(SCRIPT, LINK, FORMULA);
  }

  @Test
  void csv() throws Exception {
    String csv = render(Renderer.Format.CSV);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(csv).doesNotContain(",=HYPERLINK");
  }

  @Test
  void json() throws Exception {
    var json = new ObjectMapper().readTree(render(Renderer.Format.XBRL_JSON));
    assertThat(json.path("facts").path("a").path("value").asText()).isEqualTo(SCRIPT);
    assertThat(json.path("facts").path("b").path("value").asText()).isEqualTo(LINK);
  }
}
