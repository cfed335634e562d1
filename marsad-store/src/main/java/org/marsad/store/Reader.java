package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.cluster.Figures;

/** Read-side SQL of the store. Every value is a bound parameter. */
final class Reader {
  static final String EVENT_COLUMNS = "e.id, e.document_id, e.local_id, e.type, e.mode, e.cameo, e.acled_type,"
      + " e.acled_subtype, e.factuality, e.event_date, e.date_precision, e.actor, e.actor_country, e.recipient,"
      + " e.recipient_country, e.place, e.country, e.lat, e.lon, e.geo_precision, e.score, e.confidence, e.cluster_id,"
      + " e.trigger_text, e.sentence_start, e.sentence_end, d.outlet, d.url, d.title, d.published, d.doc_key,"
      + " SUBSTRING(d.text, CAST(e.sentence_start + 1 AS INTEGER), CAST(e.sentence_end - e.sentence_start AS"
      + " INTEGER)) AS sentence_text";

  private Reader() {
  }

  /** A WHERE clause and its parameters. */
  record Where(String sql, List<Object> params) {
    void bind(PreparedStatement ps, int first) throws SQLException {
      int i = first;
      for (Object o : params) {
        if (o instanceof Ids ids) {
          ps.setString(i++, ids.joined());
        } else if (o instanceof Long l) {
          ps.setLong(i++, l);
        } else if (o instanceof Integer n) {
          ps.setInt(i++, n);
        } else if (o instanceof Double d) {
          ps.setDouble(i++, d);
        } else if (o instanceof LocalDate d) {
          Rows.date(ps, i++, d);
        } else {
          ps.setString(i++, (String) o);
        }
      }
    }
  }

