package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real DuckDB file. */
class DuckStoreTest extends StoreContract {
  @TempDir
  static Path dir;

  private static int n;

  @Override
  String newSpec() {
    return dir.resolve("store" + (++n) + ".duckdb").toString();
  }

  @org.junit.jupiter.api.Test
  void indexSitsNextToTheFile() throws Exception {
    String spec = newSpec();
    try (EventStore s = EventStore.open(spec)) {
      s.ingest(java.util.List.of(Fixtures.protest("p", "x", java.time.LocalDate.of(2024, 3, 1))));
    }
    assertThat(Path.of(spec + ".lucene")).isDirectory();
  }
}
