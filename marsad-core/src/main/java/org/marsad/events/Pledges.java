package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A pledge to use force is a threat (session 9): «تعهد أردوغان بالسيطرة على تل رفعت» promises a seizure, it does not
 * report one, and an analyst records a THREATEN of Turkey against Syria.
 *
 * <p>Rules:
 * <ol>
 *   <li>the trigger is a noun of force (ASSAULT, COERCE) with «بـ» («بالسيطرة», «بسحق»), or after a support noun
 *       with «بـ» ({@link #LIGHT_NOUNS}: «بشن عملية عسكرية»);</li>
 *   <li>a form of «تعهد» ({@link #PLEDGES}) stands before it in its clause, right before it or with at most
 *       {@link #SUBJECT_WORDS} words (its subject) between;</li>
 *   <li>the pledge then is a THREATEN verb (mode violence, CAMEO 138) in place of the force: its subject is the
 *       one who pledges, and its recipient, found with the force's own prepositions («على», «ضد»), the one the
 *       force is aimed at.</li>
 * </ol>
 * «توعد» is a THREATEN trigger of its own, and a pledge of anything else («تعهد بتقديم المساعدات») is left as it is.
 */
final class Pledges {
  /** Forms of «تعهد», to pledge (normalised, without «و/ف»). */
  private static final Set<String> PLEDGES = Set.of("تعهد", "تعهدت", "يتعهد", "تتعهد", "تعهدوا", "يتعهدون",
      "تعهدا");

  /** Words between the pledge and the force it pledges: the subject («تعهد الرئيس التركي رجب طيب أردوغان»). */
  static final int SUBJECT_WORDS = 6;

  /** Support nouns with «بـ» before a noun of force («بشن هجوم», «بتنفيذ عملية»), normalised. */
  private static final Set<String> LIGHT_NOUNS = Set.of("بشن", "بتنفيذ", "باطلاق", "بالقيام", "بفرض", "بتوجيه");

  /** True for a support noun with «بـ» («بشن», «بتنفيذ»), with or without «و/ف». */
  static boolean lightNoun(String norm) {
    return Parts.inSet(LIGHT_NOUNS, norm);
  }

  /** Types of force that a pledge makes a threat. */
  private static final Set<String> FORCE = Set.of("ASSAULT", "COERCE");

  private Pledges() {
  }

  /**
   * The index of the form of «تعهد» that pledges the noun of force {@code m} (rules 1 and 2), or -1.
   */
  static int pledge(List<Token> tokens, int from, TriggerLexicon.Match m) {
    if (!FORCE.contains(m.entry().type()) || m.entry().verb()) {
      return -1;
    }
    int a = m.first();
    if (!Parts.stripConj(tokens.get(a).norm()).startsWith("ب")) {
      if (a - 1 < from || !Parts.inSet(LIGHT_NOUNS, tokens.get(a - 1).norm())) {
        return -1;
      }
      a--; // «تعهد أردوغان بشن عملية عسكرية»: the force is the object of a support noun with «بـ»
    }
    for (int k = a - 1; k >= Math.max(from, a - 1 - SUBJECT_WORDS); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) && !Asides.isComma(t)) {
        return -1;
      }
      if (Parts.inSet(PLEDGES, t.norm())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The THREATEN reading of a pledged force (rule 3): a verb trigger on the pledge at {@code k}, whose subject is
   * the one who pledges and whose recipient is the one the force is aimed at (the force's own prepositions).
   */
  static TriggerLexicon.Match asThreat(List<Token> tokens, int k, TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    List<String> preps = e.preps().stream().filter(p -> !p.equals("obj")).toList();
    TriggerLexicon.Entry t = new TriggerLexicon.Entry(new String[] {Parts.stripConj(tokens.get(k).norm())},
        "THREATEN", "violence", "138", true, preps, Set.of(), e.hand(), false, false);
    return new TriggerLexicon.Match(t, k, k + 1, 0);
  }
}
