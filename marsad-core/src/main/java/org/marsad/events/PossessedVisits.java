package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A visit named with its visitor's pronoun (session 18): «زيارته», «زيارتها», «زيارتهما», «زيارتهم» (also after «لـ»,
 * «بـ», «و») in a sentence whose report verb has a subject before the noun is that speaker's visit: «وقال وزير الخارجية
 * الأمريكي إنه أطلع الرئيس على نتائج زيارته للسعودية» (USA>SAU), «وأكدت المستشارة الألمانية أن زيارتها إلى الصين
 * كانت ناجحة» (DEU>CHN). Session 15's rule read the speaker only after a word of circumstance («خلال زيارته»);
 * the pronoun itself names the visitor, so the circumstance is not needed. The speaker must have a state, be no
 * medium and differ from the place visited ({@link CandidateSides}).
 */
final class PossessedVisits {
  /** Visit nouns with a pronoun of the visitor, normalised, without a clitic preposition. */
  private static final Set<String> VISITS = Set.of("زيارته", "زيارتها", "زيارتهما", "زيارتهم");
  /** Clitics that may stand before the noun, normalised. */
  private static final List<String> CLITICS = List.of("", "ل", "ب", "و", "ول", "وب", "في");

  private PossessedVisits() {
  }

  /** True when token {@code i} is a visit noun with a pronoun of its visitor. */
  static boolean possessed(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    for (String c : CLITICS) {
      if (w.startsWith(c) && VISITS.contains(w.substring(c.length()))) {
        return true;
      }
    }
    return false;
  }
}
