package org.marsad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Count;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * Which of a sentence's attacks a casualty count belongs to (session 13).
 *
 * <p>Rules:
 * <ol>
 *   <li>with one attack in the sentence, it takes every count of the sentence, as before;</li>
 *   <li>with two or more attacks, a count read at a casualty word that is a mention of one of them does not go
 *       to another whose victims are of another state («شيع جثمان فلسطينيين قتلا بقصف إسرائيلي، بعد جرح أربعة جنود إسرائيليين»:
 *       the four wounded are the soldiers', not the Palestinians');</li>
 *   <li>a count whose casualty word is a mention of no attack goes to every attack of the sentence, as before.</li>
 * </ol>
 */
final class CountOwners {
  private CountOwners() {
  }

  /** The counts of {@code read} that belong to attack {@code c} among the sentence's attacks {@code attacks}. */
  static Map<String, Count> of(Cand c, List<Cand> attacks, Map<String, Count> counts, CasualtyCounter.Read read,
                               List<Token> tokens) {
    if (attacks.size() < 2 || counts.isEmpty()) {
      return counts;
    }
    Map<String, Count> out = new LinkedHashMap<>();
    for (Map.Entry<String, Count> e : counts.entrySet()) {
      Integer at = read.wordAt().get(e.getKey());
      Cand owner = at == null ? null : ownerOf(attacks, tokens.get(at).start());
      if (owner == null || owner == c || !otherVictims(owner, c)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out.size() == counts.size() ? counts : java.util.Collections.unmodifiableMap(out);
  }

  /** True when both attacks name their victims' state and the states differ (ISR soldiers, PSE protesters). */
  private static boolean otherVictims(Cand owner, Cand c) {
    return owner.recipient != null && c.recipient != null && owner.recipient.country() != null
        && c.recipient.country() != null && !owner.recipient.country().equals(c.recipient.country());
  }

  /** The attack with a mention starting at character {@code start}, or null. */
  private static Cand ownerOf(List<Cand> attacks, int start) {
    for (Cand a : attacks) {
      for (Span s : a.mentions) {
        if (s.start() <= start && start < s.end()) {
          return a;
        }
      }
    }
    return null;
  }
}
