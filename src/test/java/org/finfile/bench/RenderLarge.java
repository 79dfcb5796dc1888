package org.finfile.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import org.finfile.model.Filing;
import org.finfile.render.Renderer;
import org.finfile.xml.InstanceReader;

/**
 * Renders one large instance to CSV several times in one JVM (stylesheet compiled once) and
 * prints the best time of reading and of rendering. Usage: {@code RenderLarge FILE [RUNS]}.
 */
public final class RenderLarge {
  private RenderLarge() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long bestRead = Long.MAX_VALUE;
    long bestRender = Long.MAX_VALUE;
    int facts = 0;
    for (int r = 0; r < runs + 1; r++) {
      long start = System.nanoTime();
      Filing filing = InstanceReader.read(file);
      long read = System.nanoTime();
      Renderer.render(filing, null, Renderer.Format.CSV, OutputStream.nullOutputStream());
      long done = System.nanoTime();
      if (r > 0) {
        bestRead = Math.min(bestRead, read - start);
        bestRender = Math.min(bestRender, done - read);
      }
      facts = filing.facts().size();
    }
    System.out.printf("%s: %d facts; best of %d warm runs: read %.2f s, render to CSV %.2f s%n",
        file, facts, runs, bestRead / 1e9, bestRender / 1e9);
  }
}
