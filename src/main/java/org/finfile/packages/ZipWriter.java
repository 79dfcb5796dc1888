package org.finfile.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package archive the same way every time: entries under one top-level folder, in path
 * order, forward slashes, deflated, all with one fixed timestamp (set as local date and time, so
 * the time zone of the machine does not leak into the bytes), no folder entries, no comments.
 */
final class ZipWriter {
  /** The timestamp of every entry: the start of the ZIP format's date range, plus a month. */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 2, 1, 0, 0);

  private ZipWriter() {}

  static byte[] zip(String top, SortedMap<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setMethod(ZipOutputStream.DEFLATED);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(top + "/" + file.getKey());
        entry.setTimeLocal(FIXED);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }
}
