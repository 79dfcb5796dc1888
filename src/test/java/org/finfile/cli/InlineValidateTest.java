package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on an inline page that breaks an inline rule: invalid (exit 1), the rule's code, one line with the page's location. */
class InlineValidateTest {
  private static final String PAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\""
      + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:t=\"urn:t\" xml:lang=\"en\">\n"
      + "<head><title>t</title></head><body><div style=\"display: none\"><ix:header>"
      + "<ix:references><link:schemaRef xlink:type=\"simple\" xlink:href=\"t.xsd\"/></ix:references><ix:resources>"
      + "<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"http://x\">X</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>"
      + "</ix:resources></ix:header></div>\n"
      + "<p><ix:nonNumeric name=\"t:A\" contextRef=\"c\" id=\"a\" continuedAt=\"k9\">a</ix:nonNumeric></p></body></html>";

  @TempDir
  Path dir;

  @Test
  void aBrokenContinuationChainIsInvalidUnderItsCode() throws Exception {
    Path page = dir.resolve("page.xhtml");
    Files.writeString(page, PAGE);
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", page.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains(page + ":3:").contains("error [ix-continuation] continuedAt k9 names no ix:continuation");
  }
}
