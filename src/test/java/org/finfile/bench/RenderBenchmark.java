package org.finfile.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.finfile.TestFiles;
import org.finfile.model.Filing;
import org.finfile.render.Renderer;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceReader;
import org.finfile.xml.OfflineResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm rendering of the seed filing to each format (stylesheets compiled once). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
  @Param({"CSV", "STATEMENTS_CSV", "HTML", "IXBRL", "XBRL_JSON", "XBRL_CSV"})
  public String format;

  private Filing filing;
  private Taxonomy taxonomy;

  @Setup
  public void read() throws Exception {
    filing = InstanceReader.read(TestFiles.expectedInstance());
    taxonomy = Taxonomy.load(TestFiles.exampleTaxonomy().toUri().toString(), null,
        OfflineResolver.bundled());
  }

  @Benchmark
  public Map<String, byte[]> renderSeedFiling() throws Exception {
    return Renderer.renderFiles(filing, taxonomy, Renderer.Format.valueOf(format), "iij-fy2002");
  }
}
