package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.cluster.EventClusterer;
import org.marsad.model.Document;

/**
 * The Marsad event store: every article, entity and event with its provenance, the real-world events
 * (clusters) they report, a full-text index, and the queries behind the CLI and the REST server.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open("/data/marsad.duckdb")) {      // or "jdbc:postgresql://host/db?user=u"
 *   store.ingest(List.of(Marsad.standard().extract(Document.of("a1", text, day, title, url, outlet))));
 *   Page<EventSummary> page = store.queryEvents(EventQuery.all().withCountry("SYR").withPage(50, 0));
 *   Optional<EventDetail> one = store.event(page.items().get(0).id());   // with mentions and sentences
 *   Page<ClusterSummary> real = store.clusters(EventQuery.all());          // low/best/high figures, sources
 *   List<SearchHit> hits = store.search("غارة جوية", 10);                 // Arabic full-text search
 * }
 * }</pre>
 *
 * <p><b>Databases.</b> {@link #open(String)} takes a DuckDB file path (created when missing; the default is
 * {@link #defaultSpec()}), a {@code jdbc:duckdb:PATH} URL, or a {@code jdbc:postgresql://...} URL. The schema is
 * created and migrated on open ({@code schema_version} table, numbered SQL files). The full-text index lives next
 * to a DuckDB file ({@code FILE.lucene/}) or, for PostgreSQL, under {@code ~/.marsad/lucene/}; it is derived
 * from the database and caught up on open.
 *
 * <p><b>Writes.</b> {@link #ingest} stores one batch in one transaction (all or nothing) and skips articles whose
 * text hash or URL is stored already, so re-running an ingest adds nothing. Writers are serialised (a lock in
 * this process; on PostgreSQL also an advisory lock across processes). New factual events are clustered in the
 * same transaction (see {@link org.marsad.cluster.ClusterRule}).
 *
 * <p><b>Threads.</b> An instance is thread-safe; share one. Failures surface as {@link StoreException} with a
 * one-line message.
 */
public final class EventStore implements AutoCloseable {
  private final Db db;
  private final Writer writer;
  private final Clustering clustering;
  private final TextIndex index;
  private final ReentrantLock writeLock = new ReentrantLock();
  /**
   * Indexes committed batches in the background (one thread), so the writer stores the next batch meanwhile: the
   * index is derived from the database and caught up on open, so a crash loses nothing. At most one batch is
   * being indexed; reads of the index wait for it ({@link #indexed}), so a search sees every ingest returned.
   */
  private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(
      r -> {
        Thread t = new Thread(r, "marsad-index");
        t.setDaemon(true);
        return t;
      });
  private volatile java.util.concurrent.Future<?> indexing;
  private final int schemaVersion;

  private EventStore(Db db, TextIndex index, EventClusterer clusterer, int schemaVersion) {
    this.db = db;
    this.index = index;
    this.clustering = new Clustering(clusterer);
    this.writer = new Writer(db, clustering);
    this.schemaVersion = schemaVersion;
  }

  /** {@code ~/.marsad/marsad.duckdb}. */
  public static String defaultSpec() {
    return Path.of(System.getProperty("user.home"), ".marsad", "marsad.duckdb").toString();
  }

  /** Opens (creating or migrating when needed) the store at {@code dbSpec}, with the standard clustering rule. */
  public static EventStore open(String dbSpec) {
    return open(dbSpec, null, EventClusterer.standard());
  }

