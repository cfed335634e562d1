package org.marsad.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A connection whose statements are all cancelled ({@link Statement#cancel()}) when a timer fires: the read side
 * of a {@link Deadline}. The statements the connection hands out are remembered; when the time is up every one is
 * cancelled (a running DuckDB query is interrupted, PostgreSQL gets a cancel request), and creating a statement
 * afterwards fails. One timer thread serves every store of the process.
 */
final class Cancellable implements AutoCloseable {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Connection connection;
  private final List<Statement> statements = new ArrayList<>();
  private final ScheduledFuture<?> task;
  private boolean fired;

  /** Wraps {@code raw}; its statements are cancelled {@code nanos} from now. */
  Cancellable(Connection raw, long nanos) {
    InvocationHandler h = (proxy, m, args) -> invoke(raw, m, args);
    this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, h);
    this.task = TIMER.schedule(this::fire, Math.max(0, nanos), TimeUnit.NANOSECONDS);
  }

  /** The connection to run the reads on (it is closed with the raw one; do not close it twice). */
  Connection connection() {
    return connection;
  }

  /** Whether the time ran out (statements were cancelled). */
  synchronized boolean fired() {
    return fired;
  }

  private Object invoke(Connection raw, Method m, Object[] args) throws Throwable {
    Object r;
    try {
      r = m.invoke(raw, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (r instanceof Statement s) {
      synchronized (this) {
        if (fired) {
          s.close();
          throw new SQLException("cancelled: the deadline has passed");
        }
        statements.add(s);
      }
    }
    return r;
  }

  private void fire() {
    List<Statement> todo;
    synchronized (this) {
      fired = true;
      todo = List.copyOf(statements);
    }
    for (Statement s : todo) {
      try {
        if (!s.isClosed()) {
          s.cancel();
        }
      } catch (SQLException | RuntimeException e) {
        // closed meanwhile, or the driver cannot cancel: the read fails on its own or finishes
      }
    }
  }

  /** Stops the timer (the reads are done). */
  @Override
  public void close() {
    task.cancel(false);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
      Thread th = new Thread(r, "marsad-store-deadline");
      th.setDaemon(true);
      return th;
    });
    t.setRemoveOnCancelPolicy(true);
    return t;
  }
}
