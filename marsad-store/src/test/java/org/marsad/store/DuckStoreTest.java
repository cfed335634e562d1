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

  @Override
  String slowSql() {
    return "SELECT SUM((a.range * b.range) % 7) FROM range(1000000) a, range(1000000) b";
  }

  /**
   * A full-text filter counts the events of every matching article: 6,000 articles hold the word, more than the
   * 5,000 best hits the filter was once cut to. Articles and events are written in bulk SQL (as `marsad bench`
   * does), and the index catches up with them on open.
   */
  @org.junit.jupiter.api.Test
  void aTextFilterCountsEveryMatchingArticle() throws Exception {
    String spec = newSpec();
    try (EventStore s = EventStore.open(spec)) {
      s.ingest(java.util.List.of(Fixtures.protest("p", "x", java.time.LocalDate.of(2024, 3, 1))));
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + spec);
         java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO documents (id, doc_key, content_hash, outlet, published, text, ingested_at)"
          + " SELECT 100 + i, 'k' || i, 'h' || i, 'o', DATE '2024-01-01',"
          + " CASE WHEN i < 6000 THEN 'قصفت المدفعية الحي رقم ' ELSE 'اجتمع الوزراء في الجلسة رقم ' END || i,"
          + " now() FROM range(6500) r(i)");
      st.execute("INSERT INTO events (id, document_id, local_id, type, score, factuality, event_date,"
          + " block_country, confidence, record)"
          + " SELECT 100 + i, 100 + i, 'e1', 'ASSAULT', 1.0, 'asserted', DATE '2024-01-01', '-', 0.5, '{}'"
          + " FROM range(6500) r(i)");
    }
    try (EventStore s = EventStore.open(spec)) {
      EventQuery q = EventQuery.all().withText("قصفت").withPage(10, 0);
      assertThat(s.queryEvents(q).total()).isEqualTo(6000);
      assertThat(s.documents(q).total()).isEqualTo(6000);
      assertThat(s.stats(q).events()).isEqualTo(6000);
      assertThat(s.queryEvents(EventQuery.all().withText("الوزراء")).total()).isEqualTo(500);
    }
  }
}
