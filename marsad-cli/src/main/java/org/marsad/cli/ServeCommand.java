package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.store.EventStore;
import org.marsad.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the REST API and the dashboard. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the JSON API (/api, described at /api/openapi.json) and the dashboard (/) over an event "
        + "store. Binds to 127.0.0.1 unless --host says otherwise. Write endpoints (POST /api/documents) need a "
        + "bearer token from --token-file or the MARSAD_TOKEN environment variable; without one the server is "
        + "read-only."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped normally", "1:could not start (port in use, bad token file...)", "2:bad usage"})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "DuckDB file or jdbc:postgresql:// URL (default: ~/.marsad/marsad.duckdb)")
  String db;

  @Option(names = "--port", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network)")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the bearer token for write endpoints")
  Path tokenFile;

  @Option(names = "--rate-limit", paramLabel = "N", description = "requests a minute per client (default: ${DEFAULT-VALUE}; 0: off)")
  int rateLimit = ServerConfig.defaults().requestsPerMinute();

  @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body (default: ${DEFAULT-VALUE})")
  long maxBody = ServerConfig.defaults().maxBodyBytes();

  @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "longest a read request may take before"
      + " it is stopped (its database statements cancelled) and answers 503 (default: ${DEFAULT-VALUE})")
  double queryTimeout = ServerConfig.defaults().queryTimeout().toMillis() / 1000.0;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig cfg;
    try {
      cfg = config(err);
    } catch (IllegalArgumentException e) {
      err.println("marsad serve: " + e.getMessage());
      return Main.USAGE;
    }
    if (cfg == null) {
      return Main.INPUT_ERROR;
    }
    EventStore store;
    try {
      store = EventStore.open(db != null ? db : EventStore.defaultSpec());
    } catch (RuntimeException e) {
      err.println("marsad serve: cannot open the store: " + Main.oneLine(e));
      return Main.INPUT_ERROR;
    }
    MarsadServer server;
    try {
      server = MarsadServer.start(cfg, store);
    } catch (IllegalStateException e) {
      store.close();
      err.println("marsad serve: " + Main.oneLine(e) + (port != 0 ? " (try another --port, or --port 0 for a free one)" : ""));
      return Main.INPUT_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Store: " + store.describe());
    announce(server, out);
    awaitShutdown(server, store);
    return Main.OK;
  }

  /** The configuration the options describe, or null after printing why it cannot be built. */
  ServerConfig config(PrintWriter err) {
    String token = "";
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        err.println("marsad serve: cannot read --token-file " + tokenFile + " (" + e.getClass().getSimpleName() + ")");
        return null;
      }
      if (token.isEmpty()) {
        err.println("marsad serve: --token-file " + tokenFile + " is empty");
        return null;
      }
    } else {
      String env = System.getenv("MARSAD_TOKEN");
      if (env != null && !env.isBlank()) {
        token = env.strip();
      }
    }
    if (!token.isEmpty() && token.length() < 16) {
      err.println("marsad serve: the token is too short (at least 16 characters)");
      return null;
    }
    if (!(queryTimeout > 0) || queryTimeout > 86_400) {
      throw new IllegalArgumentException("--query-timeout must be more than 0 and at most 86400 seconds");
    }
    return ServerConfig.defaults().withHost(host).withPort(port).withToken(token)
        .withRequestsPerMinute(rateLimit).withMaxBodyBytes(maxBody)
        .withQueryTimeout(java.time.Duration.ofMillis(Math.max(1, Math.round(queryTimeout * 1000))));
  }

  static void announce(MarsadServer server, PrintWriter out) {
    out.println("Marsad dashboard: " + server.url());
    out.println("API description:  " + server.url() + "api/openapi.json");
    out.println(server.config().writable() ? "Writes enabled (bearer token)." : "Read-only (no token configured).");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then stops the server and closes the store. */
  static void awaitShutdown(MarsadServer server, EventStore store) {
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        store.close();
      } finally {
        done.countDown();
      }
    }, "marsad-shutdown"));
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      store.close();
    }
  }
}
