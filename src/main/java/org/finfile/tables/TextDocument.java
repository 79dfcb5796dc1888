package org.finfile.tables;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.finfile.InputException;

/**
 * A text document as lines: an earnings release with tables in its prose, or a bare TSV file.
 * Decoding is strict (UTF-8 unless a byte-order mark or the caller says otherwise): a byte that
 * is not valid is an error naming its offset and line, never a replacement character. A
 * byte-order mark is removed.
 */
public record TextDocument(String name, List<String> lines) {
  public TextDocument {
    Objects.requireNonNull(name, "name");
    lines = List.copyOf(lines);
  }

  /** Reads and decodes a file; {@code name} is how locations will name it. */
  public static TextDocument read(Path file, String name) throws InputException {
    return read(file, name, null);
  }

  /**
   * Reads and decodes a file in {@code encoding} (null: UTF-8); a byte-order mark wins over it.
   */
  public static TextDocument read(Path file, String name, java.nio.charset.Charset encoding) throws InputException {
    byte[] bytes = bytes(file, name);
    longestLine(bytes, name);
    return new TextDocument(name, split(Decoding.decode(bytes, name, encoding)));
  }

  /** A file's bytes, within {@link org.finfile.Limit#INPUT_BYTES}. */
  static byte[] bytes(Path file, String name) throws InputException {
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a line longer than {@link org.finfile.Limit#TEXT_CHARS} before the bytes are decoded
   * (a line is split into cells, and cells are quoted; a 50 MB line would be copied several
   * times). Characters are counted as UTF-8 lead bytes, or as byte pairs for UTF-16.
   */
  static void longestLine(byte[] bytes, String name) throws org.finfile.LimitException {
    long max = org.finfile.Limit.TEXT_CHARS.value();
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE);
    long run = 0;
    int line = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        line++;
        run = 0;
      } else if (utf16 || (b & 0xC0) != 0x80) {
        if (++run > (utf16 ? 2 * max : max)) {
          throw org.finfile.Limit.TEXT_CHARS.exceeded(name + ":" + line, "a line of more than " + max + " characters");
        }
      }
    }
  }

  /** A document from text already in memory. */
  public static TextDocument of(String name, String text) throws InputException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    checkCharacters(body, name);
    return new TextDocument(name, split(body));
  }

  /** The tables of this document, in order. */
  public List<TabBlock> blocks() {
    return TabBlock.find(this);
  }

  /** Line {@code n}, counting from 1. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  /** Refuses characters XML cannot carry (controls other than tab and line ends, unpaired surrogates). */
  static void checkCharacters(String text, String name) throws InputException {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
          || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (bad) {
        throw new InputException(name + ":" + line + ":" + column,
            String.format("character U+%04X is not allowed in a document (a control character)", (int) c));
      }
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
  }

  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(from, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    if (from < text.length()) {
      lines.add(text.substring(from));
    }
    return lines;
  }
}
