package org.finfile.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Files written to a staging folder, not yet in place. Closing without committing discards them. */
public final class Staged implements AutoCloseable {
  private final Path folder;
  private final Path staging;
  private final List<String> files;
  private boolean committed;

  private Staged(Path folder, Path staging, List<String> files) {
    this.folder = folder;
    this.staging = staging;
    this.files = List.copyOf(files);
  }

  /** Stages {@code contents} (file name to bytes) for {@code folder}. */
  public static Staged of(Path folder, Map<String, byte[]> contents) throws IOException {
    Files.createDirectories(folder);
    Path staging = Files.createTempDirectory(folder, ".finfile-staging-");
    Staged staged = new Staged(folder, staging, new ArrayList<>(contents.keySet()));
    try {
      for (Map.Entry<String, byte[]> f : contents.entrySet()) {
        Path file = staging.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          out.write(f.getValue());
        }
      }
    } catch (IOException e) {
      staged.close();
      throw e;
    }
    return staged;
  }

  /** Where the first file (the instance) is while staged, to check it before committing. */
  public Path firstStaged() {
    return staging.resolve(files.get(0));
  }

  /**
   * Moves every file into place. If any move fails, the files already moved are taken back
   * and what they replaced is restored.
   *
   * @return the files now in place, first file first
   */
  public List<Path> commit() throws IOException {
    return commit(List.of());
  }

  /**
   * Moves every file into place, as {@link #commit()}, unless one would replace a file of
   * {@code keep} (the inputs) or a device or FIFO ({@link Refused}), or a folder (an
   * {@link IOException}): then nothing is moved. A symbolic link in the folder is replaced by the
   * file; what it pointed at is left as it was.
   *
   * @throws Refused when a file would replace an input, a device or a FIFO
   */
  public List<Path> commit(Collection<Path> keep) throws IOException {
    for (String f : files) {
      Path target = folder.resolve(f).normalize();
      BasicFileAttributes there = attributes(target);
      if (there != null && there.isDirectory()) {
        throw new IOException(target + " is a folder; finfile will not replace it with a file");
      }
      if (there != null && there.isOther()) {
        throw new Refused(target + " is a device or FIFO; finfile will not replace it with a file");
      }
      if (there != null && !there.isSymbolicLink()) {
        Output.refuseInputs(target, keep);
      }
      for (Path p = target.getParent(); p != null && p.startsWith(folder) && !p.equals(folder); p = p.getParent()) {
        if (Files.exists(p) && !Files.isDirectory(p)) {
          throw new IOException(p + " is a file where finfile needs a folder");
        }
      }
    }
    Path backups = staging.resolve(".replaced");
    Deque<Path[]> done = new ArrayDeque<>();
    List<Path> createdDirs = new ArrayList<>();
    try {
      for (String f : files) {
        Path target = folder.resolve(f).normalize();
        for (Path p = target.getParent(); !Files.exists(p); p = p.getParent()) {
          createdDirs.add(0, p);
        }
        Files.createDirectories(target.getParent());
        Path backup = null;
        if (Files.exists(target)) {
          backup = backups.resolve(f);
          Files.createDirectories(backup.getParent());
          move(target, backup);
        }
        done.push(new Path[] {target, backup});
        move(staging.resolve(f), target);
      }
      committed = true;
    } catch (IOException e) {
      while (!done.isEmpty()) {
        Path[] step = done.pop();
        Files.deleteIfExists(step[0]);
        if (step[1] != null) {
          move(step[1], step[0]);
        }
      }
      createdDirs.stream().sorted(Comparator.reverseOrder()).forEach(d -> {
        try {
          Files.deleteIfExists(d);
        } catch (IOException ignored) {
          // a folder another process filled is left in place
        }
      });
      throw e;
    } finally {
      close();
    }
    return files.stream().map(f -> folder.resolve(f).normalize()).toList();
  }

  /** Deletes the staging folder (and, if not committed, everything staged in it). */
  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  public boolean committed() {
    return committed;
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Writes one file atomically: staged beside {@code target}, then moved into place. To write
   * where a user points, with devices, FIFOs and standard output, use {@link Output}.
   */
  public static void writeFile(Path target, byte[] bytes) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    try (Staged staged = of(parent, Map.of(target.getFileName().toString(), bytes))) {
      staged.commit();
    }
  }
}
