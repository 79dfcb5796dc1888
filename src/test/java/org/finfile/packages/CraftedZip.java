package org.finfile.packages;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, including what no well-behaved writer produces (two
 * entries of one name, symbolic links, lying sizes, local headers that disagree with the central
 * directory), to test the package reader's defences.
 */
public final class CraftedZip {
  /** One entry; the fields after {@code data} default to what an honest writer would write. */
  public static final class Entry {
    final String name;
    final byte[] data;
    public int method = 8;
    public int flags;
    public int madeBy = 20;
    public long externalAttributes;
    public Long declaredSize;
    public Long declaredCrc;
    public String localName;
    /** Stores the next entry's whole local record as this entry's data: the two overlap. */
    public boolean embedsNext;

    public Entry(String name, byte[] data) {
      this.name = name;
      this.data = data;
    }

    public Entry stored() {
      method = 0;
      return this;
    }

    public Entry unix(int mode) {
      madeBy = (3 << 8) | 20;
      externalAttributes = (long) mode << 16;
      return this;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  public static CraftedZip of() {
    return new CraftedZip();
  }

  public CraftedZip add(String name, String text) {
    return add(new Entry(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  public CraftedZip add(Entry entry) {
    entries.add(entry);
    return this;
  }

  public Path write(Path file) throws Exception {
    Files.write(file, bytes());
    return file;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream cen = new ByteArrayOutputStream();
    long[] offsets = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      boolean embedded = i > 0 && entries.get(i - 1).embedsNext;
      byte[] content = e.embedsNext ? local(entries.get(i + 1)) : e.data;
      if (!embedded) {
        offsets[i] = out.size();
        out.writeBytes(local(e, content));
      }
      if (e.embedsNext) {
        offsets[i + 1] = offsets[i] + 30 + e.name.getBytes(StandardCharsets.UTF_8).length;
      }
      byte[] data = e.method == 8 ? deflate(content) : content;
      byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer c = le(46);
      c.putInt(0x02014b50).putShort((short) e.madeBy).putShort((short) 20).putShort((short) e.flags)
          .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc(e, content))
          .putInt(data.length).putInt((int) size(e, content)).putShort((short) name.length).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt((int) e.externalAttributes)
          .putInt((int) offsets[i]);
      cen.writeBytes(c.array());
      cen.writeBytes(name);
    }
    long cenOffset = out.size();
    out.writeBytes(cen.toByteArray());
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt(cen.size()).putInt((int) cenOffset).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static byte[] local(Entry e) {
    return local(e, e.data);
  }

  /** The local header, name and (compressed) data of an entry. */
  private static byte[] local(Entry e, byte[] content) {
    byte[] data = e.method == 8 ? deflate(content) : content;
    byte[] localName = (e.localName != null ? e.localName : e.name).getBytes(StandardCharsets.UTF_8);
    ByteBuffer loc = le(30);
    loc.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags).putShort((short) e.method)
        .putShort((short) 0).putShort((short) 0x21).putInt((int) crc(e, content)).putInt(data.length)
        .putInt((int) size(e, content)).putShort((short) localName.length).putShort((short) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(loc.array());
    out.writeBytes(localName);
    out.writeBytes(data);
    return out.toByteArray();
  }

  private static long crc(Entry e, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return e.declaredCrc != null ? e.declaredCrc : crc.getValue();
  }

  private static long size(Entry e, byte[] content) {
    return e.declaredSize != null ? e.declaredSize : content.length;
  }

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
