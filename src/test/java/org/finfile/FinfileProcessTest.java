package org.finfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinfileProcessTest {
  @TempDir Path dir;

  @Test
  void aFreshJvmRunsTheCommandLineAndReportsItsExit() throws Exception {
    FinfileProcess.Result r = FinfileProcess.run(dir, Duration.ofSeconds(60), "render", "missing.xml", "--to", "csv");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("missing.xml");
  }
}
