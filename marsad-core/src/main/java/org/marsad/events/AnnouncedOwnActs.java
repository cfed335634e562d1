package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The force that announces its own act, named by a verbal noun with a pronoun: «أعلنت قوات الجيش اليمني، بإسناد من
 * التحالف العربي، الخميس، سيطرتها على قرية مزهر» YEM, «أعلن الجيش السوري استعادته السيطرة على ...», «أعلنت الشرطة
 * اعتقالها خمسة أشخاص». The pronoun on the noun stands for the one who announces.
 *
 * <p>Rule (session 18): an ASSAULT, COERCE, MOBILIZE or RETREAT noun carrying a pronoun suffix (the lexicon may
 * read it as a verb with an object pronoun: «سيطرتها» as «سيطرت» + «ها»), with no actor of a
 * state, whose nearest announcing verb before it in its sentence is «أعلن» with an army, police, government or armed
 * group as subject right after it, takes that subject as actor — when no other part without a preposition and no
 * «أن/إن» stands between the subject and the noun (commas, days and asides such as «بإسناد من التحالف» may), and
 * the subject is not the act's recipient. A recipient of the same state stays: an army retakes a village of its own
 * country. Session 17 (ev17d) measured a form for every own-act noun after «أعلن» with no pronoun required and the
 * same-state recipient refused: 4 key lines, 1 right, and none of the cases it was built for.
 */
final class AnnouncedOwnActs {
  /** Forms of «أعلن» (normalised, without «و/ف»). */
  private static final Set<String> ANNOUNCE = Set.of("اعلن", "اعلنت", "يعلن", "تعلن", "اعلنا", "اعلنوا");
  /** Types of acts a force announces as its own. */
  private static final Set<String> TYPES = Set.of("ASSAULT", "COERCE", "MOBILIZE", "RETREAT");
  /** Sectors that act: armies, police, governments, armed groups. */
  private static final Set<String> ACTING = Set.of("MIL", "POL", "GOV", "REB");
  /** Complementisers that open another clause, whose subject is another («أعلن الجيش أن المسلحين ...»). */
  private static final Set<String> THAT = Set.of("ان", "انه", "انها", "بان", "بانه", "بانها");
  /**
   * Words of doing or starting right before the act (normalised, without «و»): their pronoun, or the start they name,
   * is the announcer's («أعلنت الجماعة عن تنفيذها لأول عملية عسكرية», «أعلن حفتر بدء هجوم»).
   */
  private static final Set<String> DOING = Set.of("تنفيذه", "تنفيذها", "تنفيذهم", "شنه", "شنها", "شنهم", "بدء",
      "ببدء", "انطلاق", "بانطلاق");
  /** «أول» between a word of doing and the act («تنفيذها لأول عملية»). */
  private static final Set<String> FIRST = Set.of("اول", "لاول");
  /** Tokens between «أعلن» and the noun. */
  private static final int REACH = 14;

  private AnnouncedOwnActs() {
  }

  /** The force announcing candidate {@code c}'s act as its own, or null (the rule). */
  static Part announcer(List<Token> tokens, int from, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if ((m.cliticFlags() & Clitics.SUFFIX) == 0 && !doing(tokens, from, m.first()) || !TYPES.contains(c.type())
        || c.actor != null && c.actor.country() != null) {
      return null;
    }
    int k = m.first() - 1;
    for (; k >= from && k >= m.first() - REACH; k--) {
      String w = Parts.stripConj(tokens.get(k).norm());
      if (ANNOUNCE.contains(w)) {
        break;
      }
      if (THAT.contains(w) || tokens.get(k).norm().equals(".")) {
        return null;
      }
    }
    if (k < from || k < m.first() - REACH) {
      return null;
    }
    Part sp = null;
    for (Part p : ps) {
      if (p.first() > k && p.first() <= k + 2 && p.prep().isEmpty()) {
        sp = p;
        break;
      }
    }
    if (sp == null || sp.end() > m.first() || sp.country() == null || !ACTING.contains(String.valueOf(sp.sector()))) {
      return null;
    }
    for (Part p : ps) {
      if (p != sp && p.first() >= sp.end() && p.first() < m.first() && p.prep().isEmpty()) {
        return null; // «أعلن الجيش أن المسلحين ...»: another subject stands between
      }
    }
    if (c.recipient != null && c.recipient.first() == sp.first()) {
      return null;
    }
    return sp;
  }

  /** True when a word of doing ({@link #DOING}) stands right before the act at {@code at}, or before «أول». */
  private static boolean doing(List<Token> tokens, int from, int at) {
    int k = at - 1;
    if (k > from && FIRST.contains(tokens.get(k).norm())) {
      k--;
    }
    return k >= from && DOING.contains(Parts.stripConj(tokens.get(k).norm()));
  }
}

