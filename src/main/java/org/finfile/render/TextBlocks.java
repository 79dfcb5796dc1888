package org.finfile.render;

import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;

/**
 * Text blocks (facts whose value is escaped HTML markup: a note, a policy, a whole table) as
 * readable plain text. The markup is never passed on: tags become line breaks (blocks, rows)
 * or cell separators, script and style content is dropped, character references are decoded,
 * and nothing else of a tag (no attribute, no URL) is kept. Tolerant: unclosed or stray tags
 * and unknown entities are read as well as they can be, never rejected.
 */
final class TextBlocks {
  /** The type names that mark a text block, in whatever namespace (DTR, us-types, ...). */
  private static final Set<String> BLOCK_TYPES = Set.of("textBlockItemType", "escapedItemType");
  private static final Set<String> BREAKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
      "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre", "hr", "dt", "dd", "dl", "caption",
      "thead", "tbody", "tfoot", "header", "footer", "title");
  private static final Set<String> CELLS = Set.of("td", "th");
  /** Elements that end a table row, and any cell in it. */
  private static final Set<String> ROWS = Set.of("tr", "table", "thead", "tbody", "tfoot", "caption");
  private static final Set<String> DROPPED = Set.of("script", "style", "head", "noscript", "template", "object",
      "svg", "math", "iframe");
  private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
      Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"), Map.entry("hellip", "\u2026"),
      Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
      Map.entry("sect", "\u00a7"), Map.entry("para", "\u00b6"), Map.entry("deg", "\u00b0"),
      Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"), Map.entry("yen", "\u00a5"),
      Map.entry("cent", "\u00a2"), Map.entry("times", "\u00d7"), Map.entry("frac12", "\u00bd"),
      Map.entry("frac14", "\u00bc"), Map.entry("frac34", "\u00be"), Map.entry("thinsp", " "),
      Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("zwsp", ""), Map.entry("shy", ""));
  /** Elements set off by a blank line; the other breaks start a line. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
      "blockquote", "pre", "hr");
  /** Cell separator while reading; rows are cleaned up at the end. */
  private static final char CELL = '\u0001';
  /** Paragraph break while reading: a blank line where the text goes on. */
  private static final char PARAGRAPH = '\u0002';

  private TextBlocks() {}

  /**
   * True when the fact is a text block: its concept's type is (or derives from) a
   * {@code textBlockItemType} or {@code escapedItemType}, or, without that knowledge (a
   * partial taxonomy), its value reads as markup that holds some text.
   */
  static boolean isBlock(Fact f, Taxonomy taxonomy) {
    return plainIfBlock(f, taxonomy) != null;
  }

  /** The plain text of a text block ({@link #isBlock}), or null for any other fact. */
  static String plainIfBlock(Fact f, Taxonomy taxonomy) {
    if (!(f.value() instanceof FactValue.Text t)) {
      return null;
    }
    Concept c = taxonomy == null ? null : taxonomy.concept(f.concept()).orElse(null);
    if (c != null && (BLOCK_TYPES.contains(c.itemType().getLocalPart())
        || c.typeChain().stream().map(QName::getLocalPart).anyMatch(BLOCK_TYPES::contains))) {
      return plain(t.text());
    }
    if (!looksLikeMarkup(t.text())) {
      return null;
    }
    // known only by its look: markup that has no text at all (a lone script) is shown as written
    String plain = plain(t.text());
    return plain.isEmpty() ? null : plain;
  }

  /**
   * Plain text for an XML attribute: its line feeds as U+2028 LINE SEPARATOR, which a parser
   * keeps (it would read a line feed as a space); the stylesheets turn them back.
   */
  static String inAttribute(String plain) {
    return plain.replace('\n', '\u2028');
  }

  /**
   * True when text holds an element: a start tag ({@code <div ...>}) and the end tag of the
   * same name ({@code </div>}). Text that merely compares ("a < b > c") is not markup.
   */
  static boolean looksLikeMarkup(String text) {
    if (text.indexOf('<') < 0) {
      return false;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = START_TAG.matcher(lower);
    for (int tries = 0; tries < 20 && m.find(); tries++) {
      if (lower.indexOf("</" + m.group(1), m.end()) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern START_TAG =
      java.util.regex.Pattern.compile("<([a-z][a-z0-9]*(?::[a-z][a-z0-9]*)?)(?:\\s[^<>]*)?/?>");

  /** The text of markup as a reader sees it: lines for blocks and rows, " | " between cells, spaces collapsed. */
  static String plain(String markup) {
    StringBuilder out = new StringBuilder(Math.min(markup.length(), 1 << 16));
    boolean inCell = false;
    int i = 0;
    int n = markup.length();
    while (i < n) {
      char ch = markup.charAt(i);
      if (ch == '<') {
        if (markup.startsWith("<!--", i)) {
          int end = markup.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
          continue;
        }
        if (markup.startsWith("<![CDATA[", i)) {
          int end = markup.indexOf("]]>", i + 9);
          out.append(markup, i + 9, end < 0 ? n : end);
          i = end < 0 ? n : end + 3;
          continue;
        }
        int end = tagEnd(markup, i + 1);
        if (end < 0) {
          out.append(ch);
          i++;
          continue;
        }
        String tag = markup.substring(i + 1, end);
        boolean closing = tag.startsWith("/");
        String name = name(closing ? tag.substring(1) : tag);
        if (name.isEmpty() && !closing) {
          out.append(ch);
          i++;
          continue;
        }
        i = end + 1;
        if (!closing && DROPPED.contains(name) && !tag.endsWith("/")) {
          i = skipTo(markup, i, name);
        } else if (ROWS.contains(name)) {
          inCell = false;
          out.append(PARAGRAPHS.contains(name) ? "\n" + PARAGRAPH + "\n" : "\n");
        } else if (BREAKS.contains(name)) {
          // a cell's paragraphs and line breaks stay on its row
          out.append(inCell ? " " : PARAGRAPHS.contains(name) ? "\n" + PARAGRAPH + "\n" : "\n");
        } else if (CELLS.contains(name)) {
          inCell = !closing;
          out.append(CELL);
        }
      } else if (ch == '&') {
        i = entity(markup, i, out);
      } else {
        out.append(ch);
        i++;
      }
    }
    return tidy(out);
  }

  /** Where a tag opened at {@code from} - 1 ends ('>' outside quotes), or -1 when it does not. */
  private static int tagEnd(String s, int from) {
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** A tag's local name in lower case ({@code xhtml:TD} is td), without attributes. */
  private static String name(String tag) {
    int end = 0;
    while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == ':'
        || tag.charAt(end) == '-' || tag.charAt(end) == '_' || tag.charAt(end) == '.')) {
      end++;
    }
    String name = tag.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    return name.substring(name.indexOf(':') + 1);
  }

  /** Past the end tag of a dropped element (its content is not text), or to the end. */
  private static int skipTo(String s, int from, String name) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    int at = from;
    while (true) {
      int close = lower.indexOf("</", at);
      if (close < 0) {
        return s.length();
      }
      int end = tagEnd(s, close + 2);
      if (end >= 0 && name(lower.substring(close + 2, end)).equals(name)) {
        return end + 1;
      }
      at = close + 2;
    }
  }

  /** Decodes a character reference at {@code at} into {@code out}; a lone '&' stays as it is. */
  private static int entity(String s, int at, StringBuilder out) {
    int semi = s.indexOf(';', at);
    if (semi > at + 1 && semi - at <= 12) {
      String ref = s.substring(at + 1, semi);
      try {
        if (ref.startsWith("#x") || ref.startsWith("#X")) {
          return decoded(Integer.parseInt(ref.substring(2), 16), semi, at, out);
        }
        if (ref.startsWith("#")) {
          return decoded(Integer.parseInt(ref.substring(1)), semi, at, out);
        }
      } catch (NumberFormatException e) {
        out.append('&');
        return at + 1;
      }
      String named = ENTITIES.get(ref);
      if (named != null) {
        out.append(named);
        return semi + 1;
      }
    }
    out.append('&');
    return at + 1;
  }

  private static int decoded(int code, int semi, int at, StringBuilder out) {
    if (code == 0xA0 || code == 0x2007 || code == 0x202F) {
      out.append(' ');
    } else if (Character.isValidCodePoint(code) && code >= 0x20 && !(code >= 0xD800 && code <= 0xDFFF)
        && code != 0xFFFE && code != 0xFFFF) {
      out.appendCodePoint(code);
    } else if (code == '\t' || code == '\n' || code == '\r') {
      out.append(' ');
    } else {
      out.append('&');
      return at + 1;
    }
    return semi + 1;
  }

  /**
   * Lines trimmed and their spaces collapsed, empty ones dropped, one blank line where a
   * paragraph, heading, list or table ended or began;
   * on each line the non-empty cells joined by " | ", with a lone "$", "%" or ")" kept with
   * its figure.
   */
  private static String tidy(StringBuilder raw) {
    StringBuilder text = new StringBuilder(raw.length());
    boolean blank = false;
    for (String line : raw.toString().replace('\r', '\n').split("\n")) {
      String cleaned = cells(line.replace(String.valueOf(PARAGRAPH), ""));
      if (line.indexOf(PARAGRAPH) >= 0) {
        blank = text.length() > 0;
      }
      if (cleaned.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(blank ? "\n\n" : "\n");
      }
      blank = false;
      text.append(cleaned);
    }
    return text.toString();
  }

  private static String cells(String line) {
    StringBuilder joined = new StringBuilder();
    for (String cell : line.split(String.valueOf(CELL), -1)) {
      String c = cell.replaceAll("[\\s\u00a0\u2007\u202f]+", " ").strip();
      if (c.isEmpty()) {
        continue;
      }
      if (joined.length() == 0) {
        joined.append(c);
      } else if (c.equals("%") || c.equals(")") || c.equals(")%") || c.equals("%)")
          || joined.toString().endsWith("$") || joined.toString().endsWith("(")) {
        joined.append(joined.toString().endsWith("$") ? " " : "").append(c);
      } else {
        joined.append(" | ").append(c);
      }
    }
    return joined.toString();
  }
}
