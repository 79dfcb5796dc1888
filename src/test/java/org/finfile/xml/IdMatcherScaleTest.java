package org.finfile.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Siblings without ids pair by lookup too: 50,000 facts of each of two concepts, interleaved on
 * one side and grouped on the other, took XMLUnit's search 10^9 comparisons and more; in order
 * within their name they pair in linear time, and as before: by id first, then by name in order.
 */
class IdMatcherScaleTest {
  private static Element element(Document d, String local, String id) {
    Element e = d.createElementNS("http://example.com/h", "h:" + local);
    if (id != null) {
      e.setAttribute("id", id);
    }
    return e;
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fiftyThousandFactsWithoutIdsInAnotherOrderPairByName() throws Exception {
    int n = 50_000;
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    List<Node> control = new ArrayList<>();
    List<Node> test = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      control.add(element(d, "a", null));
      control.add(element(d, "b", null));
    }
    for (int i = 0; i < n; i++) {
      test.add(element(d, "a", null));
    }
    for (int i = 0; i < n; i++) {
      test.add(element(d, "b", null));
    }
    List<Map.Entry<Node, Node>> pairs = new ArrayList<>();
    new IdMatcher().match(control, test).forEach(pairs::add);
    assertThat(pairs).hasSize(2 * n);
    assertThat(pairs).allMatch(p -> p.getKey().getLocalName().equals(p.getValue().getLocalName()));
    // in order within a name: the k-th b of one side with the k-th b of the other
    assertThat(pairs.get(1).getValue()).isSameAs(test.get(n));
  }

  @Test
  void idsPairFirstThenNamesInOrderAndTextWithText() throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    Node c1 = element(d, "a", "x");
    Node c2 = element(d, "a", null);
    Node c3 = d.createTextNode("t");
    Node c4 = element(d, "a", "gone");
    Node t1 = d.createTextNode("u");
    Node t2 = element(d, "a", null);
    Node t3 = element(d, "a", "x");
    List<Map.Entry<Node, Node>> pairs = new ArrayList<>();
    new IdMatcher().match(List.of(c1, c2, c3, c4), List.of(t1, t2, t3)).forEach(pairs::add);
    assertThat(pairs).hasSize(3);
    assertThat(pairs).anyMatch(p -> p.getKey() == c1 && p.getValue() == t3)
        .anyMatch(p -> p.getKey() == c2 && p.getValue() == t2)
        .anyMatch(p -> p.getKey() == c3 && p.getValue() == t1)
        .noneMatch(p -> p.getKey() == c4);
  }
}
