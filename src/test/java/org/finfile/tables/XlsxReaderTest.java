package org.finfile.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.finfile.Finfile;
import org.finfile.InputException;
import org.finfile.Limit;
import org.finfile.LimitException;
import org.finfile.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
  private static final String ACCOUNTING = "_(\"$\"* #,##0_);_(\"$\"* (#,##0);_(\"$\"* \"-\"_);_(@_)";

  @TempDir
  Path dir;

  private Document read(Workbooks book) throws Exception {
    Path file = book.write(dir.resolve("acme.xlsx"));
    return Documents.read(file, "acme.xlsx", null);
  }

  @Test
  void cellsGiveTheirValuesAsDisplayedFormulasTheirCachedResults() throws Exception {
    Document d = read(new Workbooks().sheet("Income")
        .text("A1", "Income statement")
        .text("B3", "2024")
        .text("A4", "Revenues").number("B4", 12500, "#,##0")
        .text("A5", "Costs").number("B5", -2851, "#,##0;(#,##0)")
        .text("A6", "Total").formula("B6", "B4+B5", "#,##0")
        .text("A7", "Margin").number("B7", 0.125, "0.0%")
        .text("A8", "Other").number("B8", 0, ACCOUNTING)
        .text("A9", "Shares").number("B9", 1234567, null));
    TabBlock b = d.blocks().get(0);
    assertThat(b.heading()).extracting(TabBlock.Line::text).containsExactly("Income statement");
    assertThat(b.rows()).extracting(r -> r.cell(2)).containsExactly("2024", "12,500", "(2,851)", "9,649", "12.5%", "0", "1234567");
    assertThat(Numbers.parse(b.rows().get(3).cell(2)).value()).isEqualByComparingTo("9649");
  }

  @Test
  void rowsAndCellsAreNamedBySheetAndAddressSpacersDropped() throws Exception {
    Document d = read(new Workbooks().sheet("Income")
        .text("B2", "Title").text("D3", "2024").text("F3", "2023")
        .text("B4", "Revenues").number("D4", 1, null).number("F4", 2, null)
        .text("C9", "spacer column C is used here, so the sheet keeps it")
        .sheet("Balance sheet")
        .text("A1", "Balance").text("B2", "2024").text("A3", "Cash").number("B3", 5, null));
    assertThat(d.blocks()).hasSize(3);
    TabBlock.Row revenues = d.blocks().get(0).rows().get(1);
    assertThat(revenues.cells()).containsExactly("Revenues", "1", "2");
    assertThat(revenues.at()).isEqualTo("Income!B4");
    assertThat(revenues.at(3)).isEqualTo("Income!F4");
    assertThat(d.blocks().get(0).heading().get(0).at()).isEqualTo("Income!B2");
    TabBlock.Row cash = d.blocks().get(2).rows().get(1);
    assertThat(cash.at(2)).isEqualTo("'Balance sheet'!B3");
    assertThat(d.blocks()).extracting(TabBlock::index).containsExactly(1, 2, 3);
    assertThat(cash.line()).as("lines count on across sheets").isGreaterThan(revenues.line());
  }

  @Test
  void aBadCellInAWorkbookIsNamedByItsAddress() throws Exception {
    Path mapping = Files.writeString(dir.resolve("mapping.xml"), InputFormatsTest.MAPPING);
    Path book = dir.resolve("acme.xlsx");
    InputFormatsTest.workbook(book);
    Path broken = new Workbooks().sheet("Income")
        .text("B1", "Acme Widgets income statement").text("B2", "(in millions)")
        .text("C4", "FY2024").text("B5", "Revenues").text("C5", "12,5OO")
        .write(dir.resolve("broken.xlsx"));
    assertThatThrownBy(() -> Finfile.convert(broken, mapping))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("broken.xlsx:Income!C5: '12,5OO' is not a number");
  }

  @Test
  void aSheetOfMoreCellsThanTheLimitIsRefused() throws Exception {
    Workbooks book = new Workbooks().sheet("Big");
    for (int r = 1; r <= 4; r++) {
      book.text("A" + r, "row").number("B" + r, r, null);
    }
    Path file = book.write(dir.resolve("big.xlsx"));
    Limits before = Limits.current();
    try {
      Limits.install(Limits.defaults().with(Limit.SHEET_CELLS, 7));
      assertThatThrownBy(() -> Documents.read(file, "big.xlsx", null))
          .isInstanceOf(LimitException.class)
          .hasMessageStartingWith("big.xlsx:Big: a sheet of more than 7 cells")
          .hasMessageContaining("--limit sheet-cells=N");
    } finally {
      Limits.install(before);
    }
  }

  @Test
  void aZipBombWorkbookIsRefusedByTheZipRatioLimit() throws Exception {
    Path plain = new Workbooks().sheet("S").text("A1", "x").number("B1", 1, null).write(dir.resolve("plain.xlsx"));
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipFile in = new ZipFile(plain.toFile()); OutputStream o = Files.newOutputStream(bomb);
        ZipOutputStream out = new ZipOutputStream(o)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream data = in.getInputStream(e)) {
          byte[] bytes = data.readAllBytes();
          if (e.getName().equals("xl/worksheets/sheet1.xml")) {
            String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</worksheet>");
            out.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
              out.write(spaces);
            }
            out.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          } else {
            out.write(bytes);
          }
        }
        out.closeEntry();
      }
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    assertThatThrownBy(() -> Documents.read(bomb, "bomb.xlsx", null))
        .isInstanceOf(LimitException.class)
        .hasMessageStartingWith("bomb.xlsx: ")
        .hasMessageContaining("zip-ratio");
  }

  @Test
  void aFileThatIsNoWorkbookIsOneLine() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.xlsx"), "Title\n\t2024\nCash\t1\n");
    assertThatThrownBy(() -> Documents.read(fake, "fake.xlsx", null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("fake.xlsx: not a readable .xlsx workbook")
        .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(1));
  }

  @Test
  void whereLettersCountLikeASpreadsheet() {
    assertThat(List.of(0, 25, 26, 701, 702).stream().map(Where.SheetRow::letters)).containsExactly("A", "Z", "AA", "ZZ", "AAA");
  }
}
