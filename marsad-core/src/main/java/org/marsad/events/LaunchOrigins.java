package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The place an attack was launched from is not where it struck, when the sentence names where it struck (session 13).
 *
 * <p>Rules:
 * <ol>
 *   <li>a place after «من» within {@value #REACH} words after a word of launching or coming («أطلق», «إطلاق»,
 *       «انطلقت», «انطلاقا», «قادمة», «الصادرة») or a projectile noun («صواريخ», «قذائف», «طائرات») is the origin
 *       («بإطلاق صواريخ من سوريا على مواقع إسرائيلية في الجولان»);</li>
 *   <li>the event's place is then the first later place of the sentence after «على», «إلى» or a locative
 *       preposition, not the actor («... في الجولان» → the Golan, «أطلقوا قذائف من قطاع غزة على جنوب إسرائيل» →
 *       Israel);</li>
 *   <li>with no such place, or with «أو/عبر/من» before it (another origin: «من سوريا أو عبر وكلائها في اليمن»),
 *       the origin stays the place, as before («وندد بإطلاق صواريخ من غزة»).</li>
 * </ol>
 */
final class LaunchOrigins {
  /** Words before the origin's «من» within which the launch word stands. */
  static final int REACH = 4;

  /** Forms of launching and coming (normalised, without «و/ف», «ب/ل» and «ال»). */
  private static final Set<String> LAUNCH = Set.of("اطلق", "اطلقت", "اطلقه", "اطلقها", "اطلقوا", "اطلاق", "تطلق",
      "يطلق", "انطلقت", "انطلق", "انطلاقا", "قادمه", "قادمين", "صادره", "صادر", "اطلقته", "اطلقتها");

  /** Projectile nouns (normalised, without «ال»). */
  private static final Set<String> PROJECTILES = Set.of("صاروخ", "صاروخا", "صواريخ", "قذيفه", "قذايف", "مقذوفات",
      "طايره", "طايرات", "مسيره", "مسيرات");

  /** Prepositions before a place struck (normalised), besides {@link Parts#LOCATIVE}. */
  private static final Set<String> STRUCK = Set.of("علي", "الي");

  /** Words between the origin and a later place that make it another origin («من سوريا أو عبر وكلائها في اليمن»). */
  private static final Set<String> OTHER_ORIGIN = Set.of("او", "عبر", "ومن", "من");

  private LaunchOrigins() {
  }

  /** The place struck when {@code place} is a launch origin and the sentence names one after it, else {@code place}. */
  static Part struck(List<Part> ps, List<Token> tokens, int from, Part place, Cand c) {
    if (place == null || !origin(tokens, from, place)) {
      return place;
    }
    for (Part p : ps) {
      if (p.first() >= place.end() && p != c.actor && p.entity() != null && p.entity().lat() != null && !p.nisba()
          && p.place() && (STRUCK.contains(p.prep()) || Parts.LOCATIVE.contains(p.prep()))) {
        return alternative(tokens, place.end(), p.first()) ? place : p;
      }
    }
    return place;
  }

  /** True when a word of {@link #OTHER_ORIGIN} stands in tokens {@code [a, b)}. */
  private static boolean alternative(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (OTHER_ORIGIN.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code p} stands after «من» within {@value #REACH} words after a launch word or projectile noun. */
  static boolean origin(List<Token> tokens, int from, Part p) {
    if (!"من".equals(p.prep())) {
      return false;
    }
    for (int k = Math.max(from, p.first() - REACH - 1); k < p.first(); k++) {
      String n = bare(tokens.get(k).norm());
      if (LAUNCH.contains(n) || PROJECTILES.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The word without «و/ف», then «ب/ل», then «ال». */
  private static String bare(String n) {
    String w = Parts.stripConj(n);
    if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && !w.startsWith("ال")) {
      w = w.substring(1);
    }
    if (w.startsWith("لل") && w.length() > 4) {
      w = w.substring(2);
    }
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }
}
