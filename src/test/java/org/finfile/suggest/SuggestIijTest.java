package org.finfile.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.finfile.TestFiles;
import org.finfile.tables.Cells;
import org.finfile.tables.TextDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How much of the IIJ example's hand-written mapping (main's version, kept as a test resource)
 * {@code mapping suggest} reproduces from the release alone: tables found, rows suggested,
 * rows given the same base concept, and header rows, scale and currency that agree. The figures
 * are printed; the test holds floors under them.
 */
class SuggestIijTest {
  private static final String NS = "http://finfile.org/mapping/1.0";

  /** One table of the example: what the suggestion is compared with. */
  record ExampleTable(String id, int headerRows, int scale, String currency, List<ExampleRow> rows) {}

  record ExampleRow(String label, String section, String concept) {}

  /** The figures. */
  record Figures(int tables, int tablesFound, int rows, int rowsSuggested, int baseRows, int sameBase,
      int headerRowsAgree, int scaleAgree, int currencyAgree, boolean currencyColumnsAgree) {}

  static List<ExampleTable> example() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d;
    try (InputStream in = SuggestIijTest.class.getResourceAsStream("iij-example-mapping.xml")) {
      d = f.newDocumentBuilder().parse(Objects.requireNonNull(in));
    }
    List<ExampleTable> tables = new ArrayList<>();
    NodeList list = d.getElementsByTagNameNS(NS, "table");
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      List<ExampleRow> rows = new ArrayList<>();
      NodeList rs = t.getElementsByTagNameNS(NS, "row");
      for (int j = 0; j < rs.getLength(); j++) {
        Element r = (Element) rs.item(j);
        rows.add(new ExampleRow(r.getAttribute("label"), r.hasAttribute("section") ? r.getAttribute("section") : null,
            r.hasAttribute("concept") ? r.getAttribute("concept") : null));
      }
      tables.add(new ExampleTable(t.getAttribute("id"), Integer.parseInt(t.getAttribute("header-rows")),
          t.hasAttribute("scale") ? Integer.parseInt(t.getAttribute("scale")) : 0,
          t.hasAttribute("currency") ? t.getAttribute("currency") : null, rows));
    }
    return tables;
  }

  static Figures measure(Suggest.Suggestion s, List<ExampleTable> example) {
    int found = 0;
    int rows = 0;
    int suggested = 0;
    int baseRows = 0;
    int sameBase = 0;
    int header = 0;
    int scale = 0;
    int currency = 0;
    for (ExampleTable t : example) {
      Suggest.TableSummary match = null;
      int best = 0;
      for (Suggest.TableSummary candidate : s.tables()) {
        int common = (int) t.rows().stream().filter(r -> row(candidate, r) != null).count();
        if (common > best) {
          best = common;
          match = candidate;
        }
      }
      rows += t.rows().size();
      if (match == null || best * 2 < t.rows().size()) {
        continue;
      }
      found++;
      header += t.headerRows() == match.headerRows() ? 1 : 0;
      scale += t.scale() == match.scale() ? 1 : 0;
      currency += Objects.equals(t.currency(), match.currency()) ? 1 : 0;
      for (ExampleRow r : t.rows()) {
        Suggest.RowSummary mine = row(match, r);
        if (mine != null) {
          suggested++;
        }
        if (r.concept() != null && r.concept().startsWith("base:")) {
          baseRows++;
          if (mine != null && r.concept().equals(mine.concept())) {
            sameBase++;
          }
        }
      }
    }
    boolean columns = s.xml().contains("<currency header=\"USD\" code=\"USD\"/>")
        && s.xml().contains("<currency header=\"JPY\" code=\"JPY\"/>");
    return new Figures(example.size(), found, rows, suggested, baseRows, sameBase, header, scale, currency, columns);
  }

  /** The suggested row for an example row: same label, and same section where the example gives one. */
  private static Suggest.RowSummary row(Suggest.TableSummary table, ExampleRow r) {
    Map<String, List<Suggest.RowSummary>> byLabel = new HashMap<>();
    table.rows().forEach(x -> byLabel.computeIfAbsent(Cells.key(x.label()), k -> new ArrayList<>()).add(x));
    for (Suggest.RowSummary x : byLabel.getOrDefault(Cells.key(r.label()), List.of())) {
      if (r.section() == null || x.section() != null && Cells.key(x.section()).equals(Cells.key(r.section()))) {
        return x;
      }
    }
    return null;
  }

  @Test
  void reproducesMostOfTheExampleMapping() throws Exception {
    Suggest.Suggestion s = Suggest.suggest("iij-fy2002.txt", TextDocument.read(TestFiles.exampleDocument(), "iij-fy2002.txt").blocks());
    Figures f = measure(s, example());
    System.out.printf("mapping suggest on the IIJ release: %d of %d tables found; %d of %d rows suggested;"
        + " %d of %d base-concept rows given the same base concept (%.0f%%); header rows agree in %d, scale in %d,"
        + " currency in %d of %d tables; currency columns USD/JPY %s%n",
        f.tablesFound(), f.tables(), f.rowsSuggested(), f.rows(), f.sameBase(), f.baseRows(),
        100.0 * f.sameBase() / f.baseRows(), f.headerRowsAgree(), f.scaleAgree(), f.currencyAgree(), f.tables(),
        f.currencyColumnsAgree() ? "agree" : "differ");
    assertThat(f.tablesFound()).isGreaterThanOrEqualTo(13);
    assertThat(f.rowsSuggested()).isGreaterThanOrEqualTo(f.rows() * 9 / 10);
    assertThat(f.sameBase()).isGreaterThanOrEqualTo(f.baseRows() * 6 / 10);
    assertThat(f.headerRowsAgree()).isGreaterThanOrEqualTo(12);
    assertThat(f.scaleAgree()).isGreaterThanOrEqualTo(12);
    assertThat(f.currencyAgree()).isGreaterThanOrEqualTo(11);
    assertThat(f.currencyColumnsAgree()).isTrue();
  }

  @Test
  void aSuggestionWithNothingRightScoresNothing() throws Exception {
    // the measure itself: a suggestion with no tables finds none of the example's
    Figures f = measure(new Suggest.Suggestion("<mapping/>", List.of(), 0), example());
    assertThat(f.tablesFound()).isZero();
    assertThat(f.sameBase()).isZero();
    assertThat(f.tables()).isEqualTo(14);
    assertThat(f.rows()).isGreaterThan(150);
    assertThat(f.rowsSuggested()).isZero();
  }
}
