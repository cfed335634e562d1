package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The one part of a charge is the one charged (session 15, ev15e).
 *
 * <p>A verb of charging («اتهم», «يتهم», «تتهم») with a single part right after it and the charge in «بـ» right after
 * that part («كما اتُّهم الحزب بتجنيد الأطفال», passive; «وصعّد المتحدث من نبرته، واتهم الوزير الكندي بـ"الاستمتاع"»,
 * the subject dropped after an earlier verb) names the one accused, not the accuser: active with its subject, the
 * clause names both («اتهم أردوغان إسرائيل بممارسة»). The part becomes the recipient and the accuser is left to the
 * later rules (the report's speaker, the continued speaker) or unnamed.
 */
final class ChargedObjects {
  private ChargedObjects() {}

  /**
   * Forms of charging with no object pronoun (normalised, without «و/ف»): «تتهمه واشنطن بلعب دور» has its object in
   * the pronoun and its subject after it.
   */
  private static final Set<String> CHARGE = Set.of("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون");

  /** Words in «ب» that are no charge (normalised): «اتهمت قطر بعد أن قطعت ... بأن تلك الدول» is active. */
  private static final Set<String> NO_CHARGE = Set.of("بعد", "بين", "بسبب", "بشان", "بحسب", "بدوره", "بدورها",
      "بدورهم");

  /** Makes the single part of a charge its recipient, when the rule applies. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part a = c.actor;
    if (!c.type().equals("ACCUSE") || !m.entry().verb() || a == null || a.first() != m.end() || a.end() >= to
        || !Parts.inSet(CHARGE, tokens.get(m.first()).norm()) || !a.prep().isEmpty()) {
      return;
    }
    String next = tokens.get(a.end()).norm();
    if (next.isEmpty() || next.charAt(0) != 'ب' || NO_CHARGE.contains(next)) {
      return;
    }
    for (Part p : ps) {
      if (p.first() <= a.end() && a.end() < p.end()) {
        return; // the word after is a part itself: «بريطانيا»
      }
    }
    c.recipient = a;
    c.actor = null;
  }
}
