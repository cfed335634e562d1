package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.Marsad;
import org.marsad.store.Article;
import org.marsad.store.ArticleReader;
import org.marsad.store.BadInput;
import org.marsad.store.EventStore;
import org.marsad.store.FeedReader;
import org.marsad.store.IngestReport;
import org.marsad.store.Ingestor;
import org.marsad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest}: analyses articles and stores them with their events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyse articles and store them, their entities and events in the event store.",
        "PATH: .txt, .html/.htm, .jsonl (as extract --input) files or folders (recursive).",
        "Articles already stored (same text or URL) are skipped, so re-running adds nothing."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:everything was stored", "1:some input was bad (see stderr; the rest was stored)",
        "2:bad usage", "3:the database failed (nothing of the failing batch was stored)"})
public final class IngestCommand implements Callable<Integer> {
  private static final Pattern EVERY = Pattern.compile("(\\d+)\\s*([smhd])");

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL|FILE", description = "an RSS or Atom feed (repeatable)")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION",
      description = "poll the feeds (and paths) again every 1s, 30s, 10m, 1h, 1d; stop with Ctrl-C (or --rounds)")
  String every;

  @Option(names = "--rounds", paramLabel = "N", description = "with --every: stop after N rounds (default: until stopped)")
  int rounds = Integer.MAX_VALUE;

  @Option(names = "--no-fetch", description = "do not fetch the linked page of short feed entries")
  boolean noFetch;

  @Option(names = "--threads", description = "analysis threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Articles per transaction for files and folders: fewer statements and commits per article (docs/perf.md). */
  static final int FILE_BATCH = 1000;
  /** Articles per transaction when feeds are read or polled: new items are stored sooner. */
  static final int FEED_BATCH = 200;

  @Option(names = "--batch", description = "articles per transaction (default: " + FILE_BATCH + " for files and"
      + " folders, " + FEED_BATCH + " when feeds are read or polled); a crash loses at most the batches not yet"
      + " committed, which a rerun stores")
  Integer batch;

  /** The batch size when none is given: {@link #FEED_BATCH} when feeds are read or polled, else {@link #FILE_BATCH}. */
  static int defaultBatch(boolean feeds, boolean polling) {
    return feeds || polling ? FEED_BATCH : FILE_BATCH;
  }

  @Mixin
  StoreOptions store;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Whether the progress bar may be drawn: a terminal is attached. Tests replace it. */
  BooleanSupplier terminal = () -> System.console() != null;

  /** Called after each round with its number (1, 2 ...). Tests use it to change the input between polls. */
  IntConsumer afterRound = round -> { };

  /** Counted down by {@link #stop}: ends the wait between polls at once. */
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile boolean stopping;

  /**
   * Asks a polling ingest to stop: the wait between polls ends at once, and a round in progress stops reading
   * after the batch being written (which is committed), then the store is closed. Thread-safe.
   */
  void stop() {
    stopping = true;
    stopSignal.countDown();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (paths.isEmpty() && feeds.isEmpty()) {
      err.println("marsad ingest: give at least one PATH or --feed (see --help)");
      return Main.USAGE;
    }
    if (batch == null) {
      batch = defaultBatch(!feeds.isEmpty(), every != null);
    }
    if (threads < 1 || batch < 1 || rounds < 1) {
      err.println("marsad ingest: --threads, --batch and --rounds must be at least 1");
      return Main.USAGE;
    }
    Duration period = null;
    if (every != null) {
      Matcher m = EVERY.matcher(every.strip().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        err.println("marsad ingest: --every must look like 30s, 10m, 1h or 1d, not '" + every + "'");
        return Main.USAGE;
      }
      long n = Long.parseLong(m.group(1));
      period = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    } else {
      rounds = 1;
    }
    EventStore s = store.open(err, "ingest");
    if (s == null) {
      return StoreOptions.STORE_ERROR;
    }
    AtomicInteger problems = new AtomicInteger();
    CountDownLatch finished = new CountDownLatch(1);
    // polling runs until stopped: on Ctrl-C / SIGTERM, finish the batch being written and close the store
    Thread hook = period == null ? null : new Thread(() -> {
      stop();
      try {
        finished.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "marsad-ingest-stop");
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    int round = 0;
    try (s) {
      while (round < rounds && !stopping) {
        round++;
        int code = once(s, out, err, problems);
        if (code != Main.OK && code != Main.INPUT_ERROR) {
          return code;
        }
        afterRound.accept(round);
        if (round < rounds && stopSignal.await(period.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
    } finally {
      finished.countDown();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waits for `finished`
        }
      }
    }
    if (stopping) {
      err.println("marsad ingest: stopped after " + round + " round(s)");
      err.flush();
    }
    return problems.get() == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  private int once(EventStore s, PrintWriter out, PrintWriter err, AtomicInteger problems) {
    List<Article> feedArticles = new ArrayList<>();
    FeedReader feedReader = new FeedReader(!noFetch);
    for (String f : feeds) {
      try {
        feedArticles.addAll(feedReader.read(f, line -> problem(err, problems, line)));
      } catch (BadInput e) {
        problem(err, problems, e.getMessage());
      }
    }
    List<Path> files = ArticleReader.files(paths, line -> problem(err, problems, line));
    long total = ArticleReader.count(files);
    if (total >= 0) {
      total += feedArticles.size();
    }
    Iterator<Article> fromFiles = ArticleReader.articles(files, line -> problem(err, problems, line));
    Iterator<Article> all = untilStopped(concat(feedArticles.iterator(), fromFiles));
    Progress progress = Progress.create(err, total, terminal.getAsBoolean());
    long start = System.nanoTime();
    IngestReport r;
    try {
      r = new Ingestor(s, Marsad.standard(), threads, batch).run(all, new Ingestor.Listener() {
        @Override
        public void committed(IngestReport t, long read) {
          progress.update(read, t);
        }

        @Override
        public void problem(String line) {
          progress.clear();
          IngestCommand.problem(err, problems, line);
        }
      });
    } catch (StoreException e) {
      progress.clear();
      err.println("marsad ingest: " + Main.oneLine(e));
      return StoreOptions.STORE_ERROR;
    }
    progress.clear();
    double secs = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "ingested %d new article(s), %d event(s); %d duplicate(s) skipped; %d cluster(s) updated;"
        + " %.1f s%n", r.added(), r.events(), r.duplicates(), r.clustersTouched(), secs);
    out.flush();
    return Main.OK;
  }

  static void problem(PrintWriter err, AtomicInteger problems, String line) {
    problems.incrementAndGet();
    err.println("marsad ingest: " + line);
    err.flush();
  }

  /** {@code it}, ending early once {@link #stop} was called (the batch being filled is still written). */
  private <T> Iterator<T> untilStopped(Iterator<T> it) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stopping && it.hasNext();
      }

      @Override
      public T next() {
        return it.next();
      }
    };
  }

  private static <T> Iterator<T> concat(Iterator<T> a, Iterator<T> b) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return a.hasNext() || b.hasNext();
      }

      @Override
      public T next() {
        return a.hasNext() ? a.next() : b.next();
      }
    };
  }
}
