package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Rebels and opposition forces a foreign state backs, meets or fights are of the country they fight in, not of that
 * state: «تركيا، التي تدعم بعض قوات المتمردين في إدلب», «هجوم حكومي سوري تسانده روسيا أجبر قوات المعارضة على
 * الاستسلام», «انهيار محادثات الروس مع المعارضة جنوبي سوريا». A bare title («قوات المعارضة», «المتمردين») takes the
 * state named last before it, which here is the foreign actor itself.
 *
 * <p>Rule (session 18): a recipient that is a bare title with a word of the opposition or rebels, of the actor's own
 * state, while the event took place in another state (its place near it and after the trigger, no co-actor: not
 * «وتتهم دمشق وموسكو مقاتلي المعارضة», not a meeting's city named before «... في بروكسل، ... الذي تتهم روسيا فيه
 * بدعم الانفصاليين»), is of the state of the place.
 */
final class BackedRebels {
  /** Words of the opposition and rebels (normalised, without «و», «ال» kept as written). */
  private static final Set<String> REBELS = Set.of("المعارضه", "معارضه", "المعارضين", "معارضين", "المتمردين",
      "متمردين", "المتمردون", "الفصايل", "فصايل", "الانفصاليين");

  private BackedRebels() {
  }

  /** The recipient of candidate {@code c} given the state of its place when the rule holds, else its recipient. */
  static Part recipient(List<Token> tokens, Cand c) {
    Part r = c.recipient;
    if (r == null || !r.titleOnly() || c.actor == null || c.actor.country() == null
        || !c.actor.country().equals(r.country()) || !c.placeNear || c.place.country() == null
        || c.place.first() < c.trigger.end()
        || c.coActors.contains(c.place)
        || c.place.country().equals(r.country())) {
      return r;
    }
    for (int k = r.first(); k < r.end(); k++) {
      if (Parts.inSet(REBELS, tokens.get(k).norm())) {
        return r.withCountry(c.place.country());
      }
    }
    return r;
  }
}
