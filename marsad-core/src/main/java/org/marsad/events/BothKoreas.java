package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «الكوريتان»: the dual of the Korean nisba names both Koreas, not South Korea alone (session 13).
 *
 * <p>The knowledge base reads «الكوريتان/الكوريتين» as a form of the nisba of KOR, so «التقى زعيما الكوريتين» was
 * KOR>KOR and «توصلت الكوريتان إلى اتفاق» KOR>None. Rules, for a part holding the dual («الكوريتان», «زعيما
 * الكوريتين», «للكوريتين»):
 * <ol>
 *   <li>a meeting, agreement or cooperation with the dual as one side and no other state as the other side is
 *       between the South (actor) and the North (recipient);</li>
 *   <li>a statement with the dual as its actor is made by both: the North joins as a further speaker.</li>
 * </ol>
 */
final class BothKoreas {
  /** The dual forms, normalised, without clitics. */
  private static final Set<String> DUALS = Set.of("الكوريتان", "الكوريتين", "الكوريتيين", "كوريتين", "كوريتان");
  /** Types whose two sides meet, agree or work together. */
  private static final Set<String> RECIPROCAL = Set.of("CONSULT", "AGREE", "COOPERATE");
  /** Types said by a speaker. */
  private static final Set<String> STATEMENTS = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN");
  static final String SOUTH = "KOR";
  static final String NORTH = "PRK";

  private BothKoreas() {
  }

  /** True when part {@code p} holds a dual form of the Korean nisba. */
  static boolean dual(List<Token> tokens, Part p) {
    if (p == null) {
      return false;
    }
    for (int i = p.first(); i < p.end(); i++) {
      for (String c : org.marsad.kb.Clitics.prefixCandidates(tokens.get(i).norm())) {
        if (DUALS.contains(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Gives candidate {@code c} both Koreas as its sides where a rule applies. */
  static void read(List<Token> tokens, Cand c) {
    boolean a = dual(tokens, c.actor);
    boolean r = dual(tokens, c.recipient);
    if (!a && !r) {
      return;
    }
    if (RECIPROCAL.contains(c.type())) {
      Part both = a ? c.actor : c.recipient;
      Part other = a ? c.recipient : c.actor;
      if (other == null || other.country() == null || dual(tokens, other) || korean(other)) {
        c.actor = as(both, SOUTH);
        c.recipient = as(both, NORTH);
      }
    } else if (a && STATEMENTS.contains(c.type())) {
      c.actor = as(c.actor, SOUTH);
      List<Part> co = new ArrayList<>(c.coActors);
      co.add(as(c.actor, NORTH));
      c.coActors = List.copyOf(co);
    }
  }

  private static boolean korean(Part p) {
    return SOUTH.equals(p.country()) || NORTH.equals(p.country());
  }

  private static Part as(Part p, String country) {
    return new Part(p.first(), p.end(), p.start(), p.stop(), country, p.sector(), null, p.entity(), p.prep(),
        p.place(), p.nisba(), p.media(), p.titleOnly());
  }
}
