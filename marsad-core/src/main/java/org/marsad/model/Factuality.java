package org.marsad.model;

import java.util.Locale;

/** Whether the text reports an event as happening. */
public enum Factuality {
  ASSERTED, NEGATED, HYPOTHETICAL, DEMANDED, HISTORICAL;

  /** The lower-case JSON value. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
