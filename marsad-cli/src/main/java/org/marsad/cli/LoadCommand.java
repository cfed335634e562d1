package org.marsad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.server.LoadTest;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.store.Article;
import org.marsad.store.EventStore;
import org.marsad.store.IngestReport;
import org.marsad.store.Ingestor;
import org.marsad.store.SyntheticArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad load}: a bounded load test of the REST API on loopback (see {@link LoadTest} for the request
 * mix). Without {@code --url} it ingests generated articles into a temporary DuckDB store and serves it in this
 * process, with the per-client rate limit set by {@code --rate-limit} (all load clients share 127.0.0.1, so
 * the default limit of {@code serve} would answer most of them 429).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Load-test the REST API: N concurrent clients for S seconds on loopback, mixing reads",
        "(/api/events with filters, search, clusters, event details, stats) and /api/extract calls. Prints",
        "throughput, p50/p99 latency per request kind and every error; any error makes the exit code 1."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no request failed", "1:some requests failed (listed) or the server could not start",
        "2:bad usage"})
public final class LoadCommand implements Callable<Integer> {

  @Option(names = "--clients", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients = 50;

  @Option(names = "--seconds", description = "length of the run (default: ${DEFAULT-VALUE})")
  int seconds = 60;

  @Option(names = "--url", description = "load this running server (it must serve a store) instead of starting one")
  URI url;

  @Option(names = "--articles", description = "generated articles in the store of the server started here"
      + " (default: ${DEFAULT-VALUE})")
  int articles = 300;

  @Option(names = "--rate-limit", paramLabel = "N", description = "requests a minute per client address of the"
      + " server started here (default: ${DEFAULT-VALUE}, far above what the clients send; 0: off)")
  int rateLimit = 10_000_000;

  @Option(names = "--seed", description = "seed of the request mix (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (clients < 1 || seconds < 1 || articles < 1 || rateLimit < 0) {
      err.println("marsad load: --clients, --seconds and --articles must be positive, --rate-limit 0 or more");
      return Main.USAGE;
    }
    List<String> texts = SyntheticArticles.generate(200, seed + 1).stream().map(a -> a.doc().text()).toList();
    if (url != null) {
      out.println("server: " + url + " (its own rate limit and timeouts apply)");
      return report(out, LoadTest.run(url, clients, Duration.ofSeconds(seconds), texts, seed));
    }
    Path dir = Files.createTempDirectory("marsad-load-");
    try (EventStore store = EventStore.open(dir.resolve("load.duckdb").toString(), dir.resolve("index"),
        org.marsad.cluster.EventClusterer.standard())) {
      long t0 = System.nanoTime();
      List<Article> stored = SyntheticArticles.generate(articles, seed);
      IngestReport r = new Ingestor(store, Marsad.standard(), Runtime.getRuntime().availableProcessors(), 100)
          .run(stored.iterator(), Ingestor.Listener.NONE);
      out.printf(Locale.ROOT, "store: temporary DuckDB, %d generated articles, %d events (ingested in %.1f s)%n",
          r.added(), r.events(), (System.nanoTime() - t0) / 1e9);
      ServerConfig cfg = ServerConfig.defaults().withPort(0).withRequestsPerMinute(rateLimit);
      try (MarsadServer server = MarsadServer.start(cfg, store)) {
        out.println("server: in this process at " + server.url() + ", rate limit "
            + (rateLimit == 0 ? "off" : rateLimit + " requests/min per client address") + " (all " + clients
            + " clients share 127.0.0.1), request timeout " + cfg.requestTimeout().toSeconds() + " s, query timeout "
            + cfg.queryTimeout().toSeconds() + " s, idle timeout "
            + cfg.idleTimeout().toSeconds() + " s, " + Runtime.getRuntime().availableProcessors() + " cores, load "
            + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long cpu0 = processCpu();
        LoadTest.Report rep = LoadTest.run(URI.create(server.url()), clients, Duration.ofSeconds(seconds), texts,
            seed);
        out.printf(Locale.ROOT, "process CPU during the run: %.1f s (server and clients)%n",
            (processCpu() - cpu0) / 1e9);
        return report(out, rep);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static int report(PrintWriter out, LoadTest.Report r) {
    out.print(r.summary());
    out.flush();
    return r.all().errors() == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary folder: nothing more to do
    }
  }
}
