package org.finfile.packages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.finfile.InputException;

/**
 * The listing of a ZIP archive, read from its central directory, as other XBRL processors read
 * it, and checked against each entry's local header, which must agree on name, method and
 * encryption. Entries may not overlap, and ZIP64 (only needed past 65,535 entries or 4 GiB, far
 * beyond {@link Limits}) is refused.
 *
 * <p>Why not {@link java.util.zip.ZipInputStream}: it reads local headers in file order and
 * never sees the central directory, so it can list entries another tool does not (or miss ones
 * it does). Why not {@link java.util.zip.ZipFile}: it hides what a package reader must refuse
 * (symbolic links, the encryption flag) and picks one of two entries with the same name.
 */
final class CentralDirectory {
  private static final int EOCD = 0x06054b50;
  private static final int CEN = 0x02014b50;
  private static final int LOC = 0x04034b50;
  private static final int EOCD_SIZE = 22;
  private static final int CEN_SIZE = 46;
  private static final int LOC_SIZE = 30;
  /** Longest entry name accepted, in bytes. */
  static final int MAX_NAME_BYTES = 1024;
  /** Bytes of central directory allowed per entry on average (header, name, extra, comment). */
  private static final int CEN_BYTES_PER_ENTRY = 4096;

  private CentralDirectory() {}

  /**
   * One entry as the central directory lists it, with where its data starts (after the local
   * header).
   */
  record Entry(String name, int madeBy, int flags, int method, long crc, long compressedSize, long size,
      long externalAttributes, long localOffset, long dataOffset) {
    boolean isDirectory() {
      return name.endsWith("/");
    }

    boolean encrypted() {
      return (flags & 0x41) != 0 || method == 99;
    }

    /** The Unix file type bits, when the entry was made on a Unix-like system, else 0. */
    int unixType() {
      int host = madeBy >>> 8;
      return host == 3 || host == 19 ? (int) (externalAttributes >>> 16) & 0170000 : 0;
    }
  }

