package org.marsad.store;

import java.util.Objects;
import org.marsad.model.Document;

/**
 * An article read from a source, not analysed yet.
 *
 * @param doc     the raw document (id, text, and whatever of date, title, URL and outlet the source gave)
 * @param kind    {@code file}, {@code jsonl}, {@code feed} or {@code api}
 * @param locator where it came from (path or URL)
 */
public record Article(Document doc, String kind, String locator) {
  public Article {
    Objects.requireNonNull(doc, "doc");
  }
}
