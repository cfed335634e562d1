package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.cluster.EventClusterer;
import org.marsad.model.Document;

/**
 * Ingest under faults, with real extraction: a child JVM ingests {@link SyntheticArticles} through
 * {@link Ingestor} and {@link Marsad#standard()} and is killed with SIGKILL ({@link Process#destroyForcibly()}
 * on Linux) at random points, again and again, then re-run to completion. Afterwards the store must equal a
 * clean, uninterrupted ingest of the same articles: the same documents (content hashes), the same events (key
 * = content hash + local event id, with the same marsad/1 record), entity and mention counts, the same
 * clusters (as sets of event keys), the same full-text hits, and no duplicate of anything.
 *
 * <p>Kill points: one kill in five lands at a random time from the child's start (JVM start, model loading,
 * store open and migration, first batch); the others after a random number of committed batches plus a random
 * delay (mid-analysis, mid-transaction, mid-index-update). The seed is random unless
 * {@code -Dmarsad.killSeed=N}; it is printed and named in every failure.
 *
 * <p>Default tier: 200 articles, 3 kills per backend. Slow tier: 2,000 articles, 20 kills per backend.
 */
class IngestUnderFaultsTest {
  private static final long ARTICLE_SEED = 2026;
  private static final Map<Integer, List<Document>> ANALYSED = new HashMap<>();

  @TempDir
  Path dir;

  @AfterAll
  static void forget() {
    ANALYSED.clear();
  }

  @Test
  void duckDbSurvivesKillsAndMatchesACleanIngest() throws Exception {
    faultyEqualsClean(dir.resolve("killed.duckdb").toString(), dir.resolve("clean.duckdb").toString(), 200, 3, 10);
  }

  @Test
  void postgresSurvivesKillsAndMatchesACleanIngest() throws Exception {
    faultyEqualsClean(EmbeddedPg.newDatabase("faults_killed"), EmbeddedPg.newDatabase("faults_clean"), 200, 3, 10);
  }

  @Test
  @EnabledIfSystemProperty(named = "marsad.slow", matches = "true")
  void twentyKillsOverTwoThousandArticlesOnBothBackends() throws Exception {
    Snapshot duck = faultyEqualsClean(dir.resolve("k20.duckdb").toString(), dir.resolve("c20.duckdb").toString(),
        2000, 20, 25);
    Snapshot pg = faultyEqualsClean(EmbeddedPg.newDatabase("faults20_killed"),
        EmbeddedPg.newDatabase("faults20_clean"), 2000, 20, 25);
    assertThat(pg).as("PostgreSQL and DuckDB hold the same").isEqualTo(duck);
  }

  /** What a store holds, in backend- and id-independent terms. */
  record Snapshot(long documents, long events, long entities, long mentions, Set<String> hashes,
                  Map<String, String> eventRecords, Set<Set<String>> clusters, int searchHits) {
  }

