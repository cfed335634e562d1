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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(LAST)) {
          l = e.getValue();
        } else if (e.getKey().equals(STORE)) {
          storeId = e.getValue();
        }
      }
    }
    last = l == null ? 0 : Long.parseLong(l);
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
    writer.setLiveCommitData(Map.of(LAST, Long.toString(last), STORE, id).entrySet());
    writer.commit();
  }

  /** Empties the index (before a rebuild). */
  synchronized void clear() throws IOException {
    writer.deleteAll();
    writer.setLiveCommitData(storeId == null ? Map.of(LAST, "0").entrySet()
        : Map.of(LAST, "0", STORE, storeId).entrySet());
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

  /** The best {@code n} articles for {@code q}. */
  List<Hit> search(String q, int n) throws IOException {
    Query query = parse(q);
    searchers.maybeRefresh();
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(query, Math.max(1, n));
      List<Hit> out = new ArrayList<>(top.scoreDocs.length);
      var stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        long id = stored.document(sd.doc).getField(ID).numericValue().longValue();
        out.add(new Hit(id, sd.score));
      }
      return out;
    } finally {
      searchers.release(s);
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
