package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Victims of no violence: «ضحية اعتقال مجحف», «ضحايا انهيار الجسر», «ضحية الاستغلال».
 *
 * <p>Rule (session 14): the casualty noun «ضحية/ضحايا» (with «ال», «لـ», «و») followed right away, maybe over «لـ», by a
 * noun of harm that is no attack — detention, trafficking, exploitation, fraud, discrimination, a collapse, an
 * accident, a disaster, disease, hunger, policies, a mistake ({@link #HARMS}) — counts no one killed or hurt in an
 * attack, so it is no ASSAULT trigger. An attack noun after it («ضحايا الهجوم», «ضحية القصف») is none of these
 * words, and a detention stays a COERCE where its own word is read.
 */
final class HarmlessVictims {
  /** «ضحية/ضحايا» (normalised, without «و/ف»), with «ال» and «لـ». */
  private static final Set<String> VICTIMS = Set.of("ضحيه", "ضحايا", "الضحيه", "الضحايا", "لضحيه", "لضحايا",
      "للضحيه", "للضحايا");
  /** Nouns of harm that is no attack (normalised, without «ال» and «لـ»). */
  private static final Set<String> HARMS = Set.of("اعتقال", "احتجاز", "اتجار", "الاتجار", "استغلال", "احتيال",
      "نصب", "تمييز", "عنصريه", "فقر", "جوع", "مجاعه", "اهمال", "فساد", "ادمان", "زلزال", "زلازل", "فيضانات",
      "فيضان", "اعصار", "سيول", "حريق", "حرايق", "غرق", "انهيار", "سياسات", "سياسه", "تضليل", "ابتزاز", "خطا",
      "اخطاء", "مويامره", "حوادث", "مرض", "امراض", "كوليرا", "وباء", "اوبيه", "تسمم", "جفاف", "كوارث", "كارثه",
      "ازمه", "ظلم", "تحرش", "قرار", "قرارات", "نظام", "احتباس", "طقس", "برد", "حر", "موجه");

  private HarmlessVictims() {
  }

  /** True when the casualty noun at token {@code i} is «ضحية/ضحايا» of a harm that is no attack. */
  static boolean harmless(List<Token> tokens, int i, int to) {
    if (!Parts.inSet(VICTIMS, tokens.get(i).norm())) {
      return false;
    }
    int k = i + 1;
    if (k < to && tokens.get(k).norm().equals("ل")) {
      k++;
    }
    if (k >= to || tokens.get(k).kind() != Token.Kind.WORD) {
      return false;
    }
    String n = tokens.get(k).norm();
    if (n.startsWith("لل")) {
      n = n.substring(2);
    } else if (n.startsWith("ل") && n.length() > 3 && !HARMS.contains(n)) {
      n = n.substring(1);
    }
    return HARMS.contains(Parts.stripArticle(n));
  }
}
