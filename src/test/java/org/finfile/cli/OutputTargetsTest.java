package org.finfile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.finfile.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code --out} writes: standard output for {@code -}, into a device or FIFO (never over
 * it), through a symbolic link, never over an input; FIFOs as input are refused, not waited on.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutputTargetsTest {
  @TempDir
  static Path shared;
  static Path converted;

  @TempDir
  Path dir;
  Path instance;

  @BeforeAll
  static void convert() {
    converted = shared.resolve("filing");
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", converted.toString()).code()).isZero();
  }

  @BeforeEach
  void copy() throws IOException {
    Path filing = dir.resolve("filing");
    try (Stream<Path> files = Files.walk(converted)) {
      for (Path p : files.toList()) {
        Path to = filing.resolve(converted.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    instance = filing.resolve("iij-fy2002.xml");
  }

  @Test
  void validateWritesIntoAFifoAndLeavesItAFifo() throws Exception {
    Path fifo = fifo(dir.resolve("report.fifo"));
    CompletableFuture<String> read = reader(fifo);
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", instance.toString(), "--out", fifo.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(read.get(20, TimeUnit.SECONDS)).contains("1 file: 0 errors");
    assertThat(run.out()).contains("1 file: 0 errors");
    assertThat(attributes(fifo).isOther()).as("still a FIFO").isTrue();
  }

  @Test
  void aSymbolicLinkToAFifoIsFollowedAndTheFifoWrittenInto() throws Exception {
    Path fifo = fifo(dir.resolve("page.fifo"));
    Path link = Files.createSymbolicLink(dir.resolve("page.html"), fifo);
    CompletableFuture<String> read = reader(fifo);
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", instance.toString(), "--to", "html", "--out", link.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(read.get(20, TimeUnit.SECONDS)).contains("<html");
    assertThat(attributes(fifo).isOther()).isTrue();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aDashIsStandardOutput() throws Exception {
    Path dash = Path.of("-");
    try {
      ConvertCommandTest.Run validate = ConvertCommandTest.run("validate", instance.toString(), "--format", "json", "--out", "-");
      assertThat(validate.code()).as(validate.err()).isZero();
      assertThat(validate.out()).startsWith("{").contains("\"errors\"");
      ConvertCommandTest.Run render = ConvertCommandTest.run("render", instance.toString(), "--to", "html", "--out", "-");
      assertThat(render.code()).as(render.err()).isZero();
      assertThat(render.out()).contains("<html");
      assertThat(dash).doesNotExist();
    } finally {
      delete(dash);
    }
  }

  @Test
  void severalFilesToStandardOutputIsAUsageError() throws Exception {
    Path dash = Path.of("-");
    try {
      ConvertCommandTest.Run render = ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-csv", "--out", "-");
      assertThat(render.code()).isEqualTo(2);
      assertThat(render.err()).startsWith("finfile: this writes several files: --out must be a folder, not -");
      ConvertCommandTest.Run convert = ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", "-");
      assertThat(convert.code()).isEqualTo(2);
      assertThat(dash).doesNotExist();
    } finally {
      delete(dash);
    }
  }

  @Test
  void theInputAsOutputIsRefused() throws Exception {
    byte[] before = Files.readAllBytes(instance);
    ConvertCommandTest.Run validate = ConvertCommandTest.run("validate", instance.toString(), "--out", instance.toString());
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err().lines().toList()).hasSize(1);
    assertThat(validate.err()).contains("finfile will not write over what it reads");
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-json", "--out", instance.toString());
    assertThat(render.code()).isEqualTo(2);
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), instance);
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "html", "--out", link.toString()).code()).isEqualTo(2);
    assertThat(Files.readAllBytes(instance)).isEqualTo(before);

    Path csv = dir.resolve("csv");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-csv", "--out", csv.toString()).code()).isZero();
    Path metadata = csv.resolve("iij-fy2002-metadata.json");
    Files.writeString(metadata, Files.readString(metadata) + " ");
    byte[] metadataBefore = Files.readAllBytes(metadata);
    ConvertCommandTest.Run again = ConvertCommandTest.run("render", metadata.toString(), "--to", "xbrl-csv", "--out", csv.toString());
    assertThat(again.code()).as(again.err()).isEqualTo(2);
    assertThat(Files.readAllBytes(metadata)).isEqualTo(metadataBefore);
  }

  @Test
  void aConversionThatWouldWriteOverItsDocumentOrMappingIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("doc"));
    Path document = Files.copy(TestFiles.exampleDocument(), folder.resolve("iij.xml"));
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", document.toString(),
        "--mapping", TestFiles.exampleMapping().toString(), "--out", folder.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(Files.readAllBytes(document)).isEqualTo(Files.readAllBytes(TestFiles.exampleDocument()));
    assertThat(folder.resolve("iij.xbr")).doesNotExist();

    Path out = Files.createDirectories(dir.resolve("out"));
    Path mapping = Files.copy(TestFiles.exampleMapping(), out.resolve("iij-fy2002.xbr"));
    run = ConvertCommandTest.run("convert", TestFiles.exampleDocument().toString(), "--mapping", mapping.toString(),
        "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(Files.readAllBytes(mapping)).isEqualTo(Files.readAllBytes(TestFiles.exampleMapping()));
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
    Path page = Files.writeString(dir.resolve("page.html"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), page);
    ConvertCommandTest.Run run = ConvertCommandTest.run("render", instance.toString(), "--to", "html", "--out", link.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(page).content().contains("<html");

    Path missing = dir.resolve("made.html");
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), missing.getFileName());
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "html", "--out", dangling.toString()).code()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(missing).content().contains("<html");
  }

  @Test
  void aFolderWhereAFileIsExpectedAndAFileWhereAFolderIsAreUsageErrors() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    ConvertCommandTest.Run run = ConvertCommandTest.run("validate", instance.toString(), "--out", folder.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("finfile: " + folder + " is a folder; give a file name");
    Path file = Files.writeString(dir.resolve("file"), "keep");
    assertThat(ConvertCommandTest.run("render", instance.toString(), "--to", "xbrl-csv", "--out", file.toString()).code())
        .isEqualTo(2);
    assertThat(ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", file.toString()).code()).isEqualTo(2);
    assertThat(file).content().isEqualTo("keep");
  }

  @Test
  void aFifoInsideAnOutputFolderIsNotReplaced() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path fifo = fifo(out.resolve("iij-fy2002.xml"));
    ConvertCommandTest.Run run = ConvertCommandTest.run("convert", TestFiles.example().toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("finfile: " + fifo + " is a device or FIFO; finfile will not replace it with a file");
    assertThat(attributes(fifo).isOther()).isTrue();
    assertThat(out.resolve("iij-fy2002.xbr")).doesNotExist();
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoAsDocumentIsRefusedAtOnce() throws Exception {
    Path fifo = fifo(dir.resolve("input.fifo"));
    ConvertCommandTest.Run document = ConvertCommandTest.run("convert", fifo.toString(),
        "--mapping", TestFiles.exampleMapping().toString(), "--out", dir.resolve("a").toString());
    assertThat(document.code()).isEqualTo(3);
    assertThat(document.err()).isEqualTo("finfile: " + fifo + ": not a regular file" + System.lineSeparator());
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoAsMappingIsRefusedAtOnce() throws Exception {
    Path fifo = fifo(dir.resolve("mapping.fifo"));
    Path text = Files.copy(TestFiles.exampleDocument(), dir.resolve("doc.txt"));
    ConvertCommandTest.Run mapping = ConvertCommandTest.run("convert", text.toString(), "--mapping", fifo.toString(),
        "--out", dir.resolve("b").toString());
    assertThat(mapping.code()).isEqualTo(3);
    assertThat(mapping.err()).isEqualTo("finfile: " + fifo + ": not a regular file" + System.lineSeparator());
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoToRenderOrRoundtripIsRefusedAtOnce() throws Exception {
    Path fifo = fifo(dir.resolve("input.fifo"));
    ConvertCommandTest.Run render = ConvertCommandTest.run("render", fifo.toString(), "--to", "html");
    assertThat(render.code()).isEqualTo(3);
    assertThat(render.err()).contains("not a regular file");
    ConvertCommandTest.Run roundtrip = ConvertCommandTest.run("roundtrip", fifo.toString());
    assertThat(roundtrip.code()).isEqualTo(3);
    assertThat(roundtrip.err()).contains("not a regular file");
  }

  /** A FIFO made with mkfifo; the test is skipped where there is none. */
  static Path fifo(Path path) throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "FIFOs on Linux");
    Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo works");
    return path;
  }

  /** Reads a FIFO to its end on a daemon thread. */
  static CompletableFuture<String> reader(Path fifo) {
    CompletableFuture<String> read = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        read.complete(new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8));
      } catch (IOException e) {
        read.completeExceptionally(e);
      }
    });
    t.setDaemon(true);
    t.start();
    return read;
  }

  static BasicFileAttributes attributes(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private static void delete(Path path) throws IOException {
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
