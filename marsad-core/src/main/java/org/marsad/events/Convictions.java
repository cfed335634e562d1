package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A court's conviction is no condemnation: «وقضت محكمة كويتية غيابيا بإعدام رجل وزوجته بعد إدانتهما بقتل
 * العاملة», «قضت محكمة تركية بالسجن على 14 صحافيا بعد إدانتهم بتهمة مساعدة منظمات»، «أن محكمة استئناف طرابلس
 * أدانت 45 شخصا بقتل متظاهرين».
 *
 * <p>Rule (session 18): an ACCUSE word of the root «أدان» (condemned, or convicted) is a verdict, no accusation
 * of a side, when a court or a judge stands in the {@link #COURT_REACH} words before it in its sentence and a charge
 * follows it within {@link #CHARGE_REACH} tokens as «بـ» and a crime or «بتهمة» («بقتل», «بتهمة», «بالتجسس»,
 * «بارتكاب»). A condemnation takes its object bare («أدان الهجوم»), so the court and the charge together tell the
 * verdict; a body's condemnation after a court's ruling («قضت المحكمة ... وأدانت منظمة العفو الحكم») has no charge
 * after it and stays.
 */
final class Convictions {
  /** Words of the root «أدان» (normalised, without «و/ف»), verbs and verbal nouns with object pronouns. */
  private static final Set<String> CONVICTING = Set.of("ادان", "ادانت", "ادانه", "ادانها", "ادانهم", "ادانتهم",
      "ادانته", "ادانتها", "ادانتهما", "ادانوا", "يدين", "تدين", "بادانه", "بادانته", "بادانتها", "بادانتهم",
      "بادانتهما", "لادانه", "لادانته");
  /** Courts, judges and juries (normalised, without «و/ف» and «ال»). */
  private static final Set<String> COURTS = Set.of("محكمه", "محاكم", "قاضي", "قاض", "قضاء", "قضاه", "المحلفين",
      "محلفين");
  /** Crimes after «بـ» (normalised, without «ب» and «ال»). */
  private static final Set<String> CHARGES = Set.of("تهمه", "تهم", "قتل", "ارتكاب", "تجسس", "خيانه", "ارهاب",
      "جرايم", "جريمه", "احتيال", "فساد", "اغتصاب", "تحرش", "انتماء", "تورط", "مساعده", "اعتداء", "سرقه",
      "تهريب", "تخطيط", "تامر", "تخابر", "تحريض", "ضلوع", "انضمام", "تمويل", "تزوير", "رشوه", "اهانه");
  /** Words before the ACCUSE word in which a court is sought (punctuation not counted). */
  static final int COURT_REACH = 20;
  /** Tokens after the ACCUSE word in which the charge is sought (over the convicted: «45 شخصا»). */
  static final int CHARGE_REACH = 5;

  private Convictions() {
  }

  /** True when the ACCUSE word at {@code i} (ending at {@code end}) is a court's conviction (the rule). */
  static boolean convicted(List<Token> tokens, int i, int end, int from, int to) {
    if (!CONVICTING.contains(Parts.stripConj(tokens.get(i).norm()))) {
      return false;
    }
    if (!Parts.wordBefore(tokens, i, from, COURT_REACH,
        t -> COURTS.contains(Parts.stripArticle(Parts.stripConj(t.norm()))))) {
      return false;
    }
    for (int k = end; k < Math.min(to, end + CHARGE_REACH); k++) {
      String n = tokens.get(k).norm();
      if (n.length() > 3 && n.startsWith("ب") && CHARGES.contains(Parts.stripArticle(n.substring(1)))) {
        return true;
      }
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }
}
