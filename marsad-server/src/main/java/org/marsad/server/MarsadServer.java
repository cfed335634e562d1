package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.marsad.Marsad;
import org.marsad.store.EventStore;
import org.marsad.store.QueryTimeoutException;
import org.marsad.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Marsad HTTP server: the JSON API under {@code /api} and the dashboard at {@code /}.
 *
 * <pre>{@code
 * try (MarsadServer s = MarsadServer.start(ServerConfig.defaults().withPort(0))) {
 *   System.out.println(s.url());
 * }
 * }</pre>
 *
 * <p>Rules that hold for every request:
 * <ul>
 *   <li>errors are JSON {@code {"error": {"status", "code", "message"}}}: 400 bad parameters,
 *       401 missing or wrong token, 403 read-only server, 404 unknown id or route, 413 body too
 *       large, 415 wrong content type, 429 rate limit (with {@code Retry-After}), 503 busy or timed out (an
 *       extraction or ingest past the request timeout, a read past the query timeout: its statements cancelled);
 *       never a stack trace;</li>
 *   <li>write endpoints need {@code Authorization: Bearer TOKEN}; with no token configured they answer 403;</li>
 *   <li>every response carries a strict Content-Security-Policy ({@code script-src 'self'}) and
 *       {@code nosniff}, so even a missed escape could not run inline script.</li>
 * </ul>
 */
public final class MarsadServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);

  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer");

  private final ServerConfig config;
  private final Javalin app;
  private final Workers workers;
  private final RateLimiter limiter;
  private final byte[] token;
  private final EventStore store;

  private MarsadServer(ServerConfig config, EventStore store) {
    this.config = config;
    this.store = store;
    this.token = config.token().getBytes(StandardCharsets.UTF_8);
    this.limiter = config.requestsPerMinute() > 0 ? new RateLimiter(config.requestsPerMinute()) : null;
    int cores = Runtime.getRuntime().availableProcessors();
    this.workers = new Workers(cores, 16 * cores, config.requestTimeout());
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.http.prefer405over404 = true;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.jetty.threadPool = threadPool();
      cfg.jetty.addConnector((server, httpConfig) -> {
        httpConfig.setSendServerVersion(false);
        ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        c.setHost(config.host());
        c.setPort(config.port());
        c.setIdleTimeout(config.idleTimeout().toMillis());
        return c;
      });
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/marsad/server/public";
        sf.location = Location.CLASSPATH;
        sf.headers = SECURITY_HEADERS;
      });
      cfg.staticFiles.enableWebjars();
      try {
        routes(cfg.routes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * Starts a server over {@code store}: the whole API and the dashboard. It runs until {@link #close()},
   * which does not close the store. Fails with a clear message when the port is taken.
   */
  public static MarsadServer start(ServerConfig config, EventStore store) {
    return start(config, java.util.Objects.requireNonNull(store, "store"), true);
  }

  /** Starts a server without a store: only {@code /api/extract} and the "analyse text" page work. */
  public static MarsadServer start(ServerConfig config) {
    return start(config, null, false);
  }

  private static MarsadServer start(ServerConfig config, EventStore store, boolean withStore) {
    MarsadServer s = new MarsadServer(config, withStore ? store : null);
    try {
      s.app.start();
    } catch (RuntimeException e) {
      s.workers.close();
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e), e);
    }
    return s;
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String h = config.host();
    if (h.equals("0.0.0.0") || h.equals("::")) {
      h = "127.0.0.1";
    } else if (h.contains(":")) {
      h = "[" + h + "]";
    }
    return "http://" + h + ":" + port() + "/";
  }

  public ServerConfig config() {
    return config;
  }

  @Override
  public void close() {
    app.stop();
    workers.close();
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool p = new QueuedThreadPool(200, 8, 60_000);
    p.setName("marsad-http");
    p.setDaemon(true);
    return p;
  }

  private void routes(RoutesConfig app) throws IOException {
    app.before(ctx -> {
      SECURITY_HEADERS.forEach(ctx::header);
      if (ctx.path().startsWith("/api")) {
        ctx.header("Cache-Control", "no-store");
        if (limiter != null) {
          long wait = limiter.acquire(ctx.ip(), System.nanoTime());
          if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "rate_limited", "too many requests; retry after " + wait + " s");
          }
        }
      }
    });
    app.exception(ApiException.class, (e, ctx) -> Http.json(ctx, e.status(), Http.error(e.status(), e.code(), e.getMessage())));
    app.exception(HttpResponseException.class, (e, ctx) ->
        Http.json(ctx, e.getStatus(), Http.error(e.getStatus(), codeFor(e.getStatus()), e.getMessage())));
    app.exception(QueryTimeoutException.class, (e, ctx) -> {
      LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      Http.json(ctx, 503, Http.error(503, "timeout", e.getMessage() + "; narrow the filters or try again"));
    });
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      Http.json(ctx, 503, Http.error(503, "store_unavailable", "the event store failed: " + e.getMessage()));
    });
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        Http.json(ctx, 400, Http.error(400, "bad_param", String.valueOf(e.getMessage()))));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
      Http.json(ctx, 500, Http.error(500, "internal", "internal error; the server log has details"));
    });
    for (int status : new int[] {404, 405}) {
      app.error(status, ctx -> {
        if (ctx.resultInputStream() == null) {
          String msg = status == 404 ? "no such route: " + ctx.path() : ctx.method() + " is not allowed on " + ctx.path();
          if (ctx.path().startsWith("/api")) {
            Http.json(ctx, status, Http.error(status, codeFor(status), msg));
          } else {
            ctx.status(status).contentType("text/plain; charset=utf-8").result(msg);
          }
        }
      });
    }

    ExtractEndpoint extract = new ExtractEndpoint(Marsad.standard(), workers, config.maxBodyBytes());
    app.post("/api/extract", extract::handle);
    app.get("/api/openapi.json", ctx -> ctx.contentType(Http.JSON).result(resource("openapi.json")));
    if (store != null) {
      new ReadEndpoints(store, config.queryTimeout(), 2 * Runtime.getRuntime().availableProcessors()).register(app);
      app.get("/api/export", new ExportEndpoint(store)::handle);
      IngestEndpoint ingest = new IngestEndpoint(store, Marsad.standard(), workers, this, config.maxBodyBytes());
      app.post("/api/documents", ingest::handle);
    }
    byte[] countries = Http.mapper().writeValueAsBytes(Countries.json());
    app.get("/api/countries", ctx -> ctx.contentType(Http.JSON).result(countries));
    app.get("/api/health", ctx -> {
      var n = Http.mapper().createObjectNode();
      n.put("status", "ok");
      n.put("writable", config.writable());
      n.put("store", store != null);
      Http.json(ctx, n);
    });
  }

  /** Throws 401/403 unless the request carries the configured bearer token. */
  void requireToken(Context ctx) {
    if (!config.writable()) {
      throw new ApiException(403, "read_only",
          "this server is read-only: start it with --token-file FILE or MARSAD_TOKEN to enable writes");
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "this endpoint needs Authorization: Bearer TOKEN");
    }
    byte[] given = auth.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "unauthorized", "wrong token");
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = MarsadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource org/marsad/server/" + name);
      }
      return in.readAllBytes();
    }
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "rate_limited";
      case 503 -> "unavailable";
      default -> "error";
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
