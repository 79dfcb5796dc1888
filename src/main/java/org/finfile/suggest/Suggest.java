package org.finfile.suggest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.finfile.InputException;
import org.finfile.tables.Cells;
import org.finfile.tables.TabBlock;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;

/**
 * Suggests a starter mapping for a document's tables, against the bundled base taxonomy.
 *
 * <pre>{@code
 * List<TabBlock> blocks = TextDocument.read(file, "acme.tsv").blocks();
 * Suggest.Suggestion s = Suggest.suggest("acme.tsv", blocks);
 * Files.writeString(dir.resolve("mapping.xml"), s.xml());
 * }</pre>
 */
public final class Suggest {
  /** The base taxonomy's namespace and its entry point's URL (resolved offline by the catalog). */
  static final String BASE_NS = "http://finfile.org/taxonomy/base";
  static final String BASE_HREF = "http://finfile.org/taxonomy/base/finfile-base.xsd";
  private static final Pattern COMPANY = Pattern.compile(
      "(?i)^(.*?)[, ]+(inc|incorporated|corp|corporation|ltd|limited|plc|ag|se|sa|s\\.a|n\\.v|nv|co|llc|k\\.k)\\.?$");

  private Suggest() {}

  /** A suggested mapping: its XML text, and the tables in it (for a report of what was found). */
  public record Suggestion(String xml, List<TableSummary> tables, int conceptsDeclared) {
    public Suggestion {
      tables = List.copyOf(tables);
    }
  }

  /** One table as suggested: where it starts, its header rows, scale, currency, and each row's concept. */
  public record TableSummary(String id, int firstLine, int headerRows, int scale, String currency, String continues,
      List<RowSummary> rows) {
    public TableSummary {
      rows = List.copyOf(rows);
    }
  }

  /** One row: its label, section, concept (prefixed; null when skipped or in column groups), and the total it adds to. */
  public record RowSummary(int line, String label, String section, String concept, String sum) {}

  /** The bundled base taxonomy, loaded once. */
  private static volatile Taxonomy baseTaxonomy;

  static Taxonomy base() throws InputException {
    Taxonomy t = baseTaxonomy;
    if (t == null) {
      t = Taxonomy.load(BASE_HREF, null, OfflineResolver.bundled());
      baseTaxonomy = t;
    }
    return t;
  }

  /** Suggests a mapping for the tables of document {@code name}. */
  public static Suggestion suggest(String name, List<TabBlock> blocks) throws InputException {
    if (blocks.isEmpty()) {
      throw new InputException(name, "no tables found (a table is a run of lines with tab-separated cells)");
    }
    return new Run(name, new BaseIndex(base())).run(blocks);
  }

  /** The state of one suggestion. */
  private static final class Run {
    private final String document;
    private final BaseIndex base;
    private final Concepts concepts = new Concepts();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Set<String>> periodKeys = new HashMap<>();

    Run(String document, BaseIndex base) {
      this.document = document;
      this.base = base;
    }

    Suggestion run(List<TabBlock> blocks) throws InputException {
      List<Model.Table> tables = new ArrayList<>();
      List<Layout> layouts = new ArrayList<>();
      Layout previous = null;
      Model.Table previousTable = null;
      for (TabBlock b : blocks) {
        boolean continues = previous != null && previousTable != null && b.heading().isEmpty()
            && Layout.headerRows(b) == 0;
        Layout layout = new Layout(b, continues ? previous : null);
        Model.Table table = table(layout, continues ? previousTable : null);
        if (table != null) {
          tables.add(table);
          layouts.add(layout);
        }
        previous = layout;
        previousTable = table;
      }
      if (tables.isEmpty()) {
        throw new InputException(document, "none of the " + blocks.size() + " tables has rows with figures");
      }
      tables = sameItems(tables);
      return new Suggestion(new MappingXml(document, tables, layouts, concepts.all(), notes, entity(blocks),
          fiscalYear(layouts)).write(), summaries(tables), concepts.all().size());
    }

