package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The target named inside a relative clause of the event noun's support verb: «العقوبات التي تفرضها الولايات المتحدة
 * ضد إيران», «الغارات التي شنتها الطائرات على البلدة».
 *
 * <p>Rule (session 13): a material event noun with no recipient, followed within {@link #REACH} words by «الذي/التي»
 * and a support verb (the cue class {@code light}, with or without an object pronoun: «تفرضها», «شنته»; for sanctions
 * also a verb of taking effect, «التي دخلت حيز التنفيذ ضد إيران», session 13 lead), takes as
 * recipient the first part after that verb, within {@link #WINDOW} words and before the next clause boundary, that
 * follows one of the noun's prepositions or «على/ضد/بحق»; the relative pronoun is a clause boundary, so the roles
 * of the noun stopped before it. Not the actor, an outlet, or a bare title that only took the actor's state as the last one named («المجزرة
 * الإسرائيلية التي ارتكبت ضد متظاهرين»).
 */
final class RelativeTargets {
  /** Material types whose nouns take their target after «على/ضد». */
  private static final Set<String> TYPES = Set.of("SANCTION", "ASSAULT", "COERCE");
  /** Verbs of sanctions taking effect (normalised): «العقوبات التي دخلت حيز التنفيذ ضد إيران» (session 13). */
  private static final Set<String> IN_FORCE = Set.of("دخلت", "دخل", "تدخل", "يدخل", "سرت", "تسري", "بدات");
  /** Relative pronouns (normalised). */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي");
  /** Prepositions that name the target in the clause (normalised). */
  private static final Set<String> TARGET_PREPS = Set.of("علي", "ضد", "بحق");
  /** Words between the noun and the relative pronoun («العقوبات الأمريكية الجديدة التي»). */
  static final int REACH = 4;
  /** Words after the support verb within which the target is sought. */
  static final int WINDOW = 8;

  private RelativeTargets() {
  }

  /** Gives candidate {@code c} of a sentence ending at {@code to} the target of its relative clause, if any. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cues cues, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (c.recipient != null || m.entry().verb() || !TYPES.contains(c.type())) {
      return;
    }
    for (int k = m.end(); k < Math.min(to - 1, m.end() + REACH); k++) {
      Token t = tokens.get(k);
      if (RELATIVES.contains(t.norm())) {
        String verb = tokens.get(k + 1).norm();
        if (cues.is("light", verb) || cues.is("light", RoleFinder.stripSuffix(verb))
            || c.type().equals("SANCTION") && IN_FORCE.contains(verb)) {
          c.recipient = target(tokens, to, ps, m.entry(), k + 2, c.actor);
        }
        return;
      }
      if (Clause.isBoundary(t) || RoleFinder.partAt(ps, k) != null && !RoleFinder.partAt(ps, k).nisba()) {
        return;
      }
    }
  }

  /** The first part from token {@code from} after a target preposition, before a boundary, or null. */
  private static Part target(List<Token> tokens, int to, List<Part> ps, TriggerLexicon.Entry e, int from,
                             Part actor) {
    for (Part p : ps) {
      if (p.first() < from || p == actor) {
        continue;
      }
      if (p.first() - from > WINDOW || Clause.between(tokens, from, p.first())) {
        return null;
      }
      if (TARGET_PREPS.contains(p.prep()) || !p.prep().isEmpty() && e.preps().contains(p.prep())) {
        boolean ownTitle = p.titleOnly() && actor != null && actor.country() != null
            && actor.country().equals(p.country()); // «المجزرة الإسرائيلية التي ارتكبت ضد متظاهرين»: a bare title
        return p.media() || ownTitle ? null : p;   // took the attacker's state as the last one named
      }
    }
    return null;
  }
}
