package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * The recipient of a threat to pull out of an agreement (session 12): the agreement's other party.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Party named</b>: a threat with no recipient whose object, within {@link #OBJECT_REACH} tokens after it,
 *       is a withdrawal («بالانسحاب», «بانسحاب بلاده») from an agreement («من الاتفاق», «من اتفاق») is aimed at the
 *       state named with that agreement within {@link #PARTY_REACH} tokens, not the threatener's own («ولوح ترمب
 *       بالانسحاب من الاتفاق الذي أبرمته إيران مع القوى الكبرى» USA>IRN);</li>
 *   <li><b>The nuclear agreement</b>: with no state named there, «الاتفاق النووي» (or a bare «الاتفاق» in an article
 *       that names «الاتفاق النووي») in an article that names Iran is Iran's («ويهدد الرئيس الأمريكي دونالد ترامب
 *       بالانسحاب من الاتفاق النووي» USA>IRN); «بالانسحاب منه» leaves the agreement named within {@link #BACK_REACH}
 *       tokens before the threat («الاتفاق النووي ...، والذي هدد ترامب بالانسحاب منه»).</li>
 * </ol>
 */
final class WithdrawalThreats {
  /** Tokens after the threat within which the withdrawal is sought. */
  static final int OBJECT_REACH = 5;
  /** Tokens after the agreement noun within which its party is sought. */
  static final int PARTY_REACH = 10;
  /** Withdrawal nouns (normalised, without «و»). */
  private static final Set<String> WITHDRAWAL = Set.of("بالانسحاب", "الانسحاب", "بانسحاب", "انسحاب", "بانسحابها",
      "بانسحابه");
  /** Agreement nouns (normalised). */
  private static final Set<String> AGREEMENT = Set.of("الاتفاق", "اتفاق", "الاتفاقيه", "اتفاقيه");
  /** «منه», «منها»: from the agreement named before the threat (normalised). */
  private static final Set<String> FROM_IT = Set.of("منه", "منها");
  /** Tokens before the threat within which the agreement of «منه» is sought. */
  static final int BACK_REACH = 12;
  /** «النووي» (normalised): the agreement named. */
  private static final String NUCLEAR = "النووي";
  /** Iran's code: the party of «الاتفاق النووي» in 2018 news that names Iran. */
  private static final String IRAN = "IRN";

  private WithdrawalThreats() {
  }

  /**
   * The index of the agreement noun of a withdrawal threatened by {@code c}, or -1: «بالانسحاب من الاتفاق», maybe
   * with one word (the one withdrawing) between the withdrawal and «من».
   */
  static int agreement(List<Token> tokens, Cand c, int to) {
    int end = c.trigger.end();
    for (int k = end; k < Math.min(to, end + OBJECT_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return -1;
      }
      if (!Parts.inSet(WITHDRAWAL, tokens.get(k).norm())) {
        continue;
      }
      if (k + 1 < to && FROM_IT.contains(tokens.get(k + 1).norm())) {
        for (int j = c.trigger.first() - 1; j >= Math.max(0, c.trigger.first() - BACK_REACH); j--) {
          if (AGREEMENT.contains(tokens.get(j).norm())) {
            return j; // «الاتفاق النووي المبرم مع إيران، والذي هدد ترامب بالانسحاب منه»
          }
        }
        return -1;
      }
      for (int j = k + 1; j < Math.min(to - 1, k + 3); j++) {
        if (tokens.get(j).norm().equals("من")) {
          return AGREEMENT.contains(tokens.get(j + 1).norm()) ? j + 1 : -1;
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * True when the agreement noun at {@code a} is the nuclear agreement: «النووي» after it, or, bare and definite
   * («بالانسحاب من الاتفاق، ما لم يوافق»), in an article that names «الاتفاق النووي».
   */
  private static boolean nuclear(List<Token> tokens, int a) {
    if (a + 1 < tokens.size() && tokens.get(a + 1).norm().equals(NUCLEAR)) {
      return true;
    }
    if (!tokens.get(a).norm().equals("الاتفاق") || a + 1 < tokens.size() && tokens.get(a + 1).kind() == Token.Kind.WORD
        && tokens.get(a + 1).norm().startsWith("ال") && tokens.get(a + 1).norm().endsWith("ي")) {
      return false; // «الاتفاق التجاري»: another agreement
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).norm().equals("الاتفاق") && tokens.get(k + 1).norm().equals(NUCLEAR)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a THREATEN candidate with an actor and no recipient the other party of the agreement it threatens to leave
   * (the rules above); {@code ps} are the sentence's parts, {@code entities} the document's.
   */
  static void recipient(List<Token> tokens, int to, List<Part> ps, List<Entity> entities, Cand c) {
    if (!c.type().equals("THREATEN") || c.recipient != null || c.actor == null || c.actor.country() == null) {
      return;
    }
    int a = agreement(tokens, c, to);
    if (a < 0) {
      return;
    }
    String own = c.actor.country();
    for (Part p : ps) {
      if (p.first() > a && p.first() <= a + PARTY_REACH && p.first() < to && p.country() != null
          && !p.country().equals(own) && !p.media()) {
        c.recipient = p; // «من الاتفاق الذي أبرمته إيران مع القوى الكبرى»
        return;
      }
    }
    if (nuclear(tokens, a) && !IRAN.equals(own)) {
      for (Entity e : entities) {
        if (IRAN.equals(e.country())) {
          int ti = EventExtractor.tokenAt(tokens, e.start());
          c.recipient = new Part(ti, ti + 1, e.start(), e.end(), e.country(), e.sector(), e.name(), e, "",
              e.lat() != null, false, false, false); // «بالانسحاب من الاتفاق النووي» in a story about Iran
          return;
        }
      }
    }
  }
}
