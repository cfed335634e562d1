package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A nisba that qualifies a land or a topic is no actor (session 20): «الرد الإسرائيلي داخل الأراضي السورية، الذي استهدف
 * مواقع ... القوات الإيرانية» gave the strike to Syria (SYR>IRN), «خبراء الشأن الأفغاني» made Afghanistan the backer of
 * a Pakistani Taliban leader.
 *
 * <p>Rule: an actor that is a nisba right after «الأراضي/أراضي» (territory) or «الشأن/الشؤون» (affairs), with or
 * without «و/ب/ل», is dropped; the land is where the event happens or the topic what is spoken of, and the recipient
 * it gives («الهجمات ... على الأراضي السورية») is kept.
 */
final class LandNisbas {
  /** Nouns of territory and affairs (normalised, without «و/ف»). */
  private static final Set<String> LAND_OR_TOPIC = Set.of("الاراضي", "اراضي", "بالاراضي", "للاراضي", "الشان",
      "بالشان", "للشان", "الشوون", "بالشوون", "للشوون", "شوون");

  private LandNisbas() {
  }

  /** The actor of candidate {@code c}, or null when it is the nisba of a land or topic. */
  static Part actor(List<Token> tokens, Cand c) {
    Part a = c.actor;
    if (a == null || !a.nisba() || a.first() == 0
        || !LAND_OR_TOPIC.contains(Parts.stripConj(tokens.get(a.first() - 1).norm()))) {
      return a;
    }
    return null;
  }
}
