package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Filing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which column of a statement shows a fact: the balance at the start of a period on the
 * period-start line, and a count without a currency (shares) under the currency column the
 * document printed it in — the IIJ release prints its share counts under JPY, not under the
 * convenience translation to USD.
 */
class StatementPlacementTest {
  private static Conversion example;

  @TempDir
  Path dir;

  @BeforeAll
  static void convert() throws Exception {
    example = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
  }

  /** Each statement's CSV: its lines, each split into cells. */
  private static List<List<List<String>>> statements(Filing filing) throws Exception {
    Map<String, byte[]> files = Renderer.renderFiles(filing, example.taxonomy(), Renderer.Format.STATEMENTS_CSV, "x");
    List<List<List<String>>> statements = new ArrayList<>();
    for (byte[] bytes : files.values()) {
      statements.add(new String(bytes, StandardCharsets.UTF_8).lines().map(StatementPlacementTest::cells).toList());
    }
    return statements;
  }

  /** One CSV line's cells (quotes as the statements CSV writes them). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** The cells of the row labelled {@code label} (in any case) by column header, of every statement that has it. */
  private static List<Map<String, String>> rows(List<List<List<String>>> statements, String label) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<List<String>> s : statements) {
      List<String> header = s.get(0);
      for (List<String> row : s) {
        if (row.get(0).strip().equalsIgnoreCase(label)) {
          Map<String, String> byHeader = new java.util.LinkedHashMap<>();
          for (int i = 1; i < header.size(); i++) {
            byHeader.put(header.get(i), i < row.size() ? row.get(i) : "");
          }
          rows.add(byHeader);
        }
      }
    }
    return rows;
  }

  @Test
  void shareCountsSitUnderTheCurrencyColumnTheReleasePrintsThemIn() throws Exception {
    List<Map<String, String>> rows = rows(statements(example.filing()), "Weighted Average Number of Shares");
    assertThat(rows).hasSize(2).allSatisfy(row -> row.forEach((header, value) -> {
      if (header.endsWith(" USD")) {
        assertThat(value).as(header).isEmpty();
      } else {
        assertThat(value).as(header).isEqualTo("22480");
      }
    }));
    assertThat(rows.get(0)).containsEntry("3 months to Mar 31, 2003 JPY", "22480");
  }

  @Test
  void withoutSourcesACountGoesUnderTheStatementsMainCurrencyNotTheTranslation() throws Exception {
    // the same filing read back without finfile's source attributes, as another tool's filing would be
    String text = Files.readString(TestFiles.expectedInstance())
        .replaceAll(" ff:(src|line|text)=\"[^\"]*\"", "");
    Path file = dir.resolve("no-sources.xml");
    Files.writeString(file, text);
    Filing read = Finfile.read(file);
    assertThat(read.facts()).allSatisfy(f -> assertThat(f.source()).isNull());
    // the translated (USD) amounts first in the file, so that USD is the first column of its period
    List<org.finfile.model.Fact> usdFirst = new ArrayList<>(read.facts());
    usdFirst.sort(java.util.Comparator.comparing(f -> !"USD".equals(Statements.currency(f.unit()))));
    Filing filing = new Filing(read.schemaRefs(), read.namespaces(), read.contexts(), read.units(), usdFirst,
        read.footnotes(), read.document(), read.tuples());
    List<Map<String, String>> rows = rows(statements(filing), "Weighted Average Number of Shares");
    assertThat(rows).isNotEmpty().allSatisfy(row -> row.forEach((header, value) -> {
      if (header.endsWith(" USD")) {
        assertThat(value).as(header).isEmpty();
      }
    }));
    assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("3 months to Mar 31, 2003 JPY", "22480"));
  }

  @Test
  void theCashFlowStatementsShowCashAtTheBeginningOfEachPeriod() throws Exception {
    List<Map<String, String>> rows = rows(statements(example.filing()), "Cash, Beginning of Period");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("3 months to Mar 31, 2003 USD", "36170000")
        .containsEntry("3 months to Mar 31, 2003 JPY", "4270613000")
        .containsEntry("3 months to Mar 31, 2002 JPY", "11166077000")
        .containsEntry("3 months to Dec 31, 2002 JPY", "4772753000");
    assertThat(rows.get(1)).containsEntry("Year to Mar 31, 2003 JPY", "11045919000")
        .containsEntry("Year to Mar 31, 2002 JPY", "13570707000");
  }

  @Test
  void aBalanceAtMidnightOfTheFirstDayIsTheBalanceAtThePeriodsStart() throws Exception {
    // 2003-01-01T00:00:00 is the moment the quarter to Mar 31, 2003 starts, as 2002-12-31 (its end of day) is
    String text = Files.readString(TestFiles.expectedInstance())
        .replace("<xbrli:instant>2002-12-31</xbrli:instant>", "<xbrli:instant>2003-01-01T00:00:00</xbrli:instant>");
    Path file = dir.resolve("midnight.xml");
    Files.writeString(file, text);
    List<Map<String, String>> rows = rows(statements(Finfile.read(file)), "Cash, Beginning of Period");
    assertThat(rows.get(0)).containsEntry("3 months to Mar 31, 2003 JPY", "4270613000");
    List<Map<String, String>> ends = rows(statements(Finfile.read(file)), "Cash, End of Period");
    assertThat(ends.get(0)).containsEntry("3 months to Dec 31, 2002 JPY", "4270613000");
  }
}