  /**
   * Opens the store with an explicit index folder (null: the default place) and clustering rule.
   */
  public static EventStore open(String dbSpec, Path indexFolder, EventClusterer clusterer) {
    Db db = Db.open(dbSpec);
    TextIndex idx = null;
    try {
      int v = db.migrate();
      Path folder = indexFolder != null ? indexFolder : defaultIndexFolder(db, dbSpec);
      try {
        idx = new TextIndex(folder);
      } catch (LockObtainFailedException e) {
        throw new StoreException("the search index " + folder + " is in use by another process", e);
      } catch (IOException e) {
        throw new StoreException("cannot open the search index " + folder + ": " + e.getMessage(), e);
      }
      EventStore s = new EventStore(db, idx, clusterer, v);
      s.checkClusterRule();
      s.catchUpIndex(s.storeId());
      return s;
    } catch (RuntimeException e) {
      if (idx != null) {
        try {
          idx.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      db.close();
      throw e;
    }
  }

  /** Reclusters every event when the store was clustered by another rule ({@link Clustering#ruleKey}). */
  private void checkClusterRule() {
    writeLock.lock();
    try (Connection c = db.connect()) {
      if (clustering.ruleKey().equals(clustering.storedRule(c))) {
        return;
      }
      c.setAutoCommit(false);
      db.lockForWrite(c);
      if (!clustering.ruleKey().equals(clustering.storedRule(c))) {
        clustering.recluster(c, java.sql.Timestamp.from(java.time.Instant.now()));
      }
      c.commit();
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      writeLock.unlock();
    }
  }

  private static Path defaultIndexFolder(Db db, String spec) {
    if (db.duckFile() != null) {
      return Path.of(db.duckFile() + ".lucene");
    }
    try {
      String key = spec.replaceAll("(?i)(password=)[^&]*", "");
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Path.of(System.getProperty("user.home"), ".marsad", "lucene", HexFormat.of().formatHex(h, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema version in force. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Which database this is (path or URL without password). */
  public String describe() {
    return (db.dialect == Db.Dialect.DUCKDB ? "duckdb " : "postgresql ") + db.display;
  }

  // ---------------------------------------------------------------- writes

  /** Stores analysed articles (see the class comment); duplicates of stored or earlier articles are skipped. */
  public IngestReport ingest(List<Document> analysed) {
    return ingest(analysed, null, null);
  }

  /**
   * Stores analysed articles, recording where they came from.
   *
   * @param sourceKind    {@code file}, {@code feed}, {@code jsonl} or {@code api}
   * @param sourceLocator path or URL of the source, or null
   */
  public IngestReport ingest(List<Document> analysed, String sourceKind, String sourceLocator) {
    List<Writer.Incoming> in = new ArrayList<>(analysed.size());
    for (Document d : analysed) {
      in.add(new Writer.Incoming(d, sourceKind, sourceLocator));
    }
    return write(in);
  }

  IngestReport write(List<Writer.Incoming> batch) {
    if (batch.isEmpty()) {
      return IngestReport.EMPTY;
    }
    writeLock.lock();
    try {
      Writer.Result r;
      try {
        r = writer.write(batch);
      } catch (SQLException e) {
        throw new StoreException("cannot store the batch in " + db.display + ": " + Db.firstLine(e), e);
      }
      indexed(); // the previous batch (its failure, if any, is reported here: the database has it)
      List<Writer.Added> added = r.added();
      if (!added.isEmpty()) {
        indexing = indexer.submit(() -> {
          index.add(added);
          return null;
        });
      }
      return r.report();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * The articles of {@code raw} that are not stored yet (by text hash and URL), so callers skip their analysis.
   * Duplicates inside {@code raw} are kept; {@link #ingest} drops them.
   */
  public List<Document> unseen(List<Document> raw) {
    List<String> hashes = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Document d : raw) {
      hashes.add(Hashes.content(d.text()));
      if (d.url() != null) {
        urls.add(d.url());
      }
    }
    Set<String> h;
    Set<String> u;
    try (Connection c = db.connect()) {
      h = Writer.existing(c, "content_hash", hashes);
      u = Writer.existing(c, "url", urls);
    } catch (SQLException e) {
      throw failure(e);
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Document d = raw.get(i);
      if (!h.contains(hashes.get(i)) && (d.url() == null || !u.contains(d.url()))) {
        out.add(d);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- reads

  /** Event reports matching {@code q} (one per event per article). */
  public Page<EventSummary> queryEvents(EventQuery q) {
    if (textOnly(q)) {
      // the page and the total come from the index (each article's factual events are doc values there), so the
      // matches are not joined with every event (on 1M events that join was most of the query's time)
      return read(c -> {
        indexed();
        TextIndex.EventPage p = index.eventPage(q.text(), q.sort(), q.offset(), q.limit(), Deadline.current());
        return Reader.page(c, p.eventIds(), p.total(), q);
      });
    }
    return read(c -> Reader.events(c, q, textFilter(q), isDuckDb()));
  }

  /**
   * Waits until the batches handed to the indexer are in the index. A failure to index is reported once (the
   * database has the batch; the index catches up on the next open).
   */
  private void indexed() {
    java.util.concurrent.Future<?> f = indexing;
    if (f == null) {
      return;
    }
    try {
      f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (indexing == f) {
        indexing = null;
      }
      Throwable cause = e.getCause();
      throw new StoreException("stored, but cannot update the search index: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the search index");
    }
  }

  /** Whether {@code q} filters factual events by text alone. */
  private static boolean textOnly(EventQuery q) {
    return q.text() != null && q.factual() && q.from() == null && q.to() == null && q.country() == null
        && q.type() == null && q.actor() == null && q.bbox() == null && q.cluster() == null;
  }

  /** One event with its mentions and their source sentences. */
  public Optional<EventDetail> event(long id) {
    return read(c -> Reader.event(c, id));
  }

  /** Real-world events (clusters) having at least one member that matches {@code q}. */
  public Page<ClusterSummary> clusters(EventQuery q) {
    return read(c -> Reader.clusters(c, q, textFilter(q)));
  }

  /** One cluster. Its members: {@code queryEvents(EventQuery.all().withCluster(id))}. */
  public Optional<ClusterSummary> cluster(long id) {
    return read(c -> Reader.cluster(c, id));
  }

  /**
   * Articles: dates filter the publication day; text the full-text index; country, type, actor, bbox and
   * cluster keep articles with at least one such event.
   */
  public Page<DocumentSummary> documents(EventQuery q) {
    return read(c -> Reader.documents(c, q, textFilter(q)));
  }

  /** One article with its text and events. */
  public Optional<StoredDocument> document(long id) {
    return read(c -> Reader.document(c, id));
  }

  /** Actors and recipients of the matching events, most frequent first (paged by q's limit and offset). */
  public List<ActorCount> actors(EventQuery q) {
    return read(c -> Reader.actors(c, q, textFilter(q)));
  }

  /** Counts of the matching events by day, type and country. */
  public Stats stats(EventQuery q) {
    return read(c -> Reader.stats(c, q, textFilter(q)));
  }

  /**
   * Full-text search over the articles (Lucene syntax, Arabic analysis); best first. Each hit carries its title,
   * address, day, a snippet around the first matching word and the ids of its events; the hits' articles and
   * events are read in two statements, whatever the number of hits.
   */
  public List<SearchHit> search(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty query");
    }
    Deadline d = Deadline.current();
    if (d != null) {
      d.check();
    }
    List<TextIndex.Hit> hits;
    List<String> terms;
    try {
      indexed();
      hits = index.search(query, Math.min(Math.max(limit, 1), EventQuery.MAX_LIMIT), d);
      terms = index.terms(query);
    } catch (IOException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    List<Long> ids = hits.stream().map(TextIndex.Hit::id).toList();
    return read(c -> {
      Map<Long, HitDoc> docs = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, title, url, published, text FROM documents"
          + " WHERE id IN (" + Rows.marks(ids.size()) + ")")) {
        Rows.bindAll(ps, 1, ids);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            docs.put(rs.getLong("id"), new HitDoc(rs.getString("title"), rs.getString("url"),
                Rows.date(rs, "published"), rs.getString("text")));
          }
        }
      }
      Map<Long, List<Long>> events = Reader.eventIdsOf(c, ids);
      List<SearchHit> out = new ArrayList<>(hits.size());
      for (TextIndex.Hit h : hits) {
        HitDoc doc = docs.get(h.id());
        if (doc == null) {
          continue;
        }
        if (d != null) {
          d.check();
        }
        out.add(new SearchHit(h.id(), doc.title(), doc.url(), doc.published(), h.score(),
            Snippets.of(doc.text(), terms, index), events.getOrDefault(h.id(), List.of())));
      }
      return out;
    });
  }

  /** The columns of a search hit's article. */
  private record HitDoc(String title, String url, java.time.LocalDate published, String text) {
  }

  /** Calls {@code sink} for every event matching {@code q}, ignoring q's paging, in id order. */
  public void forEachEvent(EventQuery q, Consumer<EventSummary> sink) {
    int offset = 0;
    EventQuery base = q.withSort(EventQuery.Sort.ID_ASC);
    while (true) {
      Page<EventSummary> p = queryEvents(base.withPage(2000, offset));
      p.items().forEach(sink);
      if (p.items().size() < 2000) {
        return;
      }
      offset += 2000;
    }
  }

  /** The marsad/1 JSON object of a stored event, exactly as extracted. */
  public Optional<String> eventRecord(long id) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT record FROM events WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Waits until the store does no work of its own in the background, for measurements: every committed batch is
   * in the search index, the index is committed and its merges are done, and on DuckDB the write-ahead log is written into the
   * database file ({@code CHECKPOINT}; PostgreSQL checkpoints on its own). Writers wait meanwhile.
   */
  public void awaitIdle() {
    writeLock.lock();
    try {
      indexed();
      index.settle();
      if (isDuckDb()) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
          st.execute("CHECKPOINT");
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Drops and rebuilds the full-text index from the database. */
  public void rebuildIndex() {
    writeLock.lock();
    try {
      indexed();
      index.clear();
      catchUpIndex(storeId());
    } catch (IOException e) {
      throw new StoreException("cannot rebuild the search index: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The random id of this database (created on first open). */
  public String storeId() {
    writeLock.lock();
    try (Connection c = db.connect()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_info WHERE name = ?")) {
        ps.setString(1, "store_id");
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      }
      c.setAutoCommit(false);
      db.lockForWrite(c);
      String id = java.util.UUID.randomUUID().toString();
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_info WHERE name = ?")) {
        ps.setString(1, "store_id");
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            id = rs.getString(1);
            c.commit();
            return id;
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_info (name, value) VALUES (?, ?)")) {
        ps.setString(1, "store_id");
        ps.setString(2, id);
        ps.executeUpdate();
      }
      c.commit();
      return id;
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      writeLock.unlock();
    }
  }

  private void catchUpIndex(String storeId) {
    try (Connection c = db.connect()) {
      if (!storeId.equals(index.storeId())) {
        index.clear();
        index.bind(storeId);
      }
      long max;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM documents")) {
        rs.next();
        max = rs.getLong(1);
      }
      if (index.last() > max) {
        index.clear();
      }
      while (index.last() < max) {
        List<long[]> rows = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, title, text FROM documents WHERE id > ? ORDER BY id LIMIT 1000")) {
          ps.setLong(1, index.last());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(new long[] {rs.getLong(1)});
              texts.add(new String[] {rs.getString(2), rs.getString(3)});
            }
          }
        }
        if (rows.isEmpty()) {
          break;
        }
        // the articles' factual events, for the index's event keys
        Map<Long, List<Long>> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, id, event_date FROM events"
            + " WHERE factuality = 'asserted' AND document_id BETWEEN ? AND ?")) {
          ps.setLong(1, rows.get(0)[0]);
          ps.setLong(2, rows.get(rows.size() - 1)[0]);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              keys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(TextIndex.eventKey(Rows.date(rs, "event_date"), rs.getLong(2)));
            }
          }
        }
        List<Writer.Added> chunk = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
          long id = rows.get(i)[0];
          long[] k = keys.getOrDefault(id, List.of()).stream().mapToLong(Long::longValue).toArray();
          chunk.add(new Writer.Added(id, texts.get(i)[0], texts.get(i)[1], k));
        }
        index.add(chunk);
      }
      index.commit();
    } catch (SQLException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new StoreException("cannot update the search index: " + e.getMessage(), e);
    }
  }

  /**
   * The ids of every article matching the text query of {@code q}, or null when it has none. Every match
   * counts: a frequent word's events are all found and counted, not those of its best 5,000 articles.
   */
  private List<Long> textFilter(EventQuery q) throws IOException {
    if (q.text() == null) {
      return null;
    }
    indexed();
    long[] ids = index.matching(q.text(), Deadline.current());
    List<Long> out = new ArrayList<>(ids.length);
    for (long id : ids) {
      out.add(id);
    }
    return out;
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException, IOException;
  }

  /** Runs {@code work} on a fresh connection, within this thread's {@link Deadline} when one is open. */
  <T> T read(SqlWork<T> work) {
    Deadline d = Deadline.current();
    if (d == null) {
      try (Connection c = db.connect()) {
        return work.run(c);
      } catch (SQLException e) {
        throw failure(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    d.check();
    Cancellable timer = null;
    try (Connection c = db.connect()) {
      timer = new Cancellable(c, d.remainingNanos());
      return work.run(timer.connection());
    } catch (SQLException e) {
      if ((timer != null && timer.fired()) || d.expired()) {
        throw d.timeout(e);
      }
      throw failure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (timer != null) {
        timer.close();
      }
    }
  }

  private StoreException failure(SQLException e) {
    return new StoreException("database " + db.display + ": " + Db.firstLine(e), e);
  }

  /** Distinct counts of what is stored: documents, events, clusters (for reports and tests). */
  public Map<String, Long> counts() {
    return read(c -> {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      for (String t : List.of("documents", "entities", "events", "mentions", "clusters", "sources")) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
      }
      return out;
    });
  }

  /** A JDBC connection for exports (read only by convention; close it). */
  Connection connection() throws SQLException {
    return db.connect();
  }

  boolean isDuckDb() {
    return db.dialect == Db.Dialect.DUCKDB;
  }

  @Override
  public void close() {
    try {
      try {
        indexed();
      } catch (StoreException e) {
        // the index catches up with the database on the next open
      } finally {
        indexer.shutdown();
      }
      index.close();
    } catch (IOException e) {
      // closing: nothing more to do
    } finally {
      db.close();
    }
  }

  /** Ids of stored documents with the given content hashes (tests). */
  Set<String> storedHashes() {
    return read(c -> {
      Set<String> out = new HashSet<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT content_hash FROM documents")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }
}
