package org.marsad.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link MarsadServer} runs. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * ServerConfig cfg = ServerConfig.defaults().withPort(0).withToken("s3cret");
 * }</pre>
 *
 * <ul>
 *   <li>{@code host}: the address to bind; {@code 127.0.0.1} by default (loopback only).</li>
 *   <li>{@code port}: 8080 by default; 0 picks a free port.</li>
 *   <li>{@code token}: the bearer token write endpoints require; empty means the server is read-only.</li>
 *   <li>{@code maxBodyBytes}: the largest request body accepted (413 above it); 2 MiB by default.</li>
 *   <li>{@code requestsPerMinute}: per-client rate limit (429 above it); 0 switches it off.</li>
 *   <li>{@code requestTimeout}: how long one extraction or ingest may take before 503.</li>
 *   <li>{@code queryTimeout}: how long one read (events, clusters, documents, actors, stats, search, reactions,
 *       event and cluster pages) may take before 503; its database statements are cancelled then.</li>
 *   <li>{@code idleTimeout}: how long an idle or slow connection is kept.</li>
 * </ul>
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int requestsPerMinute,
                           Duration requestTimeout, Duration idleTimeout, Duration queryTimeout) {

  /** Loopback. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token (empty for read-only)");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive, not " + queryTimeout);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException("requestsPerMinute must be 0 (off) or more");
    }
  }

  /**
   * Loopback, port 8080, read-only, 2 MiB bodies, 1200 requests a minute per client, 30 s for an extraction or
   * ingest and for an idle connection, 10 s for a read.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, "", 2L * 1024 * 1024, 1200,
        Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, token, maxBodyBytes, requestsPerMinute, requestTimeout,
        idleTimeout, queryTimeout);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, token, maxBodyBytes, requestsPerMinute, requestTimeout,
        idleTimeout, queryTimeout);
  }

  /** The bearer token for write endpoints; an empty string makes the server read-only. */
  public ServerConfig withToken(String newToken) {
    return new ServerConfig(host, port, newToken, maxBodyBytes, requestsPerMinute, requestTimeout,
        idleTimeout, queryTimeout);
  }

  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(host, port, token, bytes, requestsPerMinute, requestTimeout,
        idleTimeout, queryTimeout);
  }

  public ServerConfig withRequestsPerMinute(int perMinute) {
    return new ServerConfig(host, port, token, maxBodyBytes, perMinute, requestTimeout,
        idleTimeout, queryTimeout);
  }

  public ServerConfig withRequestTimeout(Duration timeout) {
    return new ServerConfig(host, port, token, maxBodyBytes, requestsPerMinute, timeout,
        idleTimeout, queryTimeout);
  }

  public ServerConfig withIdleTimeout(Duration timeout) {
    return new ServerConfig(host, port, token, maxBodyBytes, requestsPerMinute, requestTimeout,
        timeout, queryTimeout);
  }

  /** How long one read request may take (503 after it, its statements cancelled). */
  public ServerConfig withQueryTimeout(Duration timeout) {
    return new ServerConfig(host, port, token, maxBodyBytes, requestsPerMinute, requestTimeout,
        idleTimeout, timeout);
  }

  /** Whether write endpoints are enabled (a token was configured). */
  public boolean writable() {
    return !token.isEmpty();
  }

  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token.isEmpty() ? "none" : "***")
        + ", maxBodyBytes=" + maxBodyBytes + ", requestsPerMinute=" + requestsPerMinute
        + ", requestTimeout=" + requestTimeout + ", idleTimeout=" + idleTimeout + ", queryTimeout=" + queryTimeout
        + "]";
  }
}
