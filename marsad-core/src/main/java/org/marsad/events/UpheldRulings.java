package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A court upholding a ruling, or deputies voting for a bill, back no one: «أيدت محكمة النقض المصرية حكم الإعدام»,
 * «وأيدت محكمة طوكيو الجزئية القرار», «قرار ترحيل إمام ... الذي أيدته المحكمة», «وأيد القرار 177 نائبا».
 *
 * <p>Rule (session 16): a SUPPORT verb of the root «أيد» (upheld, endorsed) whose subject is a court or a judge —
 * one of the three words after it, over commas, or the word right before it — or that has a count of deputies or
 * votes («177 نائبا», «صوتا») within five words after it, is a ruling upheld or a vote, no backing of a side (the
 * guide's SUPPORT is backing, praise or defence of someone's position).
 */
final class UpheldRulings {
  /** Courts and judges (normalised, without «ال»). */
  private static final Set<String> COURTS = Set.of("محكمه", "قاضي", "قاض", "قضاء", "قضاه", "محاكم");
  /** What a count of voters counts (normalised). */
  private static final Set<String> VOTERS = Set.of("نايبا", "نايب", "عضوا", "صوتا", "صوت", "نواب");
  /** The verb forms of «أيد» (normalised, without «و/ف»; with an object pronoun). */
  private static final Set<String> UPHELD = Set.of("ايد", "ايدت", "يويد", "تويد", "ايدته", "ايدتها", "ايده", "ايدها",
      "يويده", "تويده", "يويدها", "تويدها", "ايدوا");

  private UpheldRulings() {
  }

  /** True when the SUPPORT verb at {@code i} upholds a ruling or counts a vote (the rule). */
  static boolean upheld(List<Token> tokens, int i, int from, int to) {
    if (!UPHELD.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    if (i - 1 >= from && court(tokens.get(i - 1))) {
      return true;
    }
    int seen = 0;
    for (int k = i + 1; k < to && seen < 5; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      seen++;
      if (seen <= 3 && court(t)) {
        return true;
      }
      if (t.kind() == Token.Kind.NUMBER && k + 1 < to && VOTERS.contains(tokens.get(k + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean court(Token t) {
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    return COURTS.contains(n);
  }
}
