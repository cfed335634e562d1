package org.marsad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The knowledge base: time to load it from the classpath (a cold load in a fresh JVM, as the CLI sees it, and a warm
 * reload), and throughput of the gazetteer recogniser over tokenised text, in tokens per second.
 *
 * <pre>
 * mvn -q -o -DskipTests package -pl marsad-bench -am
 * java -jar marsad-bench/target/benchmarks.jar KnowledgeBaseBenchmark.load -f 5 -wi 0 -i 1 -bm ss   # cold load
 * java -jar marsad-bench/target/benchmarks.jar KnowledgeBaseBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class KnowledgeBaseBenchmark {
  /** News-style sentences written for this benchmark, rich in names, clitics and nisbas. */
  static final String[] SENTENCES = {
      "وقال وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن إن الولايات المتحدة تدعم جهود الوساطة القطرية والمصرية.",
      "وأفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بلدات في ريف إدلب الجنوبي وبالقرب من معرة النعمان.",
      "ودعت الأمم المتحدة والاتحاد الأوروبي إلى وقف فوري لإطلاق النار في قطاع غزة، بحسب وكالة فرانس برس.",
      "واتهم الحوثيون التحالف العربي بقيادة السعودية بشن غارات على الحديدة وصعدة، فيما نفت الرياض ذلك.",
      "وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تسمح بقيام كيان إرهابي على حدودها الجنوبية مع سوريا.",
      "وبحث المستشار الألماني مع نظيره الفرنسي في برلين الأوضاع في أوكرانيا ودونباس والدعم العسكري لكييف.",
      "وذكرت وكالة الأنباء الرسمية أن الجيش السوداني استعاد السيطرة على مواقع في الخرطوم من قوات الدعم السريع.",
      "وطالبت منظمة العفو الدولية السلطات الإيرانية بالإفراج عن المعتقلين، وقالت إن طهران تجاهلت النداءات.",
  };

  Document doc;
  int tokenCount;

  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 30_000) {
      for (String s : SENTENCES) {
        b.append(s).append('\n');
      }
    }
    Document d = Document.of("bench", b.toString());
    doc = SentenceSplitter.INSTANCE.apply(Tokenizer.INSTANCE.apply(d));
    tokenCount = doc.tokens().size();
    GazetteerRecognizer.standard();
  }

  /** Loads the whole knowledge base from the classpath (read, parse, index). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public KnowledgeBase load() {
    return KnowledgeBase.load(KnowledgeBase.RESOURCE_DIR);
  }

  /** Gazetteer recognition over already tokenised text; the {@code tokens} result is tokens per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public List<?> recognise(TokenCounter c) {
    c.tokens += tokenCount;
    return GazetteerRecognizer.standard().apply(doc).entities();
  }
}
