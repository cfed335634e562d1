package org.marsad.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.marsad.model.Document;

/**
 * Fills a DuckDB store with generated events for query benchmarks, in bulk ({@code INSERT ... SELECT} over
 * {@code range()}, no per-row extraction). Call it on a migrated store file that no {@code EventStore} holds open.
 *
 * <p>Rules: one generated article per twenty events, each carrying the title and opening of a bundled article
 * (so full-text queries find them); event dates spread over 2023-2024; types, countries and actors cycle over
 * fixed lists; one event in ten is negated; coordinates fall in 12..37 N, 30..50 E; every other event has a
 * killed count (in event_numbers and in the events' numbers column).
 */
final class SyntheticEvents {
  static final List<String> TYPES = List.of("ASSAULT", "FIGHT", "PROTEST", "COERCE", "THREATEN", "ACCUSE", "AID",
      "MOBILIZE", "SANCTION", "CONSULT");
  static final List<String> COUNTRIES = List.of("SYR", "SDN", "YEM", "IRQ", "LBY", "PSE", "LBN", "SOM", "MLI", "EGY",
      "ISR", "TUR", "IRN", "RUS", "USA");
  static final List<String> ACTORS = List.of("الجيش السوداني", "قوات الدعم السريع", "الجيش الإسرائيلي", "حركة حماس",
      "الحوثيون", "الجيش السوري", "القوات الروسية", "تنظيم الدولة", "الشرطة", "متظاهرون", "الأمم المتحدة",
      "حزب الله");

  private SyntheticEvents() {
  }

  /** Adds {@code events} events (and their articles) to the DuckDB file {@code dbFile}; returns articles added. */
  static long fill(String dbFile, long events, List<Document> samples) throws SQLException {
    long docs = Math.max(1, events / 20);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile); Statement st = c.createStatement()) {
      long docBase = max(st, "documents") + 1;
      long evBase = max(st, "events") + 1;
      StringBuilder v = new StringBuilder();
      for (int i = 0; i < samples.size(); i++) {
        Document d = samples.get(i);
        String text = d.text().length() > 300 ? d.text().substring(0, 300) : d.text();
        v.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(lit(d.title())).append(", ")
            .append(lit(text)).append(')');
      }
      st.execute("CREATE TEMP TABLE bench_samples AS SELECT * FROM (VALUES " + v + ") t(k, title, body)");
      int n = samples.size();
      st.execute("INSERT INTO documents (id, source_id, doc_key, content_hash, url, title, outlet, published, text,"
          + " ingested_at) SELECT " + docBase + " + i, NULL, 'bench-' || i, 'bench-hash-' || i, NULL, s.title,"
          + " 'bench', DATE '2023-01-01' + CAST((i * 7919) % 730 AS INTEGER), s.body || ' ' || CAST(i AS VARCHAR),"
          + " now() FROM range(" + docs + ") r(i) JOIN bench_samples s ON s.k = i % " + n);
      st.execute("INSERT INTO events (id, document_id, local_id, type, mode, cameo, acled_type, acled_subtype, score,"
          + " factuality, trigger_text, sentence_start, sentence_end, actor, actor_country, actor_sector, recipient,"
          + " recipient_country, recipient_sector, place, country, lat, lon, geo_precision, geonames, event_date,"
          + " date_value, date_precision, date_basis, block_country, confidence, record, cluster_id, numbers)"
          + " SELECT " + evBase + " + i, " + docBase + " + (i % " + docs + "), 'e' || (i % 7),"
          + " " + pick("TYPES", TYPES, "i % 10") + ", NULL, '190', 'Violence against civilians', 'Attack', -9.0,"
          + " CASE WHEN i % 10 = 0 THEN 'negated' ELSE 'asserted' END, 'قصف', 0, 120,"
          + " " + pick("ACTORS", ACTORS, "i % 12") + ", " + pick("COUNTRIES", COUNTRIES, "(i / 3) % 15") + ", NULL,"
          + " " + pick("ACTORS", ACTORS, "(i + 5) % 12") + ", " + pick("COUNTRIES", COUNTRIES, "(i / 7) % 15")
          + ", NULL, 'مدينة', " + pick("COUNTRIES", COUNTRIES, "i % 15") + ","
          + " 12 + ((i * 37) % 2500) / 100.0, 30 + ((i * 53) % 2000) / 100.0, 'city', NULL,"
          + " DATE '2023-01-01' + CAST((i * 7919) % 730 AS INTEGER), NULL, 'day', 'published',"
          + " " + pick("COUNTRIES", COUNTRIES, "i % 15") + ", 0.8, '{\"id\":\"e\"}', NULL,"
          + " CASE WHEN i % 2 = 0 THEN 'killed=' || CAST(i % 50 AS VARCHAR) ELSE '' END FROM range(" + events
          + ") r(i)");
      st.execute("UPDATE events SET lat_cell = CAST(FLOOR(lat * 10000) AS INTEGER), lon_cell = CAST(FLOOR(lon * 10000)"
          + " AS INTEGER) WHERE id >= " + evBase);
      st.execute("INSERT INTO event_numbers (event_id, kind, value, qualifier, civilians) SELECT " + evBase
          + " + i, 'killed', i % 50, NULL, NULL FROM range(0, " + events + ", 2) r(i)");
      st.execute("DROP TABLE bench_samples");
      st.execute("CHECKPOINT");
    }
    return docs;
  }

  private static long max(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A SQL expression choosing {@code values[index]}. */
  private static String pick(String name, List<String> values, String index) {
    StringBuilder sb = new StringBuilder("list_extract([");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lit(values.get(i)));
    }
    return sb.append("], CAST(").append(index).append(" AS INTEGER) + 1)").toString();
  }

  private static String lit(String s) {
    return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
  }
}
