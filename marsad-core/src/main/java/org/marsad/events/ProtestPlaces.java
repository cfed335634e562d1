package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A protest with no protesters named is made by the people of the state of the place named after it: «وشهد الأردن
 * احتجاجات في العاصمة عمان» (JOR), «احتج آلاف الأشخاص في مدينة ميونيخ» (DEU), «الحركة الاحتجاجية في غزة» (PSE).
 *
 * <p>Rule (session 18; measured in session 17 and left out because it also read protesters named as the object of
 * another act): a PROTEST trigger of a demonstration, sit-in, march or strike with neither actor nor recipient, whose
 * place follows it in its clause after a locative preposition and names a state, takes that state as actor. Not for
 * the people nouns «المتظاهرين», «المحتجين» (the protesters are the object of an arrest, a shooting, a guard:
 * «اعتقلت الشرطة عشرات المتظاهرين في إسطنبول»), not for a protest governed by a preposition clitic («قمع الشرطة
 * لمظاهرات سلمية في طهران», «بمسيرات»), not for riots and violence («أعمال العنف»), boycotts or the ambiguous «مسيرة»
 * (a parade, a career, a television programme).
 */
final class ProtestPlaces {
  /** Modes of the rule: demonstrations and strikes. */
  private static final Set<String> MODES = Set.of("demo", "strike", "hunger");
  /** First words of triggers left out (normalised): people nouns and the ambiguous «مسيرة». */
  private static final Set<String> LEFT_OUT = Set.of("المتظاهرين", "المحتجين", "متظاهرون", "متظاهرين", "محتجون",
      "محتجين", "مسيره", "المتظاهرون", "المحتجون");

  private ProtestPlaces() {
  }

  /** The place whose people protest in candidate {@code c}, or null (the rule). */
  static Part people(List<Token> tokens, Cand c) {
    Part p = c.place;
    TriggerLexicon.Entry e = c.trigger.entry();
    if (!c.type().equals("PROTEST") || !MODES.contains(e.mode()) || c.actor != null || c.recipient != null
        || p == null || p.country() == null || p.first() < c.trigger.end() || !Parts.LOCATIVE.contains(p.prep())
        || Clause.between(tokens, c.trigger.end(), p.first())) {
      return null;
    }
    String first = tokens.get(c.trigger.first()).norm();
    String bare = Parts.stripConj(first);
    if (LEFT_OUT.contains(e.words()[0]) || LEFT_OUT.contains(Parts.stripArticle(bare))
        || !e.verb() && (bare.startsWith("ل") || bare.startsWith("ب")) && !e.words()[0].startsWith("ل")) {
      return null;
    }
    return p;
  }
}
