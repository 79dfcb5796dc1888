package org.finfile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm timings of finfile's main jobs on the seed filing: validation (XML Schema, XBRL 2.1,
 * Calculations 1.1) with a validator that has compiled the taxonomy already, and conversion of
 * the example release. Run with {@code mvn -B -Pbench -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {
  private Path instance;
  private Validator validator;

  @Setup
  public void convert() throws Exception {
    Path out = Files.createTempDirectory("finfile-bench");
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    instance = Finfile.write(c, out, "iij-fy2002.xml").get(0);
    validator = Validator.create(OfflineResolver.bundled());
    Report first = validator.validate(instance);
    if (!first.valid()) {
      throw new IllegalStateException("the seed filing does not validate: " + first.problems());
    }
  }

  /** Validate the seed filing: 606 facts, taxonomy compiled once. */
  @Benchmark
  public Report validateSeedFiling() {
    return validator.validate(instance);
  }

  /** Convert the example release (mapping, taxonomy load, tables, facts, derived checks), in memory. */
  @Benchmark
  public Conversion convertExample() throws Exception {
    return Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
  }
}
