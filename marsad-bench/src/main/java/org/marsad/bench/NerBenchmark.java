package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Document;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerRecognizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the NER model on one core: {@code tag} runs the bundled model over pre-tokenised
 * sentences, {@code recognize} the whole {@link NerRecognizer} stage (model, merge with the gazetteer's
 * entities, titles and countries) over a tokenised document. Read the {@code tokens} secondary result
 * (tokens per second).
 *
 * <pre>
 * mvn -q -o -DskipTests package -pl marsad-bench -am
 * java -jar marsad-bench/target/benchmarks.jar NerBenchmark -f 1 -wi 2 -i 3
 * java -jar marsad-bench/target/benchmarks.jar NerBenchmark -p input=anercorp   # ANERcorp tokens from ../shared
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@Fork(1)
public class NerBenchmark {
  /** {@code builtin}: the text pipeline benchmark's sentences; {@code anercorp}: the last 400 sentences of the shared train file. */
  @Param({"builtin"})
  public String input;

  List<String[]> sentences;
  Document doc;
  NerModel model;
  NerRecognizer recognizer;

  @Setup
  public void setup() throws IOException {
    model = NerModel.bundled();
    recognizer = NerRecognizer.standard();
    sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    if (input.equals("anercorp")) {
      Path p = Path.of(System.getProperty("marsad.shared", "../shared"),
          "data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt");
      List<String> cur = new ArrayList<>();
      List<String[]> all = new ArrayList<>();
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (!cur.isEmpty()) {
            all.add(cur.toArray(new String[0]));
            cur.clear();
          }
        } else {
          cur.add(line.strip().split("\\s+")[0]);
        }
      }
      sentences.addAll(all.subList(Math.max(0, all.size() - 400), all.size()));
      for (String[] s : sentences) {
        text.append(String.join(" ", s)).append('\n');
      }
    } else {
      for (int r = 0; r < 20; r++) {
        for (String s : TextPipelineBenchmark.SENTENCES) {
          text.append(s).append('\n');
        }
      }
      Document d = SentenceSplitter.INSTANCE.apply(Tokenizer.INSTANCE.apply(Document.of("b", text.toString())));
      for (Sentence s : d.sentences()) {
        List<Token> ts = d.tokensOf(s);
        String[] words = new String[ts.size()];
        for (int i = 0; i < words.length; i++) {
          words[i] = ts.get(i).text();
        }
        sentences.add(words);
      }
    }
    Document d = Document.of("b", text.toString());
    doc = GazetteerRecognizer.standard().apply(SentenceSplitter.INSTANCE.apply(Tokenizer.INSTANCE.apply(d)));
  }

  @Benchmark
  public void tag(TokenCounter c, Blackhole bh) {
    for (String[] s : sentences) {
      bh.consume(model.tag(s));
      c.tokens += s.length;
    }
  }

  @Benchmark
  public void recognize(TokenCounter c, Blackhole bh) {
    bh.consume(recognizer.apply(doc));
    c.tokens += doc.tokens().size();
  }
}
