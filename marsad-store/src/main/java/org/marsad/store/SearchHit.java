package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found by full-text search.
 *
 * @param documentId store id of the article
 * @param title      title, or null
 * @param url        URL, or null
 * @param published  publication day, or null
 * @param score      Lucene score (higher is better)
 * @param snippet    the start of the best matching sentence (or of the text)
 * @param eventIds   the store ids of its events
 */
public record SearchHit(long documentId, String title, String url, LocalDate published, float score,
                        String snippet, List<Long> eventIds) {
  public SearchHit {
    eventIds = List.copyOf(eventIds);
  }
}
