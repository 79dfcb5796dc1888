package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.junit.jupiter.api.Test;

/** A context the model cannot hold is refused in one line that says where and what. */
class ContextReaderTest {
  private static final String HEAD = "<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'\n"
      + " xmlns:link='http://www.xbrl.org/2003/linkbase' xmlns:xlink='http://www.w3.org/1999/xlink'\n"
      + " xmlns:xbrldi='http://xbrl.org/2006/xbrldi' xmlns:d='http://example.com/d' xmlns:t='http://example.com/t'>\n"
      + "<link:schemaRef xlink:type='simple' xlink:href='t.xsd'/>\n";

  private static Filing read(String segment, String period) throws InputException {
    String xml = HEAD + "<xbrli:context id='c'><xbrli:entity><xbrli:identifier scheme='http://x'>X</xbrli:identifier>\n"
        + (segment == null ? "" : "<xbrli:segment>\n" + segment + "\n</xbrli:segment>")
        + "</xbrli:entity>\n<xbrli:period>" + period + "</xbrli:period></xbrli:context>\n"
        + "<t:A contextRef='c'>x</t:A></xbrli:xbrl>";
    return InstanceReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "memory:t.xml", "t.xml");
  }

  private static Filing segment(String content) throws InputException {
    return read(content, "<xbrli:instant>2003-03-31</xbrli:instant>");
  }

  private static Filing period(String content) throws InputException {
    return read(null, content);
  }

  private static void refused(ThrowingRead read, String location, String message) {
    assertThatThrownBy(read::run).isInstanceOf(InputException.class)
        .hasMessageStartingWith(location).hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private interface ThrowingRead {
    void run() throws Exception;
  }

  @Test
  void anExplicitMemberWithoutDimensionIsRefused() {
    refused(() -> segment("<xbrldi:explicitMember>d:M</xbrldi:explicitMember>"),
        "t.xml:7:", "context c: explicitMember without a dimension attribute");
  }

  @Test
  void aMemberThatIsNoQNameOrHasAnUnboundPrefixIsRefused() {
    refused(() -> segment("<xbrldi:explicitMember dimension='d:Axis'>d:Not a name</xbrldi:explicitMember>"),
        "t.xml:7:", "the member of Axis 'd:Not a name' is not a QName");
    refused(() -> segment("<xbrldi:explicitMember dimension='d:Axis'>nope:Member</xbrldi:explicitMember>"),
        "t.xml:7:", "the member of Axis 'nope:Member' uses the prefix nope, which is not declared");
    refused(() -> segment("<xbrldi:explicitMember dimension='zz:Axis'>d:M</xbrldi:explicitMember>"),
        "t.xml:7:", "dimension 'zz:Axis' uses the prefix zz, which is not declared");
    refused(() -> segment("<xbrldi:explicitMember dimension='d:Axis'><d:M/></xbrldi:explicitMember>"),
        "t.xml:7:", "explicitMember holds an element");
  }

  @Test
  void aTypedMemberHoldsExactlyOneElement() {
    refused(() -> segment("<xbrldi:typedMember dimension='d:Axis'></xbrldi:typedMember>"),
        "t.xml:7:", "typedMember of Axis holds no element");
    refused(() -> segment("<xbrldi:typedMember dimension='d:Axis'><d:v>1</d:v>\n<d:v>2</d:v></xbrldi:typedMember>"),
        "t.xml:8:", "typedMember of Axis holds a second element");
    refused(() -> segment("<xbrldi:typedMember><d:v>1</d:v></xbrldi:typedMember>"),
        "t.xml:7:", "typedMember without a dimension attribute");
  }

  @Test
  void aDimensionTwiceInOneSegmentIsRefused() {
    refused(() -> segment("<xbrldi:explicitMember dimension='d:Axis'>d:A</xbrldi:explicitMember>\n"
        + "<xbrldi:typedMember dimension='d:Axis'><d:v>1</d:v></xbrldi:typedMember>"),
        "t.xml:8:", "dimension d:Axis appears twice in one segment");
  }

  @Test
  void anEmptySegmentIsRefused() {
    refused(() -> segment(""), "t.xml:6:", "an empty segment");
  }

  @Test
  void aBadDateOrDateTimeIsRefused() {
    refused(() -> period("<xbrli:instant>2003-02-30</xbrli:instant>"),
        "t.xml:7:", "instant '2003-02-30' is neither an xs:date nor an xs:dateTime");
    refused(() -> period("<xbrli:instant>2003-03-31T25:00:00</xbrli:instant>"),
        "t.xml:7:", "instant '2003-03-31T25:00:00' is neither");
    refused(() -> period("<xbrli:startDate>2003-01-01T00:00</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate>"),
        "t.xml:7:", "startDate '2003-01-01T00:00' is neither");
    refused(() -> period("<xbrli:startDate>2003-01-01</xbrli:startDate><xbrli:endDate>2003-03-31+15:00</xbrli:endDate>"),
        "t.xml:7:", "endDate '2003-03-31+15:00' is neither");
    refused(() -> period("<xbrli:startDate>2003-04-01</xbrli:startDate><xbrli:endDate>2003-03-31</xbrli:endDate>"),
        "t.xml:7:", "period ends 2003-03-31 before it starts 2003-04-01");
  }

  @Test
  void aPeriodOutOfOrderOrIncompleteIsRefused() {
    refused(() -> period("<xbrli:endDate>2003-03-31</xbrli:endDate>"), "t.xml:7:", "unexpected xbrli:endDate here");
    refused(() -> period("<xbrli:startDate>2003-03-31</xbrli:startDate>"), "t.xml:7:", "context c has an incomplete period");
    refused(() -> period("<xbrli:instant>2003-03-31</xbrli:instant><xbrli:forever/>"), "t.xml:7:",
        "unexpected xbrli:forever here");
  }

  @Test
  void aContextMissingItsEntityOrPeriodIsRefused() {
    String xml = HEAD + "<xbrli:context id='c'><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context></xbrli:xbrl>";
    assertThatThrownBy(() -> InstanceReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        "memory:t.xml", "t.xml")).isInstanceOf(InputException.class).hasMessageStartingWith("t.xml:5:")
        .hasMessageContaining("unexpected xbrli:period here");
  }
}
