package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Unnamed rights and aid groups as speakers (session 16, ev16a).
 *
 * <p>Rule: a statement verb with no actor whose subject right after it is a plural of groups («جماعات», «منظمات»,
 * «جمعيات», «مجموعات») described, within four words, as of rights, aid or civil society («جماعات حقوق الإنسان»,
 * «منظمات غير حكومية حقوقية», «جمعيات تقدم المساعدة للمهاجرين») is made by those groups, a side of no state (the guide
 * codes organisations as null): «واتهمت جماعات حقوق الإنسان القوات الإسرائيلية باستخدام القوة المفرطة» None&gt;ISR.
 * Before, the groups were no part, the one accused was read as the object, and the accusation had no actor and was
 * dropped. Armed or opposition groups («جماعات مسلحة», «جماعات المعارضة») are left alone: they have a state.
 */
final class RightsGroups {
  private RightsGroups() {}

  /** Plurals of groups (normalised, without «و/ف»). */
  static final Set<String> GROUPS = Set.of("جماعات", "منظمات", "جمعيات", "مجموعات");
  /** Words that make such groups rights, aid or civil-society groups (normalised). */
  static final Set<String> RIGHTS = Set.of("حقوق", "حقوقيه", "الحقوقيه", "غير", "انسانيه", "الانسانيه",
      "الاغاثه", "اغاثه", "المساعده", "مدنيه", "المدني", "المجتمع");
  /** Words after the plural within which the description is sought. */
  private static final int REACH = 4;

  /** The groups speaking in candidate {@code c}, as a part of no state, or null. */
  static Part speaker(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    int k = m.end();
    if (!m.entry().verb() || c.actor != null || c.recipient == null || c.recipient.first() <= k + 1 || k >= to
        || (m.cliticFlags() & Clitics.SUFFIX) != 0 || !GROUPS.contains(Parts.stripConj(tokens.get(k).norm()))
        || RoleFinder.partAt(ps, k) != null) {
      return null;
    }
    for (int j = k + 1; j < Math.min(to, k + 1 + REACH) && j < c.recipient.first(); j++) {
      Token t = tokens.get(j);
      if (Clause.isBoundary(t)) {
        return null;
      }
      if (RIGHTS.contains(t.norm())) {
        Token g = tokens.get(k);
        return new Part(k, k + 1, g.start(), g.end(), null, "NGO", null, null, "", false, false, false, true);
      }
    }
    return null;
  }
}
