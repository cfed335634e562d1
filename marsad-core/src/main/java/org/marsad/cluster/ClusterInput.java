package org.marsad.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one event that clustering looks at: a flat, storage-free view so the same rule runs
 * in the store, in tests and in a distributed job.
 *
 * @param id               a unique, stable number; a cluster is named after its smallest member id,
 *                         so give earlier events smaller ids to keep cluster ids stable as data grows
 * @param type             PLOVER type (never null)
 * @param actorCountry     ISO 3166-1 alpha-3 code of the actor, or null when unknown
 * @param recipientCountry ISO 3166-1 alpha-3 code of the recipient, or null when unknown
 * @param placeCountry     ISO 3166-1 alpha-3 code of the place, or null when unknown
 * @param lat              latitude of the place, or null
 * @param lon              longitude of the place, or null
 * @param date             day of the event (the publication day when the text gives none), or null
 * @param numbers          reported counts by kind ({@code killed}, {@code injured} ...)
 * @param source           who reported it (outlet, else URL or document id), or null
 */
public record ClusterInput(long id, String type, String actorCountry, String recipientCountry,
                           String placeCountry, Double lat, Double lon, LocalDate date,
                           Map<String, Long> numbers, String source) {
  public ClusterInput {
    Objects.requireNonNull(type, "type");
    numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
  }

  /** The country used for blocking: the place's, else the recipient's, else the actor's, else {@code "-"}. */
  public String blockCountry() {
    if (placeCountry != null) {
      return placeCountry;
    }
    if (recipientCountry != null) {
      return recipientCountry;
    }
    return actorCountry != null ? actorCountry : "-";
  }

  /** Whether the place has coordinates. */
  public boolean located() {
    return lat != null && lon != null;
  }
}
