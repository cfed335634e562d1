package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «الإعدام» as a penalty pronounced, demanded or threatened rather than an execution carried out: «قضت محكمة
 * جنايات القاهرة بالإعدام شنقا لثلاثة متهمين», «أستاذ جامعي محكوم عليه بالإعدام», «إلغاء عقوبة الإعدام»,
 * «مطالبين بإعدام رئيس البنك», «مهددا بإعدام المعتقلين».
 *
 * <p>Rules (session 14), for an execution noun («إعدام» with or without «ال», «بـ», «و/ف» and a pronoun):
 * <ol>
 *   <li><b>Penalty</b>: right after a word of penalty («عقوبة», «عقوبات») it names the penalty, no act;</li>
 *   <li><b>Sentence, demand or threat</b>: with «بـ» attached («بالإعدام», «بإعدام») and, within {@link #REACH}
 *       words before it in its sentence, a word of sentencing («حكم», «قضت», «محكوم», «أدين»; punctuation not counted), or within
 *       {@link #DEMAND_REACH} words a word of demanding («طالب», «مطالبين», «دعا») or of threatening («هدد», «مهددا»,
 *       «توعد»), it is what a court pronounced or
 *       someone demanded or threatened, no execution carried out. A court's ruling is coded by its own trigger
 *       where the lexicon has one; a demand or threat keeps its own REQUEST or THREATEN reading.</li>
 * </ol>
 * An execution reported as done keeps its ASSAULT reading («أعدمت السلطات شابة», «عمليات إعدام ارتكبتها قوات
 * الأمن», «اشتهرت بإعدامها للرهائن»).
 */
final class DeathSentences {
  /** The execution noun's stem after «ال» and a prefixed «بـ» (normalised). */
  private static final String EXECUTION = "اعدام";
  /** Words of penalty right before the noun (normalised, without «و/ف»). */
  private static final Set<String> PENALTY = Set.of("عقوبه", "عقوبات", "لعقوبه", "بعقوبه", "العقوبه");
  /** Stems of sentencing words (normalised, without «و/ف»), matched as prefixes. */
  private static final List<String> SENTENCING = List.of("حكم", "يحكم", "تحكم", "الحكم", "احكام", "قضت", "يقضي",
      "تقضي", "محكوم", "المحكوم", "ادين", "ادانه");
  /** Stems of demanding and threatening words (normalised, without «و/ف»), matched as prefixes. */
  private static final List<String> DEMANDING = List.of("طالب", "يطالب", "تطالب", "مطالب", "المطالبه", "دعا", "دعت",
      "يدعو", "تدعو", "هدد", "يهدد", "تهدد", "مهدد", "تهديد", "توعد", "يتوعد");
  /** «قضى» (normalised), matched whole: as a prefix it would take «قضية», a case. */
  private static final String RULED = "قضي";
  /** Words (not counting punctuation) before the noun within which a word of sentencing is sought. */
  static final int REACH = 6;
  /** Words before the noun within which a word of demanding or threatening is sought. */
  static final int DEMAND_REACH = 2;

  private DeathSentences() {
  }

  /** True when the ASSAULT noun at token {@code i} (sentence from {@code from}) is a penalty, not an execution. */
  static boolean penalty(List<Token> tokens, int i, int from) {
    String n = Parts.stripConj(tokens.get(i).norm());
    boolean withBa = n.startsWith("ب") && n.length() > 5;
    String stem = Parts.stripArticle(withBa ? n.substring(1) : n);
    if (!stem.startsWith(EXECUTION)) {
      return false;
    }
    if (i > from && PENALTY.contains(Parts.stripConj(tokens.get(i - 1).norm()))) {
      return true;
    }
    if (!withBa) {
      return false;
    }
    int words = 0;
    for (int k = i - 1; k >= from && words < REACH; k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
        continue;
      }
      words++;
      String w = Parts.stripConj(t.norm());
      if (w.equals(RULED) || startsWithAny(w, SENTENCING) || words <= DEMAND_REACH && startsWithAny(w, DEMANDING)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String w, List<String> stems) {
    for (String s : stems) {
      if (w.startsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
