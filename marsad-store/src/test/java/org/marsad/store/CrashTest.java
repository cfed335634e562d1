package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cluster.EventClusterer;

/**
 * kill -9 during an ingest (a child JVM), then re-run: nothing lost, nothing duplicated, clusters consistent and
 * equal to clustering everything at once. One kill on each backend by default; a loop of kills in the slow tier.
 */
class CrashTest {

  @TempDir
  Path dir;

  static Process child(String spec, Path index, int n) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", cp, IngestChild.class.getName(), spec,
        index.toString(), Integer.toString(n));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  /** Starts an ingest, kills it with SIGKILL after {@code batches} committed batches; returns what it said. */
  static List<String> killAfter(String spec, Path index, int n, int batches) throws Exception {
    Process p = child(spec, index, n);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
        if (lines.size() >= batches) {
          p.destroyForcibly();
          break;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return lines;
  }

  static void runToEnd(String spec, Path index, int n) throws Exception {
    Process p = child(spec, index, n);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("done");
  }

  static void killThenRerun(String spec, Path index, int n, int[] killPoints) throws Exception {
    for (int k : killPoints) {
      List<String> said = killAfter(spec, index, n, k);
      assertThat(said).isNotEmpty();
      try (EventStore s = EventStore.open(spec, index, EventClusterer.standard())) {
        long committed = Long.parseLong(said.get(said.size() - 1).replace("committed ", "").replace("done", "0"));
        assertThat(s.counts().get("documents")).isGreaterThanOrEqualTo(committed);
        Consistency.check(s);
      }
    }
    runToEnd(spec, index, n);
    try (EventStore s = EventStore.open(spec, index, EventClusterer.standard())) {
      assertThat(s.counts()).containsEntry("documents", (long) n).containsEntry("events", (long) n);
      Consistency.check(s);
      Consistency.matchesBatchClustering(s);
      // the search index caught up with everything, without duplicates
      assertThat(s.search("قصفا", n + 10)).hasSize(n);
      assertThat(s.search("k17", 5)).singleElement().satisfies(h -> assertThat(h.title()).isEqualTo("قصف k17"));
    }
  }

  @Test
  void killedDuckDbIngestCompletesOnRerun() throws Exception {
    killThenRerun(dir.resolve("crash.duckdb").toString(), dir.resolve("crash.lucene"), 300, new int[] {2});
  }

  @Test
  void killedPostgresIngestCompletesOnRerun() throws Exception {
    killThenRerun(EmbeddedPg.newDatabase("crash1"), dir.resolve("pg.lucene"), 300, new int[] {2});
  }

  @Test
  @EnabledIfSystemProperty(named = "marsad.slow", matches = "true")
  void repeatedKillsOnBothBackends() throws Exception {
    int[] points = {1, 3, 9, 20, 33};
    killThenRerun(dir.resolve("loop.duckdb").toString(), dir.resolve("loop.lucene"), 2000, points);
    killThenRerun(EmbeddedPg.newDatabase("crashloop"), dir.resolve("pgloop.lucene"), 2000, points);
  }
}
