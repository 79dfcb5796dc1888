package org.finfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the project's files are, for tests. */
public final class TestFiles {
  private TestFiles() {}

  private static Path exampleTaxonomy;

  public static Path base() {
    return Path.of(System.getProperty("finfile.basedir", System.getProperty("user.dir")));
  }

  public static Path example() {
    return base().resolve("examples/iij-fy2002");
  }

  public static Path exampleDocument() {
    return example().resolve("iij-fy2002.txt");
  }

  public static Path exampleMapping() {
    return example().resolve("mapping.xml");
  }

  /**
   * The IIJ example's extension taxonomy as convert writes it from the mapping: its entry point.
   * The example is converted and written (instance, taxonomy, package) once per test run, into
   * a temporary folder removed when the run ends.
   */
  public static synchronized Path exampleTaxonomy() {
    if (exampleTaxonomy == null) {
      try {
        Path dir = Files.createTempDirectory("finfile-iij-example-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Finfile.write(Finfile.convert(exampleDocument(), exampleMapping()), dir, "iij-fy2002.xml");
        exampleTaxonomy = dir.resolve("iij-2003-03-31.xsd");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InputException e) {
        throw new IllegalStateException("the IIJ example does not convert: " + e.getMessage(), e);
      }
    }
    return exampleTaxonomy;
  }

  /**
   * Copies the IIJ example's written extension taxonomy (schema and its three linkbases) into
   * {@code to}, as a user would put a filing's taxonomy beside it.
   */
  public static void copyExampleTaxonomy(Path to) throws IOException {
    Path schema = exampleTaxonomy();
    String name = schema.getFileName().toString().replace(".xsd", "");
    for (String file : new String[] {name + ".xsd", name + "-lab.xml", name + "-pre.xml", name + "-cal.xml"}) {
      Files.copy(schema.resolveSibling(file), to.resolve(file));
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure of the run
    }
  }

  /**
   * The IIJ example's extension taxonomy as it was written by hand before convert wrote it from
   * the mapping: its entry point, kept to show that the mapping gives the same taxonomy.
   */
  public static Path handwrittenTaxonomy() {
    return base().resolve("src/test/resources/org/finfile/mapping/iij-handwritten/iij-2003-03-31.xsd");
  }

  /** The IIJ example's mapping as it was before convert wrote extensions, over {@link #handwrittenTaxonomy()}. */
  public static Path handwrittenMapping() {
    return handwrittenTaxonomy().resolveSibling("mapping.xml");
  }

  public static Path expectedInstance() {
    return example().resolve("expected/iij-fy2002.xml");
  }

  /** The founding earnings release, in the shared folder beside the project (present in CI). */
  public static Path seed() {
    return base().resolve("../shared/seeds/000_ae71f5ea76602d95.txt").normalize();
  }

  /**
   * True when the seed is there. In CI (the CI environment variable set) it must be: a missing
   * seed fails the test instead of skipping it.
   */
  public static boolean seedPresent() {
    boolean present = Files.isRegularFile(seed());
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError("the seed release is missing from " + seed() + " in CI");
    }
    return present;
  }
}
