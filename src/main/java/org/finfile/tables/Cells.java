package org.finfile.tables;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning cell and label text as printed in a release. */
public final class Cells {
  private static final Pattern MARKUP = Pattern.compile("</?(?:u|i|b|em|strong)>", Pattern.CASE_INSENSITIVE);
  /** Superscripts and subscripts are footnote markers: dropped with what they hold. */
  private static final Pattern MARKER = Pattern.compile("<(sup|sub)>[^<]*</\\1>", Pattern.CASE_INSENSITIVE);
  /** Footnote markers inside a label; superscript digits at its end are removed by {@link #withoutTrailingMarker}. */
  private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d{1,2}\\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾");
  private static final String SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹";
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private Cells() {}

  private static final Pattern SCALE = Pattern.compile("(?i)\\bin (thousands|millions|billions)\\b");

  /**
   * The power of ten the heading line nearest a table says its amounts are in ("in thousands": 3,
   * "in millions": 6, "in billions": 9), or empty when no heading line says.
   */
  public static java.util.Optional<Integer> statedScale(java.util.List<String> heading) {
    for (int i = heading.size() - 1; i >= 0; i--) {
      java.util.regex.Matcher m = SCALE.matcher(heading.get(i));
      if (m.find()) {
        return java.util.Optional.of(switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "thousands" -> 3;
          case "millions" -> 6;
          default -> 9;
        });
      }
    }
    return java.util.Optional.empty();
  }

  /** The cell without inline markup ({@code <u>}, {@code <i>}...), superscript markers and surrounding space. */
  public static String clean(String cell) {
    String text = MARKER.matcher(cell).replaceAll("");
    return SPACE.matcher(MARKUP.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }

  /**
   * A label as a person reads it: markup and footnote markers such as {@code (2)} and
   * {@code ⁽¹⁾} removed, space collapsed, a trailing colon dropped.
   */
  public static String label(String cell) {
    String text = clean(withoutTrailingMarker(FOOTNOTE.matcher(clean(cell)).replaceAll(" ")));
    text = SPACE.matcher(text).replaceAll(" ").strip();
    if (text.endsWith(":")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  /**
   * Superscript digits at the end of a label ({@code Revenues¹}) replaced by a space: by hand,
   * since a regular expression {@code [¹-⁹]+$} takes time quadratic in a long run of them.
   */
  private static String withoutTrailingMarker(String text) {
    int end = text.length();
    while (end > 0 && SUPERSCRIPT_DIGITS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end) + " ";
  }

  /** The form labels and headers are compared in: {@link #label} ignoring case. */
  public static String key(String cell) {
    return label(cell).toLowerCase(Locale.ROOT);
  }
}
