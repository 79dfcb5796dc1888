package org.finfile.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.finfile.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column headings say how long a period is as a reader would: months, fiscal years of 52/53 weeks, else days. */
class PeriodLengthTest {
  @ParameterizedTest
  @CsvSource({
      "2002-04-01, 2003-03-31, Year",
      "2022-01-01, 2022-12-31, Year",
      "2021-09-26, 2022-09-24, Year",          // 52 weeks (Apple's fiscal 2022)
      "2022-09-25, 2023-09-30, Year",          // 53 weeks
      "2024-12-29, 2025-03-29, 3 months",      // 13 weeks
      "2024-09-29, 2025-03-29, 6 months",      // 26 weeks
      "2002-10-01, 2002-12-31, 3 months",
      "2003-01-01, 2003-03-15, 74 days",       // neither whole months nor whole weeks
      "2003-03-01, 2003-03-01, 1 day"})
  void aDurationIsNamedByItsLength(LocalDate start, LocalDate end, String expected) {
    assertEquals(expected, Statements.length(new Period.Duration(start, end)));
  }
}
