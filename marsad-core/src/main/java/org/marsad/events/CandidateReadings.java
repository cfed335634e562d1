package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * What a candidate's trigger words are where they stand, read once per candidate and used by {@link ReportRule} and
 * the recipient of an attack by its place ({@link #read}, {@link #placeNear}).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Victims only</b>: a noun naming victims («قتلى», «جرحى») with no result word («سقوط», «أوقع», «عن») in the
 *       two words before it ({@link #victimsNamedOnly});</li>
 *   <li><b>General fighting</b>: a definite noun of fighting in general, after «آثار», «من», «في» or with «لـ/بـ»
 *       («بعد ثلاثة أعوام من القتال», «للعمليات العسكرية») ({@link #generalFighting});</li>
 *   <li><b>Support enjoyed</b>: a verb of enjoying or receiving backing in the {@value #ENJOYED_REACH} words before
 *       a support noun, in its clause («وتحظى القوات الكردية بدعم») ({@link #enjoyed});</li>
 *   <li><b>People received</b>: a visit verb whose recipient follows a word of the wounded or refugees («استقبلت
 *       إسرائيل الجرحى السوريين»);</li>
 *   <li><b>Named war</b>: a war noun followed right away by a nisba («الحرب السورية»);</li>
 *   <li><b>Place near</b>: the place is after a locative preposition or «على», or after the trigger in its clause,
 *       and not a destination after «إلى» ({@link #destination}).</li>
 * </ol>
 */
final class CandidateReadings {
  private CandidateReadings() {
  }

  /** Sets the candidate's readings: victims only, general fighting, support enjoyed, people received, named war. */
  static void read(List<Token> tokens, int from, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    c.victimsOnly = victimsNamedOnly(tokens, from, m);
    c.generalFighting = generalFighting(tokens, from, m);
    c.supportEnjoyed = enjoyed(tokens, from, m.first());
    c.receivesPeople = "visit".equals(m.entry().mode()) && m.entry().verb() && c.recipient != null
        && c.recipient.first() > from && receivedPeople(tokens.get(c.recipient.first() - 1).norm());
    c.namedWar = Parts.inSet(WAR_NOUNS, tokens.get(m.first()).norm()) && m.end() < to
        && RoleFinder.partAt(ps, m.end()) != null && RoleFinder.partAt(ps, m.end()).nisba();
  }

  /** True when the candidate's place is where it happened, near its trigger (see the class rules). */
  static boolean placeNear(List<Token> tokens, int from, Cand c) {
    return c.place != null && !destination(tokens, from, c.place) && (Parts.LOCATIVE.contains(c.place.prep())
        || c.place.first() >= c.trigger.end() && !Clause.between(tokens, c.trigger.end(), c.place.first())
        || "علي".equals(c.place.prep()));
  }

  /** Definite nouns of fighting in general (normalised trigger forms): with no side and no count, no event. */
  private static final Set<String> GENERIC_FIGHTING = Set.of("القتال", "المعارك", "العمليات");

  /** Words before a definite noun of fighting that make it fighting in general (normalised). */
  private static final Set<String> GENERAL_BEFORE = Set.of("اثار", "من", "في", "ساحات", "جبهات");

  /**
   * True when the trigger is a definite noun of fighting in general: after «آثار», «من», «في» («بعد ثلاثة أعوام من
   * القتال», «كي يستخدم في المعارك») or with «لـ/بـ» («للعمليات العسكرية»); «استمرار المعارك في الحديدة» reports.
   */
  private static boolean generalFighting(List<Token> tokens, int from, TriggerLexicon.Match m) {
    if (!GENERIC_FIGHTING.contains(m.entry().words()[0])) {
      return false;
    }
    String n = Parts.stripConj(tokens.get(m.first()).norm());
    if (n.startsWith("لل") || n.startsWith("بال")) {
      return true;
    }
    return m.first() > from && Parts.inSet(GENERAL_BEFORE, tokens.get(m.first() - 1).norm());
  }

  /** «إلى» (normalised): a place after it is where people or things went, not where an attack happened. */
  private static final String DESTINATION = "الي";

  /** True when «إلى» stands right before the place or before the one noun before it («إلى مستشفيات المملكة»). */
  private static boolean destination(List<Token> tokens, int from, Part place) {
    return DESTINATION.equals(place.prep()) || place.first() - 2 >= from
        && DESTINATION.equals(tokens.get(place.first() - 2).norm()) && place.prep().isEmpty();
  }

  /** Verbs of enjoying or receiving backing before a support noun («تحظى بدعم»), normalised. */
  private static final Set<String> ENJOYED = Set.of("تحظي", "يحظي", "يحظون", "حظيت", "حظي",
      "تتمتع", "يتمتع", "يتمتعون", "تلقت", "تلقي", "يتلقي", "تتلقي");

  /** Words before a support noun in which a verb of enjoying it («وتحظى القوات الكردية بدعم») may stand. */
  private static final int ENJOYED_REACH = 4;

  /** True when one of {@link #ENJOYED} stands in the {@link #ENJOYED_REACH} words before {@code i}, in its clause. */
  private static boolean enjoyed(List<Token> tokens, int from, int i) {
    return Clause.inSetBefore(tokens, i, from, ENJOYED_REACH, ENJOYED);
  }

  /** Wounded people and refugees (normalised, with or without «ال»): those a country receives are no visitors. */
  private static final Set<String> RECEIVED = Set.of("جرحي", "مصابين", "لاجيين", "نازحين",
      "مهاجرين", "مهجرين", "جثث", "جثامين", "رفات", "اسري", "مرضي");

  /** True when a word names wounded people or refugees ({@link #RECEIVED}). */
  private static boolean receivedPeople(String norm) {
    String n = Parts.stripConj(norm);
    return RECEIVED.contains(n.startsWith("ال") ? n.substring(2) : n);
  }

  /** War nouns that a nisba right after turns into a war's name («الحرب السورية», «حرب اليمن» is not one). */
  private static final Set<String> WAR_NOUNS = Set.of("الحرب", "حرب", "للحرب", "بالحرب",
      "الحروب", "حروب");

  /** Casualty nouns naming people («قتلى», «جرحى», «ضحايا»), normalised. */
  private static final Set<String> VICTIM_NOUNS = Set.of("قتلي", "القتلي", "قتيل", "جرحي",
      "الجرحي", "جريح", "مصابين", "المصابين", "ضحايا", "الضحايا", "شهداء", "الشهداء", "شهيد", "المصابون", "مصابون");
  /** Verbs and nouns that report such people as a result («سقوط قتلى», «أوقع جرحى», «خلف ضحايا»). */
  private static final Set<String> RESULT_WORDS = Set.of("سقوط", "سقط", "وقوع", "اوقع", "اوقعت",
      "خلف", "خلفت", "عن", "اسفر", "اسفرت", "يسقط", "تسقط", "بسقوط", "سقوطهم");

  /** True when the trigger is a noun naming victims with no result verb or preposition up to two words before it. */
  private static boolean victimsNamedOnly(List<Token> tokens, int from, TriggerLexicon.Match m) {
    if (!Parts.inSet(VICTIM_NOUNS, tokens.get(m.first()).norm())) {
      return false;
    }
    for (int k = Math.max(from, m.first() - 2); k < m.first(); k++) {
      if (Parts.inSet(RESULT_WORDS, tokens.get(k).norm())) {
        return false;
      }
    }
    return true;
  }
}
