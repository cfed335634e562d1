package org.marsad.store;

import java.time.Duration;
import java.util.Objects;

/**
 * A time budget for the reads a thread makes. While one is open, every {@link EventStore} read on the thread
 * stops when the budget runs out, and throws {@link QueryTimeoutException}:
 *
 * <pre>{@code
 * try (Deadline d = Deadline.start(Duration.ofSeconds(10))) {
 *   Page<EventSummary> page = store.queryEvents(q);     // at most 10 s, or QueryTimeoutException
 *   List<SearchHit> hits = store.search("قصف", 20);       // the same 10 s, shared
 * }
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>a read that starts after the budget ran out throws at once, before touching the database;</li>
 *   <li>a running SQL statement is cancelled with {@link java.sql.Statement#cancel()} when the budget runs out
 *       (DuckDB interrupts the query, PostgreSQL gets a cancel request), so it stops using the database and the
 *       CPU, not only the caller's thread;</li>
 *   <li>a Lucene search stops through {@link org.apache.lucene.search.IndexSearcher#setTimeout}; its partial
 *       results are dropped, never returned as if complete;</li>
 *   <li>deadlines nest: an inner one never outlives the outer one; {@link #close()} restores the outer one.</li>
 * </ul>
 * Writes ({@link EventStore#ingest}) ignore deadlines: a batch is stored whole or not at all.
 */
public final class Deadline implements AutoCloseable {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final Duration budget;
  private final long end;
  private final Deadline outer;
  private final Thread owner;

  private Deadline(Duration budget, long end, Deadline outer) {
    this.budget = budget;
    this.end = end;
    this.outer = outer;
    this.owner = Thread.currentThread();
  }

  /** Opens a deadline {@code budget} from now for the reads of this thread; close it when the work is done. */
  public static Deadline start(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a deadline needs a positive budget, not " + budget);
    }
    Deadline outer = CURRENT.get();
    long end = System.nanoTime() + budget.toNanos();
    if (outer != null && outer.end - end < 0) {
      end = outer.end;
    }
    Deadline d = new Deadline(budget, end, outer);
    CURRENT.set(d);
    return d;
  }

  /** The deadline open on this thread, or null. */
  static Deadline current() {
    return CURRENT.get();
  }

  /** Nanoseconds left (zero or less when it has run out). */
  long remainingNanos() {
    return end - System.nanoTime();
  }

  /** Whether the budget has run out. */
  public boolean expired() {
    return remainingNanos() <= 0;
  }

  /** What is left of the budget (zero or negative when it has run out). */
  public Duration remaining() {
    return Duration.ofNanos(remainingNanos());
  }

  /** Throws {@link QueryTimeoutException} when the budget has run out. */
  public void check() {
    if (expired()) {
      throw timeout(null);
    }
  }

  QueryTimeoutException timeout(Throwable cause) {
    return new QueryTimeoutException(budget, cause);
  }

  /** Restores the deadline that was open before this one (if any). */
  @Override
  public void close() {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("a deadline is closed by the thread that opened it");
    }
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
