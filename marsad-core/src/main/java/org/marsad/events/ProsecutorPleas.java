package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A prosecutor asking a court for a sentence makes no demand of a side: «وطالب الادعاء بإنزال عقوبة السجن لمدة 20
 * عاما بحق المتهمين», «بعد أن طلبت النيابة إنزال عقوبة السجن 18 عاما به», «طالب المدعي العام بتنفيذ عقوبة الإعدام».
 *
 * <p>Rule (session 18): a REQUEST verb whose subject is the prosecution — one of the three words after it over
 * commas, or the word right before it («الادعاء», «النيابة», «المدعي العام», «النائب العام», «القضاء») — and that
 * is followed within {@link #PENALTY_REACH} tokens by a penalty («عقوبة», «إنزال», «السجن», «الإعدام») is a plea in a
 * trial, no event. A prosecutor's request of another state («حضت النيابة المصرية السلطات القبرصية على تسليم») names
 * no penalty and stays.
 */
final class ProsecutorPleas {
  /** Request verbs (normalised, without «و/ف»). */
  private static final Set<String> ASKING = Set.of("طالب", "طالبت", "يطالب", "تطالب", "طلب", "طلبت", "يطلب", "تطلب",
      "طالبوا");
  /** The prosecution (normalised, without «و/ف» and «ال»). */
  private static final Set<String> PROSECUTION = Set.of("ادعاء", "نيابه", "مدعي", "مدعيه", "قضاء", "نايب");
  /** Penalties (normalised, without «و/ف», «ب» and «ال»). */
  private static final Set<String> PENALTIES = Set.of("عقوبه", "انزال", "سجن", "اعدام", "حبس", "تنفيذ");
  /** Tokens after the verb in which the penalty is sought. */
  static final int PENALTY_REACH = 8;

  private ProsecutorPleas() {
  }

  /** True when the REQUEST verb at {@code i} is the prosecution's plea for a penalty (the rule). */
  static boolean plea(List<Token> tokens, int i, int from, int to) {
    if (!Parts.inSet(ASKING, tokens.get(i).norm())) {
      return false;
    }
    boolean prosecution = i - 1 >= from && prosecutor(tokens.get(i - 1))
        || Clause.wordAfter(tokens, i, to, 3, k -> prosecutor(tokens.get(k)));
    if (!prosecution) {
      return false;
    }
    for (int k = i + 1; k < Math.min(to, i + 1 + PENALTY_REACH); k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (n.startsWith("ب") && n.length() > 3) {
        n = n.substring(1);
      }
      if (PENALTIES.contains(Parts.stripArticle(n))) {
        return true;
      }
    }
    return false;
  }

  private static boolean prosecutor(Token t) {
    return PROSECUTION.contains(Parts.stripArticle(Parts.stripConj(t.norm())));
  }
}
