package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The noun «قطع» with its agent in the genitive: «قطع المغرب للعلاقات مع إيران».
 *
 * <p>Rule (session 12): a SANCTION «قطع» (the noun, or the lexicon's gapped verb «قطع * العلاقات», which also
 * matches the noun) right before a state part with no preposition, followed by «للعلاقات»
 * or «علاقاته/علاقاتها» and, within {@link #REACH} words, «مع» and a part of another state, is that state's cutting
 * of ties with the other: the genitive is the agent, the part after «مع» the recipient («وزير خارجية البحرين يؤيد
 * قطع المغرب للعلاقات مع إيران»: MAR>IRN, was BHR>MAR, the supporter taken as the one cutting).
 */
final class SeveredTies {
  /** The noun of cutting (normalised, without «و/ف»). */
  private static final Set<String> CUTTING = Set.of("قطع", "بقطع", "لقطع");
  /** Words of ties after the agent (normalised). */
  private static final Set<String> TIES = Set.of("للعلاقات", "علاقاته", "علاقاتها", "لعلاقاته", "لعلاقاتها");
  /** Words after the ties within which «مع» is sought. */
  static final int REACH = 3;

  private SeveredTies() {
  }

  /** Gives SANCTION candidate {@code c} the agent and recipient of the rule, when it applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("SANCTION") || !CUTTING.contains(Parts.stripConj(tokens.get(m.first()).norm()))) {
      return;
    }
    Part agent = RoleFinder.partAt(ps, m.end());
    if (agent == null || agent.country() == null || !agent.prep().isEmpty() || agent.end() >= to
        || !TIES.contains(tokens.get(agent.end()).norm())) {
      return;
    }
    for (int k = agent.end() + 1; k < Math.min(to - 1, agent.end() + 1 + REACH); k++) {
      if (tokens.get(k).norm().equals("مع")) {
        Part other = RoleFinder.partAt(ps, k + 1);
        if (other != null && other.country() != null && !other.country().equals(agent.country())) {
          c.actor = agent;
          c.recipient = other;
        }
        return;
      }
    }
  }
}
