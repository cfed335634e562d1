package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The state struck after a strike noun: «ضربة سوريا», «بعد ضربات سوريا», «في ضرب سوريا» name the strike on Syria,
 * not Syria's strike.
 *
 * <p>Rules (session 10), for a strike word whose actor is the state's name right after it (not a nisba: «الضربة
 * الإسرائيلية» is Israel's):
 * <ol>
 *   <li>after the verbal noun «ضرب», which takes an object, the state (or the regime: «عن ضرب نظام الأسد») is its
 *       recipient and the strike has no actor («في ضرب سوريا», «إلى ضرب فرنسا») ({@link #read});</li>
 *   <li>after «ضربة», «ضربات» the state is the recipient when the article's other attacks have it more often as their
 *       target than as their attacker («بعد ضربات سوريا» in a story of
 *       the Western strikes on Syria; but «ضربة إسرائيل قرب دمشق» in a story of Israel's raids is Israel's)
 *       ({@link #article}).</li>
 * </ol>
 */
final class StruckStates {
  /** The strike nouns, normalised, without clitics. */
  private static final Set<String> STRIKES = Set.of("ضربه", "ضربات", "ضرب");
  /** Prefixes of a strike noun: preposition and article. */
  private static final List<String> PREFIXES = List.of("بال", "لل", "ال", "ب", "ل");
  /** The verbal noun, which takes a direct object. */
  private static final String VERBAL_NOUN = "ضرب";
  /** Heads of a regime's name («نظام الأسد», «النظام السوري»). */
  private static final Set<String> REGIME = Set.of("نظام", "النظام");

  private StruckStates() {
  }

  /** Rule 1: makes the state right after the verbal noun «ضرب» of {@code c} its recipient. */
  static void read(List<Token> tokens, Cand c) {
    String noun = struck(tokens, c);
    if (noun == null) {
      return;
    }
    Part p = c.actor;
    boolean state = p.place() && RoleFinder.isStateName(p) && p.country() != null;
    if (noun.equals(VERBAL_NOUN) && (state || REGIME.contains(tokens.get(p.first()).norm()))) {
      struckBy(c);
    }
  }

  /** Rule 2 over the article's candidates {@code all}: a state struck more often than striking in its other attacks. */
  static void article(List<Token> tokens, List<Cand> all) {
    for (Cand c : all) {
      String noun = struck(tokens, c);
      if (noun == null || !c.actor.place() || !RoleFinder.isStateName(c.actor) || c.actor.country() == null) {
        continue;
      }
      String state = c.actor.country();
      int target = 0;
      int attacker = 0;
      for (Cand o : all) {
        if (o == c || !o.type().equals("ASSAULT") || struck(tokens, o) != null) {
          continue;
        }
        target += o.recipient != null && state.equals(o.recipient.country()) ? 1 : 0;
        attacker += o.actor != null && state.equals(o.actor.country()) ? 1 : 0;
      }
      if (target > attacker) {
        struckBy(c);
      }
    }
  }

  /** Moves the actor of {@code c} to its recipient: the state was struck. */
  private static void struckBy(Cand c) {
    if (c.recipient == null || c.recipient.side().equals(c.actor.side())) {
      c.recipient = c.actor; // «بعد ضربات سوريا»: Syria was struck
    }
    c.actor = null;
  }

  /**
   * The strike word of ASSAULT candidate {@code c} («ضربة», «ضربات», «ضرب» without clitics) when its actor is a part
   * right after it with no preposition and no nisba; else null.
   */
  private static String struck(List<Token> tokens, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part p = c.actor;
    if (!c.type().equals("ASSAULT") || p == null || p.first() != m.end() || !p.prep().isEmpty() || p.nisba()
        || m.end() - m.first() != 1) {
      return null;
    }
    String noun = noun(tokens.get(m.first()).norm());
    return STRIKES.contains(noun) ? noun : null;
  }

  /** The noun of a strike word without «و/ف», preposition and article («وبالضربات» → «ضربات»). */
  private static String noun(String n) {
    String s = Parts.stripConj(n);
    for (String pre : PREFIXES) {
      if (s.startsWith(pre) && s.startsWith("ضرب", pre.length())) {
        return s.substring(pre.length());
      }
    }
    return s;
  }
}
