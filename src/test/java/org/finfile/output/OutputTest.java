package org.finfile.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each kind of path is written: staged, written into, standard output, or refused. */
class OutputTest {
  @TempDir
  Path dir;
  final StringWriter stdout = new StringWriter();
  final PrintWriter writer = new PrintWriter(stdout);

  @Test
  void aMissingOrRegularFileIsReplacedAtItsRealPath() throws Exception {
    Path missing = dir.resolve("new.txt");
    assertThat(Output.file(missing, writer, List.of())).isEqualTo(new Output.Replace(missing));
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    Output.Target target = Output.file(link, writer, List.of());
    assertThat(target).isEqualTo(new Output.Replace(real.toRealPath()));
    target.write("new".getBytes(StandardCharsets.UTF_8));
    assertThat(real).content().isEqualTo("new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aLinkToNothingNamesWhatItPointsAt() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("sub", "made.txt"));
    Output.file(link, writer, List.of()).write("made".getBytes(StandardCharsets.UTF_8));
    assertThat(dir.resolve("sub/made.txt")).content().isEqualTo("made");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aLinkToItselfIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
    assertThatThrownBy(() -> Output.file(link, writer, List.of())).isInstanceOf(Refused.class)
        .hasMessageContaining("symbolic link");
  }

  @Test
  void aDashIsStandardOutput() throws Exception {
    Output.file(Path.of("-"), writer, List.of()).write("text".getBytes(StandardCharsets.UTF_8));
    assertThat(stdout.toString()).isEqualTo("text");
    assertThatThrownBy(() -> Output.folder(Path.of("-"))).isInstanceOf(Refused.class);
  }

  @Test
  void aFifoIsWrittenInto() throws Exception {
    assumeTrue(System.getProperty("os.name").contains("Linux"), "FIFOs on Linux");
    Path fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo works");
    assertThat(Output.file(fifo, writer, List.of())).isEqualTo(new Output.Into(fifo));
    assertThatThrownBy(() -> Output.folder(fifo)).isInstanceOf(Refused.class).hasMessageContaining("is not a folder");
  }

  @Test
  void aFolderOrAnInputIsRefused() throws Exception {
    assertThatThrownBy(() -> Output.file(dir, writer, List.of())).isInstanceOf(Refused.class)
        .hasMessageEndingWith("is a folder; give a file name");
    Path input = Files.writeString(dir.resolve("in.xml"), "x");
    assertThatThrownBy(() -> Output.file(dir.resolve("./in.xml"), writer, List.of(input))).isInstanceOf(Refused.class)
        .hasMessageEndingWith("finfile will not write over what it reads");
  }

  @Test
  void aStagedCommitNeverReplacesAnInputAndMovesNothingThen() throws Exception {
    Path input = Files.writeString(dir.resolve("b.txt"), "input");
    try (Staged staged = Staged.of(dir, Map.of("a.txt", new byte[] {'a'}, "b.txt", new byte[] {'b'}))) {
      assertThatThrownBy(() -> staged.commit(List.of(input))).isInstanceOf(Refused.class);
    }
    assertThat(input).content().isEqualTo("input");
    assertThat(dir.resolve("a.txt")).doesNotExist();
  }
}
