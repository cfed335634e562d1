package org.marsad.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * One stored event report (one event of one article), flattened for lists, maps and exports.
 *
 * @param id            store id of the event
 * @param documentId    store id of its article
 * @param localId       the event's id inside its article ({@code V1} ...)
 * @param type          PLOVER type
 * @param mode          PLOVER mode, or null
 * @param cameo         CAMEO code, or null
 * @param acledType     ACLED event type, or null
 * @param acledSubtype  ACLED sub-event type, or null
 * @param factuality    {@code asserted}, {@code negated} ...
 * @param date          event day (or first day of its month/year), or null
 * @param datePrecision {@code day}, {@code month}, {@code year}, or null
 * @param actor         actor name (canonical when linked, else as written), or null
 * @param actorCountry  ISO alpha-3, or null
 * @param recipient     recipient name, or null
 * @param recipientCountry ISO alpha-3, or null
 * @param place         place name, or null
 * @param country       ISO alpha-3 of the place, or null
 * @param lat           latitude, or null
 * @param lon           longitude, or null
 * @param geoPrecision  {@code country}, {@code admin1}, {@code city}, {@code place}, or null
 * @param numbers       reported counts (killed, injured ...)
 * @param score         conflict–cooperation (Goldstein-like) score, -10..10
 * @param confidence    0..1
 * @param clusterId     the real-world event it belongs to, or null (non-factual events are not clustered)
 * @param trigger       trigger words
 * @param sentence      the sentence of its first mention
 * @param outlet        the article's outlet, or null
 * @param url           the article's URL, or null
 * @param title         the article's title, or null
 * @param published     the article's date, or null
 */
public record EventSummary(long id, long documentId, String localId, String type, String mode, String cameo,
                           String acledType, String acledSubtype, String factuality, LocalDate date,
                           String datePrecision, String actor, String actorCountry, String recipient,
                           String recipientCountry, String place, String country, Double lat, Double lon,
                           String geoPrecision, Map<String, Long> numbers, double score, double confidence,
                           Long clusterId,
                           String trigger, String sentence, String outlet, String url, String title,
                           LocalDate published) {
  public EventSummary {
    numbers = numbers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(numbers));
  }
}
