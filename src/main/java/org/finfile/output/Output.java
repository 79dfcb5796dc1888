package org.finfile.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Optional;

/**
 * Where output goes: the one place that decides how a path given as {@code --out} is written.
 *
 * <ul>
 *   <li>{@code -}: standard output (one file only).
 *   <li>A regular file, or a path that does not exist: written beside it and moved into place
 *       atomically ({@link Staged}); a failure leaves what was there untouched.
 *   <li>An existing character or block device, or a FIFO: opened and written into; never
 *       replaced, never deleted.
 *   <li>A symbolic link: followed; what it points at is written by the same rules (a regular
 *       file there is replaced, the link itself stays). A link to nothing creates what it names.
 *   <li>A folder where a file is expected, or one of the inputs: {@link Refused}.
 * </ul>
 *
 * <pre>{@code
 * Output.Target target = Output.file(Path.of(out), standardOutput, List.of(input));
 * target.write(bytes);
 * }</pre>
 */
public final class Output {
  private static final int MAX_LINKS = 40;

  private Output() {}

  /** Where one output file goes. */
  public sealed interface Target permits Replace, Into, StandardOutput {
    /** Writes {@code bytes} there. */
    void write(byte[] bytes) throws IOException;

    /** The folder the file lands in, where its relative references resolve; empty when unknown. */
    Optional<Path> folder();
  }

  /** A regular file (or none yet): staged beside {@code path} and moved over it atomically. */
  public record Replace(Path path) implements Target {
    @Override
    public void write(byte[] bytes) throws IOException {
      Staged.writeFile(path, bytes);
    }

    @Override
    public Optional<Path> folder() {
      return Optional.of(path.toAbsolutePath().getParent());
    }
  }

  /** An existing device or FIFO: opened for writing and written into, never replaced. */
  public record Into(Path path) implements Target {
    @Override
    public void write(byte[] bytes) throws IOException {
      try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
    }

    @Override
    public Optional<Path> folder() {
      return Optional.empty();
    }
  }

  /** Standard output, as the caller's writer; the bytes are UTF-8 text. */
  public record StandardOutput(PrintWriter writer) implements Target {
    @Override
    public void write(byte[] bytes) {
      writer.print(new String(bytes, StandardCharsets.UTF_8));
      writer.flush();
    }

    @Override
    public Optional<Path> folder() {
      return Optional.empty();
    }
  }

  /** True for {@code -}, standard output. */
  public static boolean isStandardOutput(Path out) {
    return out.toString().equals("-");
  }

  /**
   * Where a one-file output {@code out} goes; {@code -} is {@code standardOutput}.
   *
   * @param inputs the files read, which the output must not be
   * @throws Refused when {@code out} is a folder or one of {@code inputs}
   */
  public static Target file(Path out, PrintWriter standardOutput, Collection<Path> inputs) throws IOException {
    if (isStandardOutput(out)) {
      return new StandardOutput(standardOutput);
    }
    BasicFileAttributes attributes = attributes(out);
    if (attributes == null) {
      return new Replace(Files.isSymbolicLink(out) ? linkedPath(out) : out);
    }
    if (attributes.isDirectory()) {
      throw new Refused(out + " is a folder; give a file name");
    }
    refuseInputs(out, inputs);
    return attributes.isRegularFile() ? new Replace(out.toRealPath()) : new Into(out);
  }

  /**
   * Checks a folder for a several-file output: it must be a folder or not exist, and not be
   * standard output.
   *
   * @throws Refused when it is {@code -} or exists and is not a folder
   */
  public static Path folder(Path out) throws IOException {
    if (isStandardOutput(out)) {
      throw new Refused("this writes several files: --out must be a folder, not - (standard output)");
    }
    BasicFileAttributes attributes = attributes(out);
    if (attributes != null && !attributes.isDirectory()) {
      throw new Refused(out + " is not a folder; several files are written there");
    }
    return out;
  }

  /** Refuses {@code out} when it is (through links) one of {@code inputs}. */
  static void refuseInputs(Path out, Collection<Path> inputs) throws IOException {
    for (Path input : inputs) {
      if (Files.exists(out) && Files.exists(input) && Files.isSameFile(out, input)) {
        throw new Refused(out + " is the input " + input + "; finfile will not write over what it reads");
      }
    }
  }

  /** The attributes of what {@code path} names, links followed; null when nothing is there. */
  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(path)) {
        throw new Refused(path + ": cannot follow the symbolic link (" + e.getReason() + ")");
      }
      throw e;
    }
  }

  /** The path a link to nothing names, through every link on the way. */
  private static Path linkedPath(Path link) throws IOException {
    Path p = link.toAbsolutePath();
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
      p = p.getParent().resolve(Files.readSymbolicLink(p));
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && Files.isSymbolicLink(p)) {
      throw new Refused(link + ": too many symbolic links");
    }
    return p;
  }
}
