package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import picocli.CommandLine;

/** The smoke benchmark runs and prints every figure; values are not checked (they depend on the machine). */
class BenchCommandTest {

  /**
   * Issue 8's smoke benchmark, which CI runs with every test: short, never fails on time, and prints its figures
   * (to the test's standard output, so they are in the build log), PostgreSQL's included.
   */
  @Test
  void smokeRunPrintsEveryFigure() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("bench", "--smoke", "--seconds", "1", "--events", "5000", "--ingest", "64",
        "--startup-runs", "1", "--postgres", "embedded");
    String text = out.toString();
    System.out.println("BenchCommandTest: marsad bench --smoke --seconds 1 --events 5000 --ingest 64"
        + " --startup-runs 1 --postgres embedded\n" + text);
    assertThat(rc).as(err.toString()).isZero();
    for (String figure : List.of("machine:", "pipeline load:", "extract 1 thread:", "latency per article: p50",
        "extract " + Runtime.getRuntime().availableProcessors() + " threads:", "peak heap:", "ingest duckdb:",
        "ingest duckdb with extraction:",
        "postgresql server: embedded PostgreSQL", "ingest postgresql:", "query store:", "query idle:", "query date range: p50", "query country: p50", "query type: p50",
        "query actor: p50", "query bbox: p50", "query text: p50", "query combined: p50", "query search: p50",
        "query load:", "startup extract: p50")) {
      assertThat(text).as(figure).contains(figure);
    }
    assertThat(text).doesNotContain("ingest postgresql: skipped").contains("articles per CPU-second of bench and server")
        .contains("articles/s").contains("tokens/s").contains("p95").contains("p99")
        .contains("3 warm-up and 10 timed runs per filter").contains("page of 50, 10 runs)");
  }

  @Test
  void queryRunsAreGiven() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("bench", "--skip", "extract,ingest,startup", "--events", "2000", "--query-runs", "4");
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString()).contains("20 warm-up and 4 timed runs per filter")
        .contains("query country: p50").contains("page of 50, 4 runs)").contains("event ids, 4 runs)");
  }

  @Test
  void badArgumentsAreAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("bench", "--events", "0")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("must be positive");
    assertThat(cl.execute("bench", "--skip", "nothing")).isEqualTo(Main.USAGE);
    assertThat(cl.execute("bench", "--batch", "0")).isEqualTo(Main.USAGE);
    assertThat(cl.execute("bench", "--query-runs", "0")).isEqualTo(Main.USAGE);
    assertThat(cl.execute("bench", "--corpus", "/no/such/corpus.jsonl")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("cannot read --corpus /no/such/corpus.jsonl");
  }

  @Test
  void extractionAndIngestRunOnAGivenCorpusInGivenBatches(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path corpus = dir.resolve("corpus.jsonl");
    java.nio.file.Files.writeString(corpus, String.join("\n",
        "{\"id\":\"c1\",\"text\":\"قصفت طائرات حربية بلدة في ريف إدلب أمس وقتل ثلاثة مدنيين.\",\"published\":\"2024-05-02\"}",
        "{\"id\":\"c2\",\"text\":\"تظاهر آلاف في العاصمة للمطالبة بإطلاق سراح المعتقلين.\",\"published\":\"2024-05-03\"}",
        "{\"id\":\"c3\",\"text\":\"وصل وزير الخارجية إلى القاهرة في زيارة رسمية.\",\"published\":\"2024-05-04\"}"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("bench", "--skip", "query,startup", "--corpus", corpus.toString(), "--ingest", "2",
        "--batch", "1", "--seconds", "1");
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString()).contains("corpus: 2 articles of " + corpus + ", ")
        .contains("(2 analysed articles in batches of 1)").contains("ingest duckdb with extraction:")
        .contains("ingest postgresql: skipped (give --postgres JDBC_URL or --postgres embedded)");
    // the extraction figures are on the corpus's two one-sentence articles, not on the 53-token demo articles
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("extract 1 thread: .*, ([0-9.]+) tokens each\\)")
        .matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isBetween(5.0, 20.0);
  }

  @Test
  void generatedCorpusHasDistinctIdsAndTexts() {
    List<Document> base = DemoCommand.corpus();
    List<Document> docs = BenchCommand.corpus(base, 3 * base.size(), 1);
    assertThat(docs).hasSize(3 * base.size());
    assertThat(docs.stream().map(Document::id).distinct().count()).isEqualTo(docs.size());
    assertThat(docs.stream().map(Document::text).distinct().count()).isEqualTo(docs.size());
  }
}
