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
}