  /**
   * Ids bound as one comma-separated string, split by the database ({@code string_to_array}, the same on DuckDB
   * and PostgreSQL): every full-text match costs one parameter, not one each (on 1M events a 3-4x cheaper query
   * than 5,000 parameters), and a string binds 3-4x cheaper than a JDBC array on DuckDB (12,500 ids: 6 ms of
   * CPU, against 21 ms).
   */
  record Ids(List<Long> ids) {
    String joined() {
      StringBuilder sb = new StringBuilder(ids.size() * 7);
      for (Long id : ids) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(id.longValue());
      }
      return sb.toString();
    }
  }

  /** The filter of {@code q} over {@code events e}; {@code docIds} from the text query or null. */
  static Where where(EventQuery q, List<Long> docIds) {
    StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
    List<Object> ps = new ArrayList<>();
    if (q.factual()) {
      sb.append(" AND e.factuality = ?");
      ps.add("asserted");
    }
    if (q.from() != null) {
      sb.append(" AND e.event_date >= ?");
      ps.add(q.from());
    }
    if (q.to() != null) {
      sb.append(" AND e.event_date <= ?");
      ps.add(q.to());
    }
    if (q.country() != null) {
      sb.append(" AND e.block_country = ?");
      ps.add(q.country().toUpperCase(java.util.Locale.ROOT));
    }
    if (q.type() != null) {
      sb.append(" AND e.type = ?");
      ps.add(q.type().toUpperCase(java.util.Locale.ROOT));
    }
    if (q.actor() != null) {
      actor(q.actor(), sb, ps);
    }
    if (q.bbox() != null) {
      sb.append(" AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
      ps.add(q.bbox().minLat());
      ps.add(q.bbox().maxLat());
      ps.add(q.bbox().minLon());
      ps.add(q.bbox().maxLon());
    }
    if (q.cluster() != null) {
      sb.append(" AND e.cluster_id = ?");
      ps.add(q.cluster());
    }
    if (docIds != null) {
      if (docIds.isEmpty()) {
        sb.append(" AND 1 = 0");
      } else {
        sb.append(" AND e.document_id IN (SELECT CAST(UNNEST(string_to_array(?, ',')) AS BIGINT))");
        ps.add(new Ids(docIds));
      }
    }
    return new Where(sb.toString(), ps);
  }

  /**
   * The actor filter: the actor's or recipient's country code equals {@code a} (upper-cased), or the actor's or
   * recipient's name contains {@code a}, case-insensitively. Two equivalent forms, the second 2x cheaper on 1M
   * events: a name of uncased characters only (Arabic letters and marks, ASCII digits, spaces and punctuation)
   * matches {@code LOWER(name)} exactly where it matches {@code name} (lower-casing maps cased letters to cased
   * letters, in place), so the name is compared as stored; and a name with a non-ASCII character cannot equal a
   * country code (ISO 3166 alpha-3, ASCII), so the two code comparisons are left out.
   */
  static void actor(String a, StringBuilder sb, List<Object> ps) {
    boolean uncased = a.codePoints().allMatch(Reader::uncased);
    String pattern = uncased ? a : a.toLowerCase(java.util.Locale.ROOT);
    String like = "%" + pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    boolean ascii = a.chars().allMatch(c -> c < 0x80);
    String name = uncased ? "e.actor LIKE ? ESCAPE '\\' OR e.recipient LIKE ? ESCAPE '\\'"
        : "LOWER(e.actor) LIKE ? ESCAPE '\\' OR LOWER(e.recipient) LIKE ? ESCAPE '\\'";
    if (ascii) {
      sb.append(" AND (e.actor_country = ? OR e.recipient_country = ? OR ").append(name).append(')');
      ps.add(a.toUpperCase(java.util.Locale.ROOT));
      ps.add(a.toUpperCase(java.util.Locale.ROOT));
    } else {
      sb.append(" AND (").append(name).append(')');
    }
    ps.add(like);
    ps.add(like);
  }

  /** An ASCII non-letter or a character of the Arabic blocks: no case, and no lower-casing yields it. */
  private static boolean uncased(int c) {
    if (c < 0x80) {
      return !Character.isLetter(c);
    }
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
        || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
  }

  static String order(EventQuery.Sort s) {
    return switch (s) {
      case DATE_DESC -> " ORDER BY e.event_date DESC NULLS LAST, e.id DESC";
      case DATE_ASC -> " ORDER BY e.event_date ASC NULLS LAST, e.id ASC";
      case ID_ASC -> " ORDER BY e.id ASC";
      case ID_DESC -> " ORDER BY e.id DESC";
    };
  }

  /** The largest {@code offset + limit} a DuckDB page is cut by {@link #topN} (deeper pages sort the window). */
  static final int TOP_N_MAX = 5000;
  /** Days added to an epoch day in a {@link #topN} key, so that a dated key's day slot is at least 1. */
  private static final long KEY_DAYS = 1_000_000L;
  /** The dates and ids a {@link #topN} key orders exactly: day slots 1 .. 2^22 - 1, ids below 2^40. */
  static final LocalDate KEY_FIRST = LocalDate.ofEpochDay(1 - KEY_DAYS);
  static final LocalDate KEY_LAST = LocalDate.ofEpochDay((1L << 22) - 1 - KEY_DAYS);
  static final long KEY_IDS = 1L << 40;

  /**
   * The page's event ids in the order of {@code s}, as one DuckDB aggregate over {@code e}: {@code max_by} /
   * {@code min_by} keep the first {@code n} ids of the matching rows in a heap, in order. The key is one BIGINT
   * (on 1M events 10-25 % cheaper than a struct of date and id): a dated event's day slot (epoch day + 1,000,000)
   * in the bits above 40, its id below; an undated event's key is its id (below every dated key: last in
   * {@code DATE_DESC}) or 2^62 + its id (above every dated key: last in {@code DATE_ASC}), as {@code NULLS LAST} in
   * {@link #order}. Exact only for dates from {@link #KEY_FIRST} to {@link #KEY_LAST} (years -768 to 10,715) and
   * ids below {@link #KEY_IDS}: a date sort also reads {@link #KEY_BOUNDS}, and out of that range the caller sorts
   * the window instead. Id sorts key on the id itself.
   */
  static String topN(EventQuery.Sort s, int n) {
    // clamped and masked so that no date or id overflows (out of range the caller falls back to the window)
    String id = "(e.id & " + (KEY_IDS - 1) + ")";
    String dated = "(LEAST(GREATEST(CAST(e.event_date - DATE '1970-01-01' AS BIGINT) + " + KEY_DAYS + ", 1), "
        + ((1L << 22) - 1) + ") << 40) + " + id;
    return switch (s) {
      case DATE_DESC -> "max_by(e.id, CASE WHEN e.event_date IS NULL THEN " + id + " ELSE " + dated + " END, " + n
          + ")";
      case DATE_ASC -> "min_by(e.id, CASE WHEN e.event_date IS NULL THEN " + (1L << 62) + " + " + id + " ELSE "
          + dated + " END, " + n + ")";
      case ID_ASC -> "min_by(e.id, e.id, " + n + ")";
      case ID_DESC -> "max_by(e.id, e.id, " + n + ")";
    };
  }

  /** The aggregates after {@link #topN} that give the range of the keyed rows: first and last date, largest id. */
  static final String KEY_BOUNDS = "MIN(e.event_date), MAX(e.event_date), MAX(e.id)";

  /** Whether the rows whose {@link #KEY_BOUNDS} are in columns {@code col..col+2} of {@code rs} keyed exactly. */
  private static boolean keyBounds(ResultSet rs, int col) throws SQLException {
    java.sql.Date first = rs.getDate(col);
    java.sql.Date last = rs.getDate(col + 1);
    long maxId = rs.getLong(col + 2);
    return (first == null || !first.toLocalDate().isBefore(KEY_FIRST))
        && (last == null || !last.toLocalDate().isAfter(KEY_LAST)) && maxId < KEY_IDS;
  }

  /**
   * A page of events matching {@code q} and the total. On DuckDB ({@code duck}) a filtered page within the first
   * {@link #TOP_N_MAX} rows is one scan with aggregates, {@code COUNT(*)} and {@link #topN} (on 1M events 10-25 %
   * less wall time than a window count over a sort of every match; the same again when a date or id is outside
   * the key's range); otherwise (PostgreSQL, deep pages) one scan of the filter and sort columns gives the page's
   * ids and the total (a window count). Then only the page's rows are read, by primary key, with their articles.
   * Without a filter (the factual events, ~all rows) the window would hold every row, so the total is counted
   * apart (one column scanned) and the page cut alone.
   */
  static Page<EventSummary> events(Connection c, EventQuery q, List<Long> docIds, boolean duck) throws SQLException {
    boolean unfiltered = q.from() == null && q.to() == null && q.country() == null && q.type() == null
        && q.actor() == null && q.bbox() == null && q.cluster() == null && docIds == null;
    if (duck && !unfiltered && (long) q.offset() + q.limit() <= TOP_N_MAX) {
      Page<EventSummary> p = events(c, q, docIds, true, false);
      if (p != null) {
        return p;
      }
    }
    return events(c, q, docIds, false, unfiltered);
  }

  /** {@link #events} by {@link #topN} ({@code top}; null when a key is out of range) or by the window query. */
  private static Page<EventSummary> events(Connection c, EventQuery q, List<Long> docIds, boolean top,
                                           boolean unfiltered) throws SQLException {
    Where w = where(q, docIds);
    boolean bounds = q.sort() == EventQuery.Sort.DATE_DESC || q.sort() == EventQuery.Sort.DATE_ASC;
    String head = top ? "SELECT COUNT(*), " + topN(q.sort(), q.offset() + q.limit()) + (bounds ? ", " + KEY_BOUNDS
        : "") : "SELECT e.id, e.document_id" + (unfiltered ? "" : ", COUNT(*) OVER ()");
    String tail = top ? "" : order(q.sort()) + " LIMIT ? OFFSET ?";
    String sql = head + " FROM events e" + w.sql() + tail;
    Where pw = w;
    if (q.bbox() != null) {
      // the box's integer cells first (V008), then the exact coordinates of those rows only: on 1M events a third
      // less work than comparing two DOUBLE columns of every row (the cells alone may admit a few rows just
      // outside the box's edges, which the second filter drops)
      Where inner = where(q.withBBox(null), docIds);
      EventQuery.BBox b = q.bbox();
      List<Object> ps = new ArrayList<>(inner.params());
      ps.add(bound(b.minLat(), 90));
      ps.add(bound(b.maxLat(), 90));
      ps.add(bound(b.minLon(), 180));
      ps.add(bound(b.maxLon(), 180));
      ps.add(b.minLat());
      ps.add(b.maxLat());
      ps.add(b.minLon());
      ps.add(b.maxLon());
      pw = new Where(inner.sql(), ps);
      sql = "WITH b AS MATERIALIZED (SELECT e.id, e.document_id, e.event_date, e.lat, e.lon FROM events e"
          + inner.sql() + " AND e.lat_cell BETWEEN ? AND ? AND e.lon_cell BETWEEN ? AND ?)"
          + " " + head + " FROM b e WHERE e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?" + tail;
    }
    List<Long> ids = new ArrayList<>();
    long total = 0;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      pw.bind(ps, 1);
      if (!top) {
        ps.setLong(pw.params().size() + 1, q.limit());
        ps.setLong(pw.params().size() + 2, q.offset());
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (top) {
          rs.next();
          if (bounds && !keyBounds(rs, 3)) {
            return null;
          }
          total = rs.getLong(1);
          java.sql.Array first = rs.getArray(2);
          Object[] all = first == null ? new Object[0] : (Object[]) first.getArray();
          for (int i = q.offset(); i < all.length; i++) {
            ids.add(((Number) all[i]).longValue());
          }
        } else {
          while (rs.next()) {
            ids.add(rs.getLong(1));
            total = unfiltered ? 0 : rs.getLong(3);
          }
        }
      }
    }
    if (unfiltered || (!top && ids.isEmpty() && q.offset() > 0)) {
      total = count(c, "SELECT COUNT(*) FROM events e" + w.sql(), w);
    }
    List<EventSummary> items = new ArrayList<>(ids.size());
    for (List<Long> chunk : Rows.chunks(ids, 500)) {
      items.addAll(byIds(c, chunk));
    }
    return new Page<>(items, total, q.limit(), q.offset());
  }

  /** The page of events {@code ids} (in this order) of {@code total}. */
  static Page<EventSummary> page(Connection c, List<Long> ids, long total, EventQuery q)
      throws SQLException {
    List<EventSummary> items = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += 500) {
      int end = Math.min(ids.size(), i + 500);
      items.addAll(byIds(c, ids.subList(i, end)));
    }
    return new Page<>(items, total, q.limit(), q.offset());
  }

  /**
   * The cell of a box edge, the edge clamped to {@code [-range, range]} first: every stored coordinate inside the
   * box has its cell between the edges' cells (the cell is monotone in the coordinate), so the cells never lose
   * a row and the exact comparison after them decides.
   */
  static int bound(double degrees, double range) {
    Integer c = Writer.cell(Math.max(-range, Math.min(range, degrees)), range);
    return c == null ? 0 : c; // NaN: no coordinate equals it anyway
  }

  /** The event columns of {@link #EVENT_COLUMNS}, without the article's. */
  private static final String OWN_COLUMNS = EVENT_COLUMNS.substring(0, EVENT_COLUMNS.indexOf(", d.outlet"));

  /**
   * The events {@code ids} in the order of {@code ids}, with their articles. Events and articles are read in two
   * statements with {@code IN} lists so that both are read through their primary keys (a join reads all events);
   * the sentence is cut from the article's text here, at its UTF-16 offsets; the numbers come from the events'
   * own {@code numbers} column ({@link NumbersColumn}), from {@code event_numbers} only where it is null.
   */
  private static List<EventSummary> byIds(Connection c, List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    record Doc(String outlet, String url, String title, LocalDate published, String docKey, String text) {
    }
    List<ResultRow> own = new ArrayList<>(ids.size());
    Map<Long, Map<String, Long>> nums = new HashMap<>();
    List<Long> unknown = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + OWN_COLUMNS + ", e.numbers FROM events e WHERE e.id IN ("
        + Rows.marks(ids.size()) + ")")) {
      Rows.bindAll(ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ResultRow r = ResultRow.of(rs, null, null, null, null, null, null);
          own.add(r);
          String n = rs.getString("numbers");
          if (n == null) {
            unknown.add(r.id());
          } else {
            nums.put(r.id(), NumbersColumn.decode(n));
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      nums.putAll(numbers(c, unknown));
    }
    List<Long> docIds = own.stream().map(ResultRow::documentId).distinct().toList();
    Map<Long, Doc> docs = new HashMap<>();
    if (!docIds.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.outlet, d.url, d.title, d.published, d.doc_key,"
          + " d.text FROM documents d WHERE d.id IN (" + Rows.marks(docIds.size()) + ")")) {
        Rows.bindAll(ps, 1, docIds);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            docs.put(rs.getLong(1), new Doc(rs.getString(2), rs.getString(3), rs.getString(4),
                Rows.date(rs, "published"), rs.getString(6), rs.getString(7)));
          }
        }
      }
    }
    Map<Long, ResultRow> byId = new HashMap<>();
    for (ResultRow o : own) {
      Doc d = docs.get(o.documentId());
      if (d != null) {
        Long ss = o.sentenceStart();
        Long se = o.sentenceEnd();
        String sentence = ss == null || se == null ? null : cut(d.text(), (int) (long) ss, (int) (long) se);
        ResultRow r = o.withDocument(d.outlet(), d.url(), d.title(), d.published(), d.docKey(), sentence);
        byId.put(r.id(), r);
      }
    }
    List<EventSummary> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      ResultRow r = byId.get(id);
      if (r != null) {
        out.add(r.summary(nums.getOrDefault(id, Map.of())));
      }
    }
    return out;
  }

  static long count(Connection c, String sql, Where w) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      w.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Runs {@code ps} (selecting {@link #EVENT_COLUMNS}, with its sentence) and attaches each event's numbers. */
  static List<EventSummary> readEvents(Connection c, PreparedStatement ps) throws SQLException {
    List<ResultRow> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(ResultRow.of(rs));
      }
    }
    Map<Long, Map<String, Long>> nums = numbers(c, rows.stream().map(ResultRow::id).toList());
    List<EventSummary> out = new ArrayList<>(rows.size());
    for (ResultRow r : rows) {
      out.add(r.summary(nums.getOrDefault(r.id(), Map.of())));
    }
    return out;
  }

  /** One row of {@link #EVENT_COLUMNS}. */
  record ResultRow(long id, long documentId, String localId, String type, String mode, String cameo,
                   String acledType, String acledSubtype, String factuality, LocalDate date, String datePrecision,
                   String actor, String actorCountry, String recipient, String recipientCountry, String place,
                   String country, Double lat, Double lon, String geoPrecision, double score, double confidence,
                   Long clusterId,
                   String trigger, Long sentenceStart, Long sentenceEnd, String outlet, String url,
                   String title, LocalDate published, String docKey, String sentence) {
    static ResultRow of(ResultSet rs) throws SQLException {
      return of(rs, rs.getString("outlet"), rs.getString("url"), rs.getString("title"), Rows.date(rs, "published"),
          rs.getString("doc_key"), rs.getString("sentence_text"));
    }

    /** The event's own columns from {@code rs}, its article's as given. */
    static ResultRow of(ResultSet rs, String outlet, String url, String title, LocalDate published, String docKey,
                        String sentence) throws SQLException {
      return new ResultRow(rs.getLong("id"), rs.getLong("document_id"), rs.getString("local_id"),
          rs.getString("type"), rs.getString("mode"), rs.getString("cameo"), rs.getString("acled_type"),
          rs.getString("acled_subtype"), rs.getString("factuality"), Rows.date(rs, "event_date"),
          rs.getString("date_precision"), rs.getString("actor"), rs.getString("actor_country"),
          rs.getString("recipient"), rs.getString("recipient_country"), rs.getString("place"),
          rs.getString("country"), Rows.dbl(rs, "lat"), Rows.dbl(rs, "lon"), rs.getString("geo_precision"),
          rs.getDouble("score"), rs.getDouble("confidence"), Rows.lng(rs, "cluster_id"), rs.getString("trigger_text"),
          Rows.lng(rs, "sentence_start"), Rows.lng(rs, "sentence_end"), outlet, url, title, published, docKey,
          sentence);
    }

    /** This row with its article's columns. */
    ResultRow withDocument(String outlet, String url, String title, LocalDate published, String docKey,
                           String sentence) {
      return new ResultRow(id, documentId, localId, type, mode, cameo, acledType, acledSubtype, factuality, date,
          datePrecision, actor, actorCountry, recipient, recipientCountry, place, country, lat, lon, geoPrecision,
          score, confidence, clusterId, trigger, sentenceStart, sentenceEnd, outlet, url, title, published, docKey,
          sentence);
    }

    EventSummary summary(Map<String, Long> numbers) {
      return new EventSummary(id, documentId, localId, type, mode, cameo, acledType, acledSubtype, factuality,
          date, datePrecision, actor, actorCountry, recipient, recipientCountry, place, country, lat, lon,
          geoPrecision, numbers, score, confidence, clusterId, trigger, sentence, outlet, url, title, published);
    }
  }

  static Map<Long, Map<String, Long>> numbers(Connection c, List<Long> eventIds) throws SQLException {
    Map<Long, Map<String, Long>> out = new HashMap<>();
    for (List<Long> chunk : Rows.chunks(eventIds, 500)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT event_id, kind, value FROM event_numbers WHERE event_id IN ("
          + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
          }
        }
      }
    }
    return out;
  }

  static Optional<EventDetail> event(Connection c, long id) throws SQLException {
    List<EventSummary> found;
    String record;
    try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
        + " FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = ?")) {
      ps.setLong(1, id);
      found = readEvents(c, ps);
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT record FROM events WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        record = rs.getString(1);
      }
    }
    String text = documentText(c, found.get(0).documentId());
    List<EventDetail.Mention> mentions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT start_off, end_off, sentence_start, sentence_end"
        + " FROM mentions WHERE event_id = ? ORDER BY ord")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int s = rs.getInt(1);
          int e = rs.getInt(2);
          int ss = rs.getInt(3);
          int se = rs.getInt(4);
          mentions.add(new EventDetail.Mention(s, e, cut(text, s, e), ss, se, cut(text, ss, se)));
        }
      }
    }
    return Optional.of(new EventDetail(found.get(0), record, mentions));
  }

  private static String cut(String text, int s, int e) {
    if (text == null || s < 0 || e > text.length() || s > e) {
      return null;
    }
    return text.substring(s, e);
  }

  static String documentText(Connection c, long docId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
      ps.setLong(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static Page<ClusterSummary> clusters(Connection c, EventQuery q, List<Long> docIds) throws SQLException {
    Where w = where(q, docIds);
    String matching = "SELECT DISTINCT e.cluster_id FROM events e JOIN documents d ON d.id = e.document_id" + w.sql()
        + " AND e.cluster_id IS NOT NULL";
    long total = count(c, "SELECT COUNT(*) FROM (" + matching + ") m", w);
    String order = switch (q.sort()) {
      case DATE_DESC -> " ORDER BY k.last_date DESC NULLS LAST, k.id DESC";
      case DATE_ASC -> " ORDER BY k.first_date ASC NULLS LAST, k.id ASC";
      case ID_ASC -> " ORDER BY k.id ASC";
      case ID_DESC -> " ORDER BY k.id DESC";
    };
    List<ClusterSummary> items = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.type, k.country, k.first_date, k.last_date,"
        + " k.lat, k.lon, k.events, k.documents FROM clusters k WHERE k.id IN (" + matching + ")" + order
        + " LIMIT ? OFFSET ?")) {
      w.bind(ps, 1);
      ps.setLong(w.params().size() + 1, q.limit());
      ps.setLong(w.params().size() + 2, q.offset());
      items.addAll(readClusters(c, ps));
    }
    return new Page<>(items, total, q.limit(), q.offset());
  }

  static Optional<ClusterSummary> cluster(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.type, k.country, k.first_date, k.last_date,"
        + " k.lat, k.lon, k.events, k.documents FROM clusters k WHERE k.id = ?")) {
      ps.setLong(1, id);
      List<ClusterSummary> l = readClusters(c, ps);
      return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }
  }

  private static List<ClusterSummary> readClusters(Connection c, PreparedStatement ps) throws SQLException {
    record Row(long id, String type, String country, LocalDate first, LocalDate last, Double lat, Double lon,
               int events, int documents) {
    }
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Rows.date(rs, "first_date"),
            Rows.date(rs, "last_date"), Rows.dbl(rs, "lat"), Rows.dbl(rs, "lon"), rs.getInt(8), rs.getInt(9)));
      }
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, Map<String, Figures>> figs = new HashMap<>();
    Map<Long, List<String>> sources = new HashMap<>();
    for (List<Long> chunk : Rows.chunks(ids, 500)) {
      try (PreparedStatement p = c.prepareStatement("SELECT cluster_id, kind, low, best, high, reports"
          + " FROM cluster_numbers WHERE cluster_id IN (" + Rows.marks(chunk.size()) + ")")) {
        Rows.bindAll(p, 1, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            figs.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
                new Figures(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6)));
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT cluster_id, source FROM cluster_sources"
          + " WHERE cluster_id IN (" + Rows.marks(chunk.size()) + ") ORDER BY cluster_id, source")) {
        Rows.bindAll(p, 1, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
    }
    List<ClusterSummary> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new ClusterSummary(r.id, r.type, r.country, r.first, r.last, r.lat, r.lon, r.events, r.documents,
          figs.getOrDefault(r.id, Map.of()), sources.getOrDefault(r.id, List.of())));
    }
    return out;
  }

  static final String DOC_COLUMNS = "d.id, d.doc_key, d.title, d.url, d.outlet, d.published, d.content_hash,"
      + " (SELECT COUNT(*) FROM events x WHERE x.document_id = d.id) AS n_events";

  static Page<DocumentSummary> documents(Connection c, EventQuery q, List<Long> docIds) throws SQLException {
    StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (q.from() != null) {
      sb.append(" AND d.published >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      sb.append(" AND d.published <= ?");
      params.add(q.to());
    }
    if (docIds != null) {
      if (docIds.isEmpty()) {
        sb.append(" AND 1 = 0");
      } else {
        sb.append(" AND d.id IN (SELECT CAST(UNNEST(string_to_array(?, ',')) AS BIGINT))");
        params.add(new Ids(docIds));
      }
    }
    if (q.country() != null || q.type() != null || q.actor() != null || q.bbox() != null || q.cluster() != null) {
      Where ew = where(q.withDates(null, null).withFactual(false), null);
      sb.append(" AND d.id IN (SELECT e.document_id FROM events e").append(ew.sql()).append(")");
      params.addAll(ew.params());
    }
    Where w = new Where(sb.toString(), params);
    long total = count(c, "SELECT COUNT(*) FROM documents d" + w.sql(), w);
    String order = switch (q.sort()) {
      case DATE_DESC -> " ORDER BY d.published DESC NULLS LAST, d.id DESC";
      case DATE_ASC -> " ORDER BY d.published ASC NULLS LAST, d.id ASC";
      case ID_ASC -> " ORDER BY d.id ASC";
      case ID_DESC -> " ORDER BY d.id DESC";
    };
    List<DocumentSummary> items = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents d" + w.sql() + order
        + " LIMIT ? OFFSET ?")) {
      w.bind(ps, 1);
      ps.setLong(params.size() + 1, q.limit());
      ps.setLong(params.size() + 2, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(doc(rs));
        }
      }
    }
    return new Page<>(items, total, q.limit(), q.offset());
  }

  static DocumentSummary doc(ResultSet rs) throws SQLException {
    return new DocumentSummary(rs.getLong("id"), rs.getString("doc_key"), rs.getString("title"),
        rs.getString("url"), rs.getString("outlet"), Rows.date(rs, "published"), rs.getString("content_hash"),
        rs.getInt("n_events"));
  }

  static Optional<StoredDocument> document(Connection c, long id) throws SQLException {
    DocumentSummary s;
    String text;
    try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + ", d.text FROM documents d WHERE d.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        s = doc(rs);
        text = rs.getString("text");
      }
    }
    List<EventSummary> evs;
    try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
        + " FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = ? ORDER BY e.id")) {
      ps.setLong(1, id);
      evs = readEvents(c, ps);
    }
    return Optional.of(new StoredDocument(s, text, evs));
  }

  static List<ActorCount> actors(Connection c, EventQuery q, List<Long> docIds) throws SQLException {
    Where w = where(q, docIds);
    String sql = "SELECT name, country, COUNT(*) AS n FROM ("
        + " SELECT e.actor AS name, e.actor_country AS country FROM events e JOIN documents d ON d.id = e.document_id"
        + w.sql() + " AND e.actor IS NOT NULL"
        + " UNION ALL SELECT e.recipient AS name, e.recipient_country AS country FROM events e"
        + " JOIN documents d ON d.id = e.document_id" + w.sql() + " AND e.recipient IS NOT NULL) a"
        + " GROUP BY name, country ORDER BY n DESC, name ASC LIMIT ? OFFSET ?";
    List<ActorCount> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      w.bind(ps, 1);
      w.bind(ps, 1 + w.params().size());
      ps.setLong(2 * w.params().size() + 1, q.limit());
      ps.setLong(2 * w.params().size() + 2, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }

  static Stats stats(Connection c, EventQuery q, List<Long> docIds) throws SQLException {
    Where w = where(q, docIds);
    String from = " FROM events e JOIN documents d ON d.id = e.document_id" + w.sql();
    long events;
    long clusters;
    long documents;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT e.cluster_id),"
        + " COUNT(DISTINCT e.document_id)" + from)) {
      w.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        events = rs.getLong(1);
        clusters = rs.getLong(2);
        documents = rs.getLong(3);
      }
    }
    Map<LocalDate, Long> byDay = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.event_date, COUNT(*)" + from
        + " AND e.event_date IS NOT NULL GROUP BY e.event_date")) {
      w.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byDay.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
        }
      }
    }
    return new Stats(events, clusters, documents, byDay, group(c, "e.type", from, w),
        group(c, "e.block_country", from, w));
  }

  private static Map<String, Long> group(Connection c, String col, String from, Where w) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + col + ", COUNT(*)" + from + " GROUP BY " + col)) {
      w.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) == null ? "-" : rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /** Event ids per article. */
  static Map<Long, List<Long>> eventIdsOf(Connection c, List<Long> docIds) throws SQLException {
    Map<Long, List<Long>> out = new HashMap<>();
    for (List<Long> chunk : Rows.chunks(docIds, 500)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT document_id, id FROM events WHERE document_id IN ("
          + Rows.marks(chunk.size()) + ") ORDER BY id")) {
        Rows.bindAll(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
          }
        }
      }
    }
    return out;
  }
}
