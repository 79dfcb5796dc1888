package org.finfile.oim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.InputException;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OIM reports are untrusted input: what is malformed, beyond the limits or not representable is one InputException. */
class OimReadingTest {
  static final String HEAD = """
      {"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-json",
        "namespaces": {"t": "urn:t", "s": "urn:scheme"}, "taxonomy": ["t.xsd"]},
       "facts": {""";
  static final String FACT = """
      "%s": {"value": "%s", "dimensions": {"concept": "t:A", "entity": "s:X", "period": "2003-04-01T00:00:00"}}""";

  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aSmallReportReads() throws Exception {
    Filing f = Oim.read(write("r.json", HEAD + FACT.formatted("a", "x") + "}}"));
    assertThat(f.facts()).hasSize(1);
    assertThat(f.facts().get(0).id()).isEqualTo("a");
    assertThat(f.contexts().get(0).period()).isEqualTo(Period.instant(java.time.LocalDate.of(2003, 3, 31)));
  }

  @Test
  void twoFactsUnderOneIdAreAnErrorNotOneFact() throws Exception {
    Path json = write("r.json", HEAD + FACT.formatted("a", "1") + "," + FACT.formatted("a", "2") + "}}");
    assertThatThrownBy(() -> Oim.read(json)).isInstanceOf(InputException.class).hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    Path json = write("r.json", HEAD + FACT.formatted("a", "1") + "}, \"x:deep\": " + "[".repeat(300) + "]".repeat(300) + "}");
    assertThatThrownBy(() -> Oim.read(json)).isInstanceOf(InputException.class)
        .hasMessageContaining("(limit depth=256; raise it with --limit depth=N)");
  }

  @Test
  void somethingElseIsNotTakenForAReport() throws Exception {
    Path json = write("r.json", "{\"documentInfo\": {\"documentType\": \"https://example.com/other\"}}");
    assertThatThrownBy(() -> Oim.read(json)).isInstanceOf(InputException.class).hasMessageContaining("neither an xBRL-JSON");
    Path array = write("a.json", "[1, 2]");
    assertThatThrownBy(() -> Oim.read(array)).isInstanceOf(InputException.class).hasMessageContaining("not a JSON object");
  }

  @Test
  void aDimensionTheModelCannotHoldIsRefusedNotDropped() throws Exception {
    Path json = write("r.json", HEAD + FACT.formatted("a", "1").replace("\"entity\"", "\"Axis\": \"t:Member\", \"entity\"") + "}}");
    assertThatThrownBy(() -> Oim.read(json)).isInstanceOf(InputException.class)
        .hasMessageContaining("the Axis dimension is no OIM core dimension nor a prefixed name");
    Path typed = write("t.json", HEAD + FACT.formatted("a", "1").replace("\"entity\"", "\"t:Axis\": \"7\", \"entity\"") + "}}");
    assertThatThrownBy(() -> Oim.read(typed)).isInstanceOf(InputException.class)
        .hasMessageContaining("dimension t:Axis has the value '7', no member name");
  }

  @Test
  void aNoteWithMarkupOrAnEntityIsRefused() throws Exception {
    String note = """
        , "n": {"value": "%s", "dimensions": {"concept": "xbrl:note", "noteId": "n", "language": "en"}}""";
    String head = HEAD.replace("\"t\": \"urn:t\"", "\"t\": \"urn:t\", \"xbrl\": \"https://xbrl.org/2021\"");
    Path markup = write("m.json", head + FACT.formatted("a", "1") + note.formatted("<b>bold</b>") + "}}");
    assertThatThrownBy(() -> Oim.read(markup)).isInstanceOf(InputException.class).hasMessageContaining("markup inside a note");
    Path entity = write("e.json", head + FACT.formatted("a", "1") + note.formatted("&xxe;") + "}}");
    assertThatThrownBy(() -> Oim.read(entity)).isInstanceOf(InputException.class).hasMessageContaining("not an XHTML fragment");
    Path text = write("t.json", head + FACT.formatted("a", "1") + note.formatted("A &amp; B") + "}}");
    assertThat(Oim.read(text).footnotes().get(0).resources().get(0).text()).isEqualTo("A & B");
  }

