package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.marsad.kb.KnowledgeBase;
import org.marsad.ner.NerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold load of the shipped NER model: one load per fresh JVM (single shot, no warm-up), after the
 * knowledge base (which the gazetteer stage loads anyway) is loaded in the setup. Covers the feature
 * resources (ANERGazet and trigger lists, the knowledge base's names, word clusters) and the bundle.
 *
 * <pre>
 * java -jar marsad-bench/target/benchmarks.jar NerLoadBenchmark -f 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class NerLoadBenchmark {
  @Setup
  public void setup() {
    KnowledgeBase.standard();
  }

  @Benchmark
  public NerModel load() throws IOException {
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
      return NerModel.load(in, "bundled NER model");
    }
  }
}
