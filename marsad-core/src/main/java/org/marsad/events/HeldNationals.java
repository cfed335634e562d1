package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Nationals named by a bare nisba are the ones arrested or held, not the ones who arrest (session 17, ev17c).
 *
 * <p>Rule: a COERCE candidate of arrest, deportation or break-in (not a blockade: «فرض مزارعون فرنسيون حصارا» is
 * the farmers' own) whose actor is a part that starts with an indefinite nisba noun of people («سوري»,
 * «أمريكيين», «روسية»; no article, no title before it) has them as its recipient: people of a nationality arrest
 * nobody, authorities do. The recipient it had, when a state or a place, becomes the actor (the state where they are
 * held), else the actor is left open: «اعتقل على إثرها سوري وعراقي» in Germany (was SYR>DEU), «إطلاق سراح ثلاثة
 * أمريكيين يحتجزهم» of North Korea (was USA>PRK), «اعتقال روسية بأميركا» (was RUS>USA); so too a nisba after the noun held («احتجاز عامل فرنسي», «اختراق منظمات
 * أميركية»), which is what was held, never the one who held it.
 */
final class HeldNationals {
  /** Modes of COERCE whose object is people or bodies held, sent away or broken into. */
  private static final Set<String> MODES = Set.of("arrest", "deport", "cyber");

  private HeldNationals() {
  }

  /** Moves the bare nationals of COERCE candidate {@code c} from actor to recipient, when the rule applies. */
  static void read(List<Token> tokens, Cand c) {
    Part a = c.actor;
    String mode = c.trigger.entry().mode();
    if (!c.type().equals("COERCE") || mode == null || !MODES.contains(mode) || a == null || a.country() == null
        || !bareNationals(tokens, a)) {
      return;
    }
    Part r = c.recipient;
    c.actor = r != null && r.country() != null && !r.country().equals(a.country()) && (r.place() || !r.nisba()
        && RoleFinder.isStateName(r)) ? r : null;
    c.recipient = a;
  }

  /** True when part {@code p} starts with a nisba entity on an indefinite word («سوري», «وأمريكيين»). */
  static boolean bareNationals(List<Token> tokens, Part p) {
    if (!p.nisba() || p.entity() == null || !Parts.isNisba(p.entity())) {
      return false;
    }
    return !Morphology.definite(tokens.get(p.first()));
  }
}
