package org.marsad.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one event that clustering looks at: a flat, storage-free view so the same rule runs
 * in the store, in tests and in a distributed job.
 *
 * @param id        a unique, stable number; a cluster is named after its smallest member id,
 *                  so give earlier events smaller ids to keep cluster ids stable as data grows
 * @param document  the article that reported it (two events of one article are never one cluster), or null
 * @param type      PLOVER type (never null)
 * @param actor     who acted ({@link Party#NONE} when the text names no one; null is taken as NONE)
 * @param recipient who was acted upon ({@link Party#NONE} when unknown; null is taken as NONE)
 * @param place     where ({@link Site#NONE} when unknown; null is taken as NONE)
 * @param date      day of the event (the publication day when the text gives none), or null
 * @param dateBasis how the day is known: {@code explicit} or {@code relative} (from the text), {@code published}
 *                  (the article's date), or null
 * @param numbers   reported counts by kind ({@code killed}, {@code injured} ...)
 * @param source    who reported it (outlet, else URL or document id), or null
 */
public record ClusterInput(long id, String document, String type, Party actor, Party recipient, Site place,
                           LocalDate date, String dateBasis, Map<String, Long> numbers, String source) {

  /**
   * An actor or recipient: its knowledge-base name (else its words), ISO 3166-1 alpha-3 country and sector
   * ({@code GOV}, {@code MIL}, {@code REB} ... as in marsad/1), each possibly null.
   */
  public record Party(String name, String country, String sector) {
    /** Nobody named. */
    public static final Party NONE = new Party(null, null, null);

    /** A party known by its country only. */
    public static Party of(String country) {
      return new Party(null, country, null);
    }

    /** Whether the text names anyone (by name or country). */
    public boolean known() {
      return name != null || country != null;
    }
  }

  /**
   * A place: name, ISO3 country, precision ({@code country}, {@code admin1}, {@code city}, {@code place}) and
   * coordinates, each possibly null.
   */
  public record Site(String name, String country, String precision, Double lat, Double lon) {
    /** No place named. */
    public static final Site NONE = new Site(null, null, null, null, null);

    /** A city-level place in {@code country}, at the given coordinates (both may be null). */
    public static Site of(String country, Double lat, Double lon) {
      return new Site(null, country, lat != null && lon != null ? "city" : null, lat, lon);
    }

    /** Whether it has coordinates. */
    public boolean located() {
      return lat != null && lon != null;
    }
  }

  public ClusterInput {
    Objects.requireNonNull(type, "type");
    actor = actor == null ? Party.NONE : actor;
    recipient = recipient == null ? Party.NONE : recipient;
    place = place == null ? Site.NONE : place;
    numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
  }

  /** The actor's country, or null. */
  public String actorCountry() {
    return actor.country();
  }

  /** The recipient's country, or null. */
  public String recipientCountry() {
    return recipient.country();
  }

  /** The place's country, or null. */
  public String placeCountry() {
    return place.country();
  }

  /** The country used for blocking: the place's, else the recipient's, else the actor's, else {@code "-"}. */
  public String blockCountry() {
    if (place.country() != null) {
      return place.country();
    }
    if (recipient.country() != null) {
      return recipient.country();
    }
    return actor.country() != null ? actor.country() : "-";
  }

  /** Whether the place has coordinates. */
  public boolean located() {
    return place.located();
  }

  /**
   * The {@code dateBasis} of an event whose marsad/1 date has the given precision and basis: the basis for a
   * day, {@code published} otherwise (no date, or only a month or year: the day is the article's or a guess).
   */
  public static String basisOf(String precision, String basis) {
    return "day".equals(precision) && basis != null ? basis : "published";
  }

  /** Whether the day comes from the text itself ({@code explicit} or {@code relative}), not the article's date. */
  public boolean dayFromText() {
    return date != null && ("explicit".equals(dateBasis) || "relative".equals(dateBasis));
  }
}
