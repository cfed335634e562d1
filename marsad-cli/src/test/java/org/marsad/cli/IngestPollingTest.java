package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.marsad.store.EventStore;

/**
 * {@code ingest --every}: polling a folder and a feed file (new items once, old ones never again, a failing
 * poll is one line and polling goes on, stopping is clean, also by SIGTERM) and the progress bar (drawn on a
 * terminal only). Polls are 1 s apart, so each test takes a few seconds.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)   // a poll that never stops fails instead of hanging the build
class IngestPollingTest {
  @TempDir
  Path dir;

  @RegisterExtension
  final StdCapture io = new StdCapture();

  /** Runs {@code ingest} with the given terminal answer and between-rounds action. */
  private static int ingest(boolean terminal, IntConsumer afterRound, String... args) {
    CommandLine cl = Main.commandLine();
    IngestCommand cmd = (IngestCommand) cl.getSubcommands().get("ingest").getCommand();
    cmd.terminal = () -> terminal;
    cmd.afterRound = afterRound;
    String[] all = new String[args.length + 1];
    all[0] = "ingest";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  private static void write(Path p, String text) {
    try {
      Files.writeString(p, text);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long documents(String db) {
    try (EventStore s = EventStore.open(db)) {
      return s.counts().get("documents");
    }
  }

  private static void noStackTraces(String s) {
    assertThat(s).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Files and folders are stored 1,000 articles a transaction by default; feeds and polling 200. */
  @Test
  void theDefaultBatchIsLargerForFilesThanForFeeds() {
    assertThat(IngestCommand.defaultBatch(false, false)).isEqualTo(1000);
    assertThat(IngestCommand.defaultBatch(true, false)).isEqualTo(200);
    assertThat(IngestCommand.defaultBatch(false, true)).isEqualTo(200);
  }

  @Test
  void pollingIngestsANewArticleOnceAndOldOnesNeverAgain() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "اندلعت اشتباكات عنيفة في مدينة الموصل صباح اليوم بين قوات الأمن ومسلحين.");
    String db = dir.resolve("m.duckdb").toString();
    long start = System.nanoTime();
    int rc = ingest(false, round -> {
      if (round == 1) {
        write(in.resolve("b.txt"), "قال شهود عيان إن قصفا مدفعيا استهدف أحياء في مدينة حلب مساء أمس.");
      }
    }, "--db", db, "--every", "1s", "--rounds", "3", in.toString());
    assertThat(rc).as(io.err()).isEqualTo(Main.OK);
    assertThat(io.out().lines()).hasSize(3);
    assertThat(io.out().lines().toList().get(0)).contains("ingested 1 new article(s)").contains("0 duplicate(s)");
    assertThat(io.out().lines().toList().get(1)).contains("ingested 1 new article(s)").contains("1 duplicate(s)");
    assertThat(io.out().lines().toList().get(2)).contains("ingested 0 new article(s)").contains("2 duplicate(s)");
    assertThat(io.err()).isEmpty();
    // two waits of 1 s between three rounds
    assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(2.0);
    assertThat(documents(db)).isEqualTo(2);
  }

  @Test
  void aFailingPollIsOneLineAndPollingGoesOn() throws Exception {
    Path feed = dir.resolve("feed.xml");
    write(feed, "<rss><channel><item>not closed");
    String db = dir.resolve("f.duckdb").toString();
    int rc = ingest(false, round -> {
      if (round == 1) {
        write(feed, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>وكالة الاختبار</title><link>http://localhost/</link><description>d</description>
            <item><title>اشتباكات في درعا</title><link>https://example.invalid/1</link><guid>g1</guid>
            <description>اندلعت اشتباكات عنيفة بين مجموعات مسلحة في ريف درعا الغربي صباح اليوم، وفق ما أفاد به شهود عيان.</description>
            </item></channel></rss>
            """);
      }
    }, "--db", db, "--feed", feed.toString(), "--no-fetch", "--every", "1s", "--rounds", "3");
    assertThat(rc).as("a poll failed: some input was bad").isEqualTo(Main.INPUT_ERROR);
    assertThat(io.err().lines()).singleElement().asString().startsWith("marsad ingest: ").contains("feed.xml");
    noStackTraces(io.err());
    assertThat(io.out().lines()).hasSize(3);
    assertThat(io.out().lines().toList().get(0)).contains("ingested 0 new article(s)");
    assertThat(io.out().lines().toList().get(1)).contains("ingested 1 new article(s)");
    assertThat(io.out().lines().toList().get(2)).contains("ingested 0 new article(s)").contains("1 duplicate(s)");
    assertThat(documents(db)).isEqualTo(1);
  }

  @Test
  void stopEndsTheWaitAtOnceAndClosesTheStore() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "تظاهر مئات في العاصمة احتجاجا على الغلاء اليوم.");
    String db = dir.resolve("s.duckdb").toString();
    CommandLine cl = Main.commandLine();
    IngestCommand cmd = (IngestCommand) cl.getSubcommands().get("ingest").getCommand();
    cmd.terminal = () -> false;
    cmd.afterRound = round -> cmd.stop();
    long start = System.nanoTime();
    int rc = cl.execute("ingest", "--db", db, "--every", "1h", in.toString());
    assertThat((System.nanoTime() - start) / 1e9).as("did not wait the hour").isLessThan(60.0);
    assertThat(rc).isEqualTo(Main.OK);
    assertThat(io.out().lines()).singleElement().asString().contains("ingested 1 new article(s)");
    assertThat(io.err().strip()).isEqualTo("marsad ingest: stopped after 1 round(s)");
    // the store was closed: another open (and its lock) succeeds
    assertThat(documents(db)).isEqualTo(1);
  }

  @Test
  void sigtermStopsAPollingProcessCleanly() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "اندلعت اشتباكات عنيفة في مدينة الموصل صباح اليوم بين قوات الأمن ومسلحين.");
    String db = dir.resolve("t.duckdb").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
        Main.class.getName(), "ingest", "--db", db, "--every", "1s", in.toString())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).contains("ingested 1 new article(s)");
      // a later poll finds nothing new
      assertThat(r.readLine()).contains("ingested 0 new article(s)").contains("1 duplicate(s)");
      p.destroy();   // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
    } finally {
      p.destroyForcibly();
    }
    String err = Files.readString(dir.resolve("err.txt"));
    noStackTraces(err);
    assertThat(err.strip()).isIn("", "marsad ingest: stopped after 2 round(s)", "marsad ingest: stopped after 3 round(s)");
    assertThat(documents(db)).isEqualTo(1);
  }

  @Test
  void progressBarOnATerminalOnlyAndNothingButTheSummaryInPipes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "اندلعت اشتباكات عنيفة في مدينة الموصل صباح اليوم بين قوات الأمن ومسلحين.");
    write(in.resolve("b.txt"), "قال شهود عيان إن قصفا مدفعيا استهدف أحياء في مدينة حلب مساء أمس.");
    write(in.resolve("c.txt"), "تظاهر مئات في العاصمة احتجاجا على الغلاء اليوم.");
    int rc = ingest(true, round -> { }, "--db", dir.resolve("p1.duckdb").toString(), "--batch", "1",
        in.toString());
    assertThat(rc).isEqualTo(Main.OK);
    String bar = io.err();
    assertThat(bar).startsWith("\r[").contains("] 1/3").contains("] 3/3").contains("3 new").endsWith("\r\033[K");
    assertThat(bar).contains("[" + "#".repeat(30) + "]");
    assertThat(io.out().lines()).singleElement().asString().contains("ingested 3 new article(s)");
    io.reset();
    rc = ingest(false, round -> { }, "--db", dir.resolve("p2.duckdb").toString(), "--batch", "1", in.toString());
    assertThat(rc).isEqualTo(Main.OK);
    assertThat(io.err()).isEmpty();
    assertThat(io.out().lines()).singleElement().asString().contains("ingested 3 new article(s)");
  }
}
