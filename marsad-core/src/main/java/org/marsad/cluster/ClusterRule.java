package org.marsad.cluster;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When two event reports describe the same real-world event. Immutable and thread-safe.
 *
 * <p>Two events {@linkplain #match match} when all of these hold:
 * <ol>
 *   <li><b>type</b>: the same PLOVER type;</li>
 *   <li><b>actors</b>: actor countries are equal, or at least one is unknown;</li>
 *   <li><b>recipients</b>: recipient countries are equal, or at least one is unknown;</li>
 *   <li><b>place</b>: place countries are equal or one is unknown, and, when both places have
 *       coordinates, they lie at most {@link #maxKm()} kilometres apart (great-circle);</li>
 *   <li><b>date</b>: both dates are known and at most {@link #windowDays()} days apart, or both are unknown.</li>
 * </ol>
 *
 * <p><b>Blocking.</b> Every pair that can match shares at least one {@linkplain #blockKeys block key}:
 * {@code type|country|bucket}, where country is {@link ClusterInput#blockCountry()} and bucket is
 * {@code floor(epochDay / (windowDays + 1))}. An event is keyed into its own bucket and the next one, so two
 * dates at most {@code windowDays} apart always meet in one bucket. Compare pairs only within a block;
 * a pair may meet in two blocks, which is harmless for the assembly. The one exception to "every matching
 * pair shares a block" is a pair whose block countries differ although the rule allows it (e.g. one report
 * names only the place, the other only the recipient, of different countries); such pairs are not linked.
 */
public final class ClusterRule {
  /** Default maximum distance between two located reports, in km. */
  public static final double DEFAULT_MAX_KM = 50.0;
  /** Default maximum number of days between the two dates. */
  public static final int DEFAULT_WINDOW_DAYS = 2;
  /** Mean Earth radius, km. */
  private static final double EARTH_KM = 6371.0088;

  private static final ClusterRule DEFAULT = new ClusterRule(DEFAULT_MAX_KM, DEFAULT_WINDOW_DAYS);

  private final double maxKm;
  private final int windowDays;

  private ClusterRule(double maxKm, int windowDays) {
    if (!(maxKm >= 0) || windowDays < 0) {
      throw new IllegalArgumentException("maxKm and windowDays must be >= 0");
    }
    this.maxKm = maxKm;
    this.windowDays = windowDays;
  }

  /** The default rule: {@value #DEFAULT_MAX_KM} km, {@value #DEFAULT_WINDOW_DAYS} days. */
  public static ClusterRule standard() {
    return DEFAULT;
  }

  /** A rule with the given distance (km) and date window (days). */
  public static ClusterRule of(double maxKm, int windowDays) {
    return new ClusterRule(maxKm, windowDays);
  }

  public double maxKm() {
    return maxKm;
  }

  public int windowDays() {
    return windowDays;
  }

  /** The date bucket of an epoch day. */
  public long bucket(long epochDay) {
    return Math.floorDiv(epochDay, windowDays + 1L);
  }

  /** The blocks an event falls in (one or two keys); see the class comment. */
  public List<String> blockKeys(ClusterInput e) {
    String head = e.type() + "|" + e.blockCountry() + "|";
    if (e.date() == null) {
      return List.of(head + "none");
    }
    long b = bucket(e.date().toEpochDay());
    return List.of(head + b, head + (b + 1));
  }

  /** Whether {@code a} and {@code b} report the same event. Symmetric. */
  public boolean match(ClusterInput a, ClusterInput b) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    if (!compatible(a.actorCountry(), b.actorCountry())
        || !compatible(a.recipientCountry(), b.recipientCountry())
        || !compatible(a.placeCountry(), b.placeCountry())) {
      return false;
    }
    if (a.located() && b.located() && km(a.lat(), a.lon(), b.lat(), b.lon()) > maxKm) {
      return false;
    }
    if (a.date() == null || b.date() == null) {
      return a.date() == null && b.date() == null;
    }
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= windowDays;
  }

  private static boolean compatible(String x, String y) {
    return x == null || y == null || x.equals(y);
  }

  /** Great-circle distance in km (haversine). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