  @Test
  void aLinkToNoNoteIsRefused() throws Exception {
    Path json = write("r.json", HEAD + FACT.formatted("a", "1").replace("}}", "}, \"links\": {\"footnote\": {\"_\": [\"nowhere\"]}}}")
        + "}}");
    assertThatThrownBy(() -> Oim.read(json)).isInstanceOf(InputException.class).hasMessageContaining("nowhere");
  }

  @Test
  void aTableIsReadOnlyBesideItsMetadata() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("report"));
    Files.writeString(dir.resolve("secret.csv"), "row,value\r\n1,secret\r\n");
    String metadata = """
        {"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-csv", "namespaces": {"t": "urn:t"}, "taxonomy": ["t.xsd"]},
         "tableTemplates": {"t": {"columns": {"row": {}, "value": {"dimensions": {"concept": "t:A"}}}}},
         "tables": {"t": {"template": "t", "url": "%s"}}}""";
    Path up = Files.writeString(sub.resolve("m.json"), metadata.formatted("../secret.csv"));
    assertThatThrownBy(() -> Oim.read(up)).isInstanceOf(InputException.class).hasMessageContaining("beside the metadata");
    Path absolute = Files.writeString(sub.resolve("a.json"), metadata.formatted("file:///etc/passwd"));
    assertThatThrownBy(() -> Oim.read(absolute)).isInstanceOf(InputException.class).hasMessageContaining("beside the metadata");
    Files.createSymbolicLink(sub.resolve("link.csv"), dir.resolve("secret.csv"));
    Path linked = Files.writeString(sub.resolve("l.json"), metadata.formatted("link.csv"));
    assertThatThrownBy(() -> Oim.read(linked)).isInstanceOf(InputException.class).hasMessageContaining("beside the metadata");
  }

  @Test
  void csvRowsMustHaveUniqueIdsAndKnownColumns() throws Exception {
    String metadata = """
        {"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-csv", "namespaces": {"t": "urn:t", "s": "urn:s"},
          "taxonomy": ["t.xsd"]},
         "tableTemplates": {"t": {"rowIdColumn": "row", "dimensions": {"concept": "t:A", "entity": "s:X"},
           "columns": {"row": {}, "value": {"dimensions": {}}}}},
         "tables": {"t": {"url": "t.csv"}}}""";
    Path m = write("m.json", metadata);
    write("t.csv", "row,value\r\nr1,a\r\nr2,b\r\n");
    Filing f = Oim.read(m);
    assertThat(f.facts()).extracting(x -> x.id()).containsExactly("t.r_r1.value", "t.r_r2.value");
    write("t.csv", "row,value\r\nr1,a\r\nr1,b\r\n");
    assertThatThrownBy(() -> Oim.read(m)).isInstanceOf(InputException.class).hasMessageContaining("a second row with the id r1");
    write("t.csv", "row,value,other\r\nr1,a,x\r\n");
    assertThatThrownBy(() -> Oim.read(m)).isInstanceOf(InputException.class).hasMessageContaining("column other");
    write("t.csv", "row,value\r\nr1,#what\r\n");
    assertThatThrownBy(() -> Oim.read(m)).isInstanceOf(InputException.class).hasMessageContaining("unknown special value");
  }

  @Test
  void theReportsTaxonomyBesideItTellsAPureNumberFromText() throws Exception {
    TestFiles.copyExampleTaxonomy(dir);
    Filing filing = OimTest.idLess();
    Filing back = Oim.read(FactsOut.json(filing, null, dir, "id-less"));
    assertThat(FactsOut.facts(back)).containsExactlyElementsOf(FactsOut.facts(filing));
  }
}
