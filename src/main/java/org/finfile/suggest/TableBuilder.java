package org.finfile.suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.finfile.suggest.Layout.Kind;
import org.finfile.tables.Cells;
import org.finfile.tables.Numbers;
import org.finfile.tables.TabBlock;
import org.finfile.taxonomy.Concept;

/** Suggests the rows and statement tree of one table. */
final class TableBuilder {
  private static final Pattern PER_ADS = Pattern.compile("(?i)\\bper (ads|american depositary)");
  private static final Pattern PER_SHARE = Pattern.compile("(?i)\\bper (common |ordinary )?share|\\bper unit\\b|earnings per|\\beps\\b");
  private static final Pattern SHARES = Pattern.compile("(?i)\\b(shares|ads equivalents|ads)\\b");
  private static final Pattern SHARE_COUNT = Pattern.compile("(?i)\\b(number|weighted|outstanding|issued|shares outstanding)\\b");
  private static final Pattern START = Pattern.compile("(?i),?\\s*(at |as of )?(the )?beginning of (the )?(period|year|quarter)\\b.*");
  private static final Pattern END = Pattern.compile("(?i),?\\s*(at |as of )?(the )?end of (the )?(period|year|quarter)\\b.*");
  /** Words that say nothing of what a line is on their own. */
  private static final Set<String> GENERIC = Set.of("other", "total", "net", "miscellaneous", "sundry", "misc");
  private static final Set<String> PREFERRED = Set.of("totalLabel", "periodStartLabel", "periodEndLabel", "terseLabel",
      "negatedLabel");

  private final Layout layout;
  private final BaseIndex base;
  private final Concepts concepts;
  private final String title;
  /** The period keys of the figures this table gives. */
  final Set<String> periodKeys = new HashSet<>();

  /** One body row as read. */
  private record Read(TabBlock.Row row, String label, String section, boolean heading, boolean bad, boolean noAmounts,
      String type, List<BigDecimal> values, List<String> keys) {}

  /** What a row was given: its concept, its period type, whether it is a start-of-period value. */
  private record Given(String concept, String period, boolean atStart, String preferred, List<String> checks) {}

  TableBuilder(Layout layout, BaseIndex base, Concepts concepts, String title) {
    this.title = title;
    this.layout = layout;
    this.base = base;
    this.concepts = concepts;
  }

