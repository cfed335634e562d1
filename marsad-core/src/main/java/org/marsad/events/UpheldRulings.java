package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
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
 *
 * <p>Rule (session 18): a REJECT verb of refusing («رفض», «رفضت») whose subject is a court or a judge — the word
 * right after it (maybe after «إحدى»), or within the three words before it in its clause («وكانت محكمة تركية قد
 * رفضت», «فإن المحكمة رفضت») — is a ruling on a petition, an appeal or a release («رفضت محكمة استئناف إطلاق سراحه»,
 * «رفض قاض فيدرالي طلبا قدمته الممثلة», «رفضت المحكمة العليا طعنا للسكان»), no rejection of a side's claim,
 * proposal or demand; what was refused, up to the next comma or clause boundary, is read as no event of its own; a
 * state's demand refused («رفضت محكمة يونانية مطلب تركيا») stays a REJECT.
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
    return Clause.wordAfter(tokens, i, to, 3, k -> court(tokens.get(k)))
        || Clause.wordAfter(tokens, i, to, 5, k -> tokens.get(k).kind() == Token.Kind.NUMBER && k + 1 < to
            && VOTERS.contains(tokens.get(k + 1).norm()));
  }

  /** Verbs of refusing (normalised, without «و/ف»). */
  private static final Set<String> REFUSED = Set.of("رفض", "رفضت", "يرفض", "ترفض", "رفضا", "رفضوا");

  /** True when the REJECT verb at {@code i} has a court or a judge as its subject: a ruling (the rule). */
  static boolean courtRefused(List<Token> tokens, int i, int from, int to, List<Part> ps) {
    if (!Parts.inSet(REFUSED, tokens.get(i).norm()) || statesDemand(tokens, i + 1, to, ps)) {
      return false;
    }
    int seen = 0;
    for (int k = i - 1; k >= from && seen < 3; k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) || Asides.isComma(t)) {
        break;
      }
      seen++;
      if (court(t)) {
        return true; // «وكانت محكمة تركية قد رفضت»
      }
    }
    int k = i + 1;
    if (k + 1 < to && tokens.get(k).norm().equals("احدي")) {
      k++; // «رفضت إحدى المحاكم الجنائية العليا»
    }
    return k < to && court(tokens.get(k)); // «ورفضت محكمة استئناف إطلاق سراحه», «رفض قاض فيدرالي طلبا»; not
    // «رفض الرئيس حكم المحكمة», where the court is the object's
  }

  /** Demand nouns that a state may own («مطلب تركيا», «طلبات أنقرة»), normalised. */
  private static final Set<String> DEMANDS = Set.of("طلب", "طلبا", "طلبات", "مطلب", "مطالب");

  /**
   * True when a demand noun in the clause after {@code b} is owned by a state named right after it («رفضت محكمة
   * يونانية مطلب تركيا بتسليم 8 جنود»): a state's demand refused stays a REJECT; a person's does not («طلب القس»).
   */
  private static boolean statesDemand(List<Token> tokens, int b, int to, List<Part> ps) {
    for (int k = b; k + 1 < to; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue; // «رفضت محكمة استئناف يونانية، الجمعة، مطلب تركيا»
      }
      if (Clause.isBoundary(t)) {
        return false;
      }
      if (DEMANDS.contains(Parts.stripArticle(Parts.stripConj(t.norm())))) {
        Part p = RoleFinder.partAt(ps, k + 1);
        return p != null && p.entity() != null && p.entity().type() == EntityType.GPE && !p.nisba();
      }
    }
    return false;
  }

  /**
   * Where the object of a court's refusal ends: the first comma or clause boundary after {@code b}, or {@code to}.
   * What was refused («طلب القس», «رفع حظر السفر», «طعنا للسكان») is read as no event of its own.
   */
  static int refusalEnd(List<Token> tokens, int b, int to) {
    for (int k = b; k < to; k++) {
      if (Clause.isBoundary(tokens.get(k)) || Asides.isComma(tokens.get(k))) {
        return k;
      }
    }
    return to;
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
    return Clause.wordAfter(tokens, i, to, 3, k -> {
      String n = Parts.stripArticle(Parts.stripConj(tokens.get(k).norm()));
      return LEGISLATURES.contains(n)
          || n.equals("مجلس") && k + 1 < to && CHAMBERS.contains(tokens.get(k + 1).norm());
    });
  }

  private static boolean court(Token t) {
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    return COURTS.contains(n);
  }
}