  private Snapshot faultyEqualsClean(String killedSpec, String cleanSpec, int n, int kills, int batch)
      throws Exception {
    long seed = Long.getLong("marsad.killSeed", new Random().nextLong());
    String tag = "killSeed=" + seed + " n=" + n + " kills=" + kills + " " + killedSpec;
    System.out.println("IngestUnderFaultsTest: " + tag);
    Path killedIndex = dir.resolve(Integer.toHexString(killedSpec.hashCode()) + ".killed.lucene");
    Path cleanIndex = dir.resolve(Integer.toHexString(cleanSpec.hashCode()) + ".clean.lucene");

    Snapshot clean = cleanIngest(cleanSpec, cleanIndex, n, batch);
    assertThat(clean.documents()).isEqualTo(n);
    assertThat(clean.events()).isEqualTo(analysed(n).stream().mapToLong(d -> d.events().size()).sum())
        .isGreaterThan(n / 2);

    Random rnd = new Random(seed);
    int batches = (n + batch - 1) / batch;
    // adding batches before a kill: 1..maxLines, so the ingest outlasts the kills
    int maxLines = Math.max(1, batches / (kills + 1));
    int landed = 0;
    int midIngest = 0;
    long stored = 0;
    for (int attempt = 0; landed < kills && attempt < 3 * kills; attempt++) {
      Kill k = killOnce(killedSpec, killedIndex, n, batch, rnd, maxLines);
      if (k.hitLiveProcess()) {
        landed++;
        if (k.lastCommitted() > 0) {
          midIngest++;
        }
      }
      try (EventStore s = EventStore.open(killedSpec, killedIndex, EventClusterer.standard())) {
        long now = s.counts().get("documents");
        // the run said it had added lastCommitted() articles to what was stored before it
        assertThat(now).as(tag + ": nothing committed is lost").isGreaterThanOrEqualTo(stored + k.lastCommitted());
        stored = now;
        Consistency.check(s);
        noDuplicates(s, tag);
      }
    }
    System.out.println("IngestUnderFaultsTest: " + tag + ": " + landed + " kills landed (" + midIngest
        + " after the run had committed new articles), " + stored + " of " + n + " documents stored before the final run");
    assertThat(landed).as(tag + ": kills that hit a running ingest").isEqualTo(kills);
    assertThat(midIngest).as(tag + ": kills after new articles were committed").isPositive();

    runToEnd(killedSpec, killedIndex, n, batch);
    try (EventStore s = EventStore.open(killedSpec, killedIndex, EventClusterer.standard())) {
      Consistency.check(s);
      Consistency.matchesBatchClustering(s);
      noDuplicates(s, tag);
      Snapshot killed = snapshot(s, n);
      assertThat(killed).as(tag + ": killed-and-rerun store equals the clean one").isEqualTo(clean);
      return killed;
    }
  }

  private Snapshot cleanIngest(String spec, Path index, int n, int batch) throws Exception {
    List<Document> docs = analysed(n);
    try (EventStore s = EventStore.open(spec, index, EventClusterer.standard())) {
      for (int i = 0; i < docs.size(); i += batch) {
        s.ingest(docs.subList(i, Math.min(docs.size(), i + batch)), "generated", "synthetic:" + ARTICLE_SEED);
      }
      noDuplicates(s, "clean " + spec);
      return snapshot(s, n);
    }
  }

