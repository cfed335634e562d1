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
 *
 * <p>Rule (session 18): an AGREE verb of approving («وافق», «صادق», «أقر») whose subject, one of the three words
 * after it over commas, is a legislature («البرلمان», «الكنيست», «الكونغرس», «مجلس النواب», «مجلس الشيوخ») is a
 * vote on a bill or resolution, no agreement between sides («وافق البرلمان البلغاري، الجمعة، على قرار يحظر على
 * الحكومة», «صادق الكنيست على قانون»).
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

  /** Verbs of approving a bill (normalised, without «و/ف»). */
  private static final Set<String> APPROVED = Set.of("وافق", "وافقت", "يوافق", "توافق", "صادق", "صادقت", "يصادق",
      "تصادق", "اقر", "اقرت", "يقر", "تقر");
  /** Legislatures (normalised, without «و/ف» and «ال»). */
  private static final Set<String> LEGISLATURES = Set.of("برلمان", "كنيست", "كونغرس", "كونجرس", "بوندستاغ",
      "مشرعون", "مشرعين");
  /** Chambers after «مجلس» (normalised): «مجلس النواب», «مجلس الشيوخ». */
  private static final Set<String> CHAMBERS = Set.of("النواب", "الشيوخ", "الشعب", "الامه", "العموم", "اللوردات",
      "الشوري");

  /** True when the AGREE verb at {@code i} has a legislature as its subject: a vote, no agreement (the rule). */
  static boolean voted(List<Token> tokens, int i, int to) {
    if (!Parts.inSet(APPROVED, tokens.get(i).norm())) {
      return false;
    }
    int seen = 0;
    for (int k = i + 1; k < to && seen < 3; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      seen++;
      String n = Parts.stripArticle(Parts.stripConj(t.norm()));
      if (LEGISLATURES.contains(n)
          || n.equals("مجلس") && k + 1 < to && CHAMBERS.contains(tokens.get(k + 1).norm())) {
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
