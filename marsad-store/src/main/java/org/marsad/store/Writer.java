package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.json.RecordJson;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * Writes one batch of analysed articles in one transaction: the articles, their entities, events, numbers and
 * mentions, then clusters the new events. Either the whole batch is stored or none of it.
 */
final class Writer {
  /** A document to store and where it came from. */
  record Incoming(Document doc, String sourceKind, String sourceLocator) {
  }

  /** What a committed batch added (for the text index). */
  record Added(long id, String title, String text, long[] eventKeys) {
    /** An article without factual events. */
    Added(long id, String title, String text) {
      this(id, title, text, new long[0]);
    }
  }

  private final Db db;
  private final Clustering clustering;

  Writer(Db db, Clustering clustering) {
    this.db = db;
    this.clustering = clustering;
  }

  /** Which of {@code hashes} / {@code urls} are stored already. */
  static Set<String> existing(Connection c, String column, List<String> values) throws SQLException {
    Set<String> out = new HashSet<>();
    for (List<String> chunk : Rows.chunks(values, 500)) {
      if (chunk.isEmpty()) {
        continue;
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + column + " FROM documents WHERE " + column + " IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
    }
    return out;
  }

  /** Stores the batch; returns the report and the added articles. Rolls back on any failure. */
  Result write(List<Incoming> batch) throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Result r = writeIn(c, batch);
        c.commit();
        return r;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
  }

  record Result(IngestReport report, List<Added> added) {
  }

