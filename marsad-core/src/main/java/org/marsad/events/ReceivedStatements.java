package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Backing and requests received: the subject of «تلقى» is the one backed or asked, not the one who backs or asks.
 *
 * <p>Rule (session 17), for a SUPPORT or REQUEST word read as a noun («دعماً», «طلبا», «دعوة»; the lexicon also has
 * «دعما» and «طلب» as verbs, but a verb of receiving before them makes them its object): when a verb or verbal noun of
 * receiving («تلقى», «تلقت», «يتلقى», «تتلقى», «تلقي») stands within {@value #REACH} tokens before it in its clause,
 * the giver is the part after «من» right after the noun (over a day or a comma, as for calls received, {@link
 * PhoneCalls}) or the nisba right after it («دعماً أميركياً»), and the receiver, the recipient, is the first part
 * between the verb and the noun, else the part right before the verb. With no giver named the noun has no actor, so
 * no event is reported; with a giver but no receiver named the reading before stands. «وطالما دانت دمشق تلقي تلك القوات دعماً أميركياً» is USA>SYR (was SYR>USA), «في الوقت الذي
 * تلقى فيه بريطانيا دعماً من دول أوروبية» is no event of Britain's (was GBR>GBR), «بعد أن تلقت طلبا في هذا الشأن» and
 * «إنها تلقت طلب عقد اجتماع» name no one who asked (were MLT>None, GBR>None).
 */
final class ReceivedStatements {
  /** Forms of «تلقى» and its verbal noun (normalised, without «و/ف»). */
  private static final Set<String> RECEIVE = Set.of("تلقي", "تلقت", "يتلقي", "تتلقي", "تلقوا", "يتلقون", "تلقيها",
      "تلقيه", "يتلقيان", "تتلقيان");
  /** Tokens before the noun within which the verb of receiving is sought. */
  private static final int REACH = 4;
  /** Tokens after the noun within which «من» and the giver may start. */
  private static final int GIVER_REACH = 4;

  private ReceivedStatements() {
  }

  /** Gives a received backing or request its giver as actor and its receiver as recipient (the rule). */
  static void read(List<Token> tokens, int from, int to, List<Part> parts, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!(c.type().equals("SUPPORT") || c.type().equals("REQUEST")) || m.end() - m.first() != 1) {
      return;
    }
    int verb = receivedBefore(tokens, from, m.first());
    if (verb < 0) {
      return;
    }
    Part giver = giver(parts, m.end(), to);
    Part receiver = receiver(parts, verb, m.first());
    if (receiver != null && !receiver.identified()) {
      receiver = null; // «فريق المنظمة التي تلقت»: no side named as the receiver
    }
    if (giver != null && giver == receiver) {
      return;
    }
    if (receiver == null && giver != null) {
      return; // «المنظمة التي تلقت دعوة رسمية من دمشق»: the giver was read before, the receiver is not named here
    }
    c.actor = giver;
    c.recipient = receiver;
  }

  /** The index of a verb of receiving within {@link #REACH} tokens before {@code a}, in its clause; else -1. */
  static int receivedBefore(List<Token> tokens, int from, int a) {
    for (int k = a - 1; k >= Math.max(from, a - REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return -1;
      }
      if (Parts.inSet(RECEIVE, t.norm())) {
        return k;
      }
    }
    return -1;
  }

  /** The nisba part right after the noun («دعماً أميركياً»), else the part after «من» near it; or null. */
  private static Part giver(List<Part> parts, int b, int to) {
    for (Part p : parts) {
      if (p.first() < b) {
        continue;
      }
      if (p.first() == b && p.nisba() && p.identified()) {
        return p;
      }
      if (p.first() >= Math.min(to, b + GIVER_REACH)) {
        return null;
      }
      return "من".equals(p.prep()) ? p : null; // a capital too: «دعوة رسمية من دمشق» is the government's
    }
    return null;
  }

  /** The first part without a preposition between the verb at {@code k} and the noun at {@code a}, else the one right before the verb. */
  private static Part receiver(List<Part> parts, int k, int a) {
    Part right = null;
    for (Part p : parts) {
      if (p.first() > k && p.end() <= a && p.prep().isEmpty()) {
        return p;
      }
      if (p.end() == k && p.prep().isEmpty()) {
        right = p;
      }
    }
    return right;
  }
}
