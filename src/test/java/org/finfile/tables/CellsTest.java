package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dedicated access services (2)                            | Dedicated access services",
      "Dedicated access services(2)                             | Dedicated access services",
      "<i>Internet Data Center Connectivity Services</i> ⁽²⁾    | Internet Data Center Connectivity Services",
      "Depreciation and amortization ⁽⁴⁾                        | Depreciation and amortization",
      "<u>Total revenues</u>                                    | Total revenues",
      "Revenues:                                                | Revenues",
      "Minority interests in net (loss) income of consolidated subsidiaries | Minority interests in net (loss) income of consolidated subsidiaries",
      "USD ⁽¹⁾                                                  | USD",
      "<i>IP Service</i> 64kbps – 128kbps                       | IP Service 64kbps – 128kbps",
  })
  void labelsLoseMarkupFootnoteMarkersAndTrailingColons(String cell, String label) {
    assertThat(Cells.label(cell)).isEqualTo(label);
  }

  @org.junit.jupiter.api.Test
  void trailingSuperscriptMarkersGoButInnerOnesStay() {
    assertThat(Cells.label("Revenues¹²")).isEqualTo("Revenues");
    assertThat(Cells.label("Revenues² net")).isEqualTo("Revenues² net");
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aLongRunOfSuperscriptsInsideALabelTakesLinearTime() {
    String label = "a" + "¹".repeat(300_000) + "b";
    assertThat(Cells.label(label)).isEqualTo(label);
  }
}
