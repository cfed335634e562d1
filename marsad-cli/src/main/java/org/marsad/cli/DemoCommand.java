package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.store.EventStore;
import org.marsad.store.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad demo}: builds a store from the bundled sample articles and serves the dashboard over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Build a DuckDB store from the bundled sample corpus (short Arabic news-style articles written "
        + "for Marsad), then serve the dashboard over it and print its URL. When the port is busy another free "
        + "port is used. The store is a fresh temporary file unless --db is given."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped normally", "1:could not build or serve", "2:bad usage"})
public final class DemoCommand implements Callable<Integer> {
  /** The bundled corpus: JSON lines with id, published, outlet, title, text. */
  static final String CORPUS = "/org/marsad/demo/articles.jsonl";

  @Option(names = "--port", description = "preferred port (default: ${DEFAULT-VALUE}; a free one when busy)")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file to build (kept); default: a temporary file")
  Path db;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = db;
    Path temp = null;
    if (file == null) {
      temp = Files.createTempDirectory("marsad-demo-");
      file = temp.resolve("demo.duckdb");
    }
    out.println("Building the demo store " + file + " ...");
    out.flush();
    EventStore store;
    try {
      store = EventStore.open(file.toString());
    } catch (RuntimeException e) {
      err.println("marsad demo: cannot open " + file + ": " + Main.oneLine(e));
      return Main.INPUT_ERROR;
    }
    IngestReport r = build(store);
    out.println("Stored " + r.added() + " articles and " + r.events() + " events (" + r.duplicates()
        + " already there).");
    int chosen = port;
    if (port != 0 && !free(host, port)) {
      chosen = 0;
    }
    MarsadServer server;
    try {
      server = MarsadServer.start(ServerConfig.defaults().withHost(host).withPort(chosen), store);
    } catch (IllegalStateException e) {
      store.close();
      err.println("marsad demo: " + Main.oneLine(e));
      return Main.INPUT_ERROR;
    }
    if (chosen != port) {
      out.println("Port " + port + " is busy; using " + server.port() + " instead.");
    }
    if (temp != null) {
      Path dir = temp;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "marsad-demo-cleanup"));
    }
    ServeCommand.announce(server, out);
    ServeCommand.awaitShutdown(server, store);
    return Main.OK;
  }

  /** Analyses the bundled corpus and stores it; running it twice adds nothing. */
  static IngestReport build(EventStore store) {
    List<Document> raw = corpus();
    List<Document> fresh = store.unseen(raw);
    List<Document> analysed = fresh.parallelStream().map(Marsad.standard()::extract).toList();
    IngestReport r = store.ingest(analysed, "demo", "bundled sample corpus");
    return new IngestReport(r.added(), r.duplicates() + raw.size() - fresh.size(), r.events(), r.clustersTouched());
  }

  /** The bundled articles. A missing or broken corpus is a build error, so it fails loudly. */
  static List<Document> corpus() {
    List<Document> docs = new ArrayList<>();
    try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + CORPUS);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RecordJson.mapper().readTree(line);
        docs.add(Document.of(n.get("id").asText(), n.get("text").asText(), LocalDate.parse(n.get("published").asText()),
            n.get("title").asText(), null, n.get("outlet").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CORPUS, e);
    }
    return docs;
  }

  static boolean free(String host, int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
