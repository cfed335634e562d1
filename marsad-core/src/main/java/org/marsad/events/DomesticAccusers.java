package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Opponents with no state named, accusing or calling on their own state (session 16, ev16a).
 *
 * <p>Rule: a statement verb (accusation, request, rejection) whose subject right after it is a bare nominative plural
 * of those who oppose a state from within — «المعارضون», «المحتجون», «المتظاهرون», «المسلحون», «المنتقدون»,
 * «المتمردون» — followed right away by its object, a state's organ or person of a known state, is made by that
 * state's opponents: the actor takes the object's state («ويتهم المعارضون أردوغان بمحاولة تحويل البلاد إلى نظام حكم
 * الفرد الواحد» TUR&gt;TUR, «ويتهم المسلحون الجيش السوري باستخدام تكتيك الأرض المحروقة» SYR&gt;SYR). Before, the
 * plural had no state, so the statement was dropped, or, when the plural was no part, the object was read as the
 * subject («ويتهم المنتقدون بوتن ... بإخفاء نوايا» RUS&gt;None, Putin accusing). A plural that already has a state
 * (named last in the article, or with a nisba) is left alone.
 */
final class DomesticAccusers {
  private DomesticAccusers() {}

  /** Nominative plurals of opponents from within (normalised, without «و/ف»). */
  private static final Set<String> OPPONENTS = Set.of("المعارضون", "المحتجون", "المتظاهرون", "المسلحون",
      "المنتقدون", "المتمردون");

  /** Statements whose speakers may be their own state's opponents. */
  private static final Set<String> TYPES = Set.of("ACCUSE", "REQUEST", "REJECT");

  /** Sets the sides of {@code c} when the rule applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    int k = m.end();
    if (!m.entry().verb() || !TYPES.contains(c.type()) || k + 1 >= to
        || (m.cliticFlags() & Clitics.SUFFIX) != 0
        || !OPPONENTS.contains(Parts.stripConj(tokens.get(k).norm()))) {
      return;
    }
    Part plural = RoleFinder.partAt(ps, k);
    Part object = RoleFinder.partAt(ps, k + 1);
    if (plural != null && plural.first() == k && plural.end() > k + 1 && plural.entity() != null
        && plural.entity().start() >= tokens.get(k + 1).start() && plural.prep().isEmpty()) {
      Part p = plural; // «المعارضون أردوغان», «المسلحون الجيش السوري» were read as one part, a title and its name
      object = new Part(k + 1, p.end(), tokens.get(k + 1).start(), p.stop(), p.country(),
          p.entity().sector() != null ? p.entity().sector() : p.sector(), p.name(), p.entity(), "", p.place(),
          p.nisba(), p.media(), false);
    } else if (plural != null && (plural.country() != null || plural.end() != k + 1)) {
      return; // «المسلحون» took a state, or is more than the plural («المتظاهرون الأكراد»)
    }
    if (object == null || object.first() != k + 1 || object.country() == null || object.place() || object.nisba()
        || object.media() || !object.prep().isEmpty()) {
      return;
    }
    Token t = tokens.get(k);
    c.actor = new Part(k, k + 1, t.start(), t.end(), object.country(),
        Parts.stripConj(t.norm()).equals("المسلحون") || Parts.stripConj(t.norm()).equals("المتمردون") ? "REB" : "OPP",
        null, null, "", false, false, false, true);
    c.recipient = object;
  }
}
