package org.finfile.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.finfile.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The instance finfile extracts from Apple's inline 10-Q (aapl-20250329.htm) equals the one the
 * SEC extracted (aapl-20250329_htm.xml), fact by fact: concept, context by value, unit by value,
 * decimals and value (numbers by numeric value, text exactly, escaped text blocks as the SEC
 * serializes their XHTML).
 */
class InlineTwinTest {
  private static final Path DIR = TestFiles.base().resolve("../shared/filings/aapl2025-inline").normalize();

  @Test
  void extractedInstanceEqualsTheSecTwinFactByFact() throws Exception {
    Path page = DIR.resolve("aapl-20250329.htm");
    Path twin = DIR.resolve("aapl-20250329_htm.xml");
    assumeTrue(Files.isRegularFile(page) && Files.isRegularFile(twin),
        "the Apple inline 10-Q and its SEC-extracted instance are in ../shared/filings/aapl2025-inline");
    byte[] extracted;
    try (InputStream in = Files.newInputStream(page)) {
      extracted = InlineXbrl.extract(in, page.toUri().toString(), page.toString());
    }
    List<InstanceFacts.Seen> ours = InstanceFacts.read(extracted);
    List<InstanceFacts.Seen> theirs;
    try (InputStream in = Files.newInputStream(twin)) {
      theirs = InstanceFacts.read(in);
    }
    assertThat(theirs).hasSize(760);
    assertThat(ours).hasSize(760);
    Map<String, InstanceFacts.Seen> byId = new HashMap<>();
    ours.forEach(f -> byId.put(f.id(), f));
    List<String> differences = new ArrayList<>();
    for (InstanceFacts.Seen expected : theirs) {
      InstanceFacts.Seen actual = byId.get(expected.id());
      if (actual == null) {
        differences.add(expected.id() + ": missing");
      } else if (!actual.key().equals(expected.key())) {
        differences.add(expected.id() + ":\n  sec: " + clip(expected.key()) + "\n  us:  " + clip(actual.key()));
      }
    }
    assertThat(differences).as("facts that differ from the SEC's extraction").isEmpty();
    // what the comparison compared, spot-checked: a duration, a date, a code, a scaled number, a text block
    assertThat(byId.get("f-696").value()).isEqualTo("P2Y8M12D");
    assertThat(byId.get("f-3").value()).isEqualTo("2025-03-29");
    assertThat(byId.get("f-17").value()).isEqualTo("NASDAQ");
    assertThat(byId.get("f-639").value()).isEqualTo("2");
    assertThat(byId.get("f-359").value()).startsWith("<div style=\"margin-top:9pt;text-align:justify\"><span ");
    assertThat(byId.get("f-2").context()).contains("startDate=2024-09-29").contains("endDate=2025-03-29");
    assertThat(byId.get("f-17").context()).contains("{http://fasb.org/us-gaap/2024}StatementClassOfStockAxis=");
  }

  private static String clip(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }

  @Test
  void theFilingReadFromThePageEqualsTheFilingReadFromTheTwin() throws Exception {
    Path page = DIR.resolve("aapl-20250329.htm");
    Path twin = DIR.resolve("aapl-20250329_htm.xml");
    assumeTrue(Files.isRegularFile(page) && Files.isRegularFile(twin),
        "the Apple inline 10-Q and its SEC-extracted instance are in ../shared/filings/aapl2025-inline");
    org.finfile.model.Filing ours = InlineXbrl.read(page);
    org.finfile.model.Filing theirs = org.finfile.xml.InstanceReader.read(twin);
    assertThat(ours.facts()).hasSize(760);
    assertThat(InlineXbrlTest.seen(ours)).containsExactlyInAnyOrderElementsOf(InlineXbrlTest.seen(theirs));
    assertThat(ours.contexts()).containsExactlyInAnyOrderElementsOf(theirs.contexts());
    assertThat(ours.units()).containsExactlyInAnyOrderElementsOf(theirs.units());
    assertThat(ours.lang()).isEqualTo("en-US");
  }
}
