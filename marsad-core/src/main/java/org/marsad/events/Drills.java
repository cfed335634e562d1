package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Attacks rehearsed: «تدريبات هجوم ودفاع», «تمرينا على اجتياحها», «التدريب على أعمال قتال».
 *
 * <p>Rule (session 14): an ASSAULT noun whose word before — over «على», «صد» (repelling) and «أعمال» — is a word of
 * drilling or simulating («تدريب», «تدريبات», «تمرين», «مناورات», «محاكاة», «تحاكي») is a drill, no attack: «نفذت
 * المدمرات الصينية تدريبات هجوم ودفاع», «التدريبات التي تعتبرها تمرينا على اجتياحها», «مناورات تحاكي هجوما على
 * الجزيرة». An attack on a training camp («استهدف معسكرا تدريبيا») has the camp after the attack word, not before it.
 */
final class Drills {
  /** Words of drilling or simulating (normalised, without «و/ف», «ال», «بـ/لـ»). */
  private static final Set<String> DRILL = Set.of("تدريب", "تدريبات", "تدريبا", "تمرين", "تمرينا", "تمارين",
      "مناوره", "مناورات", "محاكاه", "يحاكي", "تحاكي", "حاكت", "حاكي");
  /** Words that may stand between the drill word and the attack noun (normalised). */
  private static final Set<String> BETWEEN = Set.of("علي", "صد", "اعمال", "لصد", "عمليات");
  /** Words before the attack noun within which the drill word is sought. */
  static final int REACH = 3;

  private Drills() {
  }

  /** True when the ASSAULT noun at token {@code i} is rehearsed (rule above). */
  static boolean rehearsed(List<Token> tokens, int i, int from) {
    for (int k = i - 1; k >= Math.max(from, i - REACH); k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (DRILL.contains(bare(n))) {
        return true;
      }
      if (!BETWEEN.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /** The word without «ال», «بال/لل», «ب/ل». */
  private static String bare(String n) {
    if (n.startsWith("لل")) {
      return n.substring(2);
    }
    if ((n.startsWith("بال") || n.startsWith("لال")) && n.length() > 5) {
      return n.substring(3);
    }
    if ((n.startsWith("ب") || n.startsWith("ل")) && DRILL.contains(n.substring(1))) {
      return n.substring(1);
    }
    return Parts.stripArticle(n);
  }
}
