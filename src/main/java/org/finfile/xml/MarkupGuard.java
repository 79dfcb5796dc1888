package org.finfile.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.finfile.Limit;

/**
 * Counts the attributes and namespace declarations of each start tag in the bytes of a
 * document, and the characters of each text and attribute value, before any parser sees them.
 * Parsers check each namespace declaration against all those before it in the same tag, so a tag
 * of 200,000 declarations costs minutes there, and they build a text whole before anyone can
 * look at its length (50 MB of one text exhausts a 256 MB heap); here both cost one pass, and
 * {@link Limit#ATTRIBUTES} and {@link Limit#TEXT_CHARS} stop the document at the first byte
 * past them. Characters are counted as written (an entity reference counts as its characters).
 *
 * <p>The count is of {@code =} signs outside quotes inside a tag, skipping comments, CDATA
 * sections, processing instructions and declarations. That is exact for any encoding whose
 * markup characters are single ASCII bytes (UTF-8, the ISO 8859 family); for UTF-16 the parser's
 * own count applies.
 */
final class MarkupGuard extends FilterInputStream {
  /** What the scanner is inside. */
  private enum State { TEXT, OPEN, TAG, TAG_QUOTED, BANG, COMMENT, CDATA, DECLARATION, PI }

  private final String systemId;
  private final long max;
  private final long maxText;
  /** Characters (UTF-8 lead bytes) of the current text, attribute value or CDATA section. */
  private long run;
  private State state = State.TEXT;
  private byte quote;
  private int count;
  /** Bytes of a {@code <!} opening seen so far, to tell a comment from CDATA from a declaration. */
  private final StringBuilder bang = new StringBuilder();
  /** The last bytes seen, to find {@code -->}, {@code ]]>} and {@code ?>}. */
  private int last1;
  private int last2;
  private long line = 1;

  MarkupGuard(InputStream in, String systemId) {
    super(in);
    this.systemId = systemId;
    this.max = Limit.ATTRIBUTES.value();
    this.maxText = Limit.TEXT_CHARS.value();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      scan(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // read through rather than skip, so no byte goes unscanned
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void scan(byte b) throws IOException {
    if (b == '\n') {
      line++;
    }
    switch (state) {
      case TEXT -> {
        if (b == '<') {
          state = State.OPEN;
          run = 0;
        } else {
          count(b);
        }
      }
      case OPEN -> {
        if (b == '!') {
          state = State.BANG;
          bang.setLength(0);
        } else if (b == '?') {
          state = State.PI;
        } else {
          state = b == '>' ? State.TEXT : State.TAG;
          count = 0;
        }
      }
      case TAG -> {
        if (b == '"' || b == '\'') {
          quote = b;
          state = State.TAG_QUOTED;
          run = 0;
        } else if (b == '=') {
          if (++count > max) {
            throw new LimitIOException("an element with more than " + max
                + " attributes and namespace declarations " + Limit.ATTRIBUTES.advice());
          }
        } else if (b == '>') {
          state = State.TEXT;
          run = 0;
        }
      }
      case TAG_QUOTED -> {
        if (b == quote) {
          state = State.TAG;
        } else {
          count(b);
        }
      }
      case BANG -> {
        bang.append((char) b);
        if ("--".contentEquals(bang)) {
          state = State.COMMENT;
        } else if ("[CDATA[".contentEquals(bang)) {
          state = State.CDATA;
          run = 0;
        } else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
          state = b == '>' ? State.TEXT : State.DECLARATION;
        }
      }
      case COMMENT -> {
        if (b == '>' && last1 == '-' && last2 == '-') {
          state = State.TEXT;
        }
      }
      case CDATA -> {
        if (b == '>' && last1 == ']' && last2 == ']') {
          state = State.TEXT;
          run = 0;
          brackets = -1;
        } else if (b != ']') {
          // a "]" is counted with what follows it: the two of "]]>" are no text
          run += Math.max(0, bracketsBefore(b));
          count(b);
        }
      }
      case PI -> {
        if (b == '>' && last1 == '?') {
          state = State.TEXT;
        }
      }
      case DECLARATION -> {
        if (b == '>') {
          state = State.TEXT;
        }
      }
    }
    if (state == State.CDATA && b == ']') {
      brackets++;
    } else if (brackets < 0) {
      brackets = 0;
    }
    last2 = last1;
    last1 = b;
  }

  private int brackets;

  /** The "]" bytes just before {@code b} in a CDATA section, which were text after all. */
  private int bracketsBefore(byte b) {
    int n = brackets;
    brackets = 0;
    return n;
  }

  /** Counts one more character of a text or value at a UTF-8 lead byte (continuation bytes are not characters). */
  private void count(byte b) throws LimitIOException {
    if ((b & 0xC0) != 0x80 && ++run > maxText) {
      throw new LimitIOException("a text or attribute value of more than " + maxText + " characters " + Limit.TEXT_CHARS.advice());
    }
  }

  /** An input past a limit, found while reading bytes; its message is the whole story. */
  static final class LimitIOException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitIOException(String message) {
      super(message);
    }
  }
}
