package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * An exchange of fire or a clash named by the nisbas of its two sides is an attack by each on the other: «تبادل
 * القصف الإسرائيلي الإيراني في الجولان» (ISR>IRN and IRN>ISR), «الاشتباكات الهندية الباكستانية على الحدود».
 *
 * <p>Rule (session 17): an ASSAULT noun right after «تبادل» («وتبادل», «بتبادل»), or a noun of fighting that is
 * mutual by itself («اشتباكات», «مواجهات», «معارك», «قتال»), whose actor is the part right after it made of the nisbas
 * of two states ({@link ReciprocalNisbas#secondNisba}), takes the second nisba as recipient and is mirrored: a twin
 * with the sides swapped is reported beside it. Before, the part was read as one actor of the first state, and the
 * recipient came from the place («الجولان» → SYR).
 */
final class Exchanges {
  /** «تبادل» with its prefixes (normalised). */
  private static final Set<String> EXCHANGE = Set.of("تبادل", "وتبادل", "بتبادل", "لتبادل", "التبادل");
  /** Nouns of fighting that are mutual by themselves (normalised, with or without «ال»). */
  private static final Set<String> MUTUAL = Set.of("اشتباكات", "اشتباك", "مواجهات", "مواجهه", "معارك", "معركه",
      "قتال", "الاشتباكات", "المواجهات", "المعارك", "القتال", "الاشتباك");

  private Exchanges() {
  }

  /** Gives candidate {@code c} its second side and marks it mirrored, when the rule applies. */
  static void read(List<Token> tokens, List<Entity> entities, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part a = c.actor;
    if (!c.type().equals("ASSAULT") || m.entry().verb() || a == null || a.country() == null || !a.nisba()
        || a.first() != m.end()) {
      return;
    }
    boolean exchange = m.first() > 0 && EXCHANGE.contains(tokens.get(m.first() - 1).norm());
    if (!exchange && !MUTUAL.contains(Parts.stripConj(tokens.get(m.first()).norm()))) {
      return;
    }
    Part second = ReciprocalNisbas.secondNisba(tokens, entities, a);
    if (second != null && second.first() > a.first()) {
      c.actor = new Part(a.first(), second.first(), a.start(), tokens.get(second.first() - 1).end(), a.country(),
          a.sector(), a.name(), a.entity(), a.prep(), a.place(), true, a.media(), a.titleOnly()); // the first nisba
      c.recipient = second; // only, so that the two sides do not overlap ({@link OneSide})
      c.mirrored = true;
    }
  }
}
