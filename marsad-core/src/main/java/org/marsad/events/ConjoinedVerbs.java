package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A statement verb joined by «و» to what comes before it: the noun right before «و» ends the clause before, it is
 * no subject of the verb.
 *
 * <p>Rule (session 15): for a statement or cooperation verb (ACCUSE, REJECT, REQUEST, SUPPORT, THREATEN, CONSULT,
 * AGREE, CONCEDE) carrying the conjunction «و», a part that ends right before it is no subject (SVO) when other
 * words stand before that part in its clause: it is the object or genitive of the clause before («أدانت موسكو هجوما
 * ... أدى إلى مقتل سبعة إيرانيين وحملت إسرائيل المسؤولية», «الاتفاق الذي انسحبت منه واشنطن وتحث الولايات المتحدة»,
 * «نظام رئاسي يريده أردوغان وينتقده معارضوه»). A topic opening its clause and then its verb with «و» is not Arabic
 * word order, so a part that does open its clause is left to the other rules. The verb then takes the subject named
 * after it, or the shared subject or the speaker, as any verb without a subject before it.
 */
final class ConjoinedVerbs {
  /** The types the rule reads. */
  private static final Set<String> TYPES = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONSULT",
      "AGREE", "CONCEDE");

  private ConjoinedVerbs() {
  }

  /**
   * True when part {@code actor}, read as the subject of the «و»-verb matched by {@code m}, ends right before it, does
   * not open its clause and is the subject of no earlier trigger {@code earlier} of the sentence (the rule).
   */
  static boolean notSubject(List<Token> tokens, TriggerLexicon.Match m, Part actor, int from, List<Cand> earlier) {
    if (!TYPES.contains(m.entry().type()) || (m.cliticFlags() & Clitics.CONJ) == 0 || actor.end() != m.first()
        || actor.first() <= Clause.start(tokens, m.first(), from)) {
      return false;
    }
    for (Cand o : earlier) {
      if (o.actor != null && o.actor.first() == actor.first()) {
        return false; // «الخطوة التي نددت بها الأمم المتحدة وطالبت بإلغائها»: the subject of the verb before, shared
      }
    }
    return true;
  }
}
