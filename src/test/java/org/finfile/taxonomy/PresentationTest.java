package org.finfile.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PresentationTest {
  private static QName c(int i) {
    return new QName("urn:t", "c" + i);
  }

  private static String shown(List<Presentation.Line> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(" ".repeat(l.depth())).append(l.concept().getLocalPart()).append('\n'));
    return text.toString();
  }

  private static Presentation.Network network(List<QName> roots, int[][] arcs) {
    Map<QName, List<Presentation.Child>> children = new LinkedHashMap<>();
    for (int[] a : arcs) {
      children.computeIfAbsent(c(a[0]), k -> new java.util.ArrayList<>()).add(new Presentation.Child(c(a[1]), null));
    }
    return new Presentation.Network("r", null, roots, children);
  }

  @Test
  void aTreeIsShownWhole() {
    Presentation.Network tree = network(List.of(c(0)), new int[][] {{0, 1}, {1, 2}, {0, 3}});
    assertThat(shown(tree.lines())).isEqualTo("c0\n c1\n  c2\n c3\n");
  }

  @Test
  void aSharedSubtreeIsExpandedAtItsFirstOccurrenceOnly() {
    // c0 → c1, c0 → c2, both → c3 → c4
    Presentation.Network diamond = network(List.of(c(0)), new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}});
    assertThat(shown(diamond.lines())).isEqualTo("c0\n c1\n  c3\n   c4\n c2\n  c3\n");
  }

  @Test
  void aCycleIsCutAndARootlessCycleIsStillShown() {
    Presentation.Network cycle = network(List.of(c(0)), new int[][] {{0, 1}, {1, 2}, {2, 1}, {5, 6}, {6, 5}});
    assertThat(shown(cycle.lines())).isEqualTo("c0\n c1\n  c2\n   c1\nc5\n c6\n  c5\n");
  }

  @Test
  @Timeout(10)
  void aLatticeOfSixtyLevelsHasOneLinePerRelationship() {
    int levels = 60;
    int[][] arcs = new int[4 * (levels - 1)][];
    int n = 0;
    for (int level = 0; level + 1 < levels; level++) {
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 2; b++) {
          arcs[n++] = new int[] {2 * level + a, 2 * (level + 1) + b};
        }
      }
    }
    List<Presentation.Line> lines = network(List.of(c(0), c(1)), arcs).lines();
    assertThat(lines.size()).isLessThanOrEqualTo(2 + arcs.length);
    assertThat(lines.stream().map(Presentation.Line::concept).distinct().count()).isEqualTo(2L * levels);
  }

  @Test
  void aChainAMillionDeepNeedsNoStack() {
    int depth = 1_000_000;
    int[][] arcs = new int[depth][];
    for (int i = 0; i < depth; i++) {
      arcs[i] = new int[] {i, i + 1};
    }
    List<Presentation.Line> lines = network(List.of(c(0)), arcs).lines();
    assertThat(lines).hasSize(depth + 1);
    assertThat(lines.get(depth).depth()).isEqualTo(depth);
  }
}
