package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A support verb's subject with a relative clause of leading or backing (session 15): «وشن التحالف الذي تقوده
 * السعودية غارات على مواقع الحوثيين», «ونفذت القوات التي يدعمها التحالف الدولي هجوما». The relative pronoun is a
 * clause boundary, so the support verb's search back from the act noun stopped at it and the act had no actor. When
 * the noun follows right after «الذي/التي» + a verb of leading or backing + its subject, and the part before the
 * pronoun follows right after a support verb, that part is the actor (a bare coalition already takes its named
 * leader's state, {@code TitleCountries.leader}).
 */
final class LedSubjects {
  /** Verbs of leading and backing with the pronoun of the noun before «الذي/التي» (normalised). */
  private static final Set<String> VERBS = Set.of("تقوده", "يقوده", "تقودها", "يقودها", "تتزعمه", "يتزعمه",
      "تتزعمها", "يتزعمها", "تدعمه", "يدعمه", "تدعمها", "يدعمها", "تسانده", "يسانده", "تساندها", "يساندها");
  /** Relative pronouns (normalised). */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي");

  private LedSubjects() {
  }

  /** The subject of the support verb before it whose act noun starts at {@code a}, or null. */
  static Part actor(List<Token> tokens, List<Part> parts, int a, int from, Cues cues) {
    Part q = ending(parts, a);
    if (q == null || q.first() - 3 < from || !VERBS.contains(tokens.get(q.first() - 1).norm())
        || !RELATIVES.contains(tokens.get(q.first() - 2).norm())) {
      return null;
    }
    Part p = ending(parts, q.first() - 2);
    if (p == null || p.first() - 1 < from || !p.prep().isEmpty() || p.media() || p.first() - 1 < 0) {
      return null;
    }
    String v = tokens.get(p.first() - 1).norm();
    return cues.isLight(v) || cues.is("light", Parts.stripConj(v)) ? p : null;
  }

  /** The part that ends right before token {@code k}, or null. */
  private static Part ending(List<Part> parts, int k) {
    for (Part p : parts) {
      if (p.end() == k) {
        return p;
      }
    }
    return null;
  }
}
