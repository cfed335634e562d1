package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Acts inside a condition further from its particle than the three-token hedge window (session 14, ev14b).
 *
 * <p>Rule: a trigger whose clause is opened by «إذا» (also «وإذا», «فإذا»; not «ما/عما/فيما إذا», whether), or by «إن» followed by «لم»
 * («إن لم ترغب واشنطن في وقوع اشتباك»), or whose clause holds «لو/ولو/فلو» before it, is hypothetical when it
 * stands within {@link #REACH} tokens of the clause start: «إذا أقدمت الأخيرة على مهاجمة تل أبيب», «إذا استمر في
 * الضغط من أجل توجيه ضربة عسكرية». «إذا» is a clause boundary, so a relative clause after the condition («ما لم تفرج
 * عن القس الذي تحتجزه») is not inside it.
 */
final class Conditions {
  /** Tokens from the start of the clause within which a trigger is inside the condition. */
  private static final int REACH = 8;

  /** «إذا» and its conjunction forms, normalised (a clause boundary). */
  private static final Set<String> IF = Set.of("اذا", "واذا", "فاذا");

  /** «لو» and its conjunction forms, normalised (no boundary: looked for inside the clause). */
  private static final Set<String> IF_COUNTERFACTUAL = Set.of("لو", "ولو", "فلو");

  /** «ما» and its prepositional forms before «إذا» that make it «whether» («ما إذا», «عما إذا», «فيما إذا»). */
  private static final Set<String> WHETHER = Set.of("ما", "عما", "فيما", "بما", "وما");

  private Conditions() {
  }

  /**
   * True when «إذا» at {@code k} follows «ما/عما/فيما»: an indirect question («تحقيقا فيما إذا كانت الحملة
   * تواطأت», «عما إذا كانت الولايات المتحدة تحث»), often answered or about a claim denied, not a condition.
   */
  private static boolean whether(List<Token> tokens, int k, int from) {
    return k - 1 >= from && WHETHER.contains(tokens.get(k - 1).norm());
  }

  /** True when the trigger at {@code a} stands inside a condition by the rule above. */
  static boolean inside(List<Token> tokens, int a, int from) {
    int cs = Clause.start(tokens, a, from);
    if (a - cs > REACH) {
      return false;
    }
    if (cs - 1 >= from) {
      String opener = tokens.get(cs - 1).norm();
      if (IF.contains(opener) && !whether(tokens, cs - 1, from)
          || opener.equals("ان") && cs < a && tokens.get(cs).norm().equals("لم")) {
        return true;
      }
    }
    for (int k = cs; k < a; k++) {
      if (IF_COUNTERFACTUAL.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
