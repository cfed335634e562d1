package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through {@code Marsad.standard()} with every stage on (tokens, sentences, gazetteer,
 * NER, events, domain gate), on one core. The primary result is articles/s; the {@code tokens} secondary
 * result is tokens/s.
 *
 * <p>{@code input=auto} (default) takes the seed article from {@code ../shared/examples/seed-article.txt} when
 * present, else the first bundled demo article ({@code marsad-cli/src/main/resources/org/marsad/demo/}), else
 * the text pipeline benchmark's sentences; {@code seed}, {@code demo} and {@code builtin} force one.
 *
 * <pre>
 * mvn -q -o -DskipTests package -pl marsad-bench -am
 * java -jar marsad-bench/target/benchmarks.jar ExtractionBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ExtractionBenchmark {
  static final Path SEED = Path.of(System.getProperty("marsad.shared", "../shared"), "examples", "seed-article.txt");
  static final Path DEMO = Path.of("marsad-cli", "src", "main", "resources", "org", "marsad", "demo",
      "articles.jsonl");

  /** Which article: {@code auto}, {@code seed}, {@code demo} or {@code builtin}. */
  @Param({"auto"})
  public String input;

  Marsad marsad;
  Document doc;

  @Setup
  public void setUp() throws IOException {
    String text = switch (input) {
      case "seed" -> Files.readString(SEED, StandardCharsets.UTF_8);
      case "demo" -> demo();
      case "builtin" -> String.join(" ", TextPipelineBenchmark.SENTENCES);
      case "auto" -> Files.isRegularFile(SEED) ? Files.readString(SEED, StandardCharsets.UTF_8)
          : Files.isRegularFile(DEMO) ? demo() : String.join(" ", TextPipelineBenchmark.SENTENCES);
      default -> throw new IllegalArgumentException("input: auto, seed, demo or builtin, not " + input);
    };
    marsad = Marsad.standard();
    doc = Document.of("bench", text, LocalDate.of(2024, 5, 12), null, null, null);
  }

  private static String demo() throws IOException {
    try (BufferedReader r = Files.newBufferedReader(DEMO, StandardCharsets.UTF_8)) {
      JsonNode n = new ObjectMapper().readTree(r.readLine());
      return n.get("text").asText();
    }
  }

  @Benchmark
  public Document extract(TokenCounter c) {
    Document d = marsad.extract(doc);
    c.tokens += d.tokens().size();
    return d;
  }
}
