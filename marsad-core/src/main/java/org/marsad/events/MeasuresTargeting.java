package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «استهدف» with a measure, a law or words as its subject: sanctions, laws, decisions, policies, statements and
 * threats «target» people in the sense of being aimed at them, no attack.
 *
 * <p>Rule (session 13): a form of «استهدف» whose subject is a noun of a measure or of words ({@link #MEASURES}: «العقوبات
 * الجديدة التي تستهدف أصول», «التشريعات الأمريكية التي تستهدف», «إجراءات إسرائيل التي تستهدف ممتلكات الكنائس»,
 * «وصفت القرار بأنه يستهدف نواز شريف», «العنصرية التي تستهدف الخادمات») is no ASSAULT. The subject is the first noun
 * before the verb within {@link #REACH} words, over «التي/الذي», «أنه/بأنه», quotation marks and names or adjectives, not past an
 * attack or weapon noun («غارات روسية استهدفت»), nor a clause mark other than those; or the noun right after the verb
 * («وتستهدف الحزمة الأولى قدرة إيران», «تستهدف وزارة الخزانة خمسة مسؤولين»).
 */
final class MeasuresTargeting {
  /** Forms of «استهدف» (normalised, without «و/ف»). */
  private static final Set<String> TARGETS = Set.of("استهدف", "استهدفت", "يستهدف", "تستهدف", "استهدفا", "استهدفتا",
      "يستهدفان", "تستهدفان");
  /** Nouns of measures, laws and words (normalised, without «ال»). */
  private static final Set<String> MEASURES = Set.of("عقوبات", "عقوبه", "حزمه", "تشريعات", "تشريع", "قانون",
      "قوانين", "قرار", "قرارات", "مبادره", "سياسه", "سياسات", "استراتيجيه", "استراتيجيات", "اجراءات", "اجراء",
      "خطوه", "خطوات", "تصريحات", "تصريح", "رساله", "عنصريه", "تهديدات", "استفزازات", "برنامج", "خطه",
      "دعوات", "اتهامات", "انتقادات", "قيود", "رسوم", "ضرايب",
      // session 15 (ev15d): campaigns of words and recruiting («الحملات الإعلامية والتحريضية التي تستهدف الجزيرة»,
      // «حملة توظيف تستهدف النساء»), read before the campaign noun stops the search
      "اعلاميه", "تحريضيه", "دعاييه", "اعلانيه", "توظيف", "تجنيد", "توعيه", "تبرعات");
  /** Attack and weapon nouns (normalised, without «ال»): a subject of violence stops the search. */
  private static final Set<String> ATTACKS = Set.of("هجوم", "هجمات", "هجوما", "غاره", "غارات", "ضربه", "ضربات", "قصف",
      "صاروخ", "صواريخ", "انفجار", "تفجير", "قذيفه", "قذايف", "عمليه", "عمليات", "طايره", "طايرات", "مقاتلات",
      "قنبله", "سياره", "مدفعيه", "حمله", "قوات", "جيش");
  /** Relative pronouns and complementisers with a pronoun, which the search passes over (normalised). */
  private static final Set<String> LINKS = Set.of("التي", "الذي", "والتي", "والذي", "انه", "بانه", "انها", "بانها");
  /** Quotation marks, passed over («التهديدات" التي تستهدف»). */
  private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”");
  /** Words before the verb within which its subject is sought. */
  static final int REACH = 4;

  private MeasuresTargeting() {
  }

  /** True when the form of «استهدف» at token {@code i} (sentence from {@code from} to {@code to}) is a measure's. */
  static boolean measure(List<Token> tokens, int i, int from, int to) {
    if (!TARGETS.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    if (i + 1 < to && MEASURES.contains(noun(tokens.get(i + 1)))
        || i + 2 < to && tokens.get(i + 1).norm().equals("وزاره") && noun(tokens.get(i + 2)).equals("خزانه")) {
      return true;
    }
    int words = 0;
    for (int k = i - 1; k >= from && words < REACH; k--) {
      Token t = tokens.get(k);
      if (LINKS.contains(t.norm()) || QUOTES.contains(t.text())) {
        continue;
      }
      if (Clause.isBoundary(t) || t.kind() != Token.Kind.WORD) {
        return false;
      }
      String n = noun(t);
      if (MEASURES.contains(n)) {
        return true;
      }
      if (ATTACKS.contains(n)) {
        return false;
      }
      words++;
    }
    return false;
  }

  /** The token's form without «و/ف» and «ال» (normalised). */
  private static String noun(Token t) {
    return Parts.stripArticle(Parts.stripConj(t.norm()));
  }
}
