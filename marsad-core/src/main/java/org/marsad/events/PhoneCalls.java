package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Calls received: who made a phone call that someone «received» («تلقى العاهل السعودي اتصالا هاتفيا من الرئيس
 * الأميركي», «خلال اتصال هاتفي تلقاه من نظيره الإيراني»).
 *
 * <p>Rule (session 15), for a CONSULT call noun (mode {@code phone}): when a verb of receiving («تلقى», «يتلقى»,
 * «تلقت», «تتلقى») stands before the noun in its clause, or a form with an object pronoun («تلقاه», «تلقته»,
 * «تلقاها») right after it, and a part follows «من» within {@link #REACH} tokens after the noun (over a day or a
 * comma: «اتصالا هاتفيا، الجمعة، من ترامب»), that part made the call: it is the actor, and the one who received
 * the call (the subject of the verb, found before as the recipient, or the actor found before when the receiving
 * verb follows the noun) is the recipient. Before, the caller after «من» was never read (the call noun takes «مع»
 * and «بـ»), so «الملك سلمان يتلقى اتصالا هاتفيا من ترامب» gave no event (a call with no one calling).
 */
final class PhoneCalls {
  /** Forms of «تلقى» before the call noun (normalised, without «و/ف»). */
  private static final Set<String> RECEIVE = Set.of("تلقي", "تلقت", "يتلقي", "تتلقي", "تلقوا", "يتلقون");
  /** Forms of «تلقى» with the call as object pronoun, after the noun (normalised, without «و/ف»). */
  private static final Set<String> RECEIVED_IT = Set.of("تلقاه", "تلقته", "تلقاها", "يتلقاه", "تتلقاه");
  /** Tokens before the call noun within which the verb of receiving is sought. */
  static final int VERB_REACH = 14;
  /** Tokens after the call noun within which «من» and the caller may start. */
  static final int REACH = 6;
  /** The mode of call nouns in the lexicon. */
  private static final String PHONE = "phone";

  private PhoneCalls() {
  }

  /** Gives a received call its caller as actor and its receiver as recipient, when the rule applies. */
  static void read(List<Token> tokens, int from, int to, List<Part> parts, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("CONSULT") || !PHONE.equals(m.entry().mode()) || m.entry().verb()) {
      return;
    }
    int verb = receivedBefore(tokens, from, m.first());
    boolean before = verb >= 0;
    int after = m.end() < to && Parts.inSet(RECEIVED_IT, tokens.get(m.end()).norm()) ? m.end() + 1 : -1;
    if (!before && after < 0) {
      return;
    }
    Part caller = caller(tokens, parts, after > 0 ? after : m.end(), to);
    if (caller == null) {
      return;
    }
    Part receiver = before ? subjectAfter(parts, verb, m.first())
        : c.actor != null && c.actor != caller ? c.actor : firstBefore(parts, from, m.first());
    if (receiver == caller) {
      return;
    }
    c.actor = caller;
    c.recipient = receiver;
  }

  /**
   * The index of a verb of receiving within {@link #VERB_REACH} tokens before {@code a}, over commas (a name or a
   * day set off by them) but no other clause boundary; -1 when there is none.
   */
  private static int receivedBefore(List<Token> tokens, int from, int a) {
    for (int k = a - 1; k >= Math.max(from, a - VERB_REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) && !",".equals(t.norm()) && !"،".equals(t.text())) {
        return -1;
      }
      if (Parts.inSet(RECEIVE, t.norm())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The subject of the verb of receiving at {@code k}: the first part without a preposition between it and the call
   * noun at {@code a}, else the part right before the verb («الملك سلمان يتلقى اتصالا»); or null.
   */
  private static Part subjectAfter(List<Part> parts, int k, int a) {
    Part right = null;
    for (Part p : parts) {
      if (p.first() > k && p.end() <= a && p.prep().isEmpty() && p.identified()) {
        return p;
      }
      if (p.end() == k && p.prep().isEmpty() && p.identified()) {
        right = p;
      }
    }
    return right;
  }

  /** The first identified part without a preposition in {@code [from, a)} («وقال الأسد خلال اتصال هاتفي تلقاه»). */
  private static Part firstBefore(List<Part> parts, int from, int a) {
    for (Part p : parts) {
      if (p.first() >= from && p.end() <= a && p.prep().isEmpty() && p.identified()) {
        return p;
      }
    }
    return null;
  }

  /** The part after «من» that starts within {@link #REACH} tokens after {@code b}, no other part between. */
  private static Part caller(List<Token> tokens, List<Part> parts, int b, int to) {
    for (Part p : parts) {
      if (p.first() < b) {
        continue;
      }
      if (p.first() >= Math.min(to, b + REACH)) {
        return null;
      }
      return "من".equals(p.prep()) && !p.place() ? p : null;
    }
    return null;
  }
}
