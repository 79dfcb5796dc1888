package org.finfile.mapping;

import static org.assertj.core.api.Assertions.assertThat;

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
 * the taxonomy that used to be written by hand (kept in {@code iij-handwritten} for this test only).
 * Both are loaded the way finfile loads any taxonomy.
 */
class IijExtensionEqualityTest {
  static final String IIJ = "http://finfile.org/taxonomy/iij/2003-03-31";

  /**
   * Labels the written taxonomy shows differently from the hand-written one, each
   * {@code concept | role | hand-written text -> written text}. Empty: none differ.
   */
  static final Set<String> EXPECTED_LABEL_DIFFERENCES = Set.of();

  @TempDir
  static Path out;
  static Taxonomy handwritten;
  static Taxonomy written;

  @BeforeAll
  static void load() throws Exception {
    Conversion conversion = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    Finfile.write(conversion, out, "iij-fy2002.xml");
    written = Taxonomy.load(out.resolve("iij-2003-03-31.xsd").toUri().toString(), null, OfflineResolver.bundled());
    handwritten = Taxonomy.load(TestFiles.handwrittenTaxonomy().toUri().toString(), null, OfflineResolver.bundled());
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
    assertThat(roles(written)).containsExactlyInAnyOrderEntriesOf(roles(handwritten));
  }

  @Test
  void eachStatementPresentsTheSameTree() {
    Map<String, List<String>> expected = trees(handwritten);
    assertThat(expected.keySet()).filteredOn(r -> r.startsWith(IIJ)).hasSize(13);
    assertThat(expected.values()).flatExtracting(l -> l).hasSizeGreaterThan(150);
    Map<String, List<String>> actual = trees(written);
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((role, arcs) -> assertThat(actual.get(role)).as(role).containsExactlyElementsOf(arcs));
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
    Map<String, String> actual = labels(written);
    Set<String> differences = new TreeSet<>();
    Set<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String key : keys) {
      String was = expected.get(key);
      String is = actual.get(key);
      if (was == null || !was.equals(is)) {
        differences.add(key + " | " + was + " -> " + is);
      }
    }
    assertThat(expected).hasSizeGreaterThan(82);
    assertThat(differences).containsExactlyInAnyOrderElementsOf(EXPECTED_LABEL_DIFFERENCES);
  }

  @Test
  void eachStatementShowsTheSameWordingOnEachLine() {
    Map<String, List<String>> expected = shown(handwritten);
    Map<String, List<String>> actual = shown(written);
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((role, lines) -> assertThat(actual.get(role)).as(role).containsExactlyElementsOf(lines));
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
