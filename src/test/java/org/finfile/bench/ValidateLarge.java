package org.finfile.bench;

import java.nio.file.Path;
import org.finfile.validate.Report;
import org.finfile.validate.Validator;
import org.finfile.xml.OfflineResolver;

/**
 * Validates one large file several times in one JVM (the taxonomy compiled once, as in a batch)
 * and prints the best time and the problem counts. Usage: {@code ValidateLarge FILE [RUNS]}.
 */
public final class ValidateLarge {
  private ValidateLarge() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Validator validator = Validator.create(OfflineResolver.bundled());
    long best = Long.MAX_VALUE;
    Report report = null;
    for (int r = 0; r < runs + 1; r++) {
      long start = System.nanoTime();
      report = validator.validate(file);
      long took = System.nanoTime() - start;
      if (r > 0) {
        best = Math.min(best, took);
      }
    }
    System.out.printf("finfile validate %s: best of %d warm runs %.2f s; %d errors, %d warnings, %d notes%n",
        file, runs, best / 1e9, report.errors(), report.warnings(), report.infos());
    report.problems().stream().limit(5).forEach(p -> System.out.println("  " + p.format()));
  }
}
