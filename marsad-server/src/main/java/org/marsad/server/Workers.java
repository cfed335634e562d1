package org.marsad.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool for CPU-heavy work (extraction, ingest): one thread per core, a short queue,
 * and a deadline. A full queue answers 503 at once; work past its deadline is cancelled and
 * answers 503.
 */
final class Workers implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  Workers(int threads, int queue, Duration timeout) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
        r -> {
          Thread t = new Thread(r, "marsad-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.timeout = timeout;
  }

  <T> T run(Callable<T> task) {
    Future<T> f;
    try {
      f = pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "busy", "the server is busy; try again shortly");
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiException(503, "timeout", "the request took longer than " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted", "the server is shutting down");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
