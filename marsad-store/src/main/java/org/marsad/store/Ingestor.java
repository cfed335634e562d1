package org.marsad.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Marsad;
import org.marsad.model.Document;

/**
 * The ingest pipeline: read articles in batches, drop those already stored, analyse the rest on all cores,
 * and write each batch in one transaction while the next batch is analysed.
 *
 * <pre>{@code
 * IngestReport r = new Ingestor(store, Marsad.standard(), Runtime.getRuntime().availableProcessors(), 200)
 *     .run(ArticleReader.articles(files, System.err::println), Ingestor.Listener.NONE);
 * }</pre>
 *
 * <p>A crash loses at most the batches not yet committed; re-running the same ingest skips what was stored
 * (same text hash or URL) and completes the rest.
 */
public final class Ingestor {
  /** Progress callbacks (called on the calling thread). */
  public interface Listener {
    Listener NONE = new Listener() {
    };

    /** After each committed batch: the running totals and the articles read so far. */
    default void committed(IngestReport total, long read) {
    }

    /** An article that could not be analysed (one line). */
    default void problem(String line) {
    }
  }

  private final EventStore store;
  private final Marsad marsad;
  private final int threads;
  private final int batchSize;

  public Ingestor(EventStore store, Marsad marsad, int threads, int batchSize) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1");
    }
    this.store = store;
    this.marsad = marsad;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /** Ingests every article of {@code articles}; returns the totals. Store failures stop it ({@link StoreException}). */
  public IngestReport run(Iterator<Article> articles, Listener listener) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-extract");
      t.setDaemon(true);
      return t;
    });
    ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "marsad-write");
      t.setDaemon(true);
      return t;
    });
    IngestReport total = IngestReport.EMPTY;
    long read = 0;
    Future<IngestReport> pending = null;
    try {
      while (articles.hasNext()) {
        List<Article> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && articles.hasNext()) {
          batch.add(articles.next());
        }
        read += batch.size();
        Analysed analysed = analyse(pool, batch, listener);
        if (pending != null) {
          total = total.plus(await(pending));
          listener.committed(total, read - batch.size());
        }
        total = total.plus(new IngestReport(0, analysed.stored(), 0, 0));
        List<Writer.Incoming> docs = analysed.docs();
        pending = writer.submit(() -> store.write(docs));
      }
      if (pending != null) {
        total = total.plus(await(pending));
        listener.committed(total, read);
      }
      return total;
    } finally {
      pool.shutdownNow();
      writer.shutdown();
    }
  }

  private record Analysed(List<Writer.Incoming> docs, int stored) {
  }

  /** Drops stored articles, analyses the rest in parallel; articles whose analysis fails are reported. */
  private Analysed analyse(ExecutorService pool, List<Article> batch, Listener listener) {
    List<Document> raw = new ArrayList<>(batch.size());
    for (Article a : batch) {
      raw.add(a.doc());
    }
    List<Document> unseen = store.unseen(raw);
    java.util.Set<Document> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    keep.addAll(unseen);
    List<Article> todo = new ArrayList<>();
    for (Article a : batch) {
      if (keep.contains(a.doc())) {
        todo.add(a);
      }
    }
    List<Future<Document>> futures = new ArrayList<>(todo.size());
    for (Article a : todo) {
      futures.add(pool.submit(() -> marsad.extract(a.doc())));
    }
    List<Writer.Incoming> out = new ArrayList<>(todo.size());
    for (int i = 0; i < todo.size(); i++) {
      Article a = todo.get(i);
      try {
        out.add(new Writer.Incoming(futures.get(i).get(), a.kind(), a.locator()));
      } catch (ExecutionException e) {
        listener.problem(a.doc().id() + ": analysis failed (" + Db.firstLine(e.getCause()) + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted");
      }
    }
    return new Analysed(out, batch.size() - todo.size());
  }

  private static IngestReport await(Future<IngestReport> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException(Db.firstLine(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted");
    }
  }
}
