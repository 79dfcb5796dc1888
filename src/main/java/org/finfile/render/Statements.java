package org.finfile.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.finfile.model.Accuracy;
import org.finfile.model.Context;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.finfile.model.Qualifiers;
import org.finfile.model.Unit;
import org.finfile.taxonomy.Calculations;
import org.finfile.taxonomy.Labels;
import org.finfile.taxonomy.Presentation;
import org.finfile.taxonomy.Taxonomy;

/**
 * Lays a filing's facts out as its taxonomy presents them: one statement per presentation
 * network, rows in presentation order with their depth and preferred labels, periods and units
 * as columns, and each value shown as the release would print it (scaled, negatives in
 * parentheses). Each fact is marked for tagging the first time a statement shows it.
 */
final class Statements {
  private static final QName PURE_ITEM = new QName("http://www.xbrl.org/2003/instance", "pureItemType");
  /** The default extended link role: a taxonomy's generic tree, left out when it has statements of its own. */
  private static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/link";
  private static final String PERIOD_START = "http://www.xbrl.org/2003/role/periodStartLabel";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

  record Statement(String role, String title, int scale, List<Column> columns, List<Row> rows) {}

  /**
   * A period in the respect its contexts' segment and scenario give (both {@link Qualifiers#NONE}
   * for the whole entity), and the currency of its amounts (null for a column of counts and
   * ratios only).
   */
  record Column(String key, Period period, Qualifiers segment, Qualifiers scenario, String currency, String header) {}

  record Row(QName concept, String label, int depth, boolean isAbstract, boolean total, List<Cell> cells) {}

  /**
   * A shown value: its fact, how it prints, and the iXBRL scale that turns the print back into
   * the value. {@code negated} when the row's label is a negated one, so the print shows the
   * value's opposite ({@code negative} is then the sign shown); {@code block} when the fact is a
   * text block and {@code display} its plain text.
   */
  record Cell(String column, Fact fact, String display, boolean negative, int scale, boolean tag, boolean negated,
      boolean block) {}

  private Statements() {}

  /** The statements of the filing's presentation networks; {@code tagged} (an identity set) collects the facts first shown. */
  static List<Statement> of(Filing filing, Taxonomy taxonomy, String lang, Set<Fact> tagged) {
    List<Statement> statements = new ArrayList<>();
    if (taxonomy == null) {
      return statements;
    }
    FactIndex index = new FactIndex(filing.facts());
    Map<String, Set<QName>> totals = new HashMap<>();
    for (Calculations.Summation s : taxonomy.calculations().summations()) {
      totals.computeIfAbsent(s.role(), k -> new HashSet<>()).add(s.total());
    }
    boolean specific = taxonomy.presentation().networks().stream().anyMatch(n -> !n.role().equals(STANDARD_ROLE));
    for (Presentation.Network network : taxonomy.presentation().networks()) {
      if (specific && network.role().equals(STANDARD_ROLE)) {
        continue;
      }
      Statement s = statement(network, index, taxonomy, lang, tagged, totals.getOrDefault(network.role(), Set.of()));
      if (s != null) {
        statements.add(s);
      }
    }
    return statements;
  }

  /**
   * The filing's facts indexed once for all statements, so that a statement costs what it
   * shows, not the whole filing: the facts of each concept, each fact's place in the filing, and
   * for each table its concepts and which tables report each concept.
   */
  private static final class FactIndex {
    final Map<QName, List<Fact>> byConcept = new HashMap<>();
    final Map<Fact, Integer> position = new java.util.IdentityHashMap<>();
    /** Per table (of facts from a table row), how many distinct concepts its facts have. */
    final Map<String, Integer> tableConcepts = new HashMap<>();
    /** Per concept, the tables (of facts from a table row) that report it. */
    final Map<QName, Set<String>> conceptTables = new HashMap<>();

    FactIndex(List<Fact> facts) {
      for (Fact f : facts) {
        position.put(f, position.size());
        byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
        if (f.source() != null && f.source().row() > 0
            && conceptTables.computeIfAbsent(f.concept(), k -> new HashSet<>()).add(f.source().table())) {
          tableConcepts.merge(f.source().table(), 1, Integer::sum);
        }
      }
    }

