package org.finfile.tables;

import java.util.ArrayList;
import java.util.List;
import org.finfile.InputException;
import org.finfile.Limit;

/**
 * Reads comma-separated values (RFC 4180: fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes) into tables. A file whose first lines hold more semicolons than
 * commas outside quotes is read with {@code ;} as its delimiter. Tables are split as
 * {@link Grid#split} does: by blank rows, with lone text cells above them as headings.
 */
final class CsvReader {
  /** How many characters at the start decide the delimiter. */
  private static final int SNIFF_CHARS = 64 * 1024;

  private CsvReader() {}

  static Document read(String text, String name) throws InputException {
    char delimiter = delimiter(text);
    List<Grid.Raw> rows = new ArrayList<>();
    long cells = 0;
    long maxCells = Limit.SHEET_CELLS.value();
    long maxChars = Limit.TEXT_CHARS.value();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (i < n && text.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new InputException(name + ":" + quoteLine, "a quoted field opened on this line never closes");
            }
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
              line++;
            }
            field.append(c);
            i++;
            if (field.length() > maxChars) {
              throw Limit.TEXT_CHARS.exceeded(name + ":" + quoteLine, "a field of more than " + maxChars + " characters");
            }
          }
          while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
          }
          if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new InputException(name + ":" + line, "text after the closing quote of a field: "
                + InputException.quote(text.substring(i, Math.min(n, i + 20))) + " (a quote inside a quoted field is written twice)");
          }
        }
        while (i < n) {
          char c = text.charAt(i);
          if (c == delimiter || c == '\n' || c == '\r') {
            break;
          }
          field.append(c);
          i++;
        }
        if (++cells > maxCells) {
          throw Limit.SHEET_CELLS.exceeded(name + ":" + recordLine, "more than " + maxCells + " cells");
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i >= n) {
          endOfRecord = true;
        } else if (text.charAt(i) == delimiter) {
          i++;
        } else {
          if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          i++;
          line++;
          endOfRecord = true;
        }
      }
      int at = recordLine;
      rows.add(new Grid.Raw(recordLine, fields, columns -> new Where.Line(at)));
    }
    return new Document(name, Grid.split(rows, 1, name));
  }

  /** {@code ;} when the start of the file holds more of them than commas outside quotes, else {@code ,}. */
  static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < Math.min(text.length(), SNIFF_CHARS); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
