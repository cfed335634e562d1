package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A protest with no protesters and no one protested against named is made by the people of the place named after
 * it: «تواصلت الاحتجاجات في العاصمة عمان» JOR, «احتج آلاف الأشخاص في مدينة ميونيخ» DEU, «وتجمع المحتجون أمام
 * المبنى في طهران» IRN. Before, such a protest had no side and was dropped.
 *
 * <p>Rule (session 18): a PROTEST trigger of mode {@code demo} (demonstrations, marches, sit-ins) with neither actor
 * nor recipient, whose place follows it in its clause after a locative preposition and names a state, takes that
 * state as actor. Not when the protesters are only the object of another act: a protester noun in the oblique case
 * («المتظاهرين», «المحتجين»: «اعتقلت الشرطة عشرات المتظاهرين في إسطنبول», «انضموا إلى المتظاهرين في تل أبيب»), or
 * any protest word after an attack or coercion in its clause («قمع الشرطة لمظاهرات سلمية في طهران»). Not a military
 * parade («المسيرة العسكرية»). The first form of session 17 (ev17a), without these two exceptions, changed 72 ANT key
 * lines, about 52 right, and broke golden lines where the protesters are arrested, shot at or guarded. A protest verb
 * whose actor is this place is no state's diplomatic protest ({@code ReportRule}: «احتج مئات الأشخاص في الأردن» is
 * kept, «احتجت إيران لدى السفير البريطاني» is not).
 */
final class ProtestPlaces {
  /** The PROTEST mode of demonstrations, marches and sit-ins. */
  private static final String DEMO = "demo";
  /** Protester nouns in the oblique case (normalised endings), the object of another act or of a preposition. */
  private static final List<String> OBLIQUE = List.of("متظاهرين", "محتجين", "معتصمين");
  /** Words after «مسيرة» that make it a parade, not a march of protest. */
  private static final Set<String> PARADE = Set.of("العسكريه", "عسكريه");
  /** Types of the acts whose object a protest word may be. */
  private static final Set<String> ACTS_ON = Set.of("ASSAULT", "COERCE");

  private ProtestPlaces() {
  }

  /**
   * The place whose people protest in candidate {@code c}, or null (the rule); {@code sentence} holds the sentence's
   * candidates and {@code to} is the sentence's end.
   */
  static Part protesters(List<Token> tokens, int to, Cand c, List<Cand> sentence) {
    TriggerLexicon.Match m = c.trigger;
    Part p = c.place;
    if (!c.type().equals("PROTEST") || !DEMO.equals(m.entry().mode()) || c.actor != null || c.recipient != null
        || p == null || p.country() == null || p.first() < m.end() || !Parts.LOCATIVE.contains(p.prep())
        || Clause.between(tokens, m.end(), p.first())) {
      return null;
    }
    String word = Parts.stripConj(tokens.get(m.first()).norm());
    for (String o : OBLIQUE) {
      if (word.endsWith(o)) {
        return null; // «اعتقلت الشرطة عشرات المتظاهرين في إسطنبول»: the protesters are the arrest's object
      }
    }
    if (m.end() < to && PARADE.contains(tokens.get(m.end()).norm())) {
      return null; // «المسيرة العسكرية»: a parade
    }
    for (Cand o : sentence) {
      int k = o.trigger.first();
      if (o != c && ACTS_ON.contains(o.type()) && k < m.first() && k >= c.clause) {
        return null; // «قمع الشرطة الإيرانية لمظاهرات سلمية في طهران»: the protest is what is put down
      }
    }
    return p;
  }
}