    /** The facts of these concepts, in filing order. */
    List<Fact> of(Set<QName> concepts) {
      List<Fact> facts = new ArrayList<>();
      concepts.forEach(c -> facts.addAll(byConcept.getOrDefault(c, List.of())));
      facts.sort(Comparator.comparingInt(position::get));
      return facts;
    }
  }

  private static Statement statement(Presentation.Network network, FactIndex index, Taxonomy taxonomy, String lang,
      Set<Fact> tagged, Set<QName> totals) {
    List<Presentation.Line> lines = network.lines();
    Set<QName> concepts = new HashSet<>();
    lines.forEach(l -> concepts.add(l.concept()));
    List<Fact> facts = fromItsTables(network, concepts, index.of(concepts), index).stream()
        .filter(f -> presents(f.context(), concepts)).toList();
    if (facts.isEmpty()) {
      return null;
    }
    boolean durations = facts.stream().anyMatch(f -> !(f.context().period() instanceof Period.Instant));
    Map<List<Object>, Column> columns = new LinkedHashMap<>();
    for (Fact f : facts) {
      boolean instant = f.context().period() instanceof Period.Instant;
      if (durations == instant || currency(f.unit()) == null) {
        continue;
      }
      List<Object> key = columnKey(f.context(), currency(f.unit()));
      columns.computeIfAbsent(key, k -> column("c" + (columns.size() + 1), f.context(), currency(f.unit()), taxonomy, lang));
    }
    Set<List<Object>> placed = new HashSet<>();
    columns.values().forEach(c -> placed.add(List.of(c.period(), c.segment(), c.scenario())));
    for (Fact f : facts) {
      boolean instant = f.context().period() instanceof Period.Instant;
      if (durations == instant || placed.contains(List.of(f.context().period(), f.context().segment(), f.context().scenario()))) {
        continue;
      }
      List<Object> key = columnKey(f.context(), null);
      columns.computeIfAbsent(key, k -> column("c" + (columns.size() + 1), f.context(), null, taxonomy, lang));
    }
    int scale = scale(facts, taxonomy);
    Labels labels = taxonomy.labels();
    Map<QName, List<Fact>> byConcept = new HashMap<>();
    for (Fact f : facts) {
      byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
    }
    ColumnIndex columnIndex = new ColumnIndex(List.copyOf(columns.values()), facts);
    List<Row> rows = new ArrayList<>();
    // an axis the statement's facts use is shown in the column headings: its line and the lines
    // under it (domain, members) are left out of the rows
    Set<QName> axes = new HashSet<>();
    for (Fact f : facts) {
      f.context().segment().members().forEach(p -> axes.add(Qualifiers.dimension(p)));
      f.context().scenario().members().forEach(p -> axes.add(Qualifiers.dimension(p)));
    }
    int under = Integer.MAX_VALUE;
    for (Presentation.Line node : lines) {
      if (node.depth() > under) {
        continue;
      }
      under = Integer.MAX_VALUE;
      if (axes.contains(node.concept())) {
        under = node.depth();
        continue;
      }
      boolean isAbstract = taxonomy.concept(node.concept()).map(c -> c.isAbstract()).orElse(false);
      List<Cell> cells = new ArrayList<>();
      if (!isAbstract) {
        Map<Column, List<Fact>> candidates = columnIndex.candidates(byConcept.getOrDefault(node.concept(), List.of()), node);
        for (Column column : columnIndex.all) {
          Fact fact = pick(candidates.getOrDefault(column, List.of()), tagged);
          if (fact != null) {
            cells.add(cell(column.key(), fact, taxonomy, scale, tagged.add(fact), negated(node.preferredLabel())));
          }
        }
      }
      rows.add(new Row(node.concept(), labels.label(node.concept(), node.preferredLabel(), lang), node.depth(),
          isAbstract, totals.contains(node.concept()), cells));
    }
    String title = network.definition() != null ? network.definition()
        : network.role().substring(network.role().lastIndexOf('/') + 1);
    // a filing made from tables keeps the columns in the order its document printed them
    boolean printed = facts.stream().allMatch(f -> f.source() != null);
    List<Column> ordered = readingOrder(columns.values(), rows, lines, printed);
    Map<String, Integer> at = new HashMap<>();
    ordered.forEach(c -> at.put(c.key(), at.size()));
    List<Row> inOrder = rows.stream().map(r -> new Row(r.concept(), r.label(), r.depth(), r.isAbstract(), r.total(),
        r.cells().stream().sorted(Comparator.comparingInt(c -> at.get(c.column()))).toList())).toList();
    return new Statement(network.role(), title, scale, ordered, inOrder);
  }

