package org.finfile.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor for validation cost: one bare SAX parse of a file with finfile's hardened Xerces
 * reader and an empty handler, timed over several runs (after a warm-up). Usage:
 * {@code SaxBaseline FILE [RUNS]}.
 */
public final class SaxBaseline {
  private SaxBaseline() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs + 1; r++) {
      long start = System.nanoTime();
      XMLReader reader = XmlSecurity.saxReader();
      reader.setContentHandler(new DefaultHandler());
      try (InputStream in = Files.newInputStream(file)) {
        reader.parse(new InputSource(in));
      }
      long took = System.nanoTime() - start;
      if (r > 0) {
        best = Math.min(best, took);
      }
    }
    System.out.printf("bare SAX parse of %s: best of %d runs %.2f s%n", file, runs, best / 1e9);
  }
}
