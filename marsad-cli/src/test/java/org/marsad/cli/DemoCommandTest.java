package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.store.EventStore;
import org.marsad.store.IngestReport;

class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void bundledCorpusIsDatedArabicArticlesWithUniqueIds() {
    List<Document> docs = DemoCommand.corpus();
    assertThat(docs).hasSizeBetween(12, 20);
    Set<String> ids = new HashSet<>();
    for (Document d : docs) {
      assertThat(ids.add(d.id())).as(d.id()).isTrue();
      assertThat(d.published()).as(d.id()).isNotNull();
      assertThat(d.title()).as(d.id()).isNotBlank();
      assertThat(d.text().codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF).count()).as(d.id())
          .isGreaterThan(d.text().length() / 2);
    }
  }

  @Test
  void buildStoresEveryArticleOnceAndARebuildAddsNothing() {
    try (EventStore store = EventStore.open(dir.resolve("demo.duckdb").toString())) {
      IngestReport first = DemoCommand.build(store);
      assertThat(first.added()).isEqualTo(DemoCommand.corpus().size());
      IngestReport second = DemoCommand.build(store);
      assertThat(second.added()).isZero();
      assertThat(second.duplicates()).isEqualTo(first.added());
      assertThat(store.counts().get("documents")).isEqualTo(first.added());
    }
  }

  @Test
  void aBusyPortIsDetected() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThat(DemoCommand.free("127.0.0.1", s.getLocalPort())).isFalse();
    }
  }

  @Test
  void serveRefusesAnEmptyOrMissingTokenFileWithOneLine() throws IOException {
    Path empty = Files.writeString(dir.resolve("token"), "  \n");
    assertThat(Main.run("serve", "--port", "0", "--db", dir.resolve("s.duckdb").toString(), "--token-file",
        empty.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(Main.run("serve", "--port", "0", "--token-file", dir.resolve("absent").toString()))
        .isEqualTo(Main.INPUT_ERROR);
    Path shortToken = Files.writeString(dir.resolve("short"), "abc");
    assertThat(Main.run("serve", "--port", "0", "--token-file", shortToken.toString())).isEqualTo(Main.INPUT_ERROR);
  }

  @Test
  void serveTakesAQueryTimeoutInSecondsAndRefusesANonPositiveOne() {
    ServeCommand c = new ServeCommand();
    c.queryTimeout = 2.5;
    java.io.PrintWriter err = new java.io.PrintWriter(new java.io.StringWriter());
    assertThat(c.config(err).queryTimeout()).isEqualTo(java.time.Duration.ofMillis(2500));
    assertThat(new ServeCommand().config(err).queryTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
    assertThat(Main.run("serve", "--port", "0", "--query-timeout", "0")).isEqualTo(Main.USAGE);
    assertThat(Main.run("serve", "--port", "0", "--query-timeout", "-3")).isEqualTo(Main.USAGE);
  }
}
