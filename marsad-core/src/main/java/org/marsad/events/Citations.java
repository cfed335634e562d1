package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «استشهد بـ» that cites: «واستشهد كيري بمقال نشره موقع أمريكي», «استشهد بتقارير غير مؤكدة».
 *
 * <p>Rule (session 14): a form of «استشهد» (was martyred; with «بـ», also cited) followed within {@link #REACH} words
 * — over its subject — by «بـ» and a noun of words or evidence («تقارير», «مقال», «مخاوف», «تصريحات», «آية», «أرقام»,
 * «دراسة», «مثال» …) cites, nobody was killed; «استشهد برصاص الاحتلال», «استشهد بقصف» keep their reading.
 */
final class Citations {
  /** Forms of «استشهد» (normalised, without «و/ف»). */
  private static final Set<String> CITE = Set.of("استشهد", "استشهدت", "يستشهد", "تستشهد", "استشهدوا",
      "يستشهدون", "مستشهدا", "مستشهده");
  /** Nouns of words or evidence (normalised, without «بـ» and «ال»). */
  private static final Set<String> EVIDENCE = Set.of("تقارير", "تقرير", "مخاوف", "مقال", "مقاله", "مقالات",
      "تصريحات", "تصريح", "قول", "اقوال", "كلام", "كلمات", "ايه", "ايات", "حديث", "احاديث", "مثال", "امثله",
      "ارقام", "احصاءات", "احصاييات", "دراسه", "دراسات", "بيانات", "وثيقه", "وثايق", "مقوله", "عباره", "تغريده",
      "تغريدات", "قصه", "تجربه", "تجارب", "حاله", "حالات", "سابقه", "شهاده", "شهادات", "كتاب", "قرار", "قرارات",
      "نص", "نصوص", "راي", "اراء", "موقف", "ادله", "دليل", "معلومات", "مصادر", "ادارات", "تاريخ", "مبدا");
  /** Words after the verb within which the cited thing is sought. */
  static final int REACH = 4;

  private Citations() {
  }

  /** True when the ASSAULT match starting at token {@code i} is «استشهد بـ» that cites (rule above). */
  static boolean cites(List<Token> tokens, int i, int to) {
    if (!CITE.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(to, i + 1 + REACH); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.text().equals("\"")) {
        return false;
      }
      String n = t.norm();
      if (n.equals("ب") || n.equals("بـ")) {
        continue; // «استشهدت بـ "إدارات"»
      }
      if (n.startsWith("ب") && n.length() > 2) {
        return EVIDENCE.contains(Parts.stripArticle(n.substring(1)));
      }
      if (t.kind() == Token.Kind.WORD && k > i + 1 && (tokens.get(k - 1).norm().equals("ب")
          || tokens.get(k - 1).norm().equals("بـ") || tokens.get(k - 1).text().equals("\""))) {
        return EVIDENCE.contains(Parts.stripArticle(n));
      }
    }
    return false;
  }
}
