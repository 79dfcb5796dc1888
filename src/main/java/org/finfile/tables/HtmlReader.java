package org.finfile.tables;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.finfile.InputException;
import org.finfile.Limit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the tables of a web page, as an earnings-release exhibit prints them: each innermost
 * {@code <table>} is a table, the text since the previous table its heading. A cell spanning
 * columns covers them all (its text over the first column it keeps); footnote markers
 * ({@code <sup>}) are dropped; leading rows holding only a title or a scale caption ("in
 * millions, except per share data") join the heading; a label that wraps onto a second row (a
 * label row with no values, then a row whose label starts lower-case) is one label; and the
 * tidying of {@link Grid#tidy} joins {@code $} and {@code )} cells to their numbers and drops
 * spacer columns. The page is parsed from its bytes only: nothing it links to is fetched.
 */
final class HtmlReader {
  private static final Set<String> BREAKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
      "center", "section", "article", "header", "footer", "title", "blockquote", "pre", "hr", "ul", "ol", "dl", "dt", "dd");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCALE = Pattern.compile("(?i)\\bin (thousands|millions|billions)\\b");
  /** Columns one cell may span: more is a malformed page, not a table. */
  private static final int MAX_SPAN = 1_000;

  private HtmlReader() {}

  static Document read(byte[] bytes, String name, Charset requested) throws InputException {
    Charset charset = requested;
    if (charset == null && Decoding.bom(bytes) == null) {
      charset = declared(bytes, name);
    }
    String html = Decoding.decode(bytes, name, charset);
    org.jsoup.nodes.Document page = Jsoup.parse(html, "");
    Walk walk = new Walk(name);
    walk.visit(page.body() == null ? page : page.body());
    return new Document(name, walk.blocks);
  }

  /** The {@code <meta charset>} (or http-equiv content type) in the page's first 4 KiB, or null. */
  private static Charset declared(byte[] bytes, String name) throws InputException {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Decoding.named(m.group(1));
    } catch (InputException e) {
      throw new InputException(name, "the page declares the encoding " + InputException.quote(m.group(1))
          + ", which this Java does not know; give --encoding");
    }
  }

  /** The page in document order: text lines and tables. */
  private static final class Walk {
    private final String name;
    final List<TabBlock> blocks = new ArrayList<>();
    private final List<TabBlock.Line> heading = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int line;
    private long cells;

    Walk(String name) {
      this.name = name;
    }

    void visit(Node node) throws InputException {
      if (node instanceof TextNode t) {
        text.append(t.text());
        if (text.length() > Limit.TEXT_CHARS.value()) {
          throw Limit.TEXT_CHARS.exceeded(name, "a paragraph of more than " + Limit.TEXT_CHARS.value() + " characters");
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("head") || tag.equals("sup")) {
        return;
      }
      if (tag.equals("table") && e.selectFirst("table table, tr table") == null && e.select("table").size() == 1) {
        flush();
        table(e);
        return;
      }
      boolean breaks = BREAKS.contains(tag) || tag.equals("table") || tag.equals("td") || tag.equals("th");
      if (breaks) {
        flush();
      }
      for (Node child : e.childNodes()) {
        visit(child);
      }
      if (breaks) {
        flush();
      }
    }

    private void flush() {
      String t = Cells.clean(text.toString());
      text.setLength(0);
      if (!t.isEmpty()) {
        heading.add(new TabBlock.Line(++line, t, new Where.TableRow(blocks.size() + 1, 0)));
      }
    }

    private void table(Element table) throws InputException {
      int number = blocks.size() + 1;
      List<List<String>> grid = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      List<Integer> widths = new ArrayList<>();
      List<int[]> pending = new ArrayList<>(); // rowspan: {column, rows left}
      int spanId = 0;
      for (Element tr : table.select("tr")) {
        List<String> row = new ArrayList<>();
        List<Integer> rowSpans = new ArrayList<>();
        for (Element cell : tr.children()) {
          if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
            continue;
          }
          while (occupied(pending, row.size())) {
            row.add("");
            rowSpans.add(-1);
          }
          int colspan = Math.min(MAX_SPAN, Math.max(1, number(cell.attr("colspan"))));
          int rowspan = Math.min(MAX_SPAN, Math.max(1, number(cell.attr("rowspan"))));
          cell.select("sup").remove();
          String t = Cells.clean(cell.text());
          int id = colspan > 1 ? spanId++ : -1;
          for (int k = 0; k < colspan; k++) {
            if (rowspan > 1) {
              pending.add(new int[] {row.size(), rowspan - 1});
            }
            row.add(t);
            rowSpans.add(id);
          }
          if ((cells += colspan) > Limit.SHEET_CELLS.value()) {
            throw Limit.SHEET_CELLS.exceeded(name + ":" + new Where.TableRow(number, grid.size() + 1).text(),
                "more than " + Limit.SHEET_CELLS.value() + " cells");
          }
        }
        pending.removeIf(p -> --p[1] < 0);
        widths.add(row.size());
        grid.add(row);
        spans.add(rowSpans.stream().mapToInt(Integer::intValue).toArray());
      }
      int width = widths.stream().mapToInt(Integer::intValue).max().orElse(0);
      List<Grid.Raw> rows = new ArrayList<>();
      boolean leading = true;
      for (int r = 0; r < grid.size(); r++) {
        List<String> row = grid.get(r);
        int rowNumber = r + 1;
        int lone = lone(row);
        int filled = (int) row.stream().filter(c -> !c.isEmpty()).distinct().count();
        if (leading && filled == 0) {
          continue;
        }
        if (leading && filled == 1 && (lone == 0 || SCALE.matcher(row.get(lone)).find()) && !isNumber(row.get(lone))) {
          heading.add(new TabBlock.Line(++line, row.get(lone), new Where.TableRow(number, rowNumber)));
          continue;
        }
        if (leading && !row.isEmpty() && SCALE.matcher(row.get(0)).find()) {
          heading.add(new TabBlock.Line(++line, row.get(0), new Where.TableRow(number, rowNumber)));
        }
        leading = false;
        rows.add(new Grid.Raw(++line, row, spans.get(r), kept -> new Where.TableRow(number, rowNumber)));
      }
      rows = joinWrapped(rows);
      while (!rows.isEmpty() && rows.get(rows.size() - 1).blank()) {
        rows.remove(rows.size() - 1);
      }
      if (rows.isEmpty() || width == 0) {
        return; // a table with no rows (layout, or a title alone) is text
      }
      blocks.add(Grid.block(number, heading, rows, name));
      heading.clear();
    }

    private static boolean occupied(List<int[]> pending, int column) {
      for (int[] p : pending) {
        if (p[0] == column && p[1] >= 0) {
          return true;
        }
      }
      return false;
    }

    /** "Net income attributable to" + "common shareholders": one label. */
    private static List<Grid.Raw> joinWrapped(List<Grid.Raw> rows) {
      List<Grid.Raw> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Grid.Raw row = rows.get(i);
        if (i + 1 < rows.size() && !Cells.clean(row.cell(0)).isEmpty() && noValues(row)) {
          Grid.Raw next = rows.get(i + 1);
          String label = Cells.clean(next.cell(0));
          if (!label.isEmpty() && Character.isLowerCase(label.codePointAt(0))) {
            List<String> cells = new ArrayList<>(next.cells());
            cells.set(0, Cells.clean(row.cell(0)) + " " + label);
            out.add(new Grid.Raw(next.line(), cells, next.span(), next.where()));
            i++;
            continue;
          }
        }
        out.add(row);
      }
      return out;
    }

    private static boolean noValues(Grid.Raw row) {
      return row.cells().stream().skip(1).allMatch(c -> Cells.clean(c).isEmpty());
    }

    private static int lone(List<String> row) {
      for (int i = 0; i < row.size(); i++) {
        if (!row.get(i).isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    private static boolean isNumber(String cell) {
      try {
        return Numbers.read(cell) instanceof Numbers.Value;
      } catch (Numbers.NotANumberException e) {
        return false;
      }
    }

    private static int number(String attribute) {
      try {
        return Integer.parseInt(attribute.strip());
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }
}
