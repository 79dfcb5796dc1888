package org.finfile.packages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.finfile.InputException;

/**
 * Unpacks a ZIP archive that a stranger sent, into a folder of finfile's own, or refuses it with
 * one line naming the archive and the entry. Refused: names that would leave the folder
 * ({@code ..}, absolute paths, drive letters, backslashes), symbolic links and other special
 * files, encrypted entries, compression other than stored or deflated, the same name twice
 * (ignoring case, as some file systems do), a name that is both a file and a folder, anything
 * outside one top-level folder, archives inside the archive, and whatever goes past the
 * {@link Limits} — counted while inflating, so a header that lies about sizes gains nothing.
 */
final class SafeUnzip {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".xbr", ".xbri", ".jar", ".war", ".ear",
      ".tar", ".tgz", ".gz", ".bz2", ".xz", ".7z", ".rar");

  private SafeUnzip() {}

  /** What was unpacked: the single top-level folder's name, and every file below it, by entry name. */
  record Unpacked(String topFolder, List<String> files) {
    Unpacked {
      files = List.copyOf(files);
    }
  }

  /** Unpacks {@code zip} into {@code target}, an empty folder. */
  static Unpacked unpack(Path zip, Path target, Limits limits) throws IOException, InputException {
    String archive = zip.toString();
    try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
      List<CentralDirectory.Entry> entries = CentralDirectory.read(channel, archive, limits);
      String top = checkNames(entries, archive);
      long total = 0;
      List<String> files = new ArrayList<>();
      Path root = target.toAbsolutePath().normalize();
      for (CentralDirectory.Entry e : entries) {
        Path path = root.resolve(e.name()).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
          throw new InputException(CentralDirectory.where(archive, e.name()), "the entry would be written outside its folder");
        }
        if (e.isDirectory()) {
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        total += inflate(channel, e, path, limits, limits.maxTotalBytes() - total, archive);
        files.add(e.name());
      }
      return new Unpacked(top, files);
    }
  }

  /** Checks every name and entry kind before anything is written; returns the top-level folder. */
  private static String checkNames(List<CentralDirectory.Entry> entries, String archive) throws InputException {
    Map<String, String> seen = new HashMap<>();
    Map<String, String> folders = new HashMap<>();
    String top = null;
    for (CentralDirectory.Entry e : entries) {
      String name = e.name();
      String where = CentralDirectory.where(archive, name);
      checkName(name, where);
      if (e.unixType() != 0 && e.unixType() != 0100000 && e.unixType() != 0040000) {
        throw new InputException(where, e.unixType() == 0120000 ? "a symbolic link; finfile unpacks files and folders only"
            : "a special file (device, pipe or socket); finfile unpacks files and folders only");
      }
      if (e.encrypted()) {
        throw new InputException(where, "an encrypted entry; finfile reads unencrypted archives only");
      }
      if (e.method() != 0 && e.method() != 8) {
        throw new InputException(where, "compression method " + e.method() + "; finfile reads stored and deflated entries only");
      }
      String path = e.isDirectory() ? name.substring(0, name.length() - 1) : name;
      String key = path.toLowerCase(Locale.ROOT);
      String earlier = seen.put(key, name);
      if (earlier != null) {
        throw new InputException(where, earlier.equals(name) ? "the archive holds two entries of this name"
            : "the archive also holds " + earlier + ", the same name but for case");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (!e.isDirectory() && ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith)) {
        throw new InputException(where, "an archive inside the archive; finfile does not unpack nested archives");
      }
      int slash = path.indexOf('/');
      String first = slash < 0 ? path : path.substring(0, slash);
      if (slash < 0 && !e.isDirectory()) {
        throw new InputException(where, "a file at the top of the archive; a package holds everything in one top-level folder");
      }
      if (top != null && !top.equals(first)) {
        throw new InputException(where, "a second top-level folder besides " + top + "; a package has exactly one");
      }
      top = first;
      for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
        folders.putIfAbsent(path.substring(0, i).toLowerCase(Locale.ROOT), name);
      }
    }
    if (top == null) {
      throw new InputException(archive, "an empty archive");
    }
    for (CentralDirectory.Entry e : entries) {
      if (!e.isDirectory() && folders.containsKey(e.name().toLowerCase(Locale.ROOT))) {
        throw new InputException(CentralDirectory.where(archive, e.name()), "both a file and the folder of "
            + folders.get(e.name().toLowerCase(Locale.ROOT)));
      }
    }
    return top;
  }

  private static void checkName(String name, String where) throws InputException {
    if (name.indexOf('\\') >= 0) {
      throw new InputException(where, "a backslash in the entry name; ZIP names use forward slashes");
    }
    if (name.startsWith("/")) {
      throw new InputException(where, "an absolute path; entries must stay inside their folder");
    }
    if (DRIVE.matcher(name).matches()) {
      throw new InputException(where, "a drive letter in the entry name; entries must stay inside their folder");
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new InputException(where, "a control character in the entry name");
    }
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        throw new InputException(where, "a '..' in the entry name; entries must stay inside their folder");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        throw new InputException(where, "an empty or '.' segment in the entry name");
      }
      if (segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
        throw new InputException(where, "a name segment longer than 255 bytes");
      }
    }
  }

  /** Writes one entry's content, counting bytes as they come; returns its size. */
  private static long inflate(FileChannel channel, CentralDirectory.Entry e, Path path, Limits limits, long totalLeft,
      String archive) throws IOException, InputException {
    String where = CentralDirectory.where(archive, e.name());
    if (e.size() > limits.maxEntryBytes()) {
      throw new InputException(where, "declares " + e.size() + " bytes uncompressed "
          + org.finfile.Limit.ZIP_ENTRY_BYTES.advice(limits.maxEntryBytes()));
    }
    Meter meter = new Meter(where, limits, totalLeft);
    CRC32 crc = new CRC32();
    try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      if (e.method() == 0) {
        if (e.compressedSize() != e.size()) {
          throw new InputException(where, "a stored entry whose sizes disagree");
        }
        copyStored(channel, e, out, crc, meter);
      } else {
        inflateDeflated(channel, e, out, crc, meter);
      }
    }
    if (meter.written != e.size()) {
      throw new InputException(where, "declares " + e.size() + " bytes but holds " + meter.written);
    }
    if (crc.getValue() != e.crc()) {
      throw new InputException(where, "the content does not match its checksum (damaged or altered)");
    }
    if (startsLikeArchive(meter.head, meter.headLength)) {
      throw new InputException(where, "an archive inside the archive; finfile does not unpack nested archives");
    }
    return meter.written;
  }

  private static void copyStored(FileChannel channel, CentralDirectory.Entry e, OutputStream out, CRC32 crc, Meter meter)
      throws IOException, InputException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = e.dataOffset();
    long left = e.compressedSize();
    while (left > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new InputException(meter.where, "the archive ends inside the entry (truncated)");
      }
      position += n;
      left -= n;
      meter.count(buffer.array(), n, e.compressedSize() - left);
      crc.update(buffer.array(), 0, n);
      out.write(buffer.array(), 0, n);
    }
  }

  private static void inflateDeflated(FileChannel channel, CentralDirectory.Entry e, OutputStream out, CRC32 crc,
      Meter meter) throws IOException, InputException {
    Inflater inflater = new Inflater(true);
    try {
      ByteBuffer input = ByteBuffer.allocate(1 << 16);
      byte[] output = new byte[1 << 16];
      long position = e.dataOffset();
      long left = e.compressedSize();
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          if (left == 0) {
            throw new InputException(meter.where, "the compressed data ends early (damaged)");
          }
          input.clear().limit((int) Math.min(input.capacity(), left));
          int n = channel.read(input, position);
          if (n < 0) {
            throw new InputException(meter.where, "the archive ends inside the entry (truncated)");
          }
          position += n;
          left -= n;
          inflater.setInput(input.array(), 0, n);
        }
        int produced = inflater.inflate(output);
        if (produced == 0 && inflater.needsDictionary()) {
          throw new InputException(meter.where, "the compressed data needs a preset dictionary (not a ZIP entry)");
        }
        meter.count(output, produced, inflater.getBytesRead());
        crc.update(output, 0, produced);
        out.write(output, 0, produced);
      }
    } catch (DataFormatException ex) {
      throw new InputException(meter.where, "the compressed data is damaged: " + ex.getMessage());
    } finally {
      inflater.end();
    }
  }

  /** ZIP (also .jar, .xbr), gzip, bzip2, xz, 7-Zip and RAR signatures. */
  private static boolean startsLikeArchive(byte[] head, int length) {
    String start = new String(head, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    return start.startsWith("PK\u0003\u0004") || start.startsWith("PK\u0005\u0006") || start.startsWith("\u001f\u008b")
        || start.startsWith("BZh") || start.startsWith("\u00fd7zXZ") || start.startsWith("7z\u00bc\u00af")
        || start.startsWith("Rar!");
  }

  /** Counts an entry's output against the limits as it is produced, and keeps its first bytes. */
  private static final class Meter {
    final String where;
    final Limits limits;
    final long totalLeft;
    final byte[] head = new byte[8];
    int headLength;
    long written;

    Meter(String where, Limits limits, long totalLeft) {
      this.where = where;
      this.limits = limits;
      this.totalLeft = totalLeft;
    }

    void count(byte[] bytes, int n, long compressedRead) throws InputException {
      int copy = Math.min(n, head.length - headLength);
      System.arraycopy(bytes, 0, head, headLength, copy);
      headLength += copy;
      written += n;
      if (written > limits.maxEntryBytes()) {
        throw new InputException(where, "inflates to more than " + limits.maxEntryBytes() + " bytes "
            + org.finfile.Limit.ZIP_ENTRY_BYTES.advice(limits.maxEntryBytes()));
      }
      if (written > totalLeft) {
        throw new InputException(where, "the archive inflates to more than " + limits.maxTotalBytes() + " bytes "
            + org.finfile.Limit.ZIP_BYTES.advice(limits.maxTotalBytes()));
      }
      if (written > limits.ratioAfterBytes() && written > (long) limits.maxRatio() * Math.max(1, compressedRead)) {
        throw new InputException(where, "inflates more than " + limits.maxRatio()
            + " times its compressed size (a compression bomb?) " + org.finfile.Limit.ZIP_RATIO.advice(limits.maxRatio()));
      }
    }
  }
}
