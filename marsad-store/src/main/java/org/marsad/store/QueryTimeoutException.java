package org.marsad.store;

import java.time.Duration;

/** A read ran out of its {@link Deadline}: it was stopped, and nothing partial was returned. */
public final class QueryTimeoutException extends RuntimeException {
  private final Duration budget;

  QueryTimeoutException(Duration budget, Throwable cause) {
    super("the query took longer than " + show(budget) + " and was stopped", cause);
    this.budget = budget;
  }

  /** The budget that ran out. */
  public Duration budget() {
    return budget;
  }

  private static String show(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
