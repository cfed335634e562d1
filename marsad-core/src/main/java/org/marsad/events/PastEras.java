package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Acts dated by a past era named without a year (session 15): «الجنود الأميركيين الذين قتلوا خلال الحرب الكورية»,
 * «ماكين الذي تعرض للتعذيب خلال سجنه أثناء الحرب الفيتنامية», «وخلال الحرب العالمية الثانية، استهدفت لندن»,
 * «ولدت هذه المذيعة زمن الاحتلال الياباني لكوريا» are background, like an act dated by a past year.
 *
 * <p>Rule: the trigger's clause holds a preposition of time («خلال», «إبان», «أثناء», «في», «زمن», «أيام», «عهد»,
 * «فترة», «حقبة») followed by a named past era ({@link #era}) — before the trigger, or up to {@link #REACH} words
 * after it — or the sentence opens with such a phrase («وخلال الحرب العالمية الثانية، ...»). Eras: the two world
 * wars, the Cold War, the Korean, Vietnam, Gulf and Iran–Iraq wars, the Lebanese, Spanish and American civil wars,
 * colonial rule and mandates («الاستعمار الفرنسي», «الانتداب البريطاني»), the Japanese occupation, the Soviet and
 * Ottoman eras. Not after «منذ» («أكبر عملية طرد منذ الحرب الباردة» compares, {@link SinceSpans}).
 */
final class PastEras {
  private PastEras() {
  }

  /** Prepositions and nouns of time before an era (normalised, without «و/ف»). */
  private static final Set<String> PREPOSITIONS = Set.of("خلال", "ابان", "اثناء", "في", "زمن", "ايام", "عهد",
      "فتره", "حقبه", "وفي", "ففي", "بعهد", "بزمن");
  /** Words after the trigger within which an era phrase dates it. */
  static final int REACH = 8;
  /** Wars named by the word after «الحرب/حرب» (normalised). */
  private static final Set<String> WAR_NAMES = Set.of("العالميه", "البارده", "الكوريه", "فيتنام", "الفيتناميه",
      "الخليج", "الكوريتين");
  /** Civil wars of the past, by the nisba after «الأهلية» (normalised). */
  private static final Set<String> PAST_CIVIL_WARS = Set.of("اللبنانيه", "الاسبانيه", "الامريكيه", "الاميركيه",
      "الجزايريه");
  /** Rule of the past: colonial rule, mandates, occupations (normalised). */
  private static final Set<String> RULE_NOUNS = Set.of("الاستعمار", "الانتداب", "الاحتلال", "الحقبه", "العهد",
      "الحكم");
  /** Rulers of past eras after a noun of rule (normalised). */
  private static final Set<String> PAST_RULERS = Set.of("الفرنسي", "البريطاني", "الايطالي", "الاسباني",
      "البرتغالي", "الياباني", "العثماني", "السوفيتي", "السوفياتي", "الاستعماري", "الاستعماريه", "السوفيتيه",
      "السوفياتيه", "العثمانيه", "القيصري");

  /** True when the trigger at {@code a} is dated by a past era by the rule above. */
  static boolean dated(List<Token> tokens, int a, int b, int from, int to) {
    if (eraAt(tokens, from, to) > 0 || from + 1 < to && eraAt(tokens, from + 1, to) > 0
        && tokens.get(from).kind() != Token.Kind.WORD) {
      return true; // «وخلال الحرب العالمية الثانية، استهدفت لندن»: a fronted era dates the sentence
    }
    int cs = Clause.start(tokens, a, from);
    for (int k = cs; k < a; k++) {
      if (eraAt(tokens, k, to) > 0) {
        return true;
      }
    }
    for (int k = b; k < Math.min(to, b + REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (eraAt(tokens, k, to) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of a preposition of time and a past era starting at token {@code k}, or 0. */
  static int eraAt(List<Token> tokens, int k, int to) {
    if (k + 1 >= to || !Parts.inSet(PREPOSITIONS, tokens.get(k).norm())) {
      return 0;
    }
    int n = era(tokens, k + 1, to);
    return n > 0 ? n + 1 : 0;
  }

  /** The length of a named past era starting at token {@code k} («الحرب العالمية», «الاستعمار الفرنسي»), or 0. */
  static int era(List<Token> tokens, int k, int to) {
    String w = tokens.get(k).norm();
    if (k + 1 >= to) {
      return 0;
    }
    String next = tokens.get(k + 1).norm();
    if (w.equals("الحرب") || w.equals("حرب")) {
      if (WAR_NAMES.contains(next)) {
        return 2;
      }
      if (next.equals("العراقيه") && k + 2 < to && tokens.get(k + 2).norm().equals("الايرانيه")) {
        return 3;
      }
      if (next.equals("الاهليه") && k + 2 < to && PAST_CIVIL_WARS.contains(tokens.get(k + 2).norm())) {
        return 3;
      }
      return 0;
    }
    if (w.equals("الحقبه") || w.equals("حقبه")) {
      return era(tokens, k + 1, to) > 0 ? era(tokens, k + 1, to) + 1 : RULE_NOUNS.contains(w) && PAST_RULERS.contains(next) ? 2 : 0;
    }
    return RULE_NOUNS.contains(w) && PAST_RULERS.contains(next) ? 2 : 0;
  }
}
