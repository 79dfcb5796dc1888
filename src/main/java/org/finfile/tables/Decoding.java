package org.finfile.tables;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.finfile.InputException;

/**
 * Strict decoding of a document's bytes. A byte-order mark says the encoding (UTF-8, UTF-16 big
 * or little endian) and wins over any other; else the encoding asked for; else UTF-8. A byte
 * that is not valid in the encoding is an error naming its offset and line, never a
 * replacement character.
 */
final class Decoding {
  private Decoding() {}

  /** The bytes' encoding from a byte-order mark, or null when they start with none. */
  static Charset bom(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** How many bytes the byte-order mark of {@code charset} takes. */
  private static int bomLength(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /**
   * Decodes a document: by its byte-order mark, else {@code requested}, else UTF-8.
   *
   * @param requested the encoding the user named ({@code --encoding}), or null
   */
  static String decode(byte[] bytes, String name, Charset requested) throws InputException {
    Charset bom = bom(bytes);
    Charset charset = bom != null ? bom : requested != null ? requested : StandardCharsets.UTF_8;
    int start = bom != null ? bomLength(bom) : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw bad(bytes, name, charset, offset, start, bom == null && requested == null);
    }
    if (in.hasRemaining()) {
      throw bad(bytes, name, charset, in.position(), start, bom == null && requested == null);
    }
    out.flip();
    String text = out.toString();
    TextDocument.checkCharacters(text, name);
    return text;
  }

  private static InputException bad(byte[] bytes, String name, Charset charset, int offset, int start, boolean guessed) {
    if (offset >= bytes.length) {
      return new InputException(name, "the file ends inside a " + display(charset) + " character");
    }
    int line = 1;
    int column = 1;
    boolean wide = charset.name().startsWith("UTF-16");
    for (int i = start; i < offset; i++) {
      boolean newline = wide
          ? (i + 1 < bytes.length && ((bytes[i] == '\n' && bytes[i + 1] == 0) || (bytes[i] == 0 && bytes[i + 1] == '\n')) && (i - start) % 2 == 0)
          : bytes[i] == '\n';
      if (newline) {
        line++;
        column = 1;
      } else if (!wide && (!charset.equals(StandardCharsets.UTF_8) || (bytes[i] & 0xC0) != 0x80)) {
        column++; // a character per byte, or per UTF-8 lead byte (multi-byte encodings: a near column)
      }
    }
    return new InputException(name + ":" + line + (wide ? "" : ":" + column), String.format(Locale.ROOT, "byte %,d (0x%02X) is not valid %s%s", offset,
        bytes[offset] & 0xff, display(charset), guessed ? "; give --encoding (e.g. --encoding windows-1252)" : ""));
  }

  private static String display(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE) ? "UTF-16" : charset.name();
  }

  /** The charset named {@code name}, or an {@link InputException} listing a few that are. */
  static Charset named(String name) throws InputException {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      throw new InputException("--encoding", InputException.quote(name) + " is no encoding this Java knows"
          + " (e.g. UTF-8, UTF-16, windows-1252, Shift_JIS, ISO-8859-1)");
    }
  }
}
