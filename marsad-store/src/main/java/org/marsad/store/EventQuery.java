package org.marsad.store;

import java.time.LocalDate;

/**
 * Filters, sorting and paging for {@link EventStore#queryEvents}, {@link EventStore#clusters},
 * {@link EventStore#actors}, {@link EventStore#stats} and exports. Immutable; start from {@link #all()} and
 * narrow with the {@code with...} methods. A null filter means "any".
 *
 * <pre>{@code
 * EventQuery q = EventQuery.all().withCountry("SYR").withType("ASSAULT")
 *     .withDates(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31")).withPage(50, 0);
 * }</pre>
 *
 * @param from        first event date, inclusive
 * @param to          last event date, inclusive
 * @param country     ISO alpha-3 country of the event's place (or, without place, of its recipient or actor)
 * @param type        PLOVER type, e.g. {@code ASSAULT}
 * @param actor       matches actor or recipient: a country code (exact) or words in the name/text (case-insensitive)
 * @param text        full-text query over the articles (Lucene syntax, Arabic analysis)
 * @param bbox        only located events inside this box
 * @param cluster     only members of this cluster
 * @param factual     only events reported as happening ({@code asserted}); default true
 * @param limit       page size, 1..10000
 * @param offset      rows to skip
 * @param sort        order of the results
 */
public record EventQuery(LocalDate from, LocalDate to, String country, String type, String actor, String text,
                         BBox bbox, Long cluster, boolean factual, int limit, int offset, Sort sort) {
  /** Largest page. */
  public static final int MAX_LIMIT = 10_000;

  /** Orders of results. */
  public enum Sort { DATE_DESC, DATE_ASC, ID_ASC, ID_DESC }

  /** A latitude/longitude box, inclusive. */
  public record BBox(double minLat, double minLon, double maxLat, double maxLon) {
    public BBox {
      if (minLat > maxLat || minLon > maxLon) {
        throw new IllegalArgumentException("bbox: min must not exceed max");
      }
    }

    /** Parses {@code minLon,minLat,maxLon,maxLat} (the GeoJSON/OGC order). */
    public static BBox parse(String s) {
      String[] p = s.split(",");
      if (p.length != 4) {
        throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
      }
      try {
        return new BBox(Double.parseDouble(p[1].trim()), Double.parseDouble(p[0].trim()),
            Double.parseDouble(p[3].trim()), Double.parseDouble(p[2].trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox must be four numbers: minLon,minLat,maxLon,maxLat");
      }
    }
  }

  public EventQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (sort == null) {
      sort = Sort.DATE_DESC;
    }
    country = blankToNull(country);
    type = blankToNull(type);
    actor = blankToNull(actor);
    text = blankToNull(text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** No filters, factual events only, first 100 by date descending. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, true, 100, 0, Sort.DATE_DESC);
  }

  public EventQuery withDates(LocalDate newFrom, LocalDate newTo) {
    return new EventQuery(newFrom, newTo, country, type, actor, text, bbox, cluster, factual, limit, offset, sort);
  }

  public EventQuery withCountry(String c) {
    return new EventQuery(from, to, c, type, actor, text, bbox, cluster, factual, limit, offset, sort);
  }

  public EventQuery withType(String t) {
    return new EventQuery(from, to, country, t, actor, text, bbox, cluster, factual, limit, offset, sort);
  }

  public EventQuery withActor(String a) {
    return new EventQuery(from, to, country, type, a, text, bbox, cluster, factual, limit, offset, sort);
  }

  public EventQuery withText(String q) {
    return new EventQuery(from, to, country, type, actor, q, bbox, cluster, factual, limit, offset, sort);
  }

  public EventQuery withBBox(BBox b) {
    return new EventQuery(from, to, country, type, actor, text, b, cluster, factual, limit, offset, sort);
  }

  public EventQuery withCluster(Long c) {
    return new EventQuery(from, to, country, type, actor, text, bbox, c, factual, limit, offset, sort);
  }

  /** {@code false} includes negated, hypothetical, demanded and historical events too. */
  public EventQuery withFactual(boolean f) {
    return new EventQuery(from, to, country, type, actor, text, bbox, cluster, f, limit, offset, sort);
  }

  public EventQuery withPage(int newLimit, int newOffset) {
    return new EventQuery(from, to, country, type, actor, text, bbox, cluster, factual, newLimit, newOffset, sort);
  }

  public EventQuery withSort(Sort s) {
    return new EventQuery(from, to, country, type, actor, text, bbox, cluster, factual, limit, offset, s);
  }
}
