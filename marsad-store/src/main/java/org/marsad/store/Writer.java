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
  record Added(long id, String title, String text) {
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
    try (PreparedStatement pd = c.prepareStatement("INSERT INTO documents (id, source_id, doc_key, content_hash, url,"
        + " title, outlet, published, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement pe = c.prepareStatement("INSERT INTO entities (document_id, local_id, type, text,"
             + " start_off, end_off, name, country, kb, lat, lon, sector, origin)"
             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement pn = c.prepareStatement("INSERT INTO event_numbers (event_id, kind, value, qualifier,"
             + " civilians) VALUES (?, ?, ?, ?, ?)");
         PreparedStatement pm = c.prepareStatement("INSERT INTO mentions (event_id, document_id, ord, start_off,"
             + " end_off, sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < fresh.size(); i++) {
        Incoming in = fresh.get(i);
        Document d = in.doc();
        long id = ++docId;
        pd.setLong(1, id);
        Rows.lng(pd, 2, in.sourceLocator() == null ? null : sourceIds.get(in.sourceLocator()));
        pd.setString(3, d.id());
        pd.setString(4, freshHashes.get(i));
        Rows.str(pd, 5, d.url());
        Rows.str(pd, 6, d.title());
        Rows.str(pd, 7, d.outlet());
        Rows.date(pd, 8, d.published());
        pd.setString(9, d.text());
        pd.setTimestamp(10, now);
        pd.addBatch();
        added.add(new Added(id, d.title(), d.text()));
        for (Entity e : d.entities()) {
          pe.setLong(1, id);
          pe.setString(2, e.id());
          pe.setString(3, e.type().name());
          pe.setString(4, e.text());
          pe.setInt(5, e.start());
          pe.setInt(6, e.end());
          Rows.str(pe, 7, e.name());
          Rows.str(pe, 8, e.country());
          Rows.str(pe, 9, e.kb());
          Rows.dbl(pe, 10, e.lat());
          Rows.dbl(pe, 11, e.lon());
          Rows.str(pe, 12, e.sector());
          Rows.str(pe, 13, e.source());
          pe.addBatch();
        }
        for (Event v : d.events()) {
          long eid = ++eventId;
          newEvents.add(new Clustering.NewEvent(eid, id, d, v, eventDate(v, d)));
          for (Map.Entry<String, Count> n : v.numbers().entrySet()) {
            pn.setLong(1, eid);
            pn.setString(2, n.getKey());
            pn.setLong(3, n.getValue().value());
            Rows.str(pn, 4, n.getValue().qualifier());
            Rows.lng(pn, 5, n.getValue().civilians());
            pn.addBatch();
          }
          int ord = 0;
          for (Span m : mentionsOf(v)) {
            Span s = sentenceOf(d, m);
            pm.setLong(1, eid);
            pm.setLong(2, id);
            pm.setInt(3, ord++);
            pm.setInt(4, m.start());
            pm.setInt(5, m.end());
            pm.setInt(6, s.start());
            pm.setInt(7, s.end());
            pm.addBatch();
          }
        }
      }
      pd.executeBatch();
      pe.executeBatch();
      pn.executeBatch();
      pm.executeBatch();
    }
    // 3. cluster, then insert the events with their cluster ids
    Clustering.Plan plan = clustering.plan(c, newEvents);
    insertEvents(c, newEvents, plan.assignment());
    int touched = clustering.apply(c, plan, now);
    return new Result(new IngestReport(fresh.size(), duplicates, newEvents.size(), touched), added);
  }

  private static void insertEvents(Connection c, List<Clustering.NewEvent> events, Map<Long, Long> clusterOf)
      throws SQLException {
    try (PreparedStatement pv = c.prepareStatement("INSERT INTO events (id, document_id, local_id, type, mode, cameo,"
        + " acled_type, acled_subtype, score, factuality, trigger_text, sentence_start, sentence_end, actor,"
        + " actor_country, actor_sector, recipient, recipient_country, recipient_sector, place, country, lat, lon,"
        + " geo_precision, geonames, event_date, date_value, date_precision, date_basis, block_country, confidence,"
        + " record, cluster_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Clustering.NewEvent ne : events) {
        Event v = ne.event();
        int k = 1;
        pv.setLong(k++, ne.id());
        pv.setLong(k++, ne.documentId());
        pv.setString(k++, v.id());
        pv.setString(k++, v.type());
        Rows.str(pv, k++, v.mode());
        Rows.str(pv, k++, v.cameo());
        Rows.str(pv, k++, v.acled() == null ? null : v.acled().type());
        Rows.str(pv, k++, v.acled() == null ? null : v.acled().subtype());
        pv.setDouble(k++, v.score());
        pv.setString(k++, factuality(v).json());
        Rows.str(pv, k++, v.trigger() == null ? null : v.trigger().text());
        Span sent = v.sentence();
        Rows.lng(pv, k++, sent == null ? null : (long) sent.start());
        Rows.lng(pv, k++, sent == null ? null : (long) sent.end());
        k = participant(pv, k, v.actor());
        k = participant(pv, k, v.recipient());
        if (v.location() == null) {
          for (int j = 0; j < 6; j++) {
            pv.setNull(k++, j == 2 || j == 3 ? java.sql.Types.DOUBLE : j == 5 ? java.sql.Types.BIGINT
                : java.sql.Types.VARCHAR);
          }
        } else {
          Rows.str(pv, k++, v.location().name() != null ? v.location().name() : v.location().text());
          Rows.str(pv, k++, v.location().country());
          Rows.dbl(pv, k++, v.location().lat());
          Rows.dbl(pv, k++, v.location().lon());
          Rows.str(pv, k++, v.location().precision());
          Rows.lng(pv, k++, v.location().geonames());
        }
        Rows.date(pv, k++, ne.date());
        Rows.str(pv, k++, v.date() == null ? null : v.date().value());
        Rows.str(pv, k++, v.date() == null ? null : v.date().precision());
        Rows.str(pv, k++, v.date() == null ? null : v.date().basis());
        pv.setString(k++, ne.input().blockCountry());
        pv.setDouble(k++, v.confidence());
        pv.setString(k++, RecordJson.eventNode(v).toString());
        Rows.lng(pv, k, clusterOf.get(ne.id()));
        pv.addBatch();
      }
      pv.executeBatch();
    }
  }

  private static int participant(PreparedStatement ps, int k, Participant p) throws SQLException {
    if (p == null) {
      Rows.str(ps, k, null);
      Rows.str(ps, k + 1, null);
      Rows.str(ps, k + 2, null);
    } else {
      Rows.str(ps, k, p.name() != null ? p.name() : p.text());
      Rows.str(ps, k + 1, p.country());
      Rows.str(ps, k + 2, p.sector());
    }
    return k + 3;
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