  /** The table's rows and tree; {@code groups} are the column captions when the table has column groups. */
  List<Model.Node> build(List<String> checks) {
    List<Read> rows = read();
    Map<String, Integer> labelCount = new HashMap<>();
    rows.stream().filter(r -> !r.heading()).forEach(r -> labelCount.merge(Cells.key(r.label()), 1, Integer::sum));
    List<Given> given = new ArrayList<>();
    Set<String> used = new HashSet<>();
    boolean liabilities = false;
    for (Read r : rows) {
      String lower = r.label().toLowerCase(Locale.ROOT);
      if (lower.contains("liabilit") || lower.contains("equity")) {
        liabilities = true;
      }
      if (r.heading() || r.bad() || r.noAmounts()) {
        given.add(null);
        continue;
      }
      boolean repeated = labelCount.getOrDefault(Cells.key(r.label()), 0) > 1;
      given.add(concept(r, repeated, liabilities && !lower.startsWith("total assets"), used));
    }
    List<Totals.Figures> figures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Read r = rows.get(i);
      figures.add(given.get(i) == null || r.values() == null ? null : new Totals.Figures(r.values(), r.type()));
    }
    Map<Integer, Totals.Arc> arcs = new HashMap<>();
    Set<Integer> refused = new HashSet<>();
    for (Totals.Arc a : Totals.find(figures)) {
      Given item = given.get(a.item());
      Given total = given.get(a.total());
      if (!item.concept().equals(total.concept()) && item.period().equals(total.period())) {
        if (balances(item, total, a.weight())) {
          arcs.put(a.item(), a);
        } else {
          refused.add(a.total());
        }
      }
    }
    for (int t : refused) {
      // a total whose figures add up only with signs its items' balances forbid gets no calculation
      arcs.values().removeIf(a -> a.total() == t);
      checks.add("the figures of " + rows.get(t).label() + " add up only with weights the balances of "
          + given.get(t).concept() + " and its items forbid; it has no calculation");
    }
    List<Model.Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Read r = rows.get(i);
      if (r.heading()) {
        out.add(null);
        continue;
      }
      String section = labelCount.getOrDefault(Cells.key(r.label()), 0) > 1 ? r.section() : null;
      Given g = given.get(i);
      if (g == null) {
        String why = r.bad() ? "not numbers" : "no amounts (derived figures only)";
        out.add(new Model.Row(r.row().line(), r.label(), section, null, null, 1, null, false, null, why,
            List.of("this row is skipped: " + why)));
        continue;
      }
      Totals.Arc arc = arcs.get(i);
      Integer scale = null;
      if (layout.scale != null && layout.scale != 0 && !r.type().equals("xbrli:monetaryItemType")
          && !r.type().equals("base:percentItemType")) {
        scale = 0;
      }
      List<String> rowChecks = new ArrayList<>(g.checks());
      if (scale != null && String.join(" ", layout.heading).toLowerCase(Locale.ROOT).indexOf("except") < 0) {
        rowChecks.add("scale 0 assumed for " + r.type() + "; the heading states " + layout.scale);
      }
      out.add(new Model.Row(r.row().line(), r.label(), section, g.concept(), arc == null ? null : given.get(arc.total()).concept(),
          arc == null ? 1 : arc.weight(), scale, g.atStart(), g.preferred(), null, rowChecks));
    }
    return tree(rows, out, arcs.keySet().isEmpty() ? Set.of() : totals(arcs));
  }

  /**
   * True when the balances of an item and its total allow the weight the figures give (XBRL 2.1
   * 5.2.5.2: the same balance adds, opposite balances subtract). Where they do not, a declared
   * concept loses its balance (a guess the figures contradict); two base concepts keep theirs, and
   * the arc is dropped.
   */
  private boolean balances(Given item, Given total, int weight) {
    String a = balance(item.concept());
    String b = balance(total.concept());
    if (a == null || b == null || a.equals(b) == (weight > 0)) {
      return true;
    }
    if (item.concept().startsWith("ext:")) {
      concepts.dropBalance(item.concept().substring(4));
      return true;
    }
    if (total.concept().startsWith("ext:")) {
      concepts.dropBalance(total.concept().substring(4));
      return true;
    }
    return false;
  }

  private String balance(String concept) {
    if (concept.startsWith("ext:")) {
      Model.NewConcept c = concepts.get(concept.substring(4));
      return c == null ? null : c.balance();
    }
    return base.concept(concept.substring(5)).map(c -> c.balance() == null ? null : c.balance().name().toLowerCase(Locale.ROOT))
        .orElse(null);
  }

  private static Set<Integer> totals(Map<Integer, Totals.Arc> arcs) {
    Set<Integer> totals = new HashSet<>();
    arcs.values().forEach(a -> totals.add(a.total()));
    return totals;
  }

  private List<Read> read() {
    List<Read> rows = new ArrayList<>();
    String section = null;
    boolean monetary = layout.monetary();
    for (TabBlock.Row row : layout.body()) {
      String label = Cells.label(row.cell(1));
      if (row.hasNoValues()) {
        if (!label.isEmpty()) {
          section = label;
          rows.add(new Read(row, label, section, true, false, false, null, null, null));
        }
        continue;
      }
      List<BigDecimal> values = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      boolean bad = false;
      boolean any = false;
      boolean percent = true;
      boolean integers = true;
      boolean negative = false;
      for (int c = 2; c - 2 < layout.columns.size(); c++) {
        if (!(layout.columns.get(c - 2) instanceof Layout.Amount)) {
          continue;
        }
        keys.add(layout.periodKey(c - 2));
        try {
          Numbers.Cell cell = Numbers.read(row.cell(c));
          if (cell instanceof Numbers.Value v) {
            any = true;
            percent &= v.number().percent();
            integers &= v.number().fractionDigits() == 0;
            negative |= v.number().value().signum() < 0;
            values.add(v.number().value());
          } else {
            values.add(cell instanceof Numbers.Dash ? BigDecimal.ZERO : null);
          }
        } catch (Numbers.NotANumberException e) {
          bad = true;
          values.add(null);
        }
      }
      String type = type(label, any && percent, monetary, integers && !negative);
      boolean noAmounts = !any && !bad;
      rows.add(new Read(row, label, section, false, bad, noAmounts, type, percent ? null : values, keys));
    }
    return rows;
  }

  /** The item type a row's figures and label suggest. */
  static String type(String label, boolean percent, boolean monetary, boolean counts) {
    if (percent) {
      return "base:percentItemType";
    }
    if (PER_ADS.matcher(label).find()) {
      return "base:perAdsItemType";
    }
    if (PER_SHARE.matcher(label).find()) {
      return "base:perShareItemType";
    }
    if (SHARES.matcher(label).find() && SHARE_COUNT.matcher(label).find()) {
      return label.toLowerCase(Locale.ROOT).contains("ads") ? "base:adsItemType" : "xbrli:sharesItemType";
    }
    if (monetary) {
      return "xbrli:monetaryItemType";
    }
    return counts ? "base:countItemType" : "xbrli:decimalItemType";
  }

  /** The class of item type a concept has, comparable with {@link #type}'s. */
  static String typeClass(Concept c) {
    String type = c.type().getLocalPart();
    String item = c.itemType().getLocalPart();
    if (type.equals("perShareItemType") || type.equals("perAdsItemType") || item.equals("perShareItemType")) {
      return type.equals("perAdsItemType") ? "base:perAdsItemType" : "base:perShareItemType";
    }
    if (item.equals("monetaryItemType")) {
      return "xbrli:monetaryItemType";
    }
    if (item.equals("sharesItemType")) {
      return "xbrli:sharesItemType";
    }
    if (type.equals("adsItemType")) {
      return "base:adsItemType";
    }
    if (type.equals("percentItemType") || item.equals("pureItemType")) {
      return "base:percentItemType";
    }
    if (type.equals("countItemType") || item.contains("nteger")) {
      return "base:countItemType";
    }
    return "xbrli:decimalItemType";
  }

  private Given concept(Read r, boolean repeated, boolean creditSide, Set<String> used) {
    String label = r.label();
    boolean start = START.matcher(label).find();
    boolean end = END.matcher(label).find();
    boolean instant = layout.kind == Kind.BALANCE_SHEET || start || end;
    List<String> tries = new ArrayList<>();
    boolean generic = GENERIC.containsAll(BaseIndex.words(label));
    if (!generic) {
      tries.add(label);
    }
    if (start || end) {
      tries.add(label.replaceAll(START.pattern(), "").replaceAll(END.pattern(), ""));
    }
    java.util.function.Predicate<Concept> fits = c -> !c.isAbstract() && c.isNumeric()
        && (layout.kind == Kind.CASH_FLOW || !cashFlowName(c))
        && typeClass(c).equals(r.type()) && (c.periodType() == Concept.PeriodType.INSTANT) == instant
        && !used.contains(c.name().getLocalPart() + (start ? "@start" : ""));
    BaseIndex.Match m = base.best(tries, fits, this::preference, true);
    if ((m == null || !m.exact()) && (generic || repeated) && r.section() != null) {
      // "Other" under "Investing activities" is "Other investing activities", or nothing
      BaseIndex.Match qualified = base.best(List.of(label + " " + r.section()), fits, this::preference, false);
      m = qualified != null ? qualified : generic ? null : m;
    }
    List<String> checks = new ArrayList<>();
    String other = m == null ? null : concepts.conflict("base:" + m.concept().name().getLocalPart(), figures(r, start), layout.kind == Kind.CASH_FLOW && !instant);
    if (other != null) {
      checks.add("base:" + m.concept().name().getLocalPart() + " matches by label, but " + other
          + " gives it other figures for the same periods");
      m = null;
    }
    if (m != null) {
      concepts.record("base:" + m.concept().name().getLocalPart(), figures(r, start), title, layout.kind == Kind.CASH_FLOW);
      used.add(m.concept().name().getLocalPart() + (start ? "@start" : ""));
      String role = m.name().role();
      if (!m.exact()) {
        checks.add("matched base:" + m.concept().name().getLocalPart() + " (" + role + " \"" + m.name().text()
            + "\") by similar words; is it this line?");
      }
      boolean atStart = start && layout.kind != Kind.BALANCE_SHEET;
      String preferred = PREFERRED.contains(role) ? role : atStart ? "periodStartLabel" : end ? "periodEndLabel" : null;
      return new Given("base:" + m.concept().name().getLocalPart(), instant ? "instant" : "duration", atStart,
          preferred, checks);
    }
    String stem = start || end ? label.replaceAll(START.pattern(), "").replaceAll(END.pattern(), "") : label;
    String nameFrom = (repeated || generic) && r.section() != null ? stem + " " + r.section()
        : generic ? stem + " " + title : stem;
    String period = instant ? "instant" : "duration";
    String balance = r.type().equals("xbrli:monetaryItemType") ? balance(label, creditSide) : null;
    List<Model.Label> labels = new ArrayList<>();
    labels.add(new Model.Label("label", stem.isBlank() ? label : stem));
    String preferred = null;
    if (start && layout.kind != Kind.BALANCE_SHEET) {
      labels.add(new Model.Label("periodStartLabel", label));
      preferred = "periodStartLabel";
    } else if (end && layout.kind != Kind.BALANCE_SHEET) {
      labels.add(new Model.Label("periodEndLabel", label));
      preferred = "periodEndLabel";
    }
    Model.NewConcept declared = new Model.NewConcept("", base.declarable(r.type()), period, balance, false, labels);
    String name = concepts.declare(Names.upperCamel(nameFrom), declared, used);
    if (concepts.conflict("ext:" + name, figures(r, start), layout.kind == Kind.CASH_FLOW && !instant) != null) {
      name = concepts.declare(Names.upperCamel(nameFrom + " " + title), declared, used);
    }
    concepts.record("ext:" + name, figures(r, start), title, layout.kind == Kind.CASH_FLOW);
    used.add(name + (start ? "@start" : ""));
    checks.add("no base concept matched; ext:" + name + " is declared as " + base.declarable(r.type()) + ", " + period
        + (balance == null ? "" : ", " + balance));
    return new Given("ext:" + name, period, start && layout.kind != Kind.BALANCE_SHEET, preferred, checks);
  }

  /** A row's figures by period key, scaled as convert will scale them. */
  private Map<String, BigDecimal> figures(Read r, boolean start) {
    Map<String, BigDecimal> out = new HashMap<>();
    if (r.values() == null) {
      return out;
    }
    boolean amounts = r.type().equals("xbrli:monetaryItemType");
    int scale = layout.scale == null || !amounts && !r.type().equals("xbrli:decimalItemType")
        && !r.type().equals("base:countItemType") ? 0 : layout.scale;
    for (int i = 0; i < r.values().size(); i++) {
      if (r.values().get(i) != null) {
        periodKeys.add(r.keys().get(i) + (start ? "@start" : ""));
        out.put(r.keys().get(i) + (start ? "@start" : ""), r.values().get(i).scaleByPowerOfTen(scale));
      }
    }
    return out;
  }

  /** Cash-flow adjustments share labels with income-statement lines: the statement decides. */
  private double preference(Concept c) {
    return cashFlowName(c) == (layout.kind == Kind.CASH_FLOW) ? 0.5 : 0;
  }

  /** True for the names of the base's cash-flow adjustments and changes, which no other statement reports. */
  static boolean cashFlowName(Concept c) {
    String n = c.name().getLocalPart();
    return n.startsWith("AdjustmentFor") || n.contains("CashFlow") || n.startsWith("IncreaseDecrease")
        || n.startsWith("DecreaseIncrease");
  }

  private String balance(String label, boolean creditSide) {
    String l = label.toLowerCase(Locale.ROOT);
    return switch (layout.kind) {
      case BALANCE_SHEET -> creditSide ? "credit" : "debit";
      case INCOME -> l.matches(".*\\b(cost|costs|expense|expenses)\\b.*") ? "debit"
          : l.matches(".*\\b(revenue|revenues|sales|income|gain|gains)\\b.*") ? "credit" : null;
      default -> null;
    };
  }

  /**
   * The statement tree: a row with no values opens a line (an outer one when another such row
   * follows it at once); a total whose words include a line's closes that line after itself.
   */
  private List<Model.Node> tree(List<Read> rows, List<Model.Row> out, Set<Integer> totals) {
    List<Model.Node> root = new ArrayList<>();
    List<Model.Line> open = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Read r = rows.get(i);
      if (r.heading()) {
        boolean outer = i + 1 < rows.size() && rows.get(i + 1).heading();
        int level = outer ? 1 : 2;
        while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
          open.remove(open.size() - 1);
        }
        Model.Line line = line(r.label(), level);
        (open.isEmpty() ? root : open.get(open.size() - 1).children).add(line);
        open.add(line);
        continue;
      }
      Model.Row row = out.get(i);
      String key = r.label().toLowerCase(Locale.ROOT);
      int closes = -1;
      if (key.startsWith("total") || key.startsWith("net ") || totals.contains(i)) {
        Set<String> words = new HashSet<>(BaseIndex.words(r.label()));
        for (int l = open.size() - 1; l >= 0; l--) {
          List<String> lineWords = BaseIndex.words(open.get(l).label);
          if (!lineWords.isEmpty() && words.containsAll(lineWords)) {
            closes = l;
            break;
          }
        }
      }
      if (closes >= 0) {
        while (open.size() > closes + 1) {
          open.remove(open.size() - 1);
        }
        open.get(closes).children.add(row);
        open.remove(closes);
      } else {
        (open.isEmpty() ? root : open.get(open.size() - 1).children).add(row);
      }
    }
    return root;
  }

  private Model.Line line(String label, int level) {
    BaseIndex.Match m = base.best(List.of(label), Concept::isAbstract);
    if (m != null && m.exact()) {
      return new Model.Line(label, "base:" + m.concept().name().getLocalPart(), level);
    }
    String name = concepts.declare(Names.upperCamel(label) + "Abstract",
        new Model.NewConcept("", "xbrli:stringItemType", "duration", null, true, List.of(new Model.Label("label", label))),
        Set.of());
    Model.Line line = new Model.Line(label, "ext:" + name, level);
    if (m != null) {
      line.checks.add("base:" + m.concept().name().getLocalPart() + " (\"" + m.name().text() + "\") may serve instead");
    }
    return line;
  }
}
