package org.marsad.store;

/** A store failure with a one-line, user-facing message (database locked, unreachable, corrupt ...). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
