package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The genitive of the noun «دعم» with no «لـ» after it is the one supported: «من أجل دعم الحكومة الأوكرانية
 * السابقة», «جهود دعم نظام بشار الأسد», «بدعم مسلحي حزب العمال الكردستاني».
 *
 * <p>Rule (session 15): a SUPPORT candidate whose trigger is the noun «دعم/الدعم» (with or without «و», not «بدعم»,
 * which names who gives the support; «دعم» read as the past verb counts too unless it opens a clause: after a
 * boundary or a particle such as «قد», «كما», «الذي» it is the verb, its subject after it) and whose actor is the part right after it, with no preposition and no
 * recipient, has that part as recipient and no actor, unless
 * <ul>
 *   <li>a word with «لـ» follows the part: the part is the agent and the «لـ» names whom it backs («دعم الدوحة
 *       للإرهاب», «دعم واشنطن للفصائل الكردية»);</li>
 *   <li>the part is a state's name, a place (a capital stands for its state) or a person: «دعم إيران», «دعم ترامب»
 *       read either way, and are left as they were.</li>
 * </ul>
 */
final class SupportedGenitives {
  /** The support nouns of the rule (normalised). */
  private static final Set<String> NOUNS = Set.of("دعم", "الدعم", "ودعم");
  /**
   * Words before «دعم» that make it the past verb rather than the noun (normalised): particles and relatives that
   * open a verbal clause. After a noun or a preposition («جهود دعم», «من أجل دعم», «على دعم») it is the noun.
   */
  private static final Set<String> VERB_OPENERS = Set.of("قد", "لقد", "وقد", "كما", "حيث", "ثم", "الذي", "التي",
      "الذين", "من", "ومن", "ما", "لما", "بعدما", "عندما", "حين", "اذا", "ان", "لو", "كان", "وكان", "كانت", "فقد");

  private SupportedGenitives() {
  }

  /** Turns the genitive actor of SUPPORT candidate {@code c} of a sentence ending at {@code to} into its recipient. */
  static void read(List<Token> tokens, int to, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part gen = c.actor;
    if (!c.type().equals("SUPPORT") || gen == null || c.recipient != null
        || gen.first() != m.end() || !gen.prep().isEmpty() || m.end() - m.first() != 1
        || !NOUNS.contains(tokens.get(m.first()).norm())) {
      return;
    }
    if (m.entry().verb() && (m.first() == 0 || Clause.isBoundary(tokens.get(m.first() - 1))
        || VERB_OPENERS.contains(tokens.get(m.first() - 1).norm()))) {
      return; // «وقد دعم الرئيس الخطة», «الذي دعم»: the verb, whose subject follows it
    }
    if (RoleFinder.isStateName(gen) || gen.place()
        || gen.entity() != null && gen.entity().type() == EntityType.PER) {
      return;
    }
    if (gen.end() < to && tokens.get(gen.end()).norm().startsWith("ل")) {
      return;
    }
    c.recipient = gen;
    c.actor = null;
  }
}
