package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of the stored articles (Lucene, {@link ArabicAnalyzer}: Arabic normalisation, stop words,
 * light stemming). It lives next to the database and is derived from it: the last indexed article id is kept
 * in the index's commit data, and {@link #catchUp} indexes whatever the database has beyond it, so a crash
 * between a database commit and an index commit loses nothing. Thread-safe.
 */
final class TextIndex implements AutoCloseable {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  private static final String LAST = "marsad.last_document_id";

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private static final String STORE = "marsad.store_id";
  /**
   * The layout of the index's documents; an index of another layout is emptied on open and rebuilt from the
   * database. 2: the article id also as a doc value (full-text filters read every match's id from it). 3: the
   * article's factual events as doc values ({@link #EVENTS}), so a text-only event query pages in the index.
   */
  private static final String FORMAT = "marsad.index_format";
  private static final String FORMAT_VERSION = "3";
  /** One value per factual (asserted) event of the article: {@link #eventKey}. */
  static final String EVENTS = "events";
  /** Days added to an event's epoch day in {@link #eventKey} (keeps years 1..9999 positive). */
  private static final long DAY_BASE = 1_000_000L;

  /**
   * An event's sort key: its day (epoch day + {@value #DAY_BASE}, 0 when undated) in the high 23 bits and its id
   * in the low 40, so that keys descending are {@code ORDER BY event_date DESC NULLS LAST, id DESC}.
   */
  static long eventKey(java.time.LocalDate day, long eventId) {
    if (eventId < 0 || eventId >= (1L << 40)) {
      throw new IllegalArgumentException("event id out of range: " + eventId);
    }
    return (day == null ? 0 : day.toEpochDay() + DAY_BASE) << 40 | eventId;
  }
  /** Commit at most this often (the index is derived: a crash only costs a catch-up from the database). */
  private static final long COMMIT_NANOS = 30_000_000_000L;
  private static final int COMMIT_DOCS = 5000;
  private long last;
  private String storeId;
  private long lastCommit = System.nanoTime();
  private int uncommitted;

