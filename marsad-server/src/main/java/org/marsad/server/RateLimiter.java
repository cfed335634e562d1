package org.marsad.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute on average, with bursts
 * up to a tenth of that (at least 20). Thread-safe. Idle buckets are dropped when the table grows.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;

  private final double capacity;
  private final double perNano;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  RateLimiter(int perMinute) {
    if (perMinute <= 0) {
      throw new IllegalArgumentException("perMinute must be positive");
    }
    this.capacity = Math.max(20, perMinute / 10.0);
    this.perNano = perMinute / 60e9;
  }

  /**
   * Takes one token for {@code client}. Returns 0 when the request may go on, otherwise how many
   * seconds the client should wait.
   */
  long acquire(String client, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> {
        synchronized (b) {
          return nowNanos - b.last > 120_000_000_000L;
        }
      });
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(capacity, nowNanos));
    synchronized (b) {
      b.tokens = Math.min(capacity, b.tokens + (nowNanos - b.last) * perNano);
      b.last = nowNanos;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
    }
  }
}
