package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/**
 * The attack a response answers (session 15): in «إسرائيل تشن هجمات داخل سوريا ردا على "قصف إيراني"» the shelling
 * after «ردا على» is Iran's on Israel, the one responding; with no target of its own it took the place of the
 * response («سوريا») as its recipient (IRN>SYR).
 *
 * <p>Rule: an ASSAULT whose trigger stands within {@link #REACH} tokens after «ردا/رداً/رد/للرد/كرد + على» (over
 * quotation marks and a demonstrative), with an actor of a state and no recipient of another state, takes as recipient
 * the actor of the response: the last asserted or historical ASSAULT, COERCE or SANCTION before the word of response
 * in the same sentence whose actor is of another state («أعلنت الجماعة مسؤوليتها عن الهجومين ... ردا على عملية
 * عسكرية فرنسية في مالي»: FRA>MLI, was FRA>BFA). A provoking attack with no actor named («ردا على هجوم كيميائي»)
 * is left as read: reversing the response's sides for it was measured in session 14 and not kept.
 */
final class ProvokedAttacks {
  private ProvokedAttacks() {
  }

  /** Words of response before «على» (normalised, without «و/ف»). */
  private static final Set<String> RESPONSE = Set.of("ردا", "رد", "للرد", "كرد", "بالرد");
  /** Tokens after «على» within which the provoking act's trigger starts. */
  static final int REACH = 3;
  /** Words passed over between «على» and the act («ردا على هذا الهجوم»), normalised. */
  private static final Set<String> PASSED = Set.of("هذا", "هذه", "ذلك", "تلك", "\"", "«", "»", "“", "”");
  /** Types of a response whose actor is the one provoked. */
  private static final Set<String> RESPONSES = Set.of("ASSAULT", "COERCE", "SANCTION");

  /** Gives each provoking attack in {@code all} (text order) the responder as its recipient, when the rule applies. */
  static void resolve(List<Token> tokens, List<Cand> all) {
    for (int i = 0; i < all.size(); i++) {
      Cand c = all.get(i);
      if (!c.awaitsOtherSide("ASSAULT")) {
        continue;
      }
      int r = responseBefore(tokens, c.trigger.first());
      if (r < 0) {
        continue;
      }
      Part responder = responder(all, i, c, r);
      if (responder != null) {
        c.recipient = responder;
      }
    }
  }

  /** The index of the word of response before «على» right before the act at {@code a}, or -1. */
  static int responseBefore(List<Token> tokens, int a) {
    for (int k = a - 1; k >= Math.max(0, a - REACH); k--) {
      String n = tokens.get(k).norm();
      if (n.equals("علي")) {
        return k > 0 && Parts.inSet(RESPONSE, tokens.get(k - 1).norm()) ? k - 1 : -1;
      }
      if (!PASSED.contains(n) && !PASSED.contains(tokens.get(k).text())) {
        return -1;
      }
    }
    return -1;
  }

  /** The actor of the last response before the word of response at {@code r} in candidate {@code i}'s sentence. */
  private static Part responder(List<Cand> all, int i, Cand c, int r) {
    for (int j = i - 1; j >= 0; j--) {
      Cand o = all.get(j);
      if (o.sentence != c.sentence) {
        return null;
      }
      if (o.trigger.first() < r && RESPONSES.contains(o.type()) && o.fact != null
          && (o.fact == Factuality.ASSERTED || o.fact == Factuality.HISTORICAL)
          && o.actor != null && o.actor.country() != null && !o.actor.country().equals(c.actor.country())) {
        return o.actor;
      }
    }
    return null;
  }
}
