package org.finfile.tables;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import org.finfile.InputException;

/**
 * Reads a document's tables by the file's extension: {@code .txt} and {@code .tsv} as text
 * with tab-separated tables ({@link TextDocument}), {@code .csv} as comma- (or semicolon-)
 * separated values, {@code .xlsx} as an Excel workbook (each sheet in turn), {@code .htm} and
 * {@code .html} as a web page (each {@code <table>}); any other name as text.
 *
 * <pre>{@code
 * Document d = Documents.read(Path.of("acme.xlsx"), "acme.xlsx", null);
 * for (TabBlock b : d.blocks()) { ... }
 * }</pre>
 */
public final class Documents {
  private Documents() {}

  /** The extensions {@link #read} knows, for messages and folder listings. */
  public static final java.util.List<String> EXTENSIONS = java.util.List.of(".txt", ".tsv", ".csv", ".xlsx", ".htm", ".html");

  /** True when {@link #read} knows the file's extension. */
  public static boolean readable(Path file) {
    return extension(file.getFileName().toString()) != null;
  }

  /**
   * Reads a document.
   *
   * @param name how locations name the document ({@code acme.csv:12})
   * @param encodingOrNull the text's encoding ({@code --encoding}); null: a byte-order mark,
   *     else UTF-8 (for HTML: a byte-order mark, else its {@code <meta charset>}, else UTF-8). A
   *     byte-order mark wins over it. Workbooks ignore it.
   */
  public static Document read(Path file, String name, Charset encodingOrNull) throws InputException {
    String extension = extension(file.getFileName().toString());
    switch (extension == null ? ".txt" : extension) {
      case ".csv" -> {
        byte[] bytes = TextDocument.bytes(file, name);
        return CsvReader.read(Decoding.decode(bytes, name, encodingOrNull), name);
      }
      case ".xlsx" -> {
        return XlsxReader.read(file, name);
      }
      case ".htm", ".html" -> {
        return HtmlReader.read(TextDocument.bytes(file, name), name, encodingOrNull);
      }
      default -> {
        TextDocument text = TextDocument.read(file, name, encodingOrNull);
        return new Document(name, text.blocks());
      }
    }
  }

  /** An encoding by name ({@code windows-1252}, {@code Shift_JIS}), or an error listing a few. */
  public static Charset encoding(String name) throws InputException {
    return Decoding.named(name);
  }

  private static String extension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String e : EXTENSIONS) {
      if (lower.endsWith(e)) {
        return e;
      }
    }
    return null;
  }
}
