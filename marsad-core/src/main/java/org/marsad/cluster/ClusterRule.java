package org.marsad.cluster;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.cluster.ClusterInput.Party;
import org.marsad.cluster.ClusterInput.Site;

/**
 * When two event reports can describe the same real-world event, and how alike they are. Immutable and
 * thread-safe.
 *
 * <p>Two events {@linkplain #match match} when all of these hold:
 * <ol>
 *   <li><b>type</b>: the same PLOVER type;</li>
 *   <li><b>actors</b>: either actor is unknown; or both have a country and the countries are equal and the
 *       sectors compatible (equal, one unknown, both state forces {@code GOV/MIL/POL/JUD}, both non-state
 *       armed {@code REB/OPP}, or one {@code UAF}); or, when a country is missing, the names are equal (so
 *       an IGO is not a state, and two different IGOs are not one actor);</li>
 *   <li><b>recipients</b>: likewise;</li>
 *   <li><b>place</b>: place countries are equal or one is unknown, and, when both places have coordinates,
 *       they lie at most {@link #maxKm()} kilometres apart (great-circle); two towns (or sites) of different
 *       names at most {@value #OTHER_TOWN_KM} km apart (a town and its quarter, a village and the town it is
 *       reported by); the limit widens to {@value #ADMIN1_KM} km when one place is only a province
 *       ({@code admin1}), and a place known only to the country ({@code country} precision: its coordinates
 *       are a centroid) agrees with any place of that country;</li>
 *   <li><b>date</b>: both dates are known and at most {@link #windowDays()} days apart, at most
 *       {@value #TEXT_WINDOW_DAYS} when both days come from the texts themselves (not the articles' dates),
 *       or both are unknown;</li>
 *   <li><b>figures</b>: for each kind both report (killed, injured ...), the larger is at most
 *       {@value #TOLL_FACTOR} times the smaller plus {@value #TOLL_SLACK} (tolls grow as counts come in,
 *       but 4 and 30 dead are two events).</li>
 * </ol>
 * The rule is symmetric but not transitive (a country-level report matches two towns 500 km apart), which
 * is why {@link EventClusterer} does not simply chain matches.
 *
 * <p><b>Affinity.</b> {@link #affinity} scores a matching pair (higher: more alike): same actor and
 * recipient (name 2, country 1 each), same place (name or distance), same day, equal or close figures.
 * It orders the merges of {@link EventClusterer}; it never decides alone whether two reports match.
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
  /** Maximum distance between two towns or sites of different names, in km. */
  public static final double OTHER_TOWN_KM = 10.0;
  /** Maximum number of days between two dates that both come from the texts. */
  public static final int TEXT_WINDOW_DAYS = 1;
  /** Two reported figures of one kind agree when the larger is at most this times the smaller ... */
  public static final long TOLL_FACTOR = 3;
  /** ... plus this. */
  public static final long TOLL_SLACK = 5;
  /** Maximum distance when one of the places is a province ({@code admin1}), in km. */
  public static final double ADMIN1_KM = 150.0;
  /** Mean Earth radius, km. */
  private static final double EARTH_KM = 6371.0088;
  /** Sectors of state forces: one side in a report may say "the army", another "the government". */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "POL", "JUD");
  /** Sectors of non-state armed groups. */
  private static final Set<String> ARMED = Set.of("REB", "OPP");
  /** Unidentified armed forces: compatible with any sector. */
  private static final String UNIDENTIFIED = "UAF";

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

  /** Whether {@code a} and {@code b} can report the same event. Symmetric. */
  public boolean match(ClusterInput a, ClusterInput b) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    if (!sameParty(a.actor(), b.actor()) || !sameParty(a.recipient(), b.recipient())
        || !samePlace(a.place(), b.place())) {
      return false;
    }
    if (!sameFigures(a.numbers(), b.numbers())) {
      return false;
    }
    if (a.date() == null || b.date() == null) {
      return a.date() == null && b.date() == null;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    return days <= (a.dayFromText() && b.dayFromText() ? Math.min(windowDays, TEXT_WINDOW_DAYS) : windowDays);
  }

  private static boolean sameFigures(Map<String, Long> x, Map<String, Long> y) {
    for (Map.Entry<String, Long> n : x.entrySet()) {
      Long v = y.get(n.getKey());
      if (v != null) {
        long lo = Math.min(n.getValue(), v);
        long hi = Math.max(n.getValue(), v);
        if (hi > TOLL_FACTOR * lo + TOLL_SLACK) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * How alike two matching reports are, at least 0: participants (2 for the same name, 1 for the same
   * country, per side), place (2 for the same name, else up to 2 by closeness of two towns, 0.5 when one
   * is coarser), date (1 on the same day, less with each day apart) and figures (per kind both give: 1 when
   * equal, less the further apart). Symmetric; the same inputs give the same value on every JVM.
   */
  public double affinity(ClusterInput a, ClusterInput b) {
    double s = partyAffinity(a.actor(), b.actor()) + partyAffinity(a.recipient(), b.recipient());
    Site p = a.place();
    Site q = b.place();
    if (p.name() != null && p.name().equals(q.name())) {
      s += 2;
    } else if (p.located() && q.located()) {
      if (fine(p) && fine(q)) {
        s += 2 * Math.max(0, 1 - km(p.lat(), p.lon(), q.lat(), q.lon()) / Math.max(1, maxKm));
      } else {
        s += 0.5;
      }
    }
    if (a.date() != null && b.date() != null) {
      s += 1.0 / (1 + Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())));
    }
    for (Map.Entry<String, Long> n : a.numbers().entrySet()) {
      Long v = b.numbers().get(n.getKey());
      if (v != null) {
        long x = n.getValue();
        long y = v;
        long hi = Math.max(Math.abs(x), Math.abs(y));
        s += hi == 0 ? 1 : Math.max(0, 1 - Math.abs(x - y) / (double) hi);
      }
    }
    return s;
  }

  private static double partyAffinity(Party x, Party y) {
    if (x.name() != null && x.name().equals(y.name())) {
      return 2;
    }
    return x.country() != null && x.country().equals(y.country()) ? 1 : 0;
  }

  static boolean sameParty(Party x, Party y) {
    if (!x.known() || !y.known()) {
      return true;
    }
    if (x.country() != null && y.country() != null) {
      return x.country().equals(y.country()) && compatibleSectors(x.sector(), y.sector());
    }
    return x.name() != null && x.name().equals(y.name());
  }

  static boolean compatibleSectors(String s, String t) {
    if (s == null || t == null || s.equals(t) || s.equals(UNIDENTIFIED) || t.equals(UNIDENTIFIED)) {
      return true;
    }
    return STATE.contains(s) && STATE.contains(t) || ARMED.contains(s) && ARMED.contains(t);
  }

  private boolean samePlace(Site p, Site q) {
    if (p.country() != null && q.country() != null && !p.country().equals(q.country())) {
      return false;
    }
    if (!p.located() || !q.located() || "country".equals(p.precision()) || "country".equals(q.precision())) {
      return true;
    }
    double limit;
    if ("admin1".equals(p.precision()) || "admin1".equals(q.precision())) {
      limit = Math.max(maxKm, ADMIN1_KM);
    } else if (p.name() != null && q.name() != null && !p.name().equals(q.name())) {
      limit = Math.min(maxKm, OTHER_TOWN_KM);
    } else {
      limit = maxKm;
    }
    return km(p.lat(), p.lon(), q.lat(), q.lon()) <= limit;
  }

  /** Whether a place is finer than a province (a town or a site, or of unknown precision). */
  private static boolean fine(Site p) {
    return !"country".equals(p.precision()) && !"admin1".equals(p.precision());
  }

  /** Great-circle distance in km (haversine, {@link StrictMath}: the same result on every JVM). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = StrictMath.toRadians(lat1);
    double p2 = StrictMath.toRadians(lat2);
    double dp = p2 - p1;
    double dl = StrictMath.toRadians(lon2 - lon1);
    double h = StrictMath.sin(dp / 2) * StrictMath.sin(dp / 2)
        + StrictMath.cos(p1) * StrictMath.cos(p2) * StrictMath.sin(dl / 2) * StrictMath.sin(dl / 2);
    return 2 * EARTH_KM * StrictMath.asin(Math.min(1.0, StrictMath.sqrt(h)));
  }
}