  /**
   * For a filing made from tables, the facts of the tables a statement presents: the tables all
   * of whose facts the statement's tree covers — and of those, the one named like the
   * statement's role when there is one (a quarter's and a year's statement share their lines).
   * Other filings keep every fact. Only tables reporting one of the statement's concepts can be
   * covered, so the work is that of the statement's facts.
   */
  private static List<Fact> fromItsTables(Presentation.Network network, Set<QName> concepts, List<Fact> facts,
      FactIndex index) {
    if (facts.isEmpty() || facts.stream().anyMatch(f -> f.source() == null)) {
      return facts;
    }
    Map<String, Integer> inNetwork = new HashMap<>();
    for (QName concept : concepts) {
      index.conceptTables.getOrDefault(concept, Set.of()).forEach(t -> inNetwork.merge(t, 1, Integer::sum));
    }
    Set<String> tables = new HashSet<>();
    inNetwork.forEach((table, count) -> {
      if (count.equals(index.tableConcepts.get(table))) {
        tables.add(table);
      }
    });
    String roleName = squash(network.role().substring(network.role().lastIndexOf('/') + 1));
    tables.stream().filter(t -> squash(t).equals(roleName)).findFirst().ifPresent(t -> {
      tables.clear();
      tables.add(t);
    });
    List<Fact> kept = facts.stream().filter(f -> tables.contains(f.source().table())).toList();
    return kept.isEmpty() ? facts : kept;
  }

