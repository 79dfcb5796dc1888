package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level count of attributes and namespace declarations per start tag. */
class MarkupGuardTest {
  private static String declarations(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(" xmlns:p").append(i).append("='urn:").append(i).append("'");
    }
    return b.toString();
  }

  private static void readThrough(String document) throws IOException {
    try (InputStream in = new MarkupGuard(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "d.xml")) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  @Test
  void aTagOverTheLimitIsStoppedWhereItIsRead() {
    assertThatThrownBy(() -> readThrough("<?xml version='1.0'?>\n<r" + declarations(1001) + "/>"))
        .isInstanceOf(MarkupGuard.LimitIOException.class)
        .hasMessage("an element with more than 1000 attributes and namespace declarations"
            + " (limit attributes=1000; raise it with --limit attributes=N)");
  }

  @Test
  void aTagAtTheLimitAndManyTagsBelowItPass() throws IOException {
    readThrough("<r" + declarations(1000) + "><a" + declarations(999) + "/><b x='1' y='2'/></r>");
    readThrough("<r>" + "<a x='1' y='2'/>".repeat(10_000) + "</r>");
  }

  @Test
  void equalsSignsOutsideTagsOrInsideQuotesAreNotCounted() throws IOException {
    String many = "=".repeat(5_000);
    readThrough("<r a='" + many + "' b=\"" + many + "\">" + many
        + "<!-- <x " + many + " --> <![CDATA[ <x " + many + " ]]> <?pi " + many + " ?>" + "</r>");
  }

  @Test
  void aCommentEndsOnlyAtItsClose() {
    // "-->" and not a ">" inside the comment ends it: the tag after it is counted
    assertThatThrownBy(() -> readThrough("<!-- a > b --><r" + declarations(1001) + "/>"))
        .isInstanceOf(MarkupGuard.LimitIOException.class);
  }

  @Test
  void theParserSeesTheLimitAsOneOfFinfiles() throws Exception {
    byte[] doc = ("<r" + declarations(5000) + "/>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> {
      var xml = XmlSecurity.streamReader(new ByteArrayInputStream(doc), "d.xml");
      while (xml.hasNext()) {
        xml.next();
      }
    }).satisfies(e -> assertThat(XmlSecurity.problem(e.getMessage())).startsWith("an element with more than 1000"));
  }

  @Test
  void aTextOrValueLongerThanTheTextLimitIsStoppedBeforeTheParserBuildsIt() throws Exception {
    org.finfile.Limits before = org.finfile.Limits.current();
    try {
      org.finfile.Limits.install(org.finfile.Limits.defaults().with(org.finfile.Limit.TEXT_CHARS, 10));
      readThrough("<r a='0123456789'>0123456789<![CDATA[0123456789]]>é€😀é€😀é€😀é</r>");
      for (String tooLong : new String[] {"<r>0123456789x</r>", "<r a='0123456789x'/>", "<r><![CDATA[0123456789x]]></r>",
          "<r>é€😀é€😀é€😀éx</r>"}) {
        assertThatThrownBy(() -> readThrough(tooLong)).as(tooLong).isInstanceOf(MarkupGuard.LimitIOException.class)
            .hasMessage("a text or attribute value of more than 10 characters (limit text-chars=10; raise it with --limit text-chars=N)");
      }
    } finally {
      org.finfile.Limits.install(before);
    }
  }
}
