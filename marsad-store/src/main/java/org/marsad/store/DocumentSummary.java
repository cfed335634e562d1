package org.marsad.store;

import java.time.LocalDate;

/**
 * One stored article.
 *
 * @param id          store id
 * @param key         the article's own id (from the input), not necessarily unique
 * @param title       title, or null
 * @param url         URL, or null
 * @param outlet      outlet, or null
 * @param published   publication day, or null
 * @param contentHash SHA-256 of the normalised text (hex)
 * @param events      number of events extracted from it
 */
public record DocumentSummary(long id, String key, String title, String url, String outlet, LocalDate published,
                              String contentHash, int events) {
}
