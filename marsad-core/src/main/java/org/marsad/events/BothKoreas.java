package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * «الكوريتان» (the two Koreas) as the two sides of a meeting, agreement or cooperation.
 *
 * <p>Rule (session 13): a CONSULT, AGREE or COOPERATE candidate whose actor or recipient is a part holding the
 * dual «الكوريتان/الكوريتين» (with «لـ», «بـ», «و»: «زعيما الكوريتين», «القمة بين الكوريتين», «توصلت الكوريتان إلى
 * اتفاق») and that has no side of a third state is between South Korea (the actor) and North Korea (the recipient).
 * The knowledge base reads the dual as South Korea alone, so the event had one side (no event) or South Korea twice
 * («التقى زعيما الكوريتين» KOR>KOR).
 */
final class BothKoreas {
  /** Types whose two sides are the two Koreas. */
  private static final Set<String> RECIPROCAL = Set.of("CONSULT", "AGREE", "COOPERATE");
  /** The dual of «Korea» (normalised, with its clitics stripped by {@link Parts#inSet}). */
  private static final Set<String> KOREAS = Set.of("الكوريتين", "الكوريتان", "كوريتين", "للكوريتين",
      "بالكوريتين");
  private static final String SOUTH = "KOR";
  private static final String NORTH = "PRK";

  private BothKoreas() {
  }

  /** Gives candidate {@code c} the two Koreas as actor and recipient, when the rule applies. */
  static void read(List<Token> tokens, Cand c) {
    if (!RECIPROCAL.contains(c.type())) {
      return;
    }
    Part koreas = koreas(tokens, c.actor) ? c.actor : koreas(tokens, c.recipient) ? c.recipient : null;
    if (koreas == null || third(c.actor) || third(c.recipient)) {
      return;
    }
    c.actor = koreas.withCountry(SOUTH);
    c.recipient = koreas.withCountry(NORTH);
  }

  /** True when part {@code p} holds the dual «الكوريتين». */
  static boolean koreas(List<Token> tokens, Part p) {
    if (p == null) {
      return false;
    }
    for (int k = p.first(); k < p.end(); k++) {
      if (Parts.inSet(KOREAS, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when part {@code p} is of a state other than the two Koreas. */
  private static boolean third(Part p) {
    return p != null && p.country() != null && !p.country().equals(SOUTH) && !p.country().equals(NORTH);
  }
}
