package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/**
 * Threats of retaliation: whom a vow to respond is aimed at («تعهدت تركيا بالرد على العقوبات», «وتوعد رئيس الوزراء
 * الإسرائيلي بالرد»).
 *
 * <p>Rules (session 13), for a THREATEN whose trigger holds a word of response («بالرد», «برد», «بالانتقام») or has
 * one within {@link #REACH} tokens after it, with an actor of a state and no recipient of another state:
 * <ol>
 *   <li>the response is to sanctions («بالرد على العقوبات», «برد قوي على العقوبات»): the recipient is the state that
 *       imposed the article's sanctions on the threatener's state (the most frequent; none when there are none);</li>
 *   <li>otherwise the recipient is the doer of the last act against the threatener's state (an asserted ASSAULT,
 *       COERCE, SANCTION or ACCUSE by another state) before the trigger in its sentence or in the sentence before:
 *       «اتهمت إسرائيل سائحة تركية ... في قضية أثارت غضب أنقرة التي تعهدت بالرد» is TUR>ISR.</li>
 * </ol>
 * A vow to respond was read as a threat of no one, and the sanctions responded to as the responder's own.
 */
final class Retaliations {
  /** Words of response (normalised, without «و/ف»). */
  private static final Set<String> RESPONSE = Set.of("بالرد", "برد", "بالانتقام", "الرد", "ردا", "رد");
  /** Sanction nouns a response may be to (normalised). */
  private static final Set<String> SANCTIONS = Set.of("العقوبات", "عقوبات", "الرسوم", "رسوم", "الاجراءات",
      "الاجراء");
  /** Tokens after the trigger within which the word of response is sought. */
  static final int REACH = 3;
  /** Tokens after the word of response within which «على» and the sanctions are sought. */
  private static final int OBJECT_REACH = 4;
  /** Acts against a state that a vow to respond answers. */
  private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION", "ACCUSE");

  private Retaliations() {
  }

  /** Gives each vow to respond in {@code all} (text order) the recipient of the rules, when one applies. */
  static void resolve(List<Token> tokens, List<Cand> all) {
    for (int i = 0; i < all.size(); i++) {
      Cand c = all.get(i);
      if (!c.awaitsOtherSide("THREATEN")) {
        continue;
      }
      int r = responseWord(tokens, c.trigger);
      if (r < 0) {
        continue;
      }
      Part target = toSanctions(tokens, r) ? sanctioner(all, c.actor.country()) : lastHostile(all, i, c);
      if (target != null) {
        c.recipient = target;
      }
    }
  }

  /** The index of the word of response in the trigger or within {@link #REACH} tokens after it, or -1. */
  static int responseWord(List<Token> tokens, TriggerLexicon.Match m) {
    int last = Math.min(tokens.size(), m.end() + REACH);
    for (int k = m.first(); k < last; k++) {
      Token t = tokens.get(k);
      if (k >= m.end() && t.kind() == Token.Kind.PUNCT && !t.text().equals("\"") && !t.text().equals("«")) {
        return -1;
      }
      if (Parts.inSet(RESPONSE, t.norm())) {
        return k;
      }
    }
    return -1;
  }

  /** True when «على» and a sanction noun follow the word of response at {@code r} within {@link #OBJECT_REACH}. */
  static boolean toSanctions(List<Token> tokens, int r) {
    for (int k = r + 1; k < Math.min(tokens.size() - 1, r + 1 + OBJECT_REACH); k++) {
      if (tokens.get(k).norm().equals("علي")) {
        return SANCTIONS.contains(tokens.get(k + 1).norm());
      }
    }
    return false;
  }

  /** The most frequent actor of the article's sanctions on {@code state} (the first on a tie), or null. */
  private static Part sanctioner(List<Cand> all, String state) {
    Map<String, Integer> counts = new HashMap<>();
    Part best = null;
    int bestCount = 0;
    for (Cand o : all) {
      if (o.type().equals("SANCTION") && o.recipient != null && state.equals(o.recipient.country())
          && o.actor != null && o.actor.country() != null && !o.actor.country().equals(state)) {
        int n = counts.merge(o.actor.country(), 1, Integer::sum);
        if (n > bestCount) {
          best = o.actor;
          bestCount = n;
        }
      }
    }
    return best;
  }

  /**
   * The doer of the last asserted hostile act against the actor's state before candidate {@code i} in its
   * sentence or the sentence before, or null.
   */
  private static Part lastHostile(List<Cand> all, int i, Cand c) {
    String state = c.actor.country();
    for (int j = i - 1; j >= 0; j--) {
      Cand o = all.get(j);
      if (o.sentence < c.sentence - 1) {
        return null;
      }
      if (o.trigger.first() < c.trigger.first() && HOSTILE.contains(o.type()) && o.fact == Factuality.ASSERTED
          && o.recipient != null
          && state.equals(o.recipient.country()) && o.actor != null && o.actor.country() != null
          && !o.actor.country().equals(state)) {
        return o.actor;
      }
    }
    return null;
  }
}
