package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Waving and political threats are no threats of force: «ولوح الرئيس الفرنسي خلال هذه الزيارة بيده لعدد من
 * الأشخاص», «ولوحوا بالأعلام», «زيهوفر، الذي لوّح بالاستقالة», «حزبه الذي هدد بحجب الثقة عنه».
 *
 * <p>Rule (session 15): a THREATEN verb whose first word in «بـ» within {@link #REACH} tokens after it (its clause)
 * is a hand, a flag or a banner (waving), or a resignation or a vote of no confidence (a political threat, against
 * no one's safety), is no threat (the guide's THREATEN is a threat or warning of force).
 */
final class Waves {
  /** What is waved, or threatened in politics, with «بـ» (normalised). */
  private static final Set<String> WAVED = Set.of("بيده", "بيديه", "بيدها", "بيديها", "بايديهم", "بالعلم",
      "بالاعلام", "باعلام", "بعلم", "بلافتات", "باللافتات", "بالرايات", "برايات", "بالاستقاله", "باستقالته",
      "باستقالتها", "باستقالتهم", "بحجب", "بسحب");
  /** Words after «بحجب/بسحب» that make them a vote of no confidence (normalised). */
  private static final Set<String> CONFIDENCE = Set.of("الثقه", "ثقه");
  /** Tokens after the verb within which the «بـ» word is sought. */
  private static final int REACH = 8;

  private Waves() {
  }

  /** True when the THREATEN verb matched by {@code m} waves or threatens a political step (the rule). */
  static boolean waved(List<Token> tokens, TriggerLexicon.Match m, int to) {
    if (!m.entry().type().equals("THREATEN") || !m.entry().verb()) {
      return false;
    }
    for (int k = m.end(); k < Math.min(to, m.end() + REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) && !Asides.isComma(t)) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (n.length() > 3 && n.charAt(0) == '\u0628') {
        if (n.equals("بحجب") || n.equals("بسحب")) {
          return k + 1 < to && CONFIDENCE.contains(tokens.get(k + 1).norm());
        }
        return WAVED.contains(n);
      }
    }
    return false;
  }
}
