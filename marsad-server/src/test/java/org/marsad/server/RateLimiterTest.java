package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void allowsABurstThenRefusesUntilTokensRefill() {
    RateLimiter r = new RateLimiter(60); // one a second, bursts of 20
    long t = 5 * SECOND;
    for (int i = 0; i < 20; i++) {
      assertThat(r.acquire("a", t)).as("request " + i).isZero();
    }
    assertThat(r.acquire("a", t)).isPositive();
    assertThat(r.acquire("a", t + SECOND)).isZero();
    assertThat(r.acquire("a", t + SECOND)).isPositive();
  }

  @Test
  void clientsHaveSeparateBuckets() {
    RateLimiter r = new RateLimiter(60);
    for (int i = 0; i < 20; i++) {
      r.acquire("a", 0);
    }
    assertThat(r.acquire("a", 0)).isPositive();
    assertThat(r.acquire("b", 0)).isZero();
  }

  @Test
  void apiAnswers429WithRetryAfterOverTheLimit() {
    try (MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0).withRequestsPerMinute(60))) {
      Client c = new Client(server.url());
      Client.Reply last = null;
      int ok = 0;
      for (int i = 0; i < 30; i++) {
        last = c.get("/api/health");
        if (last.status() == 200) {
          ok++;
        } else {
          break;
        }
      }
      assertThat(ok).isBetween(19, 22);
      ExtractApiTest.assertError(last, 429);
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
      assertThat(c.get("/").status()).as("the dashboard itself is not rate limited").isEqualTo(200);
    }
  }
}