    private Model.Table table(Layout layout, Model.Table continued) {
      TabBlock b = layout.block;
      if (layout.body().stream().noneMatch(r -> r.cells().stream().skip(1).anyMatch(Layout::isNumber))) {
        notes.add("the table at line " + b.firstLine() + " has no rows with figures; left out");
        return null;
      }
      String title = continued != null ? continued.title() + " (continued)" : title(layout);
      String id = uniqueId(Names.id(continued != null ? continued.id() + " continued" : title));
      List<String> checks = new ArrayList<>();
      String firstLabel = layout.body().isEmpty() ? null : Cells.label(layout.body().get(0).cell(1));
      if (firstLabel != null && firstLabel.isEmpty()) {
        firstLabel = null;
      }
      List<String> groups = layout.groups();
      List<Model.Group> columnGroups = new ArrayList<>();
      List<Model.Node> nodes;
      if (!groups.isEmpty()) {
        List<TabBlock.Row> valueRows = layout.body().stream().filter(r -> !r.hasNoValues()).toList();
        if (valueRows.size() != 1) {
          notes.add("the table at line " + b.firstLine() + " has column groups and " + valueRows.size()
              + " rows; left out (give each group a concept by hand)");
          return null;
        }
        TabBlock.Row row = valueRows.get(0);
        String label = Cells.label(row.cell(1));
        boolean percent = row.cells().stream().skip(1).map(Cells::clean).filter(s -> !s.isEmpty()).allMatch(s -> s.endsWith("%")
            || s.endsWith("%)"));
        String type = TableBuilder.type(label, percent, layout.monetary(), true);
        for (String caption : new LinkedHashSet<>(groups)) {
          if (caption.isEmpty()) {
            continue;
          }
          String name = concepts.declare(Names.upperCamel(caption + " " + label), new Model.NewConcept("", base.declarable(type),
              layout.kind == Layout.Kind.BALANCE_SHEET ? "instant" : "duration", null, false,
              List.of(new Model.Label("label", caption + ", " + label))), Set.of());
          columnGroups.add(new Model.Group(caption, "ext:" + name));
        }
        checks.add("each column group reports one concept for the row " + label);
        nodes = List.of(new Model.Row(row.line(), label, null, null, null, 1, null, false, null, null, List.of()));
      } else {
        TableBuilder builder = new TableBuilder(layout, base, concepts, title);
        nodes = builder.build(checks);
        periodKeys.put(id, builder.periodKeys);
      }
      int scale = layout.scale == null ? 0 : layout.scale;
      String currency = null;
      if (continued == null && layout.hasBareAmounts() && layout.monetary()) {
        currency = layout.currency;
        if (currency == null) {
          currency = "USD";
          checks.add("no currency found for the columns without a currency header; USD assumed");
        }
      }
      if (continued == null && layout.months == -1 && layout.kind != Layout.Kind.BALANCE_SHEET && !layout.dates.isEmpty()
          && layout.fiscalYears.isEmpty()) {
        checks.add("the heading states no period length (\"For the three months ended ...\", \"As of ...\");"
            + " convert needs one for dated columns");
      }
      return new Model.Table(id, title, continued != null ? List.of() : headings(layout), firstLabel,
          continued == null ? null : continued.id(), layout.headerRows, scale, currency, columnGroups, nodes, checks,
          b.firstLine(), List.of(), continued == null && hasSums(nodes) ? "declared" : null);
    }

