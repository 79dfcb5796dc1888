package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.taxonomy.Calculations;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Dts;
import org.finfile.taxonomy.Presentation;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IIJ example's mapping is the single source of its extension taxonomy: what convert writes
 * from it is, concept by concept, role by role, relationship by relationship and label by label,
 * the taxonomy that used to be written by hand (kept in {@code iij-handwritten} with the mapping over it).
 * Both are loaded the way finfile loads any taxonomy.
 */
class IijExtensionEqualityTest {
  static final String IIJ = "http://finfile.org/taxonomy/iij/2003-03-31";

  /**
   * Where the written taxonomy differs from the hand-written one, as the tests below tell a
   * difference: {@code - what the hand-written has} and {@code + what the written has instead}.
   * Labels: {@code concept | role | language | text}; statements: {@code role | arc} and
   * {@code role | line number | label shown}. Empty: none differ.
   */
  static final Set<String> EXPECTED_LABEL_DIFFERENCES = Set.of();
  static final Set<String> EXPECTED_TREE_DIFFERENCES = Set.of();

  /**
   * The role of the labels the extension adds where the base taxonomy words a line otherwise
   * than the release prints it (the base's labels are neutral: "Net income (loss)" where IIJ
   * prints "Net loss"). The hand-written taxonomy relied on the base's old, IIJ-worded labels;
   * the written one shows the printed wording itself.
   */
  static final String DOCUMENT_LABEL = IIJ + "/role/" + ExtensionWriter.DOCUMENT_LABEL;

  @TempDir
  static Path out;
  @TempDir
  static Path before;
  static Conversion conversion;
  static Taxonomy handwritten;
  static Taxonomy written;

  @BeforeAll
  static void load() throws Exception {
    conversion = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    Finfile.write(conversion, out, "iij-fy2002.xml");
    written = Taxonomy.load(out.resolve("iij-2003-03-31.xsd").toUri().toString(), null, OfflineResolver.bundled());
    handwritten = Taxonomy.load(TestFiles.handwrittenTaxonomy().toUri().toString(), null, OfflineResolver.bundled());
  }

  /** The mapping as it was, over the hand-written taxonomy, gives the same instance and the same totals checked. */
  @Test
  void theOldMappingOverTheHandWrittenTaxonomyGivesTheSameInstance() throws Exception {
    Conversion old = Finfile.convert(TestFiles.exampleDocument(), TestFiles.handwrittenMapping());
    Finfile.write(old, before, "iij-fy2002.xml");
    assertThat(Files.readAllBytes(out.resolve("iij-fy2002.xml"))).isEqualTo(Files.readAllBytes(before.resolve("iij-fy2002.xml")))
        .isEqualTo(Files.readAllBytes(TestFiles.expectedInstance()));
    assertThat(conversion.totals().checked()).isEqualTo(old.totals().checked()).isEqualTo(121);
    assertThat(conversion.totals().mismatches()).isEmpty();
  }

  @Test
  void theConceptsAreDeclaredAlike() {
    assertThat(concepts(handwritten).keySet()).filteredOn(n -> n.startsWith("{" + IIJ)).hasSize(41);
    assertThat(concepts(written)).containsExactlyInAnyOrderEntriesOf(concepts(handwritten));
    assertThat(written.problems()).isEmpty();
  }

  @Test
  void theRolesAreDeclaredAlike() {
    assertThat(roles(handwritten)).hasSize(16);
    Map<String, String> roles = new TreeMap<>(roles(written));
    assertThat(roles.remove(DOCUMENT_LABEL)).startsWith("Label as the document prints the line");
    assertThat(roles).containsExactlyInAnyOrderEntriesOf(roles(handwritten));
  }

  @Test
  void eachStatementPresentsTheSameTree() {
    Map<String, List<String>> expected = trees(handwritten);
    assertThat(expected.keySet()).filteredOn(r -> r.startsWith(IIJ)).hasSize(13);
    assertThat(expected.entrySet().stream().filter(e -> e.getKey().startsWith(IIJ)).mapToInt(e -> e.getValue().size()).sum())
        .as("13 roots and 192 parent-child relationships").isEqualTo(13 + 192);
    Set<String> written = flat(trees(IijExtensionEqualityTest.written));
    assertThat(written).filteredOn(a -> a.endsWith(" " + DOCUMENT_LABEL)).hasSizeGreaterThan(10);
    Set<String> plain = new TreeSet<>();
    written.forEach(a -> plain.add(a.endsWith(" " + DOCUMENT_LABEL) ? a.substring(0, a.length() - DOCUMENT_LABEL.length()) + "null" : a));
    assertThat(differences(flat(expected), plain)).containsExactlyInAnyOrderElementsOf(EXPECTED_TREE_DIFFERENCES);
  }

