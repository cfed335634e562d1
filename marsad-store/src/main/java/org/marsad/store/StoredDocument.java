package org.marsad.store;

import java.util.List;

/** One article with its text and its events. */
public record StoredDocument(DocumentSummary summary, String text, List<EventSummary> events) {
  public StoredDocument {
    events = List.copyOf(events);
  }
}
