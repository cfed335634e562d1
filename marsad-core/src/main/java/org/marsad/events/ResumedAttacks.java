package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.cluster.ClusterRule;
import org.marsad.model.Entity;
import org.marsad.model.Factuality;
import org.marsad.model.Token;

/**
 * An attack named again: a definite attack noun with no attacker of its own resumes the attack named just before it
 * («بدأت القوات الحكومية هجوما هناك. وأضاف المرصد أن الهجوم دفع عشرات الآلاف نحو الحدود مع الأردن»).
 *
 * <p>Rule (session 20), for an asserted or historical ASSAULT candidate whose actor has no state and whose trigger is
 * a noun with the article («الهجوم», «القصف الجوي», «بالضربات») or after a demonstrative ({@link #DEMONSTRATIVES}:
 * «هذا القصف»), not after «من» («سلسلة من الهجمات»: new attacks): the nearest asserted or historical ASSAULT
 * candidate of the sentence before, no defence, with an actor of a state, is the same attack, unless the mention
 * names a target or place of another state than that attack's target or place (a state only «مع», «قرب الحدود مع
 * الأردن», is no target) or a town more than {@value #NEAR_KM} km from its town. The mention takes that actor, that
 * recipient (when it has a state) and, having none, that place. Before, it was a separate event with no attacker,
 * keyed to whatever state stood near it («الهجوم ... نحو الحدود مع الأردن»: None>JOR beside SYR>SYR). An attack of
 * its own sentence is never the antecedent (it would have been merged with the mention, so it is another one).
 * ANT: 12 key lines, 8 right, 1 wrong, 3 arguable.
 */
final class ResumedAttacks {
  /** Demonstratives that resume a noun named before («هذا الهجوم», «تلك الغارات»), normalised. */
  private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان",
      "هاتان");

  /** The preposition of a state a place is beside («الحدود مع الأردن»), normalised. */
  private static final String WITH = "مع";
  /** The preposition of a part of many («سلسلة من الهجمات»): a new set of attacks, not one named before. */
  private static final String OF = "من";

  /** Towns further apart than this are two attacks' places ({@link EventRecords#SAME_PLACE_KM}). */
  static final int NEAR_KM = EventRecords.SAME_PLACE_KM;
  /** The knowledge-base prefix of states, whose coordinates are no town's. */
  private static final String STATE_KB = "iso3:";

  private ResumedAttacks() {
  }

  /** Fills the actor (and, where it has none of a state, the recipient) of resumed attacks in {@code all}. */
  static void resolve(List<Token> tokens, List<Cand> all) {
    for (int i = 0; i < all.size(); i++) {
      Cand c = all.get(i);
      if (!c.type().equals("ASSAULT") || c.actor != null && c.actor.country() != null || c.trigger.entry().verb()
          || !resumes(tokens, c.trigger.first())) {
        continue;
      }
      Cand o = antecedent(all, i);
      if (o == null || !sameTarget(tokens, c, o)) {
        continue;
      }
      c.actor = o.actor;
      if (c.place == null) {
        c.place = o.place; // the same attack happened where it did
      }
      if (o.recipient != null && o.recipient.country() != null) {
        c.recipient = o.recipient;
        c.recipientFromPlace = o.recipientFromPlace;
      }
    }
  }

  /**
   * True when neither the mention's target nor its place is of another state than the attack before (its target or
   * place), except a state it is only «مع» (with): «قرب الحدود مع الأردن» is no place the attack struck.
   */
  private static boolean sameTarget(List<Token> tokens, Cand c, Cand o) {
    return sameState(tokens, c.recipient, o) && sameState(tokens, c.place, o) && !farApart(c.place, o.place);
  }

  /** True when both places are towns (not states) more than {@value #NEAR_KM} km apart: two attacks. */
  private static boolean farApart(Part a, Part b) {
    Entity x = a == null ? null : a.entity();
    Entity y = b == null ? null : b.entity();
    if (x == null || y == null || x.lat() == null || y.lat() == null || state(x) || state(y)) {
      return false;
    }
    return ClusterRule.km(x.lat(), x.lon(), y.lat(), y.lon()) > NEAR_KM;
  }

  private static boolean state(Entity e) {
    return e.kb() == null || e.kb().startsWith(STATE_KB);
  }

  private static boolean sameState(List<Token> tokens, Part p, Cand o) {
    String mine = p == null ? null : p.country();
    return mine == null || WITH.equals(p.prep()) || p.first() > 0 && WITH.equals(tokens.get(p.first() - 1).norm())
        || o.recipient != null && mine.equals(o.recipient.country())
        || o.place != null && mine.equals(o.place.country());
  }

  /** True when the trigger at {@code k} is a definite noun or follows a demonstrative. */
  static boolean resumes(List<Token> tokens, int k) {
    if (k > 0 && OF.equals(Parts.stripConj(tokens.get(k - 1).norm()))) {
      return false;
    }
    return Morphology.definite(tokens.get(k))
        || k > 0 && DEMONSTRATIVES.contains(Parts.stripConj(tokens.get(k - 1).norm()));
  }

  private static boolean reported(Cand c) {
    return c.fact == Factuality.ASSERTED || c.fact == Factuality.HISTORICAL;
  }

  /** The nearest ASSAULT candidate of the sentence before {@code all.get(i)}'s, not a defence, with a state actor. */
  private static Cand antecedent(List<Cand> all, int i) {
    Cand c = all.get(i);
    for (int j = i - 1; j >= 0; j--) {
      Cand o = all.get(j);
      if (o.sentence < c.sentence - 1) {
        return null;
      }
      if (o.sentence == c.sentence) {
        continue; // an attack of its own sentence would have been merged with it: another one
      }
      if (o.type().equals("ASSAULT") && !o.trigger.entry().has("defend") && o.actor != null
          && o.actor.country() != null && reported(c) && reported(o)) {
        return o;
      }
    }
    return null;
  }
}
