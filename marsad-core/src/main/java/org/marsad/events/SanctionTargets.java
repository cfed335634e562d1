package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Factuality;

/**
 * The targets of sanctions with none named in their sentence.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Same sanctioning state</b>: a sanction with no target named takes the target of the article's other
 *       sanctions by the same state («العقوبات الأمريكية» after «فرضت واشنطن عقوبات على إيران»): the most frequent,
 *       the first on a tie;</li>
 *   <li><b>The story's country</b> (session 13): else an asserted sanction noun («العقوبات», «عقوبات», «فرض
 *       العقوبات») by a state takes the article's country ({@code homePart}: the country most named by its places
 *       and nisbas) when that is another state: «العقوبات الأمريكية» in a story about Iran, Turkey or North Korea are
 *       the sanctions on it. Not bans, expulsions, freezes or sentences («حظر التجوال», «طرد»), which are often
 *       domestic or aimed at people.</li>
 * </ol>
 */
final class SanctionTargets {
  /** The stem shared by the sanction nouns («عقوبات», «العقوبات», «عقوبة»), normalised. */
  private static final String SANCTIONS = "عقوب";

  private SanctionTargets() {
  }

  /** Fills the recipient of every sanction in {@code all} that has an actor's state and no recipient. */
  static void fill(List<Cand> all, Part homePart) {
    for (Cand c : all) {
      if (!c.type().equals("SANCTION") || c.recipient != null || c.actor == null || c.actor.country() == null) {
        continue;
      }
      c.recipient = sameSanctioner(all, c.actor.country());
      if (c.recipient == null && homePart != null && c.fact == Factuality.ASSERTED
          && !homePart.country().equals(c.actor.country()) && sanctionNoun(c.trigger.entry())) {
        c.recipient = homePart;
      }
    }
  }

  /** The most frequent target of another state of the sanctions in {@code all} by {@code state}, or null. */
  private static Part sameSanctioner(List<Cand> all, String state) {
    Map<String, Integer> counts = new HashMap<>();
    Part best = null;
    int bestCount = 0;
    for (Cand o : all) {
      if (o.type().equals("SANCTION") && o.recipient != null && o.recipient.country() != null && o.actor != null
          && state.equals(o.actor.country()) && !o.recipient.country().equals(state)) {
        int n = counts.merge(o.recipient.country(), 1, Integer::sum);
        if (n > bestCount) {
          best = o.recipient;
          bestCount = n;
        }
      }
    }
    return best;
  }

  /** True when the trigger entry names sanctions («العقوبات», «فرض عقوبات»), not a ban or an expulsion. */
  static boolean sanctionNoun(TriggerLexicon.Entry e) {
    for (String w : e.words()) {
      if (w.contains(SANCTIONS)) {
        return true;
      }
    }
    return false;
  }
}
