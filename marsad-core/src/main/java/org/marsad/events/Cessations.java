package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Ties ended: a word of cooperation named as the thing stopped, frozen or cancelled is no cooperation made.
 *
 * <p>Rule (session 15): a CONSULT, COOPERATE, SUPPORT, AID or AGREE noun right after a word of ending
 * ({@link #ENDING}: «إنهاء», «وقف», «تجميد», «تعليق», «قطع», «إلغاء», «إيقاف», «تقليص», with «ال», «بـ», «لـ» or «و»;
 * or the verbs «أوقفت», «علقت», «جمدت», «ألغت», «أنهت»), or after «التوقف/الكف/الامتناع عن» («والتوقف عن دعم
 * المتمردين الحوثيين»), names what ends or is to end, not a meeting, a backing or a deal made: «ودفع السلطة
 * الفلسطينية إلى تجميد الاتصالات مع المسؤولين الأمريكيين», «قرار إنهاء دعم أمريكا لأونروا», «إنهاء الدعم الإيراني
 * للميليشيات», «هددت روما بإلغاء الاجتماع». Before, each gave the act it ends (PSE>USA CONSULT, USA>None SUPPORT).
 */
final class Cessations {
  /** Nouns and verbs of ending, stopping, freezing or cancelling (normalised, without «و/ف»). */
  private static final Set<String> ENDING = Set.of("انهاء", "وقف", "تجميد", "تعليق", "قطع", "الغاء", "ايقاف",
      "تقليص", "بانهاء", "بوقف", "بتجميد", "بتعليق", "بقطع", "بالغاء", "بايقاف", "بتقليص", "لانهاء", "لوقف",
      "لتجميد", "لتعليق", "لقطع", "لالغاء", "لايقاف", "لتقليص", "الانهاء", "الوقف", "التجميد", "التعليق", "القطع",
      "الالغاء", "الايقاف", "التقليص", "اوقفت", "اوقف", "علقت", "علق", "جمدت", "جمد", "الغت", "الغي", "انهت",
      "انهي", "يوقف", "توقف", "يعلق", "تعلق", "يجمد", "تجمد", "يلغي", "تلغي", "ينهي", "تنهي");
  /** Nouns of ceasing that take the act with «عن» (normalised, without «و/ف»). */
  private static final Set<String> CEASING = Set.of("التوقف", "توقف", "بالتوقف", "للتوقف", "الكف", "بالكف",
      "الامتناع", "بالامتناع", "امتناع", "يتوقف", "تتوقف", "يكف", "تكف");
  /** The types of cooperation an ending word can stop. */
  private static final Set<String> TYPES = Set.of("CONSULT", "COOPERATE", "SUPPORT", "AID", "AGREE");

  private Cessations() {
  }

  /** True when the noun trigger of {@code m} names cooperation ended ({@link Cessations}). */
  static boolean ended(List<Token> tokens, TriggerLexicon.Match m, int from) {
    if (!TYPES.contains(m.entry().type()) || m.entry().verb()) {
      return false;
    }
    int i = m.first();
    if (i - 1 >= from && Parts.inSet(ENDING, tokens.get(i - 1).norm())) {
      return true;
    }
    return i - 2 >= from && tokens.get(i - 1).norm().equals("عن") && Parts.inSet(CEASING, tokens.get(i - 2).norm());
  }
}