    /**
     * One total, the same items in every table: a total's calculation in one statement applies to
     * the facts of every period, so the quarter's "Total costs" must also list the item only the
     * year's table has (an item a period does not report counts as nothing). Items a table lacks
     * are given as {@code <sum>} elements; an item two tables weigh differently, or that another
     * table reports for this statement's periods, is left alone.
     */
    private List<Model.Table> sameItems(List<Model.Table> tables) {
      Map<String, String> roleOf = new HashMap<>();
      Map<String, Set<String>> keysOfRole = new HashMap<>();
      for (Model.Table t : tables) {
        roleOf.put(t.id(), t.continues() == null ? t.id() : roleOf.get(t.continues()));
        keysOfRole.computeIfAbsent(roleOf.get(t.id()), k -> new HashSet<>()).addAll(periodKeys.getOrDefault(t.id(), Set.of()));
      }
      // role -> total -> item -> weight; and the concepts each role shows
      Map<String, Map<String, Map<String, Integer>>> items = new LinkedHashMap<>();
      Map<String, Set<String>> shown = new HashMap<>();
      for (Model.Table t : tables) {
        String role = roleOf.get(t.id());
        for (Model.Row r : t.rows()) {
          shown.computeIfAbsent(role, k -> new HashSet<>()).add(r.concept());
          if (r.sum() != null) {
            items.computeIfAbsent(role, k -> new LinkedHashMap<>()).computeIfAbsent(r.sum(), k -> new LinkedHashMap<>())
                .put(r.concept(), r.weight());
          }
        }
      }
      Map<String, List<Model.Sum>> sums = new HashMap<>();
      for (var mine : items.entrySet()) {
        for (var total : mine.getValue().entrySet()) {
          for (var other : items.entrySet()) {
            Map<String, Integer> theirs = other.getValue().get(total.getKey());
            // another table's items for the same total: the same breakdown if they share an item
            if (other == mine || theirs == null || java.util.Collections.disjoint(theirs.keySet(), total.getValue().keySet())) {
              continue;
            }
            for (var item : theirs.entrySet()) {
              Integer weight = total.getValue().get(item.getKey());
              boolean agrees = weight == null || weight.equals(item.getValue());
              // an item another table reports for this statement's periods would change sums that add up already
              if (agrees && !shown.get(mine.getKey()).contains(item.getKey())
                  && !concepts.reports(item.getKey(), keysOfRole.get(mine.getKey()))) {
                Model.Sum sum = new Model.Sum(total.getKey(), item.getKey(), item.getValue());
                List<Model.Sum> list = sums.computeIfAbsent(mine.getKey(), k -> new ArrayList<>());
                if (!list.contains(sum)) {
                  list.add(sum);
                }
              }
            }
          }
        }
      }
      List<Model.Table> out = new ArrayList<>();
      for (Model.Table t : tables) {
        List<Model.Sum> mine = t.continues() == null ? sums.get(t.id()) : null;
        out.add(mine == null ? t : t.withSums(mine));
      }
      return out;
    }

    private static boolean hasSums(List<Model.Node> nodes) {
      for (Model.Node n : nodes) {
        if (n instanceof Model.Row r && r.sum() != null || n instanceof Model.Line l && hasSums(l.children)) {
          return true;
        }
      }
      return false;
    }

    private String uniqueId(String id) {
      String candidate = id;
      for (int n = 2; !ids.add(candidate); n++) {
        candidate = id + "-" + n;
      }
      return candidate;
    }

    /** The heading lines the table is found by: up to four nearest it, each cut to 100 characters at a space. */
    private static List<String> headings(Layout layout) {
      List<String> out = new ArrayList<>();
      List<String> lines = layout.heading;
      for (String line : lines.subList(Math.max(0, lines.size() - 4), lines.size())) {
        String text = line.strip();
        if (text.length() > 100) {
          int cut = text.lastIndexOf(' ', 100);
          text = text.substring(0, cut > 20 ? cut : 100);
        }
        if (!Cells.key(text).isEmpty()) {
          out.add(text);
        }
      }
      return out;
    }

