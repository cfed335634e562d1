package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Relative clauses of happening that date the act they follow (session 16).
 *
 * <p>A relative pronoun («الذي», «التي», «اللذين», «اللتين») followed by a verb of happening, taking place or being
 * carried out («وقع/وقعت», «حدث/حدثت», «جرى/جرت», «شهدته/شهدتها», «نفذ/نفذت», «ارتكب/ارتكبت», «اندلع/اندلعت») opens
 * no new clause for dating: the date in it is the date of the act before it. «وقتل 22 شخصا في الاعتداء الذي وقع في 22
 * أيار/مايو 2017», «في هجمات باريس التي نفذت في نوفمبر 2015», «محاولة الانقلاب التي وقعت في يوليو 2016» are
 * background, not today's news. Any other relative clause still ends the act's clause («الهجوم الذي أعلنت ... في
 * 2016 عن ...» says nothing of when the attack happened).
 */
final class HappenedClauses {
  private static final Set<String> RELATIVE = Set.of("الذي", "التي", "اللذين", "اللتين");

  /** Verbs of happening, normalised (alef maqsura as «ي»). */
  private static final Set<String> HAPPENED = Set.of("وقع", "وقعت", "حدث", "حدثت", "جري", "جرت", "شهدته",
      "شهدتها", "نفذ", "نفذت", "ارتكب", "ارتكبت", "اندلع", "اندلعت");

  private HappenedClauses() {
  }

  /**
   * The end of the act's clause for dating: {@code ce}, the first boundary after the act, or, when a relative
   * clause of happening opens there, the next boundary after it (at most {@code to}).
   */
  static int extend(List<Token> tokens, int ce, int to) {
    if (ce + 1 >= to || !RELATIVE.contains(tokens.get(ce).norm())
        || !HAPPENED.contains(tokens.get(ce + 1).norm())) {
      return ce;
    }
    int end = ce + 1;
    while (end < to && !Clause.isBoundary(tokens.get(end))) {
      end++;
    }
    return end;
  }
}
