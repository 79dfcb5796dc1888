package org.finfile.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.finfile.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every defence of the package reader, each against an archive crafted to pass every other
 * check: the same archive without the bad entry opens ({@link #theControlPackageOpens}), so
 * each test fails if its defence is taken away.
 */
class HostileArchivesTest {
  static final String METADATA = "<tp:taxonomyPackage xmlns:tp='http://xbrl.org/2016/taxonomy-package' xml:lang='en'>"
      + "<tp:identifier>urn:example:hostile</tp:identifier></tp:taxonomyPackage>";

  @TempDir
  Path dir;

  /** A valid taxonomy package, plus the given entries. */
  private CraftedZip taxonomyPackage() {
    return CraftedZip.of().add("p/META-INF/taxonomyPackage.xml", METADATA).add("p/a.xsd", "<schema/>");
  }

  private Path zip(CraftedZip zip) throws Exception {
    return zip.write(dir.resolve("hostile.zip"));
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  /** Refused with one line naming the archive and {@code entry}, saying {@code what}. */
  private void assertRefused(Path archive, Limits limits, String entry, String what) throws Exception {
    List<Path> before = leftovers();
    assertThatThrownBy(() -> Packages.open(archive, limits).close())
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          assertThat(e.getMessage()).contains(archive + (entry == null ? "" : "!/" + entry)).contains(what);
          assertThat(e.getMessage().lines()).hasSize(1);
        });
    assertThat(leftovers()).as("nothing unpacked is left behind").isEqualTo(before);
  }

  private void assertRefused(CraftedZip zip, String entry, String what) throws Exception {
    assertRefused(zip(zip), Limits.DEFAULT, entry, what);
  }

  private static List<Path> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("finfile-package-")).sorted().toList();
    }
  }

  @Test
  void theControlPackageOpens() throws Exception {
    try (OpenPackage p = Packages.open(zip(taxonomyPackage()))) {
      assertThat(p.kind()).isEqualTo(OpenPackage.Kind.TAXONOMY);
      assertThat(p.root().resolve("a.xsd")).hasContent("<schema/>");
    }
  }

  @Test
  void dotDotInAName() throws Exception {
    assertRefused(taxonomyPackage().add("p/../evil.xsd", "x"), "p/../evil.xsd", "'..'");
  }

  @Test
  void anAbsolutePath() throws Exception {
    assertRefused(taxonomyPackage().add("/p/evil.xsd", "x"), "/p/evil.xsd", "absolute path");
  }

  @Test
  void aBackslash() throws Exception {
    assertRefused(taxonomyPackage().add("p\\..\\evil.xsd", "x"), "p\\..\\evil.xsd", "backslash");
  }

  @Test
  void aDriveLetter() throws Exception {
    assertRefused(taxonomyPackage().add("C:/p/evil.xsd", "x"), "C:/p/evil.xsd", "drive letter");
  }

  @Test
  void aSymbolicLink() throws Exception {
    CraftedZip.Entry link = new CraftedZip.Entry("p/b.xsd", "/etc/passwd".getBytes(StandardCharsets.UTF_8)).unix(0120777);
    assertRefused(taxonomyPackage().add(link), "p/b.xsd", "symbolic link");
  }

  @Test
  void tooManyEntries() throws Exception {
    CraftedZip zip = taxonomyPackage().add("p/b.xsd", "x").add("p/c.xsd", "x");
    assertRefused(zip(zip), Limits.builder().maxEntries(3).build(), null, "lists 4 entries (limit zip-entries=3; raise it with --limit zip-entries=N)");
  }

  @Test
  void tooManyBytesInAll() throws Exception {
    CraftedZip zip = taxonomyPackage().add(new CraftedZip.Entry("p/b.bin", random(600)).stored())
        .add(new CraftedZip.Entry("p/c.bin", random(600)).stored());
    assertRefused(zip(zip), Limits.builder().maxTotalBytes(1000).build(), "p/c.bin", "more than 1000 bytes");
  }

  @Test
  void tooManyBytesInOneEntry() throws Exception {
    CraftedZip zip = taxonomyPackage().add(new CraftedZip.Entry("p/b.bin", random(1500)));
    assertRefused(zip(zip), Limits.builder().maxEntryBytes(1000).build(), "p/b.bin", "declares 1500 bytes");
  }

  @Test
  void anEntryThatLiesAboutItsSizeIsMeasuredAsItInflates() throws Exception {
    CraftedZip.Entry liar = new CraftedZip.Entry("p/b.bin", random(300_000));
    liar.declaredSize = 100L;
    assertRefused(zip(taxonomyPackage().add(liar)), Limits.builder().maxEntryBytes(1000).build(), "p/b.bin",
        "inflates to more than 1000 bytes");
  }

  @Test
  void aCompressionBomb() throws Exception {
    CraftedZip.Entry zeros = new CraftedZip.Entry("p/zeros.xml", new byte[2_000_000]);
    assertThat(CraftedZip.deflate(zeros.data).length).isLessThan(4_000);
    assertRefused(taxonomyPackage().add(zeros), "p/zeros.xml", "more than 100 times its compressed size");
  }

  @Test
  void aNestedArchiveByName() throws Exception {
    assertRefused(taxonomyPackage().add("p/inner.zip", "x"), "p/inner.zip", "archive inside the archive");
  }

  @Test
  void aNestedArchiveByContent() throws Exception {
    CraftedZip.Entry inner = new CraftedZip.Entry("p/b.xsd", CraftedZip.of().add("q/x.xml", "<x/>").bytes());
    assertRefused(taxonomyPackage().add(inner), "p/b.xsd", "archive inside the archive");
  }

  @Test
  void twoEntriesOfOneName() throws Exception {
    assertRefused(taxonomyPackage().add("p/a.xsd", "<other/>"), "p/a.xsd", "two entries of this name");
  }

  @Test
  void twoNamesThatDifferOnlyInCase() throws Exception {
    assertRefused(taxonomyPackage().add("p/A.xsd", "<other/>"), "p/A.xsd", "same name but for case");
  }

  @Test
  void aNameThatIsBothAFileAndAFolder() throws Exception {
    assertRefused(taxonomyPackage().add("p/a.xsd/b.xsd", "x"), "p/a.xsd", "both a file and the folder");
  }

  @Test
  void aSecondTopLevelFolder() throws Exception {
    assertRefused(taxonomyPackage().add("q/b.xsd", "x"), "q/b.xsd", "second top-level folder");
  }

  @Test
  void aFileAtTheTop() throws Exception {
    assertRefused(taxonomyPackage().add("b.xsd", "x"), "b.xsd", "file at the top");
  }

  @Test
  void anEncryptedEntry() throws Exception {
    CraftedZip.Entry secret = new CraftedZip.Entry("p/b.xsd", "x".getBytes(StandardCharsets.UTF_8));
    secret.flags = 1;
    assertRefused(taxonomyPackage().add(secret), "p/b.xsd", "encrypted");
  }

  @Test
  void anUnknownCompressionMethod() throws Exception {
    CraftedZip.Entry bzip2 = new CraftedZip.Entry("p/b.xsd", "x".getBytes(StandardCharsets.UTF_8)).stored();
    bzip2.method = 12;
    assertRefused(taxonomyPackage().add(bzip2), "p/b.xsd", "compression method 12");
  }

  @Test
  void aLocalHeaderThatNamesAnotherFile() throws Exception {
    CraftedZip.Entry smuggled = new CraftedZip.Entry("p/b.xsd", "x".getBytes(StandardCharsets.UTF_8));
    smuggled.localName = "p/../../b.xsd";
    assertRefused(taxonomyPackage().add(smuggled), "p/b.xsd", "local header disagrees with the central directory");
  }

  @Test
  void overlappingEntries() throws Exception {
    CraftedZip.Entry outer = new CraftedZip.Entry("p/b.bin", new byte[0]).stored();
    outer.embedsNext = true;
    CraftedZip zip = taxonomyPackage().add(outer).add(new CraftedZip.Entry("p/c.xsd", "<c/>".getBytes(StandardCharsets.UTF_8)));
    assertRefused(zip, "p/c.xsd", "overlaps p/b.bin");
  }

  @Test
  void aChecksumThatDoesNotMatch() throws Exception {
    CraftedZip.Entry altered = new CraftedZip.Entry("p/b.xsd", "<b/>".getBytes(StandardCharsets.UTF_8));
    altered.declaredCrc = 0x12345678L;
    assertRefused(taxonomyPackage().add(altered), "p/b.xsd", "does not match its checksum");
  }

  @Test
  void aControlCharacterInAName() throws Exception {
    assertRefused(taxonomyPackage().add("p/b\n.xsd", "x"), null, "control character");
  }

  @Test
  void aCatalogThatRewritesOutsideThePackage() throws Exception {
    CraftedZip zip = taxonomyPackage().add("p/META-INF/catalog.xml",
        "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
            + "<rewriteURI uriStartString='http://example.com/' rewritePrefix='../../../'/></catalog>");
    assertRefused(zip, "p/META-INF/catalog.xml", "points outside the package");
  }

  @Test
  void notAnArchiveAtAll() throws Exception {
    Path notZip = Files.writeString(dir.resolve("text.zip"), "just text, no archive");
    assertRefused(notZip, Limits.DEFAULT, null, "not a ZIP archive");
  }

  @Test
  void aTruncatedArchive() throws Exception {
    byte[] whole = taxonomyPackage().bytes();
    Path cut = dir.resolve("cut.zip");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 10));
    assertRefused(cut, Limits.DEFAULT, null, "not a ZIP archive");
  }
}