    /** A title: the heading line that names a statement or table, tidied; numbered if taken. */
    private String title(Layout layout) {
      String found = null;
      for (String line : layout.heading) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\b(statements?|balance sheets?|cash flows?|table \\d+|reconciliation|schedule|summary|income)\\b.*")
            && line.length() <= 120) {
          found = line;
          break;
        }
      }
      if (found == null) {
        for (String line : layout.heading) {
          if (line.length() <= 120 && !line.startsWith("(") && org.finfile.tables.PeriodPhrases.lineMonths(line) == -1
              && !COMPANY.matcher(line.strip()).matches()) {
            found = line;
            break;
          }
        }
      }
      String title = found != null ? tidy(found) : switch (layout.kind) {
        case BALANCE_SHEET -> "Balance sheet";
        case INCOME -> "Income statement";
        case CASH_FLOW -> "Cash flows";
        default -> layout.body().isEmpty() || Cells.label(layout.body().get(0).cell(1)).isEmpty()
            ? "Table at line " + layout.block.firstLine() : Cells.label(layout.body().get(0).cell(1));
      };
      if (!titles.add(title.toLowerCase(Locale.ROOT))) {
        String period = layout.months == 12 ? "year" : layout.months > 0 ? layout.months + " months" : null;
        title = period != null && titles.add((title + ", " + period).toLowerCase(Locale.ROOT)) ? title + ", " + period
            : title + " (line " + layout.block.firstLine() + ")";
      }
      return title;
    }

    private static String tidy(String line) {
      String t = Cells.label(line).replaceAll("(?i)\\s*\\(unaudited\\)", "").replaceAll("(?i)^table \\d+\\.?\\s*", "")
          .replaceAll("\\s*\\([^()]*\\)$", "").strip();
      if (t.equals(t.toUpperCase(Locale.ROOT)) && t.length() > 1) {
        t = t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT);
      }
      return t.isEmpty() ? Cells.label(line) : t;
    }

    /** The entity's identifier: a company's initials from a heading line that names one, or the document's name. */
    private String entity(List<TabBlock> blocks) {
      for (TabBlock b : blocks) {
        for (TabBlock.Line line : b.heading()) {
          var m = COMPANY.matcher(line.text().strip());
          if (m.matches() && line.text().length() < 80) {
            List<String> words = Names.words(m.group(1));
            if (words.size() == 1) {
              return words.get(0).toUpperCase(Locale.ROOT);
            }
            StringBuilder initials = new StringBuilder();
            words.forEach(w -> initials.append(Character.toUpperCase(w.charAt(0))));
            if (!initials.isEmpty()) {
              return initials.toString();
            }
          }
        }
      }
      String stem = document.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
      String id = String.join("", Names.words(stem)).toUpperCase(Locale.ROOT);
      return id.isEmpty() ? "ENTITY" : id.length() > 20 ? id.substring(0, 20) : id;
    }

    /** The fiscal year guess, when some header is a fiscal label; null otherwise. */
    private static FiscalGuess fiscalYear(List<Layout> layouts) {
      List<Integer> years = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      for (Layout l : layouts) {
        years.addAll(l.fiscalYears);
        dates.addAll(l.dates);
      }
      // the latest date a column header names (a title's dates may be typos)
      LocalDate latest = dates.stream().max(LocalDate::compareTo).orElse(null);
      if (years.isEmpty()) {
        return new FiscalGuess(null, false, latest);
      }
      Map<MonthDay, Integer> ends = new LinkedHashMap<>();
      dates.forEach(d -> ends.merge(MonthDay.from(d), 1, Integer::sum));
      MonthDay end = ends.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(MonthDay.of(12, 31));
      int maxYear = years.stream().max(Integer::compare).orElseThrow();
      boolean byStart = !end.equals(MonthDay.of(12, 31)) && latest != null && latest.getYear() == maxYear + 1;
      LocalDate yearEnd = end.atYear(byStart ? maxYear + 1 : maxYear);
      return new FiscalGuess(end, byStart, latest == null || yearEnd.isAfter(latest) ? yearEnd : latest);
    }

    private static List<TableSummary> summaries(List<Model.Table> tables) {
      List<TableSummary> out = new ArrayList<>();
      for (Model.Table t : tables) {
        List<RowSummary> rows = new ArrayList<>();
        for (Model.Row r : t.rows()) {
          rows.add(new RowSummary(r.line(), r.label(), r.section(), r.concept(), r.sum()));
        }
        out.add(new TableSummary(t.id(), t.firstLine(), t.headerRows(), t.scale(), t.currency(), t.continues(), rows));
      }
      return out;
    }
  }

  /** A fiscal year guess ({@code end} null when no header needs one) and the latest date the document names. */
  record FiscalGuess(MonthDay end, boolean namedByStart, LocalDate latest) {}
}
