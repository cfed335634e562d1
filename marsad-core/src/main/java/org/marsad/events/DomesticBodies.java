package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Police, authorities and security forces named bare act where they are (session 19): «قبل أن تصيبه الشرطة بالرصاص»
 * in Amsterdam, «اعتقلت الشرطة أحد أقرباء المرأتين ... في مدينة بورصة» (was SYR from the victims named before, now
 * TUR), «عندما أوقفتهما الشرطة الخاصة في منطقة سكنية في بروكسل» (was IRN from «من أصل إيراني», now BEL), «بعدما قمعت
 * السلطات الاحتجاجات التي خرجت في الريف وجرادة» (was FRA, now MAR).
 *
 * <p>Rule: an ASSAULT or COERCE whose actor is a bare title of police, authorities or security forces (no entity gives
 * it a state: its state came from the last state named) and whose place, named near the trigger, is of another state,
 * takes the place's state. Police and authorities do not act abroad; an army does (the Turkish army in Afrin), so
 * «الجيش» is left as it is.
 */
final class DomesticBodies {
  /** Head words of domestic bodies (normalised, without «ال» and «و»). */
  private static final Set<String> BODIES = Set.of("شرطه", "سلطات", "امن", "الامن", "قوات الامن", "شرطه الخاصه");

  private DomesticBodies() {
  }

  /** The actor of candidate {@code c} moved to the state of its place, or the actor as it is. */
  static Part actor(List<Token> tokens, Cand c) {
    Part a = c.actor;
    if (a == null || !a.titleOnly() || a.country() == null || !(c.type().equals("ASSAULT")
        || c.type().equals("COERCE")) || !c.placeNear || c.place == null || c.place.country() == null
        || c.place.country().equals(a.country()) || c.place.nisba() || !domestic(tokens, a)) {
      return a;
    }
    return a.withCountry(c.place.country());
  }

  private static boolean domestic(List<Token> tokens, Part a) {
    String head = Parts.stripArticle(Parts.stripConj(tokens.get(a.first()).norm()));
    if (head.equals("قوات") && a.end() > a.first() + 1) {
      return Parts.stripArticle(tokens.get(a.first() + 1).norm()).equals("امن"); // «قوات الأمن»
    }
    return BODIES.contains(head);
  }
}
