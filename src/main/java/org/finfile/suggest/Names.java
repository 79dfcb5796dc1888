package org.finfile.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.finfile.tables.Cells;

/** Concept names and table ids made from labels. */
final class Names {
  /** Most characters of a concept's local name or a table id. */
  static final int MAX = 80;

  private Names() {}

  /** The words of a label: letters and digits, accents and apostrophes dropped. */
  static List<String> words(String label) {
    String text = Normalizer.normalize(Cells.label(label), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    text = text.replace("&", " and ").replaceAll("['\u2019]", "");
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * An UpperCamelCase XML name from a label: "Accounts receivable, net" is
   * {@code AccountsReceivableNet}; a word in capitals is one capital ({@code EBITDA} is
   * {@code Ebitda}); a name that would start with a digit starts with "Line".
   */
  static String upperCamel(String label) {
    StringBuilder name = new StringBuilder();
    for (String w : words(label)) {
      boolean caps = w.equals(w.toUpperCase(Locale.ROOT));
      name.append(Character.toUpperCase(w.charAt(0)));
      String rest = w.substring(1);
      name.append(caps ? rest.toLowerCase(Locale.ROOT) : rest);
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "Line");
    }
    return name.length() > MAX ? name.substring(0, MAX) : name.toString();
  }

  /** A table id from a title: lower-case words joined by hyphens, starting with a letter. */
  static String id(String title) {
    String id = String.join("-", words(title)).toLowerCase(Locale.ROOT);
    if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
      id = "table-" + id;
    }
    if (id.length() > MAX) {
      id = id.substring(0, MAX);
      int cut = id.lastIndexOf('-');
      id = cut > 10 ? id.substring(0, cut) : id;
    }
    return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
  }
}