  private Result writeIn(Connection c, List<Incoming> batch) throws SQLException {
    db.lockForWrite(c);
    // 1. drop what is stored already, or twice in this batch
    List<String> hashes = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Incoming in : batch) {
      hashes.add(Hashes.content(in.doc().text()));
      if (in.doc().url() != null) {
        urls.add(in.doc().url());
      }
    }
    Set<String> seenHash = existing(c, "content_hash", hashes);
    Set<String> seenUrl = existing(c, "url", urls);
    List<Incoming> fresh = new ArrayList<>();
    List<String> freshHashes = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Incoming in = batch.get(i);
      String h = hashes.get(i);
      String u = in.doc().url();
      if (seenHash.contains(h) || (u != null && seenUrl.contains(u))) {
        continue;
      }
      seenHash.add(h);
      if (u != null) {
        seenUrl.add(u);
      }
      fresh.add(in);
      freshHashes.add(h);
    }
    int duplicates = batch.size() - fresh.size();
    if (fresh.isEmpty()) {
      return new Result(new IngestReport(0, duplicates, 0, 0), List.of());
    }
    // 2. ids: the writer holds the write lock, so MAX + 1 is safe
    long docId = maxId(c, "documents");
    long eventId = maxId(c, "events");
    Timestamp now = Timestamp.from(Instant.now());
    Map<String, Long> sourceIds = sources(c, fresh, now);
    List<Added> added = new ArrayList<>();
    List<Clustering.NewEvent> newEvents = new ArrayList<>();
    appendRows(c, fresh, freshHashes, sourceIds, docId, eventId, now, added, newEvents);
    // 3. cluster, then insert the events with their cluster ids
    Clustering.Plan plan = clustering.plan(c, newEvents);
    insertEvents(c, newEvents, plan);
    int touched = clustering.apply(c, plan, now);
    return new Result(new IngestReport(fresh.size(), duplicates, newEvents.size(), touched), added);
  }

  /**
   * Appends the articles after {@code docId} and their entities, numbers and mentions (events after
   * {@code eventId}); fills {@code added} and {@code newEvents}. Its own method (not inlined in
   * {@link #writeIn}), so the JIT compiles this loop once instead of the whole batch write.
   */
  private static void appendRows(Connection c, List<Incoming> fresh, List<String> freshHashes,
      Map<String, Long> sourceIds, long docId, long eventId, Timestamp now, List<Added> added,
      List<Clustering.NewEvent> newEvents) throws SQLException {
    final int V = java.sql.Types.VARCHAR;
    final int B = java.sql.Types.BIGINT;
    final int I = java.sql.Types.INTEGER;
    final int D = java.sql.Types.DOUBLE;
    Bulk pd = new Bulk(c, "documents", "id, source_id, doc_key, content_hash, url, title, outlet, published, text,"
        + " ingested_at", B, B, V, V, V, V, V, java.sql.Types.DATE, V, java.sql.Types.TIMESTAMP);
    Bulk pe = new Bulk(c, "entities", "document_id, local_id, type, text, start_off, end_off, name, country, kb, lat,"
        + " lon, sector, origin", B, V, V, V, I, I, V, V, V, D, D, V, V);
    Bulk pn = new Bulk(c, "event_numbers", "event_id, kind, value, qualifier, civilians", B, V, B, V, B);
    Bulk pm = new Bulk(c, "mentions", "event_id, document_id, ord, start_off, end_off, sentence_start, sentence_end",
        B, B, I, I, I, I, I);
    for (int i = 0; i < fresh.size(); i++) {
      Incoming in = fresh.get(i);
      Document d = in.doc();
      long id = ++docId;
      pd.add(id, in.sourceLocator() == null ? null : sourceIds.get(in.sourceLocator()), d.id(), freshHashes.get(i),
          d.url(), d.title(), d.outlet(), d.published(), d.text(), now);
      List<Long> keys = new ArrayList<>();
      for (Entity e : d.entities()) {
        pe.add(id, e.id(), e.type().name(), e.text(), e.start(), e.end(), e.name(), e.country(), e.kb(), e.lat(),
            e.lon(), e.sector(), e.source());
      }
      for (Event v : d.events()) {
        long eid = ++eventId;
        newEvents.add(new Clustering.NewEvent(eid, id, d, v, eventDate(v, d)));
        if (factuality(v) == Factuality.ASSERTED) {
          keys.add(TextIndex.eventKey(eventDate(v, d), eid));
        }
        for (Map.Entry<String, Count> n : v.numbers().entrySet()) {
          pn.add(eid, n.getKey(), n.getValue().value(), n.getValue().qualifier(), n.getValue().civilians());
        }
        int ord = 0;
        for (Span m : mentionsOf(v)) {
          Span sp = sentenceOf(d, m);
          pm.add(eid, id, ord++, m.start(), m.end(), sp.start(), sp.end());
        }
      }
      added.add(new Added(id, d.title(), d.text(), keys.stream().mapToLong(Long::longValue).toArray()));
    }
    pd.finish();
    pe.finish();
    pn.finish();
    pm.finish();
  }

  private static void insertEvents(Connection c, List<Clustering.NewEvent> events, Clustering.Plan plan)
      throws SQLException {
    final int V = java.sql.Types.VARCHAR;
    final int B = java.sql.Types.BIGINT;
    final int I = java.sql.Types.INTEGER;
    final int D = java.sql.Types.DOUBLE;
    Bulk pv = new Bulk(c, "events", "id, document_id, local_id, type, mode, cameo, acled_type, acled_subtype, score,"
        + " factuality, trigger_text, sentence_start, sentence_end, actor, actor_country, actor_sector, recipient,"
        + " recipient_country, recipient_sector, place, country, lat, lon, geo_precision, geonames, event_date,"
        + " date_value, date_precision, date_basis, block_country, confidence, record, cluster_id, component_id,"
        + " lat_cell, lon_cell, numbers",
        B, B, V, V, V, V, V, V, D, V, V, I, I, V, V, V, V, V, V, V, V, D, D, V, B, java.sql.Types.DATE, V, V, V, V, D,
        V, B, B, I, I, V);
    for (Clustering.NewEvent ne : events) {
      Event v = ne.event();
      Participant a = v.actor();
      Participant r = v.recipient();
      org.marsad.model.Place p = v.location();
      Span sent = v.sentence();
      pv.add(ne.id(), ne.documentId(), v.id(), v.type(), v.mode(), v.cameo(),
          v.acled() == null ? null : v.acled().type(), v.acled() == null ? null : v.acled().subtype(), v.score(),
          factuality(v).json(), v.trigger() == null ? null : v.trigger().text(),
          sent == null ? null : sent.start(), sent == null ? null : sent.end(),
          name(a), a == null ? null : a.country(), a == null ? null : a.sector(),
          name(r), r == null ? null : r.country(), r == null ? null : r.sector(),
          p == null ? null : p.name() != null ? p.name() : p.text(), p == null ? null : p.country(),
          p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.precision(),
          p == null ? null : p.geonames(), ne.date(),
          v.date() == null ? null : v.date().value(), v.date() == null ? null : v.date().precision(),
          v.date() == null ? null : v.date().basis(), ne.input().blockCountry(), v.confidence(),
          RecordJson.eventNode(v).toString(), plan.assignment().get(ne.id()), plan.components().get(ne.id()),
          p == null ? null : cell(p.lat(), 90), p == null ? null : cell(p.lon(), 180),
          NumbersColumn.encode(v.numbers()));
    }
    pv.finish();
  }

  /**
   * The integer cell of a coordinate, {@code FLOOR(degrees * 10000)} (the same double product as migration V008),
   * or null when missing or outside {@code [-range, range]}.
   */
  static Integer cell(Double degrees, double range) {
    if (degrees == null || !(degrees >= -range && degrees <= range)) {
      return null;
    }
    return (int) Math.floor(degrees * 10000);
  }

  private static String name(Participant p) {
    return p == null ? null : p.name() != null ? p.name() : p.text();
  }

  static Factuality factuality(Event v) {
    return v.factuality() == null ? Factuality.ASSERTED : v.factuality();
  }

  /** The event's day: its own date (month and year dates: their first day), else the article's date. */
  static LocalDate eventDate(Event v, Document d) {
    if (v.date() != null && v.date().value() != null) {
      String s = v.date().value();
      try {
        if (s.length() >= 10) {
          return LocalDate.parse(s.substring(0, 10));
        }
        if (s.length() == 7) {
          return LocalDate.parse(s + "-01");
        }
        if (s.length() == 4) {
          return LocalDate.parse(s + "-01-01");
        }
      } catch (DateTimeParseException e) {
        // fall through to the publication date
      }
    }
    return d.published();
  }

  static List<Span> mentionsOf(Event v) {
    if (!v.mentions().isEmpty()) {
      return v.mentions();
    }
    if (v.trigger() != null) {
      return List.of(new Span(v.trigger().start(), v.trigger().end()));
    }
    return v.sentence() == null ? List.of() : List.of(v.sentence());
  }

  /** The sentence around {@code m}: the document's own sentences when analysed, else a punctuation scan. */
  static Span sentenceOf(Document d, Span m) {
    for (Sentence s : d.sentences()) {
      if (s.start() <= m.start() && m.start() < Math.max(s.end(), s.start() + 1)) {
        return s.span();
      }
    }
    String t = d.text();
    int from = Math.min(Math.max(0, m.start()), t.length());
    int a = from;
    while (a > 0 && !endsSentence(t.charAt(a - 1))) {
      a--;
    }
    int b = Math.min(Math.max(from, m.end()), t.length());
    while (b < t.length() && !endsSentence(t.charAt(b))) {
      b++;
    }
    if (b < t.length()) {
      b++;
    }
    while (a < b && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    return new Span(a, Math.max(a, b));
  }

  private static boolean endsSentence(char ch) {
    return ch == '.' || ch == '!' || ch == '?' || ch == '\u061F' || ch == '\n' || ch == '\u06D4';
  }

  private static long maxId(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> sources(Connection c, List<Incoming> fresh, Timestamp now) throws SQLException {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (Incoming in : fresh) {
      if (in.sourceLocator() != null) {
        kinds.putIfAbsent(in.sourceLocator(), in.sourceKind() == null ? "api" : in.sourceKind());
      }
    }
    Map<String, Long> ids = new HashMap<>();
    if (kinds.isEmpty()) {
      return ids;
    }
    List<String> locs = new ArrayList<>(kinds.keySet());
    for (List<String> chunk : Rows.chunks(locs, 500)) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT locator, id FROM sources WHERE locator IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
    }
    long next = maxId(c, "sources");
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sources (id, kind, locator, first_seen) VALUES (?, ?, ?, ?)")) {
      boolean any = false;
      for (String loc : locs) {
        if (!ids.containsKey(loc)) {
          long id = ++next;
          ps.setLong(1, id);
          ps.setString(2, kinds.get(loc));
          ps.setString(3, loc);
          ps.setTimestamp(4, now);
          ps.addBatch();
          ids.put(loc, id);
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    }
    return ids;
  }
}