  /** The articles analysed once per size in this JVM (extraction is deterministic: see the concurrency test). */
  private static synchronized List<Document> analysed(int n) throws Exception {
    List<Document> cached = ANALYSED.get(n);
    if (cached != null) {
      return cached;
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Document>> fs = new ArrayList<>();
      for (Article a : SyntheticArticles.generate(n, ARTICLE_SEED)) {
        fs.add(pool.submit(() -> Marsad.standard().extract(a.doc())));
      }
      List<Document> out = new ArrayList<>();
      for (Future<Document> f : fs) {
        out.add(f.get());
      }
      ANALYSED.put(n, out);
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A kill: whether the child was still running, its "committed" lines, the articles it said it had added. */
  private record Kill(boolean hitLiveProcess, int committedLines, long lastCommitted) {
  }

  private static Process child(String spec, Path index, int n, int batch) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m",
        "-cp", cp,
        SyntheticIngestChild.class.getName(), spec, index.toString(), Integer.toString(n),
        Long.toString(ARTICLE_SEED), Integer.toString(batch));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  private static Kill killOnce(String spec, Path index, int n, int batch, Random rnd, int maxLines)
      throws Exception {
    Process p = child(spec, index, n, batch);
    // a reader thread: the pipe closes when the child is killed, so read it as it comes
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (java.io.IOException closed) {
        // killed
      } finally {
        lines.add("<eof>");
      }
    }, "kill-loop-reader");
    reader.setDaemon(true);
    reader.start();
    int committed = 0;
    long last = 0;
    if (rnd.nextInt(5) == 0) {
      // during start-up: a random time, but no later than the first commit (a late kill could miss a short run)
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(rnd.nextInt(5000));
      for (long left; (left = deadline - System.nanoTime()) > 0; ) {
        String line = lines.poll(left, TimeUnit.NANOSECONDS);
        if (line != null && line.startsWith("committed ")) {
          committed++;
          last = Long.parseLong(line.substring("committed ".length()));
          break;
        }
        if ("<eof>".equals(line)) {
          lines.add(line);
          break;
        }
      }
    } else {
      // batches that added articles (a re-run first skips the stored ones quickly, each a "committed" line),
      // then a random part of one batch's time, so the kill lands anywhere in the next batch
      // one batch's time is measured between two "committed" lines only: the time to the first line includes the
      // JVM start and model loading, and sleeping a part of it could outlast the whole rest of a fast ingest
      int wanted = 1 + rnd.nextInt(maxLines);
      int adding = 0;
      long previous = -1;
      long batchNanos = 0;
      while (adding < wanted) {
        String line = lines.poll(20, TimeUnit.MINUTES);
        if (line == null || line.equals("<eof>")) {
          break;
        }
        if (line.startsWith("committed ")) {
          committed++;
          long added = Long.parseLong(line.substring("committed ".length()));
          long now = System.nanoTime();
          if (added > last) {
            adding++;
            batchNanos = previous < 0 ? 0 : now - previous;
          }
          previous = now;
          last = added;
        }
      }
      Thread.sleep((long) (rnd.nextDouble() * Math.min(5_000, batchNanos / 1_000_000)));
    }
    p.destroyForcibly();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // 137: killed by SIGKILL; 0: it had finished just before the kill (the kill did not land)
    assertThat(p.exitValue()).as("exit status").isIn(0, 137);
    boolean landed = p.exitValue() == 137;
    reader.join(10_000);
    for (String line; (line = lines.poll()) != null; ) {
      if (line.startsWith("committed ")) {
        committed++;
        last = Long.parseLong(line.substring("committed ".length()));
      }
    }
    return new Kill(landed, committed, last);
  }

  private static void runToEnd(String spec, Path index, int n, int batch) throws Exception {
    Process p = child(spec, index, n, batch);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("done");
  }

  private static void noDuplicates(EventStore s, String tag) throws SQLException {
    try (Connection c = s.connection()) {
      assertThat(Consistency.one(c, "SELECT COUNT(*) - COUNT(DISTINCT d.content_hash || '|' || e.local_id)"
          + " FROM events e JOIN documents d ON d.id = e.document_id")).as(tag + ": duplicate event keys").isZero();
      assertThat(Consistency.one(c, "SELECT COUNT(*) - COUNT(DISTINCT doc_key) FROM documents"))
          .as(tag + ": duplicate article ids").isZero();
    }
  }

  private static Snapshot snapshot(EventStore s, int n) throws SQLException {
    Map<String, Long> counts = s.counts();
    Set<String> hashes = new HashSet<>();
    Map<String, String> records = new HashMap<>();
    Map<Long, Set<String>> clusters = new HashMap<>();
    long entities;
    long mentions;
    try (Connection c = s.connection(); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT content_hash FROM documents")) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT d.content_hash || '|' || e.local_id, e.record, e.cluster_id"
          + " FROM events e JOIN documents d ON d.id = e.document_id")) {
        while (rs.next()) {
          records.put(rs.getString(1), rs.getString(2));
          long k = rs.getLong(3);
          if (!rs.wasNull()) {
            clusters.computeIfAbsent(k, x -> new HashSet<>()).add(rs.getString(1));
          }
        }
      }
      entities = Consistency.one(c, "SELECT COUNT(*) FROM entities");
      mentions = Consistency.one(c, "SELECT COUNT(*) FROM mentions");
    }
    int hits = s.search("مقتل", n + 10).size();
    return new Snapshot(counts.get("documents"), counts.get("events"), entities, mentions, hashes, records,
        new HashSet<>(clusters.values()), hits);
  }
}
