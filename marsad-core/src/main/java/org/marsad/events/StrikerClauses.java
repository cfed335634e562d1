package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The striker named in a clause on the attack that caused the casualties: «قتل ستة مدنيين بغارات جوية شنها الطيران
 * الروسي», «وأسفرت غارات جوية شنها الطيران الروسي عن مقتل», «في الغارات التي شنتها طائرات روسية».
 *
 * <p>Rule (session 14): for an ASSAULT, within {@link #REACH} words after its trigger (or at the trigger itself) an
 * attack noun («غارات», «بغارة», «القصف», «هجوم»), then at most {@link #ADJECTIVES} words without a participant
 * («جوية», «عنيفة»), then a support verb with an object pronoun («شنها», «نفذتها», «ارتكبتها») or «الذي/التي» and a
 * support verb, then at most one word of aircraft, guns or the air arm («طائرات», «مقاتلات», «الطيران»), then a participant with no
 * preposition that can act: that participant struck. It becomes the actor when the attack has none, or when it was
 * taken as the one struck, or a bare noun of victims took its state («ستة مدنيين» read as Russian from «روسية»): the
 * recipient is then dropped, the force after «شنها» did not hit itself. An actor the
 * sentence already names elsewhere is kept.
 *
 * <p>Session 21: a state named right after the support verb is its government, not a place («بعد ضربات صاروخية
 * شنتها الولايات المتحدة ... ضد مواقع سورية» USA>SYR); «كل من» before the strikers is skipped («الضربات التي وجهتها
 * كل من أمريكا وبريطانيا»); a recipient coordinated with «و» right after the striker struck with it and is dropped
 * («شنتها الولايات المتحدة وبريطانيا»).
 */
final class StrikerClauses {
  /** Attack nouns (normalised, without «و/ف», «بـ/في» and «ال»). */
  private static final Set<String> ATTACKS = Set.of("غاره", "غارات", "غارتين", "ضربه", "ضربات", "ضربتين", "هجوم",
      "هجمات", "هجوما", "قصف", "قصفا", "عمليه", "عمليات", "تفجير", "تفجيرات", "مجزره", "مجازر", "اعتداء",
      "اعتداءات", "كمين");
  /** The air arm before its nisba («الطيران الروسي», «سلاح الجو الإسرائيلي»), normalised. */
  private static final Set<String> AIR_ARMS = Set.of("الطيران", "طيران");
  /** Words after the trigger within which the attack noun is sought. */
  static final int REACH = 8;
  /** Words allowed between the attack noun and the support verb («جوية», «عنيفة»). */
  static final int ADJECTIVES = 2;

  private StrikerClauses() {
  }

  /** Gives ASSAULT candidate {@code c} of a sentence ending at {@code to} the striker its attack's clause names. */
  static void read(List<Token> tokens, int to, List<Part> ps, Cues cues, Cand c) {
    if (!c.type().equals("ASSAULT")) {
      return;
    }
    Part striker = striker(tokens, to, ps, cues, c.trigger.first());
    if (striker == null || striker.country() == null) {
      return;
    }
    boolean struck = c.recipient != null && (c.recipient.first() == striker.first()
        || c.recipient.entity() == null && c.recipient.titleOnly() && striker.country().equals(c.recipient.country()));
    if (c.actor == null || struck) {
      c.actor = striker;
      if (struck) {
        c.recipient = null;
      }
    }
    if (c.actor != null && c.actor.first() == striker.first() && c.recipient != null
        && coordinatedAfter(tokens, striker, c.recipient)) {
      c.recipient = null; // «ضربات شنتها الولايات المتحدة وبريطانيا»: the second state struck with the first
    }
  }

  /** The participant named as the striker of an attack noun from token {@code i} on, or null. */
  static Part striker(List<Token> tokens, int to, List<Part> ps, Cues cues, int i) {
    for (int k = i; k < Math.min(to, i + 1 + REACH); k++) {
      Token t = tokens.get(k);
      if (k > i && Clause.isBoundary(t)) {
        return null;
      }
      if (!ATTACKS.contains(bare(t.norm()))) {
        continue;
      }
      for (int v = k + 1; v < Math.min(to, k + 2 + ADJECTIVES); v++) {
        int after = supportVerbEnd(tokens, v, to, cues);
        if (after > 0) {
          return agentAt(tokens, ps, after, to);
        }
        if (RoleFinder.partAt(ps, v) != null || Clause.isBoundary(tokens.get(v))) {
          break;
        }
      }
    }
    return null;
  }

  /** The token after a support verb with a pronoun (or «الذي/التي» + support verb) at {@code v}, or -1. */
  private static int supportVerbEnd(List<Token> tokens, int v, int to, Cues cues) {
    String n = tokens.get(v).norm();
    String bare = RoleFinder.stripSuffix(n);
    if (!bare.equals(n) && cues.is("light", bare)) {
      return v + 1;
    }
    if ((n.equals("الذي") || n.equals("التي")) && v + 1 < to) {
      String w = tokens.get(v + 1).norm();
      if (cues.is("light", w) || cues.is("light", RoleFinder.stripSuffix(w))) {
        return v + 2;
      }
    }
    return -1;
  }

  private static Part agentAt(List<Token> tokens, List<Part> ps, int k, int to) {
    if (k + 2 < to && tokens.get(k).norm().equals("كل") && tokens.get(k + 1).norm().equals("من")) {
      k += 2; // «الضربات التي وجهتها كل من أمريكا وبريطانيا» (session 21)
    }
    if (k >= to) {
      return null;
    }
    Part p = RoleFinder.partAt(ps, k);
    if (p == null && k + 1 < to && (RoleFinder.isCraft(tokens.get(k).norm()) || AIR_ARMS.contains(tokens.get(k).norm()))) {
      p = RoleFinder.partAt(ps, k + 1); // «شنتها طائرات روسية», «نفذتها مقاتلات التحالف»
    }
    // a state named right after the verb is its government, not a place: «ضربات صاروخية شنتها الولايات المتحدة»
    boolean state = p != null && p.first() == k && p.place() && isState(p);
    return p != null && (p.first() == k || p.first() == k + 1) && p.prep().isEmpty() && !p.media()
        && (!p.place() || state) ? p : null;
  }

  /** True for a part that names a whole state (its knowledge-base id is the state's «iso3:» code). */
  private static boolean isState(Part p) {
    return p.entity() != null && p.country() != null && ("iso3:" + p.country()).equals(p.entity().kb());
  }

  /** True when part {@code q} is coordinated right after {@code p} with «و» («شنتها الولايات المتحدة وبريطانيا»). */
  static boolean coordinatedAfter(List<Token> tokens, Part p, Part q) {
    return q.first() == p.end() && q.prep().isEmpty() && tokens.get(q.first()).norm().startsWith("\u0648");
  }

  private static String bare(String norm) {
    String n = Parts.stripConj(norm);
    if (n.length() > 3 && n.charAt(0) == '\u0628') {
      n = n.substring(1);
    }
    return Parts.stripArticle(n);
  }
}