  /**
   * The columns a statement shows, in the order a reader expects: those that show a value (a
   * column whose facts all went to another is dropped), the whole entity's first, then each
   * part's in the order the presentation lists its members; within each, shorter periods
   * first (a quarter before the year to date) and the latest first, as filings print them.
   * When {@code printed} (the facts come from a document's tables), the document's order is kept.
   */
  static List<Column> readingOrder(java.util.Collection<Column> columns, List<Row> rows, List<Presentation.Line> lines,
      boolean printed) {
    Set<String> used = new HashSet<>();
    rows.forEach(r -> r.cells().forEach(c -> used.add(c.column())));
    if (printed) {
      return columns.stream().filter(c -> used.contains(c.key())).toList();
    }
    Map<QName, Integer> place = new HashMap<>();
    for (Presentation.Line line : lines) {
      place.putIfAbsent(line.concept(), place.size());
    }
    List<Column> shown = new ArrayList<>(columns.stream().filter(c -> used.contains(c.key())).toList());
    Map<Column, List<Integer>> memberPlaces = new java.util.IdentityHashMap<>();
    shown.forEach(c -> memberPlaces.put(c, memberPlaces(c, place)));
    Comparator<List<Integer>> byPlaces = (a, b) -> {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int d = Integer.compare(a.get(i), b.get(i));
        if (d != 0) {
          return d;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
    shown.sort(Comparator.<Column, List<Integer>>comparing(memberPlaces::get, byPlaces)
        .thenComparing(c -> c.segment().parts().size() + c.scenario().parts().size() > 0 ? membersText(c) : "")
        .thenComparingLong(c -> lengthInMonths(c.period()))
        .thenComparing(c -> end(c.period()), Comparator.reverseOrder()));
    return List.copyOf(shown);
  }

  /** Where a column's members stand in the presentation (empty for the whole entity); unlisted members last. */
  private static List<Integer> memberPlaces(Column c, Map<QName, Integer> place) {
    List<Integer> places = new ArrayList<>();
    for (Qualifiers q : List.of(c.segment(), c.scenario())) {
      for (Qualifiers.Part p : q.parts()) {
        places.add(p instanceof Qualifiers.ExplicitMember e ? place.getOrDefault(e.member(), Integer.MAX_VALUE)
            : Integer.MAX_VALUE);
      }
    }
    return places;
  }

  private static String membersText(Column c) {
    int dash = c.header().indexOf(" \u2014 ");
    return dash < 0 ? "" : c.header().substring(dash);
  }

  /** A period's length in whole months as read (a 13-week quarter is 3); 0 for an instant or forever. */
  private static long lengthInMonths(Period p) {
    if (p instanceof Period.Duration d) {
      long days = ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
      return Math.round(days / (365.2425 / 12));
    }
    return 0;
  }

  private static LocalDate end(Period p) {
    if (p instanceof Period.Instant i) {
      return i.date();
    }
    if (p instanceof Period.Duration d) {
      return d.end();
    }
    return LocalDate.MAX;
  }

  private static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static List<Object> columnKey(Context c, String currency) {
    return List.of(c.period(), c.segment(), c.scenario(), currency == null ? "" : currency);
  }

  /**
   * True when a statement whose tree has {@code concepts} shows facts of context {@code c}: the
   * whole entity always; a part of it (dimension members) when every dimension is an axis of
   * the tree, never when the context has non-dimensional segment or scenario content.
   */
  static boolean presents(Context c, Set<QName> concepts) {
    for (Qualifiers q : List.of(c.segment(), c.scenario())) {
      for (Qualifiers.Part p : q.parts()) {
        QName dimension = Qualifiers.dimension(p);
        if (dimension == null || !concepts.contains(dimension)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Column column(String key, Context c, String currency, Taxonomy taxonomy, String lang) {
    List<String> members = new ArrayList<>();
    for (Qualifiers q : List.of(c.segment(), c.scenario())) {
      for (Qualifiers.Part p : q.parts()) {
        if (p instanceof Qualifiers.ExplicitMember e) {
          members.add(taxonomy.labels().label(e.member(), Labels.STANDARD, lang));
        } else if (p instanceof Qualifiers.TypedMember t) {
          members.add(taxonomy.labels().label(t.dimension(), Labels.STANDARD, lang) + " " + typedText(t.value()));
        }
      }
    }
    String header = header(c.period()) + (members.isEmpty() ? "" : " \u2014 " + String.join(", ", members));
    return new Column(key, c.period(), c.segment(), c.scenario(), currency, header);
  }

  /** The text of a typed member's value, for a heading: its markup left out, whitespace collapsed. */
  static String typedText(org.finfile.model.XmlFragment value) {
    String text = value.xml().replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The ISO 4217 currency a unit counts in (JPY for JPY per share), or null. */
  static String currency(Unit u) {
    if (u == null) {
      return null;
    }
    return u.numerator().stream().filter(m -> m.getNamespaceURI().equals("http://www.xbrl.org/2003/iso4217"))
        .map(QName::getLocalPart).findFirst().orElse(null);
  }

  /** Of a row's facts for a column, in filing order, the first not shown yet, or else the first. */
  private static Fact pick(List<Fact> candidates, Set<Fact> tagged) {
    for (Fact f : candidates) {
      if (!tagged.contains(f)) {
        return f;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * A statement's columns indexed by the periods a fact can be shown in, so that a row finds
   * each fact's columns by lookup rather than by trying every column with every fact.
   */
  private static final class ColumnIndex {
    final List<Column> all;
    // keyed by period (or moment) with the column's segment and scenario
    private final Map<List<Object>, List<Column>> byPeriod = new HashMap<>();
    private final Map<List<Object>, List<Column>> byEnd = new HashMap<>();
    private final Map<List<Object>, List<Column>> byStart = new HashMap<>();
    private final Map<Column, Integer> order = new HashMap<>();
    /** Per column, the document cells ({@code table:column}) its facts with a currency came from. */
    private final Map<Column, Set<String>> printedIn = new HashMap<>();
    /** The statement's currencies, the one most of its amounts are in first. */
    private final List<String> currencies;

    ColumnIndex(List<Column> all, List<Fact> facts) {
      this.all = all;
      for (Column c : all) {
        order.put(c, order.size());
        byPeriod.computeIfAbsent(List.of(c.period(), c.segment(), c.scenario()), k -> new ArrayList<>()).add(c);
        if (c.period() instanceof Period.Duration d) {
          byEnd.computeIfAbsent(List.of(Moment.end(d), c.segment(), c.scenario()), k -> new ArrayList<>()).add(c);
          byStart.computeIfAbsent(List.of(Moment.start(d), c.segment(), c.scenario()), k -> new ArrayList<>()).add(c);
        }
      }
      Map<String, Integer> amounts = new HashMap<>();
      for (Fact f : facts) {
        String currency = currency(f.unit());
        if (currency == null) {
          continue;
        }
        amounts.merge(currency, 1, Integer::sum);
        if (f.source() != null && f.source().isCell()) {
          for (Column c : byPeriod.getOrDefault(List.of(f.context().period(), f.context().segment(), f.context().scenario()),
              List.of())) {
            if (currency.equals(c.currency())) {
              printedIn.computeIfAbsent(c, k -> new HashSet<>()).add(f.source().table() + ":" + f.source().column());
            }
          }
        }
      }
      List<String> byUse = new ArrayList<>(amounts.keySet());
      byUse.sort(Comparator.comparing((String k) -> amounts.get(k)).reversed().thenComparing(Comparator.naturalOrder()));
      this.currencies = List.copyOf(byUse);
    }

    /**
     * For each column, the facts (of the row's concept, in filing order) it may show: same
     * currency and a matching period. A fact without a currency (a count of shares, a ratio)
     * goes in one column of a matching period: the one whose amounts the document printed in
     * the same table column as the fact; else the one in the statement's main currency (the
     * one most of its amounts are in, not a convenience translation); else the first.
     */
    Map<Column, List<Fact>> candidates(List<Fact> facts, Presentation.Line node) {
      Map<Column, List<Fact>> candidates = new HashMap<>();
      for (Fact f : facts) {
        if (!f.concept().equals(node.concept())) {
          continue;
        }
        List<Column> matching = matching(f.context(), node);
        String currency = currency(f.unit());
        if (currency == null) {
          Column c = columnFor(f, matching);
          if (c != null) {
            candidates.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
          }
          continue;
        }
        for (Column c : matching) {
          if (currency.equals(c.currency())) {
            candidates.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
          }
        }
      }
      return candidates;
    }

    /** Of the columns a fact without a currency matches, the one it is shown in (null for none). */
    private Column columnFor(Fact f, List<Column> matching) {
      if (matching.size() > 1 && f.source() != null && f.source().isCell()) {
        String cell = f.source().table() + ":" + f.source().column();
        List<Column> printed = matching.stream().filter(c -> printedIn.getOrDefault(c, Set.of()).contains(cell)).toList();
        if (printed.size() == 1) {
          return printed.get(0);
        }
      }
      Comparator<Column> byOrder = Comparator.comparingInt(order::get);
      for (String currency : currencies) {
        var main = matching.stream().filter(c -> currency.equals(c.currency())).min(byOrder);
        if (main.isPresent()) {
          return main.get();
        }
      }
      return matching.stream().min(byOrder).orElse(null);
    }

    /**
     * The columns a fact of context {@code c} matches on this line: the same segment and
     * scenario, and the same period, or for an instant, a duration that ends at that moment
     * (or, on a period-start line, starts at it: the balance at the start of a quarter).
     */
    private List<Column> matching(Context c, Presentation.Line node) {
      Period p = c.period();
      List<Column> matching = new ArrayList<>(byPeriod.getOrDefault(List.of(p, c.segment(), c.scenario()), List.of()));
      if (p instanceof Period.Instant i) {
        Map<List<Object>, List<Column>> by = PERIOD_START.equals(node.preferredLabel()) ? byStart : byEnd;
        matching.addAll(by.getOrDefault(List.of(Moment.of(i), c.segment(), c.scenario()), List.of()));
      }
      return matching;
    }
  }

  /** The power of ten most amounts of a statement are printed in (3 for thousands). */
  private static int scale(List<Fact> facts, Taxonomy taxonomy) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Fact f : facts) {
      if (f.accuracy() instanceof Accuracy.Decimals d && !d.infinite() && d.places() < 0 && monetary(f, taxonomy)) {
        counts.merge(-d.places(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
  }

  /**
   * True for a negated label role: the 2009 roles of XBRL International
   * ({@code http://www.xbrl.org/2009/role/negatedLabel}, {@code negatedTotalLabel}...) and the
   * 2008 US GAAP ones ({@code http://xbrl.us/us-gaap/role/label/negated...}).
   */
  static boolean negated(String role) {
    return role != null && (role.startsWith("http://www.xbrl.org/2009/role/negated")
        || role.startsWith("http://xbrl.us/us-gaap/role/label/negated"));
  }

  /**
   * True for an amount of money: a monetary concept, or where the taxonomy at hand does not
   * declare the concept (a partial one), a unit of one currency alone (not per share).
   */
  static boolean monetary(Fact f, Taxonomy taxonomy) {
    return taxonomy.concept(f.concept()).map(c -> c.isMonetary())
        .orElseGet(() -> f.unit() != null && !f.unit().isDivide() && f.unit().numerator().size() == 1
            && currency(f.unit()) != null);
  }

  private static Cell cell(String column, Fact f, Taxonomy taxonomy, int scale, boolean tag, boolean negated) {
    if (f.value() instanceof FactValue.Nil) {
      return new Cell(column, f, "\u2013", false, 0, tag, false, false);
    }
    if (f.value() instanceof FactValue.Text t) {
      String plain = TextBlocks.plainIfBlock(f, taxonomy);
      return new Cell(column, f, plain != null ? plain : t.text(), false, 0, tag, false, plain != null);
    }
    if (f.value() instanceof FactValue.Fraction fraction) {
      return new Cell(column, f, fraction.text(), false, 0, tag, false, false);
    }
    BigDecimal value = ((FactValue.Numeric) f.value()).value();
    int decimals = f.accuracy() instanceof Accuracy.Decimals d && !d.infinite() ? d.places() : 0;
    boolean ratio = taxonomy.concept(f.concept()).map(c -> taxonomy.derivesFrom(c, PURE_ITEM)).orElse(false);
    int shift;
    String suffix = "";
    if (ratio) {
      shift = -2;
      suffix = "%";
    } else if (scale > 0 && decimals < 0 && monetary(f, taxonomy)) {
      shift = scale;
    } else {
      shift = 0;
    }
    BigDecimal shown = value.abs().scaleByPowerOfTen(-shift);
    int fraction = Math.max(0, decimals + shift);
    DecimalFormat format = new DecimalFormat(fraction == 0 ? "#,##0" : "#,##0." + "0".repeat(fraction),
        DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(shown) + suffix;
    boolean negative = negated ? value.signum() > 0 : value.signum() < 0;
    return new Cell(column, f, negative ? "(" + text + ")" : text, negative, shift, tag, negated && value.signum() != 0,
        false);
  }

  private static String header(Period p) {
    if (p instanceof Period.Instant i) {
      return DATE.format(i.date());
    }
    if (p instanceof Period.Duration d) {
      return length(d) + " to " + DATE.format(d.end());
    }
    return "Forever";
  }

  /**
   * How long a duration is, as a reader says it: whole calendar months, or the 52/53-week
   * fiscal years and 13-week quarters many companies report ({@code Sep 25, 2021} to
   * {@code Sep 24, 2022} is a year, not 11 months), else days.
   */
  static String length(Period.Duration d) {
    long days = ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
    long calendar = ChronoUnit.MONTHS.between(d.start(), d.end().plusDays(1));
    boolean whole = !d.start().plusMonths(calendar).isAfter(d.end().plusDays(1))
        && d.start().plusMonths(calendar).equals(d.end().plusDays(1));
    long months = whole ? calendar : Math.round(days / (365.2425 / 12));
    boolean weeks = !whole && days % 7 == 0 && Math.abs(days - months * 365.2425 / 12) <= 7;
    if ((whole || weeks) && months == 12) {
      return "Year";
    }
    if ((whole || weeks) && months > 0 && months < 12) {
      return months + " months";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
