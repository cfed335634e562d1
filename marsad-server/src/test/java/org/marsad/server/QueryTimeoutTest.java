package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

/**
 * Every read route runs within the query timeout: past it the client gets a one-line JSON 503 {@code timeout}
 * (never a stack trace), and the server and its store keep answering. The store's tests
 * ({@code StoreContract.aDeadlineCancelsARunningStatementAndTheStoreStaysUsable}, on DuckDB and PostgreSQL) show
 * that a running statement is cancelled; here a budget of one nanosecond is spent before any read starts.
 */
class QueryTimeoutTest {
  @TempDir
  static Path dir;
  private static EventStore store;

  @BeforeAll
  static void open() {
    store = Fixtures.store(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everyReadPastTheQueryTimeoutIsAOneLine503AndTheServerStaysHealthy() {
    long event;
    long cluster;
    long document;
    try (MarsadServer roomy = MarsadServer.start(ServerConfig.defaults().withPort(0), store)) {
      Client c = new Client(roomy.url());
      JsonNode e = c.get("/api/events?limit=1").json();
      event = e.at("/items/0/id").asLong();
      cluster = c.get("/api/clusters?limit=1").json().at("/items/0/id").asLong();
      document = e.at("/items/0/doc").asLong();
    }
    List<String> reads = List.of("/api/events", "/api/events?q=" + Client.q("الحديدة"), "/api/events/" + event,
        "/api/clusters", "/api/clusters/" + cluster, "/api/documents", "/api/documents/" + document,
        "/api/actors", "/api/stats?country=YEM", "/api/search?q=" + Client.q("الحديدة"), "/api/reactions",
        "/api/reactions?event=" + event);
    try (MarsadServer tight = MarsadServer.start(ServerConfig.defaults().withPort(0)
        .withQueryTimeout(Duration.ofNanos(1)), store)) {
      Client c = new Client(tight.url());
      for (String path : reads) {
        Client.Reply r = c.get(path);
        ExtractApiTest.assertError(r, 503);
        assertThat(r.json().at("/error/code").asText()).as(path).isEqualTo("timeout");
        assertThat(r.body()).as(path).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(r.json().at("/error/message").asText()).as(path).startsWith("the query took longer than");
      }
      // not reads: they keep working on the same server
      assertThat(c.get("/api/health").status()).isEqualTo(200);
      assertThat(c.get("/api/countries").status()).isEqualTo(200);
      assertThat(c.post("/api/extract", "text/plain; charset=utf-8", "قتل خمسة أشخاص في غارة على حلب.").status())
          .isEqualTo(200);
      // a 400 is still a 400: parameters are checked before any read
      assertThat(c.get("/api/events?from=yesterday").status()).isEqualTo(400);
    }
    try (MarsadServer again = MarsadServer.start(ServerConfig.defaults().withPort(0), store)) {
      Client c = new Client(again.url());
      for (String path : reads) {
        assertThat(c.get(path).status()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void aReadWaitingForTheGateGivesUpAtItsDeadline() throws Exception {
    ReadEndpoints reads = new ReadEndpoints(store, Duration.ofMillis(300), 1);
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    io.javalin.http.Handler h = reads.bounded(ctx -> ran.incrementAndGet());
    reads.gate.acquire(); // a read that holds the only place
    long t0 = System.nanoTime();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.handle(null))
        .isInstanceOf(org.marsad.store.QueryTimeoutException.class);
    assertThat((System.nanoTime() - t0) / 1e6).isBetween(250.0, 5000.0);
    assertThat(ran.get()).isZero();
    reads.gate.release();
    h.handle(null);
    h.handle(null);
    assertThat(ran.get()).isEqualTo(2);
    assertThat(reads.gate.availablePermits()).isEqualTo(1);
  }

  /**
   * A real slow read over HTTP: 5,000,000 events written in bulk SQL, then {@code /api/stats} with an actor filter
   * (four full scans with {@code LIKE}). With a query timeout of a fifth of its unhindered time it answers 503
   * well before the statement could have finished on its own, the server keeps answering, and the store answers
   * the same read in full afterwards. Skips when the read is too fast here to stop part of the way.
   */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "marsad.slow", matches = "true")
  void aRealSlowReadIsStoppedAndTheServerStaysHealthy() throws Exception {
    Path file = dir.resolve("big.duckdb");
    try (EventStore s = EventStore.open(file.toString())) {
      s.ingest(Fixtures.documents(), "test", null);
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
         java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO events (id, document_id, local_id, type, score, factuality, event_date, actor,"
          + " recipient, block_country, confidence, record) SELECT 1000000 + i, (SELECT MIN(id) FROM documents),"
          + " 'b' || i, 'ASSAULT', 1.0, 'asserted', DATE '2023-01-01' + CAST(i % 700 AS INTEGER),"
          + " 'قوات المنطقة رقم ' || (i % 997), 'سكان الحي ' || (i % 991), 'SYR', 0.5, '{}' FROM range(5000000) r(i)");
    }
    String slow = "/api/stats?actor=" + Client.q("المنطقة رقم 99");
    try (EventStore big = EventStore.open(file.toString())) {
      long full;
      try (MarsadServer roomy = MarsadServer.start(ServerConfig.defaults().withPort(0)
          .withQueryTimeout(Duration.ofMinutes(10)), big)) {
        Client c = new Client(roomy.url());
        assertThat(c.get(slow).status()).isEqualTo(200); // warm
        long t0 = System.nanoTime();
        assertThat(c.get(slow).status()).isEqualTo(200);
        full = (System.nanoTime() - t0) / 1_000_000;
      }
      org.junit.jupiter.api.Assumptions.assumeTrue(full >= 400,
          "the read took " + full + " ms here: too fast to stop a fifth of the way");
      try (MarsadServer tight = MarsadServer.start(ServerConfig.defaults().withPort(0)
          .withQueryTimeout(Duration.ofMillis(full / 5)), big)) {
        Client c = new Client(tight.url());
        for (int k = 0; k < 3; k++) {
          long t0 = System.nanoTime();
          Client.Reply r = c.get(slow);
          long took = (System.nanoTime() - t0) / 1_000_000;
          ExtractApiTest.assertError(r, 503);
          assertThat(r.json().at("/error/code").asText()).isEqualTo("timeout");
          System.out.println("QueryTimeoutTest: the read takes " + full + " ms; with a " + full / 5
              + " ms timeout it answered 503 in " + took + " ms");
          assertThat(took).as("answered in " + took + " ms; unhindered the read takes " + full + " ms")
              .isLessThan(full * 3 / 5);
          assertThat(c.get("/api/health").status()).isEqualTo(200);
        }
      }
      // the cancelled statements left nothing behind: the store answers the same read in full again
      try (MarsadServer again = MarsadServer.start(ServerConfig.defaults().withPort(0)
          .withQueryTimeout(Duration.ofMinutes(10)), big)) {
        Client c = new Client(again.url());
        assertThat(c.get(slow).status()).isEqualTo(200);
        assertThat(c.get("/api/events?country=YEM&limit=5").status()).isEqualTo(200);
      }
    }
  }
}
