package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.cluster.EventClusterer;
import org.marsad.store.EventStore;
import org.marsad.store.Ingestor;
import org.marsad.store.SyntheticArticles;

/**
 * The API under concurrent load on loopback ({@link LoadTest}, the engine of {@code marsad load}): no request
 * fails. All clients share 127.0.0.1, so the per-client rate limit is set explicitly: far above the offered
 * load for the error-free run, and low to show the load test does count 429s as errors.
 */
class ApiLoadTest {
  @TempDir
  Path dir;

  private static List<String> texts() {
    return SyntheticArticles.generate(40, 7).stream().map(a -> a.doc().text()).toList();
  }

  @Test
  void oneAddressOverItsRateLimitGets429sAndTheLoadTestCountsThem() throws Exception {
    // 6 a minute: a burst of 20, then one request in 10 s. The test spends 19 of the burst itself, so the load
    // test's own listing of event ids takes the last one and its clients meet the limit however slow the machine.
    try (EventStore store = Fixtures.store(dir);
         MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0).withRequestsPerMinute(6),
             store)) {
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < 19; i++) {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/stats")).build(),
            HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).as("request %d of the burst", i + 1).isEqualTo(200);
      }
      LoadTest.Report r = LoadTest.run(URI.create(server.url()), 4, Duration.ofSeconds(3), texts(), 3);
      assertThat(r.all().requests()).as(r.summary()).isPositive();
      assertThat(r.all().errors()).as(r.summary()).isPositive();
      assertThat(r.errors()).as(r.summary()).containsKey("events HTTP 429");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "marsad.slow", matches = "true")
  void fiftyClientsForSixtySecondsGetNoError() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("load.duckdb").toString(), dir.resolve("index"),
        EventClusterer.standard())) {
      new Ingestor(store, Marsad.standard(), 2, 50).run(SyntheticArticles.generate(150, 1).iterator(),
          Ingestor.Listener.NONE);
      try (MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0)
          .withRequestsPerMinute(10_000_000), store)) {
        LoadTest.Report r = LoadTest.run(URI.create(server.url()), 50, Duration.ofSeconds(60), texts(), 5);
        System.out.print(r.summary());
        assertThat(r.errors()).as(r.summary()).isEmpty();
        assertThat(r.all().errors()).isZero();
        r.byKind().forEach((kind, f) -> assertThat(f.requests()).as(kind).isPositive());
      }
    }
  }
}
