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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
   * database. 2: the article id also as a doc value (full-text filters read every match's id from it).
   */
  private static final String FORMAT = "marsad.index_format";
  private static final String FORMAT_VERSION = "2";
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
