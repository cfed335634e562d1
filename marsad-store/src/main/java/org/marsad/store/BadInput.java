package org.marsad.store;

/** One input that cannot be used, with a one-line reason naming it. Other inputs go on. */
public final class BadInput extends Exception {
  public BadInput(String message) {
    super(message, null, false, false);
  }
}
