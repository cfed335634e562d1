package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.marsad.json.RecordJson;

/**
 * A bounded load test of a running Marsad server: {@code clients} concurrent clients (one thread and one
 * keep-alive HTTP/1.1 connection each) send requests back to back for {@code duration}, mixing reads and
 * extractions:
 *
 * <ul>
 *   <li>35 % {@code GET /api/events} with random filters (country, type, date range, actor, bbox, sort, paging);</li>
 *   <li>15 % {@code GET /api/search?q=} with an Arabic word;</li>
 *   <li>15 % {@code GET /api/clusters} with random filters;</li>
 *   <li>10 % {@code GET /api/events/{id}} of an event listed before the run, or {@code /api/stats};</li>
 *   <li>25 % {@code POST /api/extract} of one of the given texts ({@code text/plain}).</li>
 * </ul>
 *
 * <p>An error is any answer other than 200 (a 429 or 503 counts), a body that is not the expected JSON, or an
 * I/O failure or timeout (60 s per request). Latencies are from send to the whole body read.
 *
 * <pre>{@code
 * LoadTest.Report r = LoadTest.run(URI.create(server.url()), 50, Duration.ofSeconds(60), texts, 1L);
 * System.out.println(r.summary());
 * }</pre>
 */
public final class LoadTest {
  /** Request kinds, in the order of their shares above. */
  static final String[] KINDS = {"events", "search", "clusters", "detail", "extract"};
  private static final int[] SHARES = {35, 15, 15, 10, 25};