  static List<Entry> read(FileChannel channel, String archive, Limits limits) throws IOException, InputException {
    long fileSize = channel.size();
    int tailSize = (int) Math.min(fileSize, EOCD_SIZE + 0xFFFF);
    ByteBuffer tail = readAt(channel, fileSize - tailSize, tailSize, archive);
    int eocd = -1;
    for (int i = tailSize - EOCD_SIZE; i >= 0; i--) {
      if (tail.getInt(i) == EOCD && i + EOCD_SIZE + u16(tail, i + 20) == tailSize) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new InputException(archive, "not a ZIP archive (no end of central directory record)");
    }
    int disk = u16(tail, eocd + 4);
    int cenDisk = u16(tail, eocd + 6);
    int onDisk = u16(tail, eocd + 8);
    int total = u16(tail, eocd + 10);
    long cenSize = u32(tail, eocd + 12);
    long cenOffset = u32(tail, eocd + 16);
    long eocdOffset = fileSize - tailSize + eocd;
    if (disk != 0 || cenDisk != 0 || onDisk != total) {
      throw new InputException(archive, "a multi-part ZIP archive; finfile reads single archives only");
    }
    if (total > limits.maxEntries()) {
      throw new InputException(archive, "the archive lists " + total + " entries "
          + org.finfile.Limit.ZIP_ENTRIES.advice(limits.maxEntries()));
    }
    if (total == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
      throw new InputException(archive, "a ZIP64 archive, larger than finfile reads");
    }
    if (cenOffset + cenSize != eocdOffset) {
      throw new InputException(archive, "the central directory is not where the archive's end record says it is");
    }
    if (cenSize > (long) total * CEN_BYTES_PER_ENTRY + CEN_SIZE) {
      throw new InputException(archive, "the central directory is " + cenSize + " bytes for " + total + " entries");
    }
    ByteBuffer cen = readAt(channel, cenOffset, (int) cenSize, archive);
    List<Entry> entries = new ArrayList<>(total);
    int p = 0;
    for (int n = 0; n < total; n++) {
      if (p + CEN_SIZE > cenSize || cen.getInt(p) != CEN) {
        throw new InputException(archive, "the central directory is damaged at entry " + (n + 1));
      }
      int nameLength = u16(cen, p + 28);
      int extraLength = u16(cen, p + 30);
      int commentLength = u16(cen, p + 32);
      int next = p + CEN_SIZE + nameLength + extraLength + commentLength;
      if (next > cenSize) {
        throw new InputException(archive, "the central directory is damaged at entry " + (n + 1));
      }
      byte[] nameBytes = new byte[nameLength];
      cen.get(p + CEN_SIZE, nameBytes);
      String name = name(nameBytes, archive, n + 1);
      long compressed = u32(cen, p + 20);
      long size = u32(cen, p + 24);
      long offset = u32(cen, p + 42);
      if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || u16(cen, p + 34) != 0) {
        throw new InputException(where(archive, name), "a ZIP64 or multi-part entry, larger than finfile reads");
      }
      int flags = u16(cen, p + 8);
      int method = u16(cen, p + 10);
      long dataOffset = localData(channel, archive, name, nameBytes, offset, flags, method, cenOffset);
      if (dataOffset + compressed > cenOffset) {
        throw new InputException(where(archive, name), "the entry's data runs into the central directory");
      }
      entries.add(new Entry(name, u16(cen, p + 4), flags, method, u32(cen, p + 16), compressed, size,
          u32(cen, p + 38), offset, dataOffset));
      p = next;
    }
    if (p != cenSize) {
      throw new InputException(archive, "the central directory holds more than the " + total + " entries it declares");
    }
    requireNoOverlap(entries, archive);
    return entries;
  }

  /** Checks the local header against the central directory; returns where the entry's data starts. */
  private static long localData(FileChannel channel, String archive, String name, byte[] nameBytes, long offset,
      int flags, int method, long limit) throws IOException, InputException {
    String where = where(archive, name);
    if (offset + LOC_SIZE > limit) {
      throw new InputException(where, "the entry's local header is outside the archive's data");
    }
    ByteBuffer loc = readAt(channel, offset, LOC_SIZE, archive);
    if (loc.getInt(0) != LOC) {
      throw new InputException(where, "no local header where the central directory says the entry is");
    }
    int nameLength = u16(loc, 26);
    int extraLength = u16(loc, 28);
    if (offset + LOC_SIZE + nameLength + extraLength > limit) {
      throw new InputException(where, "the entry's local header is outside the archive's data");
    }
    byte[] localName = new byte[nameLength];
    readAt(channel, offset + LOC_SIZE, nameLength, archive).get(0, localName);
    if (!Arrays.equals(localName, nameBytes) || u16(loc, 8) != method || (u16(loc, 6) & 0x41) != (flags & 0x41)) {
      throw new InputException(where, "the entry's local header disagrees with the central directory"
          + " (name, compression or encryption); another tool could read other content");
    }
    return offset + LOC_SIZE + nameLength + extraLength;
  }

  private static void requireNoOverlap(List<Entry> entries, String archive) throws InputException {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(Entry::localOffset));
    for (int i = 1; i < byOffset.size(); i++) {
      Entry before = byOffset.get(i - 1);
      Entry entry = byOffset.get(i);
      if (entry.localOffset() < before.dataOffset() + before.compressedSize()) {
        throw new InputException(where(archive, entry.name()), "the entry overlaps " + before.name()
            + " in the archive (a way to multiply content)");
      }
    }
  }

  /**
   * {@code archive!/entry}, as messages name an entry, with control characters in the name shown
   * as {@code \\uXXXX} so that a message stays on one line.
   */
  static String where(String archive, String name) {
    StringBuilder shown = new StringBuilder(archive).append("!/");
    name.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  private static String name(byte[] bytes, String archive, int number) throws InputException {
    if (bytes.length == 0 || bytes.length > MAX_NAME_BYTES) {
      throw new InputException(archive, "entry " + number + " has a name of " + bytes.length + " bytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(archive, "entry " + number + " has a name that is not UTF-8");
    }
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int length, String archive)
      throws IOException, InputException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new InputException(archive, "the archive ends early (truncated)");
      }
    }
    return buffer.flip();
  }

  private static int u16(ByteBuffer b, int at) {
    return Short.toUnsignedInt(b.getShort(at));
  }

  private static long u32(ByteBuffer b, int at) {
    return Integer.toUnsignedLong(b.getInt(at));
  }
}
