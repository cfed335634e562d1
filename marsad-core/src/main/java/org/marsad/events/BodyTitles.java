package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A bare title whose body follows it with «لـ» or «بـ»: «النائب الأول لمندوب روسيا», «مسؤولة السياسة الخارجية
 * بالاتحاد الأوروبي», «المبعوث الشخصي للأمين العام».
 *
 * <p>Rule (session 13): a statement whose actor is a bare title of an officer ({@link #OFFICERS}: a deputy, envoy,
 * delegate, representative, member or official; no entity, so it took the last state named) and whose
 * recipient is the part that follows that title with «لـ» or «بـ», right after it or over one or two words of its
 * office («الأول», «الشخصي», «السياسة الخارجية»), is made by that body: the part becomes the actor, and the statement
 * has no recipient of its own. Before, the title spoke for the last state named and its own body was the one
 * addressed («رفض النائب الأول لمندوب روسيا لدى الأمم المتحدة … إعلان البيت الأبيض» GBR>RUS).
 */
final class BodyTitles {
  /** Statement types read by the rule. */
  private static final Set<String> STATEMENTS = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN",
      "CONSULT", "AGREE", "COOPERATE");
  /**
   * Titles of one officer that serves a body (normalised, without «و/ف»): a deputy, an envoy, a delegate, a
   * representative, a member or an official; not «بلاده» («دعم بلاده للمملكة»: the one backed) nor plurals.
   */
  private static final Set<String> OFFICERS = Set.of("نايب", "النايب", "مسوول", "المسوول", "مسووله", "المسووله",
      "مبعوث", "المبعوث", "مندوب", "المندوب", "ممثل", "الممثل", "ممثله", "الممثله", "عضو", "العضو");
  /** Prepositions of the body after the title (normalised). */
  private static final Set<String> OF = Set.of("ل", "ب");
  /** Words of office that may stand between the title and its body. */
  static final int OFFICE_WORDS = 2;

  private BodyTitles() {
  }

  /** True when part {@code r} opens with «لـ» or «بـ», as its preposition or glued to its title («لمندوب روسيا»). */
  private static boolean of(List<Token> tokens, Part r) {
    if (OF.contains(r.prep())) {
      return true;
    }
    String n = tokens.get(r.first()).norm();
    return r.prep().isEmpty() && n.length() > 3 && (n.charAt(0) == 'ل' || n.charAt(0) == 'ب');
  }

  /** Makes the body after a bare title the actor of {@code c}, when the rule applies. */
  static void read(List<Token> tokens, Cand c) {
    Part a = c.actor;
    Part r = c.recipient;
    if (!STATEMENTS.contains(c.type()) || a == null || r == null || a.entity() != null || !a.titleOnly()
        || !of(tokens, r) || r.first() < a.end() || r.first() - a.end() > OFFICE_WORDS
        || !Parts.inSet(OFFICERS, tokens.get(a.first()).norm())) {
      return;
    }
    for (int k = a.end(); k < r.first(); k++) {
      if (tokens.get(k).kind() != Token.Kind.WORD) {
        return; // «الوزير، لروسيا»: a comma ends the title
      }
    }
    c.actor = r;
    c.recipient = null;
  }
}
