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
}
