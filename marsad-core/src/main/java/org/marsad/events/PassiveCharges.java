package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A charge in the passive inside a relative clause: «الهجوم الكيميائي الذي اتُّهمت به دمشق».
 *
 * <p>Rule (session 13): a verb of charging («اتهم») right after «الذي/التي» and right before «به/بها», whose
 * subject read after it is the only part with no preposition up to the end of its clause, is passive: that part is
 * the one accused (the recipient), and no accuser is named. Active, the clause would name both («الذي اتهمت به
 * واشنطن دمشق»). Before, the accused was read as the accuser (SYR>None).
 */
final class PassiveCharges {
  /**
   * The root of charging («اتهم», «يتهم», «تتهم»): its «بـ» names the charge, so one part after «به» is the one
   * charged; after «ندد بها», «أشاد به» the «بـ» is the object and the part after it the subject («الخطوة التي نددت
   * بها الأمم المتحدة»).
   */
  private static final String CHARGE = "تهم";
  /** The resumptive pronoun after the verb (normalised). */
  private static final Set<String> WITH_IT = Set.of("به", "بها", "بهم", "بهما");

  private PassiveCharges() {
  }

  /** Makes the subject of a passive charge its recipient, when the rule applies. */
  static void read(List<Token> tokens, int from, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part a = c.actor;
    if (!c.type().equals("ACCUSE") || !m.entry().verb() || a == null || m.end() + 1 >= to
        || !Parts.stripConj(tokens.get(m.first()).norm()).contains(CHARGE)
        || !Relatives.relativeBefore(tokens, m.first(), from) || !WITH_IT.contains(tokens.get(m.end()).norm())
        || a.first() != m.end() + 1) {
      return;
    }
    for (Part p : ps) {
      if (p.first() >= a.end() && p.first() < to && p.prep().isEmpty()
          && !Clause.between(tokens, a.end(), p.first())) {
        return; // «الذي اتهمت به واشنطن دمشق»: a second part, the accused, after the accuser
      }
    }
    c.recipient = a;
    c.actor = null;
  }
}