  TextIndex(Path folder) throws IOException {
    Files.createDirectories(folder);
    dir = FSDirectory.open(folder);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    writer = new IndexWriter(dir, cfg);
    searchers = new SearcherManager(writer, null);
    String l = null;
    String format = null;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(LAST)) {
          l = e.getValue();
        } else if (e.getKey().equals(STORE)) {
          storeId = e.getValue();
        } else if (e.getKey().equals(FORMAT)) {
          format = e.getValue();
        }
      }
    }
    last = l == null ? 0 : Long.parseLong(l);
    if (!FORMAT_VERSION.equals(format) && (last > 0 || writer.getDocStats().numDocs > 0)) {
      clear(); // an index of an older layout: the store's catch-up rebuilds it
    }
  }

  /** The largest article id committed to the index. */
  synchronized long last() {
    return last;
  }

  /**
   * Indexes articles (ids ascending; those not larger than {@link #last()} are skipped). Commits every
   * {@value #COMMIT_DOCS} articles or 30 s, and on {@link #close}; searches see the additions at once.
   */
  synchronized void add(List<Writer.Added> docs) throws IOException {
    if (docs.isEmpty()) {
      return;
    }
    long max = last;
    for (Writer.Added a : docs) {
      if (a.id() <= last) {
        continue;
      }
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new LongPoint(ID, a.id()));
      d.add(new StoredField(ID, a.id()));
      d.add(new NumericDocValuesField(ID, a.id()));
      for (long k : a.eventKeys()) {
        d.add(new SortedNumericDocValuesField(EVENTS, k));
      }
      d.add(new TextField(TEXT, a.text(), Field.Store.NO));
      if (a.title() != null) {
        d.add(new TextField(TITLE, a.title(), Field.Store.NO));
      }
      writer.addDocument(d);
      max = Math.max(max, a.id());
      uncommitted++;
    }
    last = max;
    if (uncommitted >= COMMIT_DOCS || System.nanoTime() - lastCommit > COMMIT_NANOS) {
      commit();
    }
  }

  /** Commits what was added, recording the last article id and the store id. */
  synchronized void commit() throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(LAST, Long.toString(last));
    data.put(FORMAT, FORMAT_VERSION);
    if (storeId != null) {
      data.put(STORE, storeId);
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
  }

  /**
   * Commits, then waits for the merges running in the background and makes their result visible to searches, so
   * that nothing runs beside a measurement.
   */
  void settle() throws IOException {
    commit();
    if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler cms) {
      cms.sync();
    }
    searchers.maybeRefreshBlocking();
  }

  /** The id of the database this index belongs to, or null when not bound yet. */
  synchronized String storeId() {
    return storeId;
  }

  /** Binds this (empty) index to a database. */
  synchronized void bind(String id) throws IOException {
    storeId = id;
    writer.setLiveCommitData(Map.of(LAST, Long.toString(last), STORE, id, FORMAT, FORMAT_VERSION).entrySet());
    writer.commit();
  }

  /** Empties the index (before a rebuild). */
  synchronized void clear() throws IOException {
    writer.deleteAll();
    writer.setLiveCommitData(storeId == null ? Map.of(LAST, "0", FORMAT, FORMAT_VERSION).entrySet()
        : Map.of(LAST, "0", STORE, storeId, FORMAT, FORMAT_VERSION).entrySet());
    writer.commit();
    last = 0;
    searchers.maybeRefresh();
  }

  /** A hit: article id and score. */
  record Hit(long id, float score) {
  }

  /** Parses a user query (Lucene syntax; on a syntax error the words are searched as plain terms). */
  Query parse(String q) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {TEXT, TITLE}, analyzer,
        Map.of(TITLE, 2f, TEXT, 1f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException | RuntimeException e) {
      try {
        return p.parse(QueryParser.escape(q));
      } catch (ParseException e2) {
        throw new IllegalArgumentException("cannot parse query: " + q);
      }
    }
  }

  /** The best {@code n} articles for {@code q}, within {@code deadline} (null: none). */
  List<Hit> search(String q, int n, Deadline deadline) throws IOException {
    Query query = parse(q);
    searchers.maybeRefresh();
    IndexSearcher shared = searchers.acquire();
    try {
      IndexSearcher s = bounded(shared, deadline);
      TopDocs top = s.search(query, Math.max(1, n));
      stopIfTimedOut(s, deadline);
      List<Hit> out = new ArrayList<>(top.scoreDocs.length);
      var stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        long id = stored.document(sd.doc).getField(ID).numericValue().longValue();
        out.add(new Hit(id, sd.score));
      }
      return out;
    } finally {
      searchers.release(shared);
    }
  }

  /**
   * The ids of every article matching {@code q}, ascending, within {@code deadline} (null: none). No scoring and
   * no stored fields: the ids come from doc values, so 10,000 matches cost about a millisecond.
   */
  long[] matching(String q, Deadline deadline) throws IOException {
    Query query = parse(q);
    searchers.maybeRefresh();
    IndexSearcher shared = searchers.acquire();
    try {
      IndexSearcher s = bounded(shared, deadline);
      IdCollector ids = new IdCollector();
      s.search(query, ids);
      stopIfTimedOut(s, deadline);
      long[] out = java.util.Arrays.copyOf(ids.ids, ids.n);
      java.util.Arrays.sort(out);
      return out;
    } finally {
      searchers.release(shared);
    }
  }

  /** A page of events: how many match in all, and the page's event ids with their article ids, in order. */
  record EventPage(long total, List<Long> eventIds, List<Long> documentIds) {
  }

  /**
   * The page {@code [offset, offset + limit)} of the factual events of every article matching {@code q}, in the
   * order {@code sort}, and their number, read from the index's doc values alone (the same events and order as
   * {@link Reader#events} with only a text filter: no join of the matches with the events table).
   */
  EventPage eventPage(String q, EventQuery.Sort sort, int offset, int limit, Deadline deadline) throws IOException {
    Query query = parse(q);
    searchers.maybeRefresh();
    IndexSearcher shared = searchers.acquire();
    try {
      IndexSearcher s = bounded(shared, deadline);
      TopEvents top = new TopEvents(sort, (int) Math.min(Integer.MAX_VALUE - 8L, (long) offset + limit));
      s.search(query, top);
      stopIfTimedOut(s, deadline);
      long[][] best = top.sorted();
      List<Long> events = new ArrayList<>();
      List<Long> docs = new ArrayList<>();
      for (int i = offset; i < best.length && events.size() < limit; i++) {
        events.add(best[i][1] & ((1L << 40) - 1));
        docs.add(best[i][2]);
      }
      return new EventPage(top.total, events, docs);
    } finally {
      searchers.release(shared);
    }
  }

  /**
   * Counts the events of the matching articles and keeps the first {@code k} in the query's order: a heap of
   * {rank, key, article} whose top is the worst kept (ranks ascend in the output order).
   */
  private static final class TopEvents extends SimpleCollector {
    private final EventQuery.Sort sort;
    private final int k;
    private final java.util.PriorityQueue<long[]> heap;
    long total;
    private NumericDocValues ids;
    private SortedNumericDocValues keys;

    TopEvents(EventQuery.Sort sort, int k) {
      this.sort = sort;
      this.k = k;
      this.heap = new java.util.PriorityQueue<>(Math.min(k, 4096) + 1, (a, b) -> Long.compare(b[0], a[0]));
    }

    /** Smaller ranks come first: date descending (undated last) then id descending, and so on. */
    private long rank(long key) {
      long id = key & ((1L << 40) - 1);
      long day = key >>> 40;
      return switch (sort) {
        case DATE_DESC -> Long.MAX_VALUE - key;
        case DATE_ASC -> (day == 0 ? (1L << 23) : day) << 40 | id;
        case ID_ASC -> id;
        case ID_DESC -> Long.MAX_VALUE - id;
      };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = context.reader().getNumericDocValues(ID);
      keys = context.reader().getSortedNumericDocValues(EVENTS);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (keys == null || !keys.advanceExact(doc)) {
        return;
      }
      if (ids == null || !ids.advanceExact(doc)) {
        throw new IllegalStateException("the search index has an article without its id; rebuild it");
      }
      long article = ids.longValue();
      for (int i = 0, n = keys.docValueCount(); i < n; i++) {
        long key = keys.nextValue();
        total++;
        if (k == 0) {
          continue;
        }
        long r = rank(key);
        if (heap.size() < k) {
          heap.add(new long[] {r, key, article});
        } else if (r < heap.peek()[0]) {
          heap.poll();
          heap.add(new long[] {r, key, article});
        }
      }
    }

    long[][] sorted() {
      long[][] out = heap.toArray(new long[0][]);
      java.util.Arrays.sort(out, (a, b) -> Long.compare(a[0], b[0]));
      return out;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** A searcher over the same reader that gives up when {@code deadline} passes (the shared one stays as is). */
  private static IndexSearcher bounded(IndexSearcher shared, Deadline deadline) {
    if (deadline == null) {
      return shared;
    }
    IndexSearcher s = new IndexSearcher(shared.getIndexReader());
    s.setSimilarity(shared.getSimilarity());
    s.setTimeout(deadline::expired);
    return s;
  }

  private static void stopIfTimedOut(IndexSearcher s, Deadline deadline) {
    if (deadline != null && (s.timedOut() || deadline.expired())) {
      throw deadline.timeout(null);
    }
  }

  /** Collects the article id (doc value) of every match. */
  private static final class IdCollector extends SimpleCollector {
    long[] ids = new long[1024];
    int n;
    private NumericDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = context.reader().getNumericDocValues(ID);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("the search index has an article without its id; rebuild it");
      }
      if (n == ids.length) {
        ids = java.util.Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = values.longValue();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * The offset of the first word of {@code text} whose analysed form is in {@code terms}, or -1 (one pass of the
   * analyser over the text).
   */
  int firstMatch(String text, java.util.Set<String> terms) throws IOException {
    try (var ts = analyzer.tokenStream(TEXT, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      int at = -1;
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          at = offset.startOffset();
          break;
        }
      }
      ts.end();
      return at;
    }
  }

  /** The analysed terms of {@code s} (for highlighting snippets). */
  List<String> terms(String s) throws IOException {
    List<String> out = new ArrayList<>();
    try (var ts = analyzer.tokenStream(TEXT, s)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Override
  public synchronized void close() throws IOException {
    if (uncommitted > 0) {
      commit();
    }
    searchers.close();
    writer.close();
    dir.close();
  }

  /** Whether {@code folder} holds an index. */
  static boolean exists(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(d);
    }
  }
}
