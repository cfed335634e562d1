package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * An execution demanded or threatened rather than carried out: «خرج المحتجون مطالبين بإعدام المسؤولين», «وهدد
 * التنظيم بإعدام الرهائن». (A sentence passed, «قضت المحكمة بالإعدام», is {@link FigurativeReadings#sentenced}.)
 *
 * <p>Rule (session 14): an execution noun with «بـ» attached («بإعدام», «بالإعدام») with a word of demanding
 * («طالب», «مطالبين», «دعا») or threatening («هدد», «مهددا», «توعد») within {@link #REACH} words before it is no
 * ASSAULT: the demand or the threat keeps its own REQUEST or THREATEN reading. Further back the word belongs to
 * something else: «توعد الوزير بملاحقة المسلحين المتورطين بإعدام الرهائن» is an execution that took place.
 */
final class DemandedExecutions {
  /** The execution noun's stem after «بـ» and «ال» (normalised). */
  private static final String EXECUTION = "اعدام";
  /** Stems of demanding and threatening words (normalised, without «و/ف»), matched as prefixes. */
  private static final List<String> DEMANDING = List.of("طالب", "يطالب", "تطالب", "مطالب", "المطالبه", "دعا", "دعت",
      "يدعو", "تدعو", "هدد", "يهدد", "تهدد", "مهدد", "تهديد", "توعد", "يتوعد");
  /** Words before the noun, punctuation not counted, within which the demand or threat is sought. */
  static final int REACH = 2;

  private DemandedExecutions() {
  }

  /** True when the ASSAULT noun at token {@code i} (sentence from {@code from}) is an execution demanded or threatened. */
  static boolean demanded(List<Token> tokens, int i, int from) {
    String n = Parts.stripConj(tokens.get(i).norm());
    if (n.length() <= 5 || n.charAt(0) != '\u0628' || !Parts.stripArticle(n.substring(1)).startsWith(EXECUTION)) {
      return false;
    }
    return Parts.wordBefore(tokens, i, from, REACH, t -> demanding(Parts.stripConj(t.norm())));
  }

  private static boolean demanding(String w) {
    for (String d : DEMANDING) {
      if (w.startsWith(d)) {
        return true;
      }
    }
    return false;
  }
}
