package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import java.util.Collections;
import org.marsad.Marsad;
import org.marsad.cluster.Cluster;
import org.marsad.cluster.Figures;
import org.marsad.model.Document;
import org.marsad.store.ClusterSummary;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.cluster.ClusterInput;
import org.marsad.cluster.EventClusterer;
import org.marsad.json.RecordJson;

/**
 * The Spark job against the single-machine paths on a generated corpus with some bad lines: its records
 * equal those of {@code marsad extract} (line by line), its event rows are the records' events, and its
 * clusters equal {@link EventClusterer} run on one machine over the same events, and those marsad-store builds
 * when it ingests the same articles.
 */
class EquivalenceTest {
  /** Bad lines, each with what the CLI makes of it; inserted among the generated articles. */
  private static final List<String> BAD = List.of(
      "{\"id\": \"broken\", \"text\": ",
      "{\"id\": \"no-text\"}",
      "{\"id\": \"bad-date\", \"text\": \"قصف الجيش مدينة حلب.\", \"published\": \"2024-13-45\"}",
      "",
      "{\"text\": \"تظاهر المئات في بغداد اليوم.\", \"published\": \"2024-02-03T10:00:00Z\"}",
      "{\"id\": \"blank\", \"text\": \"   \"}",
      "[1, 2, 3]");

  @TempDir
  Path tmp;

  @BeforeAll
  static void shareOneSession() {
    TestSpark.session();
  }

  @Test
  void sparkEqualsSingleMachineOn200Articles() throws Exception {
    check(200);
  }

  @Test
  @EnabledIfSystemProperty(named = "marsad.slow", matches = "true")
  void sparkEqualsSingleMachineOn2000Articles() throws Exception {
    check(2000);
  }