  @Test
  void theCalculationsAreTheSame() {
    Set<String> expected = calculations(handwritten);
    assertThat(expected).filteredOn(a -> a.startsWith(IIJ)).hasSize(145);
    assertThat(calculations(written)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyLabelIsTheSameButTheListedDifferences() {
    Map<String, String> expected = labels(handwritten);
    assertThat(expected.keySet()).filteredOn(k -> k.startsWith("{" + IIJ)).hasSize(71);
    Map<String, String> written = new TreeMap<>(labels(IijExtensionEqualityTest.written));
    Map<String, String> printed = new TreeMap<>();
    written.entrySet().removeIf(e -> e.getKey().contains(" | " + DOCUMENT_LABEL + " | ") && printed.put(e.getKey(), e.getValue()) == null);
    assertThat(printed).isNotEmpty().allSatisfy((key, text) -> assertThat(document()).as(key).contains(text));
    assertThat(differences(flat(expected), flat(written))).containsExactlyInAnyOrderElementsOf(EXPECTED_LABEL_DIFFERENCES);
  }

  static String document() {
    try {
      return Files.readString(TestFiles.exampleDocument());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void eachStatementShowsTheSameWordingOnEachLine() {
    Map<String, List<String>> expected = shown(handwritten);
    List<String> cashFlows = shown(written).get(IIJ + "/role/CashFlowsYear");
    assertThat(cashFlows.subList(cashFlows.size() - 2, cashFlows.size()))
        .as("the year's cash flows end with cash at the beginning and at the end of the period")
        .map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).containsExactly("cash, beginning of period", "cash, end of period");
    // a line shown otherwise is shown as the release prints it, where the hand-written taxonomy now shows the base's wording
    Set<String> differences = differences(flat(expected), flat(shown(written)));
    Map<String, List<String>> byLine = differences.stream().collect(Collectors.groupingBy(
        d -> d.substring(2, d.indexOf(" | ", d.indexOf(" | ") + 3)), TreeMap::new, Collectors.toList()));
    assertThat(byLine).allSatisfy((line, both) -> {
      assertThat(both).as(line).hasSize(2).anyMatch(d -> d.startsWith("- ")).anyMatch(d -> d.startsWith("+ "));
      String shown = both.stream().filter(d -> d.startsWith("+ ")).findFirst().orElseThrow();
      assertThat(document()).as(line).contains(shown.substring(shown.lastIndexOf(" | ") + 3).strip());
    });
  }

  /** What only {@code was} has ({@code - }) and what only {@code is} has ({@code + }). */
  static Set<String> differences(Set<String> was, Set<String> is) {
    Set<String> differences = new TreeSet<>();
    was.stream().filter(x -> !is.contains(x)).forEach(x -> differences.add("- " + x));
    is.stream().filter(x -> !was.contains(x)).forEach(x -> differences.add("+ " + x));
    return differences;
  }

  /** Each entry as {@code key | value}. */
  static Set<String> flat(Map<String, ?> map) {
    Set<String> flat = new TreeSet<>();
    map.forEach((key, value) -> {
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          flat.add(key + " | " + (i + 1) + " | " + list.get(i));
        }
      } else {
        flat.add(key + " | " + value);
      }
    });
    return flat;
  }

  /** Each concept: name to type, period type, balance and abstract. */
  static Map<String, String> concepts(Taxonomy t) {
    Map<String, String> m = new TreeMap<>();
    for (Concept c : t.concepts().values()) {
      m.put(c.name().toString(), c.type() + " " + c.periodType() + " " + c.balance() + (c.isAbstract() ? " abstract" : ""));
    }
    return m;
  }

  /** Each role type of the extension: URI to definition and the links it is used on. */
  static Map<String, String> roles(Taxonomy t) {
    Map<String, String> m = new TreeMap<>();
    for (Dts.RoleType r : t.dts().roleTypes().values()) {
      if (r.uri().startsWith(IIJ)) {
        m.put(r.uri(), r.definition() + " on " + new TreeSet<>(r.usedOn().stream().map(QName::toString).toList()));
      }
    }
    return m;
  }

  /**
   * Each network: its roots, and each parent-child relationship with its place among the
   * parent's children and its preferred label (sorted: the order of parents in a document means nothing).
   */
  static Map<String, List<String>> trees(Taxonomy t) {
    Map<String, List<String>> m = new TreeMap<>();
    for (Presentation.Network n : t.presentation().networks()) {
      List<String> arcs = new java.util.ArrayList<>();
      n.roots().forEach(r -> arcs.add("root " + r));
      n.children().forEach((parent, kids) -> {
        for (int i = 0; i < kids.size(); i++) {
          arcs.add(parent + " -" + (i + 1) + "-> " + kids.get(i).concept() + " " + kids.get(i).preferredLabel());
        }
      });
      m.merge(n.role(), arcs, (a, b) -> {
        a.addAll(b);
        return a;
      });
    }
    m.values().forEach(java.util.Collections::sort);
    return m;
  }

  /** Each summation-item relationship: role, total, item, weight. */
  static Set<String> calculations(Taxonomy t) {
    Set<String> arcs = new TreeSet<>();
    for (Calculations.Summation s : t.calculations().summations()) {
      for (Calculations.Item item : s.items()) {
        arcs.add(s.role() + " " + s.total() + " <- " + item.concept() + " x " + item.weight().stripTrailingZeros().toPlainString());
      }
    }
    return arcs;
  }

  /** Each label: concept, role and language to its text. */
  static Map<String, String> labels(Taxonomy t) {
    Map<String, String> m = new TreeMap<>();
    t.labels().labels().forEach((concept, byRole) -> byRole.forEach((role, byLang) -> byLang.forEach(
        (lang, text) -> m.put(concept + " | " + role + " | " + lang, text))));
    return m;
  }

  /** Each statement as a reader sees it: each line's depth and the label it is shown with. */
  static Map<String, List<String>> shown(Taxonomy t) {
    return t.presentation().networks().stream().collect(Collectors.toMap(Presentation.Network::role,
        n -> n.lines().stream().map(l -> "  ".repeat(l.depth()) + t.labels().label(l.concept(), l.preferredLabel(), "en"))
            .toList(),
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList(), TreeMap::new));
  }
}