  private static final String[] COUNTRIES = {"SYR", "IRQ", "YEM", "SDN", "LBY", "PSE", "SOM", "LBN", "EGY"};
  private static final String[] TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "ACCUSE", "THREATEN"};
  private static final String[] WORDS = {"غارة", "قصف", "اشتباكات", "مقتل", "حلب", "صنعاء", "الخرطوم", "مظاهرة",
      "اعتقال", "نزوح", "الجيش", "مسلحون"};
  private static final String[] ACTORS = {"الجيش", "قوات الأمن", "SYR", "مسلحون"};

  /** Latency figures of one kind of request (milliseconds). */
  public record Figures(long requests, long errors, double p50, double p99, double max) {
  }

  /**
   * What a run measured.
   *
   * @param clients concurrent clients
   * @param seconds wall time of the run
   * @param all     every request
   * @param byKind  per request kind (events, search, clusters, detail, extract)
   * @param errors  error causes (status or exception) with their counts
   */
  public record Report(int clients, double seconds, Figures all, Map<String, Figures> byKind,
                       Map<String, Long> errors) {
    /** Requests per second over the run. */
    public double throughput() {
      return all.requests() / seconds;
    }

    /** Errors over requests (0 when nothing was sent). */
    public double errorRate() {
      return all.requests() == 0 ? 0 : (double) all.errors() / all.requests();
    }

    /** One {@code name: value} line per figure. */
    public String summary() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "load: %d clients, %.1f s, %d requests, %.1f requests/s, %d errors"
          + " (rate %.4f)%n", clients, seconds, all.requests(), throughput(), all.errors(), errorRate()));
      b.append(line("all", all));
      byKind.forEach((k, f) -> b.append(line(k, f)));
      errors.forEach((k, n) -> b.append("load error: ").append(n).append(" x ").append(k).append('\n'));
      return b.toString();
    }

    private static String line(String name, Figures f) {
      return String.format(Locale.ROOT, "load %s: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          name, f.requests(), f.errors(), f.p50(), f.p99(), f.max());
    }
  }

  private LoadTest() {
  }

  /**
   * Runs the load against {@code base} (e.g. {@code http://127.0.0.1:8080/}); {@code texts} are the articles
   * sent to {@code /api/extract}. The server must serve a store (the read endpoints) with at least one event.
   */
  public static Report run(URI base, int clients, Duration duration, List<String> texts, long seed)
      throws InterruptedException {
    if (clients < 1 || duration.isNegative() || duration.isZero() || texts.isEmpty()) {
      throw new IllegalArgumentException("need at least one client, a positive duration and one text");
    }
    List<Long> ids = eventIds(base);
    Map<String, Long> errors = new ConcurrentHashMap<>();
    List<List<long[]>> samples = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] window = new long[2];
    for (int c = 0; c < clients; c++) {
      Random r = new Random(seed * 1_000_003L + c);
      List<long[]> mine = new ArrayList<>();
      samples.add(mine);
      Thread t = new Thread(() -> client(base, r, texts, ids, go, window, duration, mine, errors),
          "marsad-load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    window[0] = System.nanoTime();
    go.countDown();
    for (Thread t : threads) {
      t.join(duration.toMillis() + 120_000);
    }
    double seconds = (System.nanoTime() - window[0]) / 1e9;
    List<long[]> all = new ArrayList<>();
    samples.forEach(all::addAll);
    Map<String, Figures> byKind = new LinkedHashMap<>();
    for (int k = 0; k < KINDS.length; k++) {
      int kind = k;
      byKind.put(KINDS[k], figures(all.stream().filter(s -> s[0] == kind).toList()));
    }
    return new Report(clients, seconds, figures(all), byKind, new TreeMap<>(errors));
  }

  /** Sample: {kind, nanos, ok (1/0)}. */
  private static void client(URI base, Random r, List<String> texts, List<Long> ids, CountDownLatch go,
                             long[] window, Duration duration, List<long[]> out, Map<String, Long> errors) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    try {
      go.await();
    } catch (InterruptedException e) {
      return;
    }
    long end = window[0] + duration.toNanos();
    while (System.nanoTime() < end) {
      int kind = pick(r);
      HttpRequest req = request(base, kind, r, texts, ids);
      long t0 = System.nanoTime();
      String problem;
      try {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        problem = check(kind, resp);
      } catch (IOException e) {
        problem = e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        return;
      }
      long nanos = System.nanoTime() - t0;
      out.add(new long[] {kind, nanos, problem == null ? 1 : 0});
      if (problem != null) {
        errors.merge(KINDS[kind] + " " + problem, 1L, Long::sum);
      }
    }
  }

  private static int pick(Random r) {
    int x = r.nextInt(100);
    for (int k = 0; k < SHARES.length; k++) {
      x -= SHARES[k];
      if (x < 0) {
        return k;
      }
    }
    return SHARES.length - 1;
  }

  private static HttpRequest request(URI base, int kind, Random r, List<String> texts, List<Long> ids) {
    String path = switch (KINDS[kind]) {
      case "events" -> "api/events?" + filters(r) + sortAndPage(r);
      case "search" -> "api/search?q=" + enc(WORDS[r.nextInt(WORDS.length)]) + "&limit=" + (5 + r.nextInt(20));
      case "clusters" -> "api/clusters?" + filters(r) + "limit=" + (10 + r.nextInt(50));
      case "detail" -> ids.isEmpty() || r.nextInt(4) == 0 ? "api/stats?" + filters(r) + "factual=true"
          : "api/events/" + ids.get(r.nextInt(ids.size()));
      default -> "api/extract?published=2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
    };
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (KINDS[kind].equals("extract")) {
      b.header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(texts.get(r.nextInt(texts.size())), StandardCharsets.UTF_8));
    }
    return b.build();
  }

  /** Zero to three random filters, each followed by {@code &}. */
  private static String filters(Random r) {
    StringBuilder q = new StringBuilder();
    if (r.nextInt(3) == 0) {
      q.append("country=").append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append('&');
    }
    if (r.nextInt(3) == 0) {
      q.append("type=").append(TYPES[r.nextInt(TYPES.length)]).append('&');
    }
    if (r.nextInt(3) == 0) {
      int m = 1 + r.nextInt(11);
      q.append(String.format(Locale.ROOT, "from=2024-%02d-01&to=2024-%02d-28&", m, m + 1));
    }
    if (r.nextInt(6) == 0) {
      q.append("actor=").append(enc(ACTORS[r.nextInt(ACTORS.length)])).append('&');
    }
    if (r.nextInt(8) == 0) {
      q.append("bbox=30,10,50,40&");
    }
    if (r.nextInt(8) == 0) {
      q.append("q=").append(enc(WORDS[r.nextInt(WORDS.length)])).append('&');
    }
    return q.toString();
  }

  private static String sortAndPage(Random r) {
    String[] sorts = {"-date", "date", "id", "-id"};
    return "sort=" + sorts[r.nextInt(sorts.length)] + "&limit=" + (10 + r.nextInt(90)) + "&offset=" + r.nextInt(50);
  }

  /** Null when the answer is what {@code kind} should give, else the problem. */
  private static String check(int kind, HttpResponse<String> resp) {
    if (resp.statusCode() != 200) {
      String body = resp.body() == null ? "" : resp.body().replaceAll("\\s+", " ");
      return "HTTP " + resp.statusCode()
          + (resp.statusCode() == 429 ? "" : " " + body.substring(0, Math.min(160, body.length())));
    }
    try {
      JsonNode n = RecordJson.mapper().readTree(resp.body());
      boolean ok = switch (KINDS[kind]) {
        case "events", "clusters" -> n.has("total") && n.path("items").isArray();
        case "search" -> n.path("items").isArray();
        case "detail" -> n.isObject() && (n.has("event") || n.has("events"));
        default -> RecordJson.SCHEMA.equals(n.path("schema").asText()) && n.path("events").isArray();
      };
      return ok ? null : "unexpected body";
    } catch (IOException e) {
      return "not JSON";
    }
  }

  private static List<Long> eventIds(URI base) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/events?limit=500&factual=all"))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET /api/events answered " + r.statusCode() + ": is it a Marsad server"
            + " with a store?");
      }
      List<Long> ids = new ArrayList<>();
      RecordJson.mapper().readTree(r.body()).path("items").forEach(e -> ids.add(e.path("id").asLong()));
      return ids;
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
    }
  }

  private static Figures figures(List<long[]> samples) {
    long[] nanos = samples.stream().mapToLong(s -> s[1]).toArray();
    Arrays.sort(nanos);
    long errs = samples.stream().filter(s -> s[2] == 0).count();
    return new Figures(nanos.length, errs, pct(nanos, 50), pct(nanos, 99),
        nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of sorted nanos, in ms. */
  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
