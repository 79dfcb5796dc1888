package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Messages quote input within bounds and stay on one line. */
class InputExceptionTest {
  @Test
  void shortTextIsQuotedWhole() {
    assertThat(InputException.quote("Net revenues")).isEqualTo("'Net revenues'");
    assertThat(InputException.clip("x".repeat(InputException.QUOTE_CHARS))).isEqualTo("x".repeat(InputException.QUOTE_CHARS));
  }

  @Test
  void longTextIsCutWithAnEllipsis() {
    assertThat(InputException.quote("x".repeat(50_000_000))).isEqualTo("'" + "x".repeat(100) + "…'");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(99) + "😀" + "tail";
    assertThat(InputException.clip(text)).isEqualTo("x".repeat(99) + "…");
  }

  @Test
  void quotedTextIsOnOneLine() {
    assertThat(InputException.quote("two\r\n  lines")).isEqualTo("'two lines'");
  }

  @Test
  void aHugeProblemKeepsItsBeginningAndItsEnd() {
    InputException e = new InputException("m.xml:3:4", "Value '" + "1".repeat(1_000_000) + "' is not facet-valid with respect to pattern");
    assertThat(e.problem()).startsWith("Value '111").endsWith("' is not facet-valid with respect to pattern").contains("…");
    assertThat(e.getMessage()).hasSizeLessThan(InputException.PROBLEM_CHARS + 20).startsWith("m.xml:3:4: Value");
  }

  @Test
  void oneLineFoldsLineBreaksAndTheSpaceAroundThem() {
    assertThat(InputException.oneLine("  a \r\n\t b  c\nd ")).isEqualTo("a b  c d");
    assertThat(InputException.oneLine(null)).isEmpty();
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void oneLineTakesLinearTimeOverLongRunsOfSpace() {
    String spaces = "a" + " ".repeat(1_000_000) + "b";
    assertThat(InputException.oneLine(spaces)).isEqualTo(spaces);
  }

  @Test
  void anotherLibrarysLongQuotesAreCutLikeOurs() {
    String name = "a".repeat(1_000_000);
    String message = "cvc-complex-type.2.4.a: Invalid content was found starting with element '" + name + "'. One of \"" + name
        + "\" is expected.";
    String clipped = InputException.clipQuotes(message);
    assertThat(clipped).isEqualTo("cvc-complex-type.2.4.a: Invalid content was found starting with element '" + "a".repeat(100)
        + "…'. One of \"" + "a".repeat(100) + "…\" is expected.");
    assertThat(InputException.clipQuotes("a short 'quote' stays")).isEqualTo("a short 'quote' stays");
  }
}
