package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {
  @Test
  void settingsAreReadAsTheCommandLineWritesThem() {
    Limits limits = Limits.defaults().with("depth=512").with("input-bytes=4g").with("text-chars = 64k");
    assertThat(limits.get(Limit.DEPTH)).isEqualTo(512);
    assertThat(limits.get(Limit.INPUT_BYTES)).isEqualTo(4L << 30);
    assertThat(limits.get(Limit.TEXT_CHARS)).isEqualTo(64L << 10);
    assertThat(limits.get(Limit.ATTRIBUTES)).isEqualTo(Limit.ATTRIBUTES.defaultValue());
    assertThat(Limits.defaults().get(Limit.DEPTH)).as("the defaults are not changed").isEqualTo(256);
  }

  @Test
  void aMalformedSettingSaysWhatIsWrong() {
    assertThatThrownBy(() -> Limits.defaults().with("depth")).hasMessageContaining("NAME=VALUE");
    assertThatThrownBy(() -> Limits.defaults().with("dept=3")).hasMessageContaining("no limit is named 'dept'")
        .hasMessageContaining("depth, attributes");
    assertThatThrownBy(() -> Limits.defaults().with("depth=-3")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Limits.defaults().with("depth=0")).hasMessageContaining("positive");
    assertThatThrownBy(() -> Limits.defaults().with("input-bytes=99999999999999999g")).hasMessageContaining("too large");
  }

  @Test
  void aMessageNamesTheLimitItsValueAndHowToRaiseIt() {
    InputException e = Limit.NUMBER_CHARS.exceeded("a.xml:3:5", "a number of 1200 characters");
    assertThat(e.getMessage()).isEqualTo(
        "a.xml:3:5: a number of 1200 characters (limit number-chars=1000; raise it with --limit number-chars=N)");
    assertThat(Limit.INPUT_BYTES.advice()).contains("input-bytes=1g");
  }

  @Test
  void installedLimitsAreTheOnesInForce() {
    Limits before = Limits.current();
    try {
      Limits.install(Limits.defaults().with(Limit.DEPTH, 7));
      assertThat(Limit.DEPTH.value()).isEqualTo(7);
    } finally {
      Limits.install(before);
    }
    assertThat(Limit.DEPTH.value()).isEqualTo(256);
  }
}
