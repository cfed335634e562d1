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
  /**
   * On DuckDB a page within the first {@link Reader#TOP_N_MAX} rows is cut by one aggregate ({@code COUNT(*)} and
   * {@code max_by}/{@code min_by} of the sort key): it equals the window query (PostgreSQL's and deep pages') in
   * items, order and total, for every sort and filter, with undated events last in both date orders, same-day
   * events ordered by id, a page past the end, and a date outside the key's range (the window is sorted then).
   */
  @org.junit.jupiter.api.Test
  void aTopNPageEqualsTheWindowPage() throws Exception {
    String spec = newSpec();
    java.util.List<org.marsad.model.Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(Fixtures.workload(i));
    }
    try (EventStore s = EventStore.open(spec)) {
      s.ingest(docs);
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + spec);
         java.sql.Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("UPDATE events SET event_date = NULL WHERE id % 4 = 0")).isPositive();
    }
    java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 4);
    java.time.LocalDate to = java.time.LocalDate.of(2024, 1, 20);
    EventQuery all = EventQuery.all();
    java.util.List<EventQuery> filters = java.util.List.of(all.withCountry("SYR"), all.withType("ASSAULT"),
        all.withDates(from, to), all.withActor("RUS"), all.withBBox(EventQuery.BBox.parse("39,30.5,41,35.5")),
        all.withCountry("SYR").withDates(from, null), all.withType("PROTEST"));
    try (EventStore s = EventStore.open(spec); java.sql.Connection c = s.connection()) {
      int compared = 0;
      for (EventQuery f : filters) {
        for (EventQuery.Sort sort : EventQuery.Sort.values()) {
          for (int offset : new int[] {0, 7, 20, 55, 200}) {
            EventQuery q = f.withSort(sort).withPage(10, offset);
            Page<EventSummary> top = Reader.events(c, q, null, true);
            Page<EventSummary> window = Reader.events(c, q, null, false);
            assertThat(top.total()).as(q.toString()).isEqualTo(window.total());
            assertThat(top.items()).as(q.toString()).isEqualTo(window.items());
            compared += top.items().size();
          }
        }
      }
      assertThat(compared).isGreaterThan(500);
      EventQuery byDate = all.withCountry("SYR").withPage(100, 0);
      java.util.List<EventSummary> desc = Reader.events(c, byDate, null, true).items();
      assertThat(desc.get(desc.size() - 1).date()).isNull();
      java.util.List<EventSummary> asc = Reader.events(c, byDate.withSort(EventQuery.Sort.DATE_ASC), null, true)
          .items();
      assertThat(asc.get(0).date()).isNotNull();
      assertThat(asc.get(asc.size() - 1).date()).isNull();
    }
    // a date outside the key's range (years -768 to 10,715): the date sorts fall back to the window, same pages
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + spec);
         java.sql.Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("UPDATE events SET event_date = DATE '12000-01-01' WHERE id = (SELECT MIN(id)"
          + " FROM events WHERE event_date IS NOT NULL)")).isEqualTo(1);
    }
    try (EventStore s = EventStore.open(spec); java.sql.Connection c = s.connection()) {
      for (EventQuery.Sort sort : EventQuery.Sort.values()) {
        for (int offset : new int[] {0, 7, 55}) {
          EventQuery q = all.withCountry("SYR").withSort(sort).withPage(10, offset);
          Page<EventSummary> top = Reader.events(c, q, null, true);
          assertThat(top.total()).as(q.toString()).isEqualTo(Reader.events(c, q, null, false).total());
          assertThat(top.items()).as(q.toString()).isEqualTo(Reader.events(c, q, null, false).items());
        }
      }
      assertThat(Reader.events(c, all.withCountry("SYR").withPage(1, 0), null, true).items().get(0).date())
          .isEqualTo(java.time.LocalDate.of(12000, 1, 1));
    }
  }
}
