package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;
import org.marsad.numbers.NumberParser;
import org.marsad.text.ArabicNormalizer;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the Arabic text pipeline (tokenise, which also normalises every token, then split into
 * sentences), of whole-text normalisation, and of the number and date readers over the tokens.
 * The {@code tokens} secondary result is the figure to read: tokens per second.
 *
 * <pre>
 * mvn -q -o -DskipTests package -pl marsad-bench -am
 * java -jar marsad-bench/target/benchmarks.jar TextPipeline -f 1 -wi 2 -i 3
 * java -jar marsad-bench/target/benchmarks.jar TextPipeline -p input=seed   # the seed article, from ../shared
 * java -jar marsad-bench/target/benchmarks.jar TextPipeline -p input=ant    # 200 real ANT articles, from ../shared
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TextPipelineBenchmark {
  /** Sentences written for this benchmark: news style, with digits, number words, dates, quotes and clitics. */
  static final String[] SENTENCES = {
      "أعلنت وزارة الصحة في المدينة، يوم الثلاثاء، مقتل أكثر من 20 شخصا وإصابة ما لا يقل عن ١٣٨ آخرين في قصف استهدف سوقا شعبية.",
      "وقال المتحدث باسم الجيش إن قواته ردت على مصادر النيران، مضيفا: «لن نسمح بتكرار ما حدث أمس».",
      "ونزح نحو ستة آلاف وخمسمئة شخص من القرى الحدودية خلال الأسبوع الماضي، بحسب الأمم المتحدة.",
      "وفي 19 سبتمبر/أيلول 2023، اندلعت اشتباكات عنيفة قرب الطريق الرئيسي، وأسفرت عن سقوط قتيلين وثلاثة جرحى.",
      "ودعت منظمة العفو الدولية إلى تحقيق مستقل، وقالت في بيان: \"يجب محاسبة المسؤولين عن قتل المدنيين\".",
      "وذكرت وكالة (أ ف ب) أن ما يقارب ٢٫٥ مليون شخص يحتاجون إلى مساعدات عاجلة، بينهم ثلاثون ألف طفل.",
      "هل تصمد الهدنة؟ يرى محللون أن الاتفاق هش، وأن الطرفين لم يلتزما بتعهداتهما منذ عام 2020؛ لكن الوسطاء متفائلون.",
      "واعتُقل خمسة عشر ناشطاً في العاصمة بعد تظاهرات شارك فيها الآلاف للمطالبة بوقف إطلاق النار.",
  };

  /**
   * {@code builtin}: the sentences above; {@code seed}: ../shared/examples/seed-article.txt; {@code ant}: the first
   * 200 articles of ../shared/data/ant-unlabeled.jsonl (real news, about 60,000 tokens). The last two fail with a
   * clear message when ../shared is absent.
   */
  @Param({"builtin"})
  public String input;

  String text;
  List<Token> tokens;
  LocalDate published = LocalDate.of(2023, 9, 19);

  @Setup(Level.Trial)
  public void load() throws IOException {
    String unit;
    Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
    if (input.equals("seed")) {
      Path p = shared.resolve("examples/seed-article.txt");
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("seed article absent: " + p + " (run from a worktree next to shared/)");
      }
      unit = Files.readString(p, StandardCharsets.UTF_8);
    } else if (input.equals("ant")) {
      Path p = shared.resolve("data/ant-unlabeled.jsonl");
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("ANT corpus absent: " + p + " (run from a worktree next to shared/)");
      }
      com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
      StringBuilder all = new StringBuilder();
      try (java.util.stream.Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
        for (String line : (Iterable<String>) lines.limit(200)::iterator) {
          all.append(om.readTree(line).path("text").asText()).append("\n\n");
        }
      }
      unit = all.toString();
    } else {
      unit = String.join(" ", SENTENCES) + "\n";
    }
    StringBuilder b = new StringBuilder();
    while (Tokenizer.INSTANCE.tokenize(b.toString()).size() < 5_000) {
      b.append(unit).append('\n');
    }
    text = b.toString();
    tokens = Tokenizer.INSTANCE.tokenize(text);
  }

  /** Tokenise (with per-token normalisation) and split into sentences. */
  @Benchmark
  public List<Sentence> pipeline(TokenCounter c) {
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    List<Sentence> s = SentenceSplitter.INSTANCE.split(text, t);
    c.tokens += t.size();
    return s;
  }

  /** Normalise the whole text in one call. */
  @Benchmark
  public String normalizeText(TokenCounter c) {
    c.tokens += tokens.size();
    return ArabicNormalizer.INSTANCE.normalize(text);
  }

  /** Numbers and dates read over already tokenised text. */
  @Benchmark
  public void numbersAndDates(TokenCounter c, Blackhole bh) {
    bh.consume(NumberParser.INSTANCE.findAll(tokens, 0, tokens.size()));
    bh.consume(DateResolver.INSTANCE.findAll(tokens, 0, tokens.size(), published));
    c.tokens += tokens.size();
  }
}
