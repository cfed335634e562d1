package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

/** ingest, search and export on a real DuckDB file: exit codes, one-line errors, idempotence. */
class StoreCommandsTest {
  @TempDir
  Path dir;

  @RegisterExtension
  final StdCapture io = new StdCapture();

  private String stdout() {
    return io.out();
  }

  private String stderr() {
    return io.err();
  }

  private void reset() {
    io.reset();
  }

  private static void noStackTraces(String s) {
    assertThat(s).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void ingestStoresGoodInputReportsBadInputAndAddsNothingTheSecondTime() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("one.txt"), "اندلعت اشتباكات عنيفة في مدينة الموصل صباح اليوم بين قوات الأمن ومسلحين.");
    Files.writeString(in.resolve("sub/page.html"), "<html><head><title>خبر</title></head><body><article><p>"
        + "قال شهود عيان إن قصفا مدفعيا استهدف أحياء في مدينة حلب مساء أمس.</p></article></body></html>");
    Files.writeString(in.resolve("sub/empty.html"), "<html><body><script>x()</script></body></html>");
    Files.writeString(in.resolve("docs.jsonl"), "{\"id\": \"j1\", \"text\": \"تظاهر مئات في العاصمة احتجاجا على الغلاء.\","
        + " \"url\": \"https://example.org/j1\"}\nbroken line\n");
    String db = dir.resolve("m.duckdb").toString();
    int rc = Main.run("ingest", "--db", db, in.toString());
    assertThat(rc).as(stderr()).isEqualTo(Main.INPUT_ERROR);
    assertThat(stdout()).contains("ingested 3 new article(s)");
    assertThat(stderr().lines()).hasSize(2).anyMatch(l -> l.endsWith("empty.html: no article text found in the page"))
        .anyMatch(l -> l.contains("line 2: not JSON"));
    noStackTraces(stderr());
    reset();
    rc = Main.run("ingest", "--db", db, in.resolve("one.txt").toString(), in.resolve("docs.jsonl").toString(),
        in.resolve("sub/page.html").toString());
    assertThat(stdout()).contains("ingested 0 new article(s)").contains("3 duplicate(s) skipped");
    reset();
    assertThat(Main.run("search", "--db", db, "الاشتباكات")).isZero();
    assertThat(stdout()).contains("الموصل");
    reset();
    assertThat(Main.run("search", "--db", db, "--json", "حلب")).isZero();
    assertThat(stdout().lines()).hasSize(1).allMatch(l -> l.startsWith("{"));
    reset();
    Path csv = dir.resolve("out.csv");
    assertThat(Main.run("export", "--db", db, "--format", "acled-csv", "--output", csv.toString(), "--all-factuality"))
        .as(stderr()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("event_id,event_date,event_type");
    try (EventStore s = EventStore.open(db)) {
      assertThat(s.counts()).containsEntry("documents", 3L);
    }
  }

  @Test
  void usageErrors() {
    assertThat(Main.run("ingest", "--db", dir.resolve("u.duckdb").toString())).isEqualTo(Main.USAGE);
    assertThat(Main.run("export", "--db", dir.resolve("u.duckdb").toString(), "--format", "xml"))
        .isEqualTo(Main.USAGE);
    assertThat(Main.run("export", "--db", dir.resolve("u.duckdb").toString(), "--format", "parquet"))
        .isEqualTo(Main.USAGE);
    assertThat(Main.run("export", "--db", dir.resolve("u.duckdb").toString(), "--format", "jsonl", "--from", "May"))
        .isEqualTo(Main.USAGE);
    assertThat(Main.run("ingest", "--db", dir.resolve("u.duckdb").toString(), "--every", "soon", "--feed", "x.xml"))
        .isEqualTo(Main.USAGE);
    noStackTraces(stderr());
    assertThat(stderr().lines()).allMatch(l -> l.startsWith("marsad "));
  }

  @Test
  void unreachablePostgresIsOneLine() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "نص قصير عن خبر ما في مكان ما.");
    int rc = Main.run("ingest", "--db", "jdbc:postgresql://127.0.0.1:9/marsad?user=x&password=secret", f.toString());
    assertThat(rc).isEqualTo(StoreOptions.STORE_ERROR);
    String e = stderr().strip();
    assertThat(e.lines()).hasSize(1);
    assertThat(e).startsWith("marsad ingest: cannot reach PostgreSQL at").doesNotContain("secret");
    noStackTraces(e);
  }

  @Test
  void lockedDuckDbIsOneLineAndStoresNothing() throws Exception {
    String db = dir.resolve("locked.duckdb").toString();
    try (EventStore s = EventStore.open(db)) {
      assertThat(s.counts()).containsEntry("documents", 0L);
    }
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
        HoldDatabase.class.getName(), db).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo("holding");
      Path f = dir.resolve("a.txt");
      Files.writeString(f, "نص قصير عن خبر ما في مكان ما.");
      int rc = Main.run("ingest", "--db", db, f.toString());
      assertThat(rc).isEqualTo(StoreOptions.STORE_ERROR);
      String e = stderr().strip();
      assertThat(e.lines()).hasSize(1);
      assertThat(e).startsWith("marsad ingest: database ").contains("is locked by another process");
      noStackTraces(e);
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    try (EventStore s = EventStore.open(db)) {
      assertThat(s.counts()).containsEntry("documents", 0L);
    }
  }

  /** Holds a DuckDB file open (and so locked) until killed. */
  public static final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
      try (EventStore s = EventStore.open(args[0])) {
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(120_000);
      }
    }
  }
}
