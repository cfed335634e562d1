package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.store.EventQuery;

/**
 * Query parameters of the read endpoints, checked strictly: anything malformed, out of range or
 * unknown is a 400 naming the parameter. Values reach SQL only as bound parameters (in the store).
 *
 * <ul>
 *   <li>{@code from}, {@code to}: {@code YYYY-MM-DD}, from not after to;</li>
 *   <li>{@code country}: three letters (ISO alpha-3);</li>
 *   <li>{@code type}: one of the 16 PLOVER types;</li>
 *   <li>{@code actor}, {@code q}: at most 200 characters, no control characters;</li>
 *   <li>{@code bbox}: {@code minLon,minLat,maxLon,maxLat}, finite, within ±180/±90, min ≤ max;</li>
 *   <li>{@code limit}: 1..500 (default 50); {@code offset}: 0..1,000,000;</li>
 *   <li>{@code sort}: {@code date}, {@code -date}, {@code id}, {@code -id};</li>
 *   <li>{@code factual}: {@code true} (only events reported as happening) or {@code all}.</li>
 * </ul>
 */
final class Params {
  static final List<String> PLOVER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  static final Set<String> FILTERS = Set.of("from", "to", "country", "type", "actor", "q", "bbox", "factual");
  static final Set<String> PAGING = Set.of("limit", "offset", "sort");
  static final int MAX_LIMIT = 500;
  static final int MAX_OFFSET = 1_000_000;
  static final int MAX_TEXT = 200;

  private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

  private Params() {
  }

  /** Refuses parameters outside {@code allowed} (typos would otherwise silently widen a query). */
  static void only(Context ctx, Set<String> allowed) {
    for (String k : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(k)) {
        throw ApiException.badParam("unknown parameter '" + clip(k) + "'; allowed: " + String.join(", ",
            new java.util.TreeSet<>(allowed)));
      }
    }
    for (var e : ctx.queryParamMap().entrySet()) {
      if (e.getValue().size() > 1) {
        throw ApiException.badParam("parameter '" + e.getKey() + "' is given more than once");
      }
    }
  }

  /** The filters of {@code ctx} as a query (default page: 50 rows, newest first). */
  static EventQuery query(Context ctx) {
    EventQuery q = EventQuery.all().withPage(50, 0);
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParam("'from' must not be after 'to'");
    }
    q = q.withDates(from, to);
    String country = ctx.queryParam("country");
    if (country != null && !country.isEmpty()) {
      if (!ISO3.matcher(country).matches()) {
        throw ApiException.badParam("'country' must be an ISO 3166-1 alpha-3 code such as SYR");
      }
      q = q.withCountry(country.toUpperCase(Locale.ROOT));
    }
    String type = ctx.queryParam("type");
    if (type != null && !type.isEmpty()) {
      String t = type.toUpperCase(Locale.ROOT);
      if (!PLOVER.contains(t)) {
        throw ApiException.badParam("'type' must be one of " + String.join(", ", PLOVER));
      }
      q = q.withType(t);
    }
    q = q.withActor(text(ctx, "actor"));
    q = q.withText(text(ctx, "q"));
    String bbox = ctx.queryParam("bbox");
    if (bbox != null && !bbox.isEmpty()) {
      q = q.withBBox(bbox(bbox));
    }
    String factual = ctx.queryParam("factual");
    if (factual != null && !factual.isEmpty()) {
      switch (factual) {
        case "true" -> q = q.withFactual(true);
        case "all" -> q = q.withFactual(false);
        default -> throw ApiException.badParam("'factual' must be 'true' or 'all'");
      }
    }
    int limit = integer(ctx, "limit", 50, 1, MAX_LIMIT);
    int offset = integer(ctx, "offset", 0, 0, MAX_OFFSET);
    q = q.withPage(limit, offset);
    String sort = ctx.queryParam("sort");
    if (sort != null && !sort.isEmpty()) {
      q = q.withSort(switch (sort) {
        case "date" -> EventQuery.Sort.DATE_ASC;
        case "-date" -> EventQuery.Sort.DATE_DESC;
        case "id" -> EventQuery.Sort.ID_ASC;
        case "-id" -> EventQuery.Sort.ID_DESC;
        default -> throw ApiException.badParam("'sort' must be date, -date, id or -id");
      });
    }
    return q;
  }

  static LocalDate date(Context ctx, String name) {
    String s = ctx.queryParam(name);
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badParam("'" + name + "' must be a date YYYY-MM-DD");
    }
  }

  static String text(Context ctx, String name) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return null;
    }
    if (s.length() > MAX_TEXT) {
      throw ApiException.badParam("'" + name + "' is longer than " + MAX_TEXT + " characters");
    }
    if (CONTROL.matcher(s).find()) {
      throw ApiException.badParam("'" + name + "' contains control characters");
    }
    return s.strip();
  }

  static int integer(Context ctx, String name, int dflt, int min, int max) {
    String s = ctx.queryParam(name);
    if (s == null || s.isEmpty()) {
      return dflt;
    }
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw ApiException.badParam("'" + name + "' must be an integer " + min + ".." + max);
    }
    if (v < min || v > max) {
      throw ApiException.badParam("'" + name + "' must be " + min + ".." + max);
    }
    return (int) v;
  }

  /** A positive id from the path; anything else cannot name a stored row, so it is 404. */
  static long id(Context ctx, String what) {
    String s = ctx.pathParam("id");
    try {
      long v = Long.parseLong(s);
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // falls through to 404
    }
    throw ApiException.notFound("no " + what + " with id '" + clip(s) + "'");
  }

  static EventQuery.BBox bbox(String s) {
    String[] p = s.split(",", -1);
    if (p.length != 4) {
      throw ApiException.badParam("'bbox' must be minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(p[i].strip());
      } catch (NumberFormatException e) {
        throw ApiException.badParam("'bbox' must be four numbers minLon,minLat,maxLon,maxLat");
      }
      if (!Double.isFinite(v[i])) {
        throw ApiException.badParam("'bbox' numbers must be finite");
      }
    }
    if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
      throw ApiException.badParam("'bbox' longitudes must be within ±180 and latitudes within ±90");
    }
    if (v[0] > v[2] || v[1] > v[3]) {
      throw ApiException.badParam("'bbox' minimums must not exceed maximums");
    }
    return new EventQuery.BBox(v[1], v[0], v[3], v[2]);
  }

  /** {@code s} cut to 60 characters for error messages. */
  static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
