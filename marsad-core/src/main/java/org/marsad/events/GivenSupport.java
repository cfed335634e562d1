package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The giver of backing or aid named by a verb of giving: «الدعم العسكري الذي يقدمه حزب الله لجبهة البوليساريو» is
 * Hezbollah's, not that of the state that reports it or cuts ties over it.
 *
 * <p>Rules (session 20), for a SUPPORT or AID noun of one word:
 * <ul>
 *   <li>after the noun, over at most {@value #ADJECTIVES} words that open no part («العسكري», «المالي»), a relative
 *       «الذي/التي» and a form of «قدّم» or «وفّر» ({@link #GIVING}): the part right after that verb, with no
 *       preposition, is the actor, and the part after «لـ/إلى» right after the actor is the recipient («الدعم العسكري
 *       الذي يقدمه حزب الله لجبهة البوليساريو» LBN>ESH; «المساعدات التي تقدمها الإمارات لليمن» ARE>YEM);</li>
 *   <li>before the noun, the verbal noun «تقديم» («بتقديم», «على تقديم») and a part right between them: that part
 *       is the actor and the part after «لـ/إلى» right after the noun, over its adjectives, the recipient («أدلة على
 *       تقديم حزب الله دعما عسكريا لجماعة البوليساريو» LBN>ESH).</li>
 * </ul>
 * With no recipient named after «لـ/إلى» the recipient read before is dropped when it stood between the noun and the
 * giver (an adjective such as «العسكري» read as a part).
 */
final class GivenSupport {
  /** Forms of «قدّم» and «وفّر» after the relative pronoun (normalised, without «و»). */
  private static final Set<String> GIVING = Set.of("يقدم", "تقدم", "قدم", "قدمت", "يقدمه", "تقدمه", "قدمه", "قدمته",
      "يقدمها", "تقدمها", "قدمها", "قدمتها", "يقدمونه", "يقدمونها", "قدموه", "قدموها", "يوفر", "توفر", "يوفره", "توفره",
      "وفره", "وفرته", "يوفرها", "توفرها", "وفرها", "وفرتها");
  /** The relative pronouns before the verb of giving (normalised). */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين");
  /** The verbal noun of giving before the support noun (normalised, with its prepositions). */
  private static final Set<String> OFFERING = Set.of("تقديم", "بتقديم", "لتقديم", "وتقديم", "وبتقديم");
  /** Prepositions of the one given to (normalised). */
  private static final Set<String> TO = Set.of("ل", "الي");
  /**
   * Heads of a group with «لـ» before its name when the name is no part of them (normalised): «لجبهة "البوليساريو"»,
   * «لجماعة الحوثي».
   */
  private static final Set<String> GROUP_HEADS = Set.of("لجبهه", "لجماعه", "لحركه", "لمليشيا", "لميليشيا",
      "لمليشيات", "لميليشيات", "لتنظيم", "لحزب", "لقوات");
  /** Words that may stand between the noun and the relative pronoun, or the noun and «لـ» («العسكري الحاسم»). */
  private static final int ADJECTIVES = 2;
  /** The support and aid types of the rule. */
  private static final Set<String> TYPES = Set.of("SUPPORT", "AID");

  private GivenSupport() {
  }

  /** Gives the SUPPORT or AID candidate {@code c} the giver named by a verb of giving (the rules). */
  static void read(List<Token> tokens, int from, int to, List<Part> parts, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!TYPES.contains(c.type()) || m.end() - m.first() != 1) {
      return;
    }
    Part giver = relativeGiver(tokens, parts, m.end(), to);
    int after = m.end();
    if (giver == null) {
      giver = offeringGiver(tokens, parts, from, m.first());
    } else {
      after = giver.end();
    }
    if (giver == null || !giver.identified()) {
      return;
    }
    Part given = givenTo(tokens, parts, after, to);
    if (given == giver) {
      return;
    }
    if (given != null) {
      c.recipient = given;
    } else if (c.recipient != null && c.recipient.first() >= m.end() && c.recipient.first() < giver.first()) {
      c.recipient = null;
    }
    c.actor = giver;
  }

  /** The part right after «الذي يقدمه» following the noun that ends at {@code e}, else null. */
  static Part relativeGiver(List<Token> tokens, List<Part> parts, int e, int to) {
    for (int k = e; k < Math.min(to - 2, e + ADJECTIVES + 1); k++) {
      Token t = tokens.get(k);
      if (RELATIVES.contains(t.norm())) {
        if (!GIVING.contains(Parts.stripConj(tokens.get(k + 1).norm()))) {
          return null;
        }
        Part p = RoleFinder.partAt(parts, k + 2);
        return p != null && p.prep().isEmpty() && !p.media() ? p : null;
      }
      if (t.kind() != Token.Kind.WORD || k > e && RoleFinder.partAt(parts, k) != null) {
        return null;
      }
    }
    return null;
  }

  /** The part between «تقديم» and the noun that starts at {@code a}, else null. */
  static Part offeringGiver(List<Token> tokens, List<Part> parts, int from, int a) {
    for (Part p : parts) {
      if (p.end() == a && p.first() > from && p.prep().isEmpty() && !p.media()
          && OFFERING.contains(tokens.get(p.first() - 1).norm())) {
        return p;
      }
    }
    return null;
  }

  /** The part after «لـ/إلى» that starts within {@value #ADJECTIVES} words after {@code e}, else null. */
  static Part givenTo(List<Token> tokens, List<Part> parts, int e, int to) {
    for (int k = e; k < Math.min(to, e + ADJECTIVES + 1); k++) {
      Part p = RoleFinder.partAt(parts, k);
      if (p != null) {
        return TO.contains(p.prep()) ? p : null;
      }
      if (tokens.get(k).kind() != Token.Kind.WORD) {
        return null;
      }
      if (GROUP_HEADS.contains(tokens.get(k).norm()) && k + 1 < to) {
        int q = tokens.get(k + 1).kind() == Token.Kind.WORD ? k + 1 : k + 2; // «لجبهة "البوليساريو"»
        Part named = RoleFinder.partAt(parts, q);
        return named != null && named.prep().isEmpty() ? named : null;
      }
    }
    return null;
  }
}