  private void check(int n) throws Exception {
    List<String> lines = new ArrayList<>(CorpusGenerator.generate(n, 11));
    for (int i = 0; i < BAD.size(); i++) {
      lines.add((i + 1) * lines.size() / (BAD.size() + 1), BAD.get(i));
    }
    Path docs = tmp.resolve("docs.jsonl");
    Files.write(docs, lines, StandardCharsets.UTF_8);

    Path cliOut = tmp.resolve("cli.jsonl");
    int cliCode = org.marsad.cli.Main.run("extract", "--input", docs.toString(), "--output", cliOut.toString());
    List<String> cli = Files.readAllLines(cliOut, StandardCharsets.UTF_8);

    Path out = tmp.resolve("spark-out");
    ByteArrayOutputStream so = new ByteArrayOutputStream();
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code = MarsadSpark.run(new String[] {"--master", "local[2]", "--input", docs.toString(),
        "--output", out.toString(), "--partitions", "4"}, new PrintStream(so, true, StandardCharsets.UTF_8),
        new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).as(se.toString(StandardCharsets.UTF_8)).isEqualTo(cliCode).isEqualTo(MarsadSpark.INPUT_ERROR);
    assertThat(se.toString(StandardCharsets.UTF_8)).contains("5 articles could not be analysed");

    // 1. records: the same lines as marsad extract, line by line after sorting by doc id, and in input order
    List<String> spark = TestSpark.partLines(out.resolve("records"));
    assertThat(spark).hasSize(n + BAD.size() - 1);
    assertThat(sortByDocId(spark)).containsExactlyElementsOf(sortByDocId(cli));
    assertThat(spark).containsExactlyElementsOf(cli);

    // 2. events: one Parquet row per event of the records, carrying that event's JSON
    Map<String, String> eventsOfRecords = new TreeMap<>();
    for (String line : cli) {
      JsonNode rec = RecordJson.mapper().readTree(line);
      for (JsonNode ev : rec.get("events")) {
        eventsOfRecords.put(rec.get("doc").get("id").asText() + "#" + ev.get("id").asText(), ev.toString());
      }
    }
    SparkSession session = TestSpark.session();
    List<Row> eventRows = session.read().parquet(out.resolve("events").toString()).collectAsList();
    Map<String, String> eventsOfParquet = new TreeMap<>();
    for (Row r : eventRows) {
      eventsOfParquet.put(r.getAs("doc_id") + "#" + r.getAs("event_id"), r.getAs("json"));
    }
    assertThat(eventsOfParquet).isEqualTo(eventsOfRecords);

    // 3. clusters: equal to the single-machine clusterer over the same (asserted) events, as marsad-store runs it
    Map<Long, ClusterFacts> facts = new HashMap<>();
    List<ClusterInput> inputs = new ArrayList<>();
    Map<Long, Long> clusterOf = new HashMap<>();
    for (Row r : eventRows) {
      if (EventRows.clustered(r)) {
        ClusterFacts f = ClusterFacts.of(r);
        facts.put(f.uid(), f);
        inputs.add(f.input());
      }
      clusterOf.put(r.getAs("uid"), r.getAs("cluster_id"));
    }
    List<String> expected = new ArrayList<>();
    Map<Long, Long> expectedClusterOf = new HashMap<>();
    eventRows.forEach(r -> expectedClusterOf.put(r.getAs("uid"), null));
    int multi = 0;
    for (Cluster c : EventClusterer.standard().cluster(inputs)) {
      List<ClusterFacts> ms = new ArrayList<>();
      c.members().forEach(m -> ms.add(facts.get(m)));
      c.members().forEach(m -> expectedClusterOf.put(m, c.id()));
      expected.add(ClusterRows.row(c, ms).getString(ClusterRows.SCHEMA.fieldIndex("json")));
      multi += c.members().size() > 1 ? 1 : 0;
    }
    assertThat(TestSpark.partLines(out.resolve("clusters-jsonl"))).containsExactlyElementsOf(expected);
    assertThat(session.read().parquet(out.resolve("clusters").toString()).count()).isEqualTo(expected.size());
    assertThat(clusterOf).isEqualTo(expectedClusterOf);
    // 4. and equal to what marsad-store builds when it ingests the same articles (a real DuckDB file);
    //    store ids are its own, so clusters are compared by content: type, country, days, size, figures, sources
    List<String> stored = new ArrayList<>();
    try (EventStore store = EventStore.open(tmp.resolve("store.duckdb").toString())) {
      List<Document> analysed = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Article a = lines.get(i).isBlank() ? null : ArticleReader.fromJsonLine(lines.get(i), i + 1);
        if (a == null || a.problem() != null || a.text() == null || a.text().isBlank()) {
          continue;
        }
        LocalDate pub = null;
        if (a.published() != null) {
          try {
            pub = LocalDate.parse(a.published().substring(0, Math.min(10, a.published().length())));
          } catch (java.time.format.DateTimeParseException e) {
            continue;
          }
        }
        String id = a.id() != null ? a.id() : "line-" + (i + 1);
        analysed.add(Marsad.standard().extract(Document.of(id, a.text(), pub, a.title(), a.url(), a.outlet())));
      }
      store.ingest(analysed);
      for (ClusterSummary c : store.clusters(EventQuery.all().withPage(10_000, 0)).items()) {
        stored.add(clusterKey(c.type(), c.country(), String.valueOf(c.firstDate()), String.valueOf(c.lastDate()),
            c.events(), c.numbers(), c.sources()));
      }
    }
    List<String> fromSpark = new ArrayList<>();
    for (String j : TestSpark.partLines(out.resolve("clusters-jsonl"))) {
      JsonNode c = RecordJson.mapper().readTree(j);
      Map<String, Figures> figs = new TreeMap<>();
      c.get("numbers").fields().forEachRemaining(e -> figs.put(e.getKey(), new Figures(e.getValue().get("low").asLong(),
          e.getValue().get("best").asLong(), e.getValue().get("high").asLong(), e.getValue().get("reports").asInt())));
      List<String> sources = new ArrayList<>();
      c.get("sources").forEach(x -> sources.add(x.asText()));
      fromSpark.add(clusterKey(c.get("type").asText(), c.get("country").asText(), c.get("first_day").asText(),
          c.get("last_day").asText(), c.get("size").asInt(), figs, sources));
    }
    Collections.sort(stored);
    Collections.sort(fromSpark);
    assertThat(fromSpark).containsExactlyElementsOf(stored);
    // the corpus is built to have events and multi-report clusters
    assertThat(eventRows.size()).isGreaterThan(n / 2);
    assertThat(multi).isGreaterThan(n / 50);
    System.out.printf("equivalence on %d articles: %d records, %d events, %d clusters (%d with several reports)%n",
        n, spark.size(), eventRows.size(), expected.size(), multi);
  }

  private static String clusterKey(String type, String country, String first, String last, int size,
                                   Map<String, Figures> numbers, List<String> sources) {
    return type + "|" + country + "|" + first + "|" + last + "|" + size + "|" + new TreeMap<>(numbers) + "|" + sources;
  }

  private static List<String> sortByDocId(List<String> lines) throws Exception {
    List<String[]> keyed = new ArrayList<>();
    for (String l : lines) {
      keyed.add(new String[] {RecordJson.mapper().readTree(l).get("doc").get("id").asText(), l});
    }
    keyed.sort(Comparator.<String[], String>comparing(k -> k[0]).thenComparing(k -> k[1]));
    return keyed.stream().map(k -> k[1]).toList();
  }
}
