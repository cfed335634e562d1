package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Whether a cause of death follows a casualty's name: «قُتل فلان في غارة», «جراء القصف», «برصاص قناص». A casualty
 * verb followed by its cause is passive in sense («قتل القيادي ... في غارة»): its subject is the victim.
 *
 * <p>Rules:
 * <ul>
 *   <li>an apposition between commas after the name is skipped («قتل محمد موازي، الشهير بـ...، في ضربة جوية»);</li>
 *   <li>within {@code CAUSE_REACH} words: a one-word cause with «بـ» («بغارة», «برصاص», «بنيران»), «جراء» or «إثر»,
 *       or «في/خلال/بعد» before an attack noun («في غارة», «خلال الاشتباكات») is a cause;</li>
 *   <li>a number, a clause boundary or an oblique plural first («قتل الجيش 5 مسلحين في غارة») means the verb is
 *       active and there is no such cause.</li>
 * </ul>
 */
final class CauseOfDeath {
  /** Prepositions of cause after a casualty's name («في», «جراء», «إثر», «خلال»), normalised. */
  private static final Set<String> CAUSE_PREPS = Set.of("في", "جراء", "اثر", "خلال", "بعد");

  /** Attacks that kill or injure, normalised («غارة», «قصف», «انفجار»). */
  private static final Set<String> CAUSES = Set.of("غاره", "غارات", "ضربه", "ضربات", "هجوم", "هجمات", "قصف",
      "انفجار", "تفجير", "تفجيرات", "اشتباك", "اشتباكات", "معارك", "مواجهات", "كمين", "عمليه", "حادث", "انفجارات",
      "القصف", "الهجوم", "الغاره", "الضربه", "الانفجار", "التفجير", "الاشتباكات", "المعارك", "المواجهات");

  /** One-word causes with «ب» («بغارة», «برصاص», «بنيران»), normalised. */
  private static final Set<String> BY_CAUSES = Set.of("بغاره", "بضربه", "بقصف", "بنيران", "برصاص", "بانفجار",
      "بتفجير", "بهجوم", "بقذيفه", "بصاروخ", "بطلق", "بطلقات", "برصاصه", "بعمليه", "بكمين", "بغارات", "بضربات");

  /**
   * True when a cause of death («في غارة», «جراء القصف», «برصاص», «بغارة») starts in tokens {@code [from, to)}: a part
   * after it belongs to the cause (its agent or target), not to the casualties («مقتل الصماد في غارة للتحالف»).
   */
  static boolean causeBetween(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      if (startsCause(tokens.get(j).norm(), tokens, j, to)) {
        return true;
      }
    }
    return false;
  }

  /** True when word {@code n} at token {@code j} opens a cause: «برصاص», «جراء», «إثر», or «في/خلال» + an attack. */
  private static boolean startsCause(String n, List<Token> tokens, int j, int to) {
    return BY_CAUSES.contains(n) || n.equals("جراء") || n.equals("اثر")
        || CAUSE_PREPS.contains(n) && j + 1 < to && CAUSES.contains(tokens.get(j + 1).norm());
  }

  /**
   * True when a cause of death follows the casualty's name at {@code k} («في غارة», «جراء القصف», «برصاص»), after an
   * apposition between commas if there is one («قتل محمد موازي، الشهير بـ...، في ضربة جوية»).
   */
  static boolean causeAfter(List<Token> tokens, int k, int to) {
    if (k < to && Asides.isComma(tokens.get(k))) {
      int j = k + 1;
      while (j < to && j - k <= APPOSITION && !Asides.isComma(tokens.get(j))) {
        j++;
      }
      k = j < to && j - k <= APPOSITION ? j + 1 : to;
    }
    for (int j = k; j < Math.min(to, k + CAUSE_REACH); j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.NUMBER || Clause.isBoundary(t) || Morphology.obliquePlural(t)) {
        return false; // «قتل الجيش 5 مسلحين في غارة»: a count or a plural object makes the verb active
      }
      if (startsCause(Parts.stripConj(t.norm()), tokens, j, to)) {
        return true;
      }
    }
    return false;
  }

  /** Words an apposition between commas may hold («محمد موازي، الشهير بـ...، في ضربة»). */
  private static final int APPOSITION = 25;

  /** Words between a casualty's name and the cause of death («القيادي في حزب الله مصطفى بدر الدين في غارة»). */
  private static final int CAUSE_REACH = 8;

  private CauseOfDeath() {
  }
}
