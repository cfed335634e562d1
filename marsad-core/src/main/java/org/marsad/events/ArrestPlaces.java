package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * An arrest with no one named as arresting is made by the state of the place named after it: «تم اعتقاله ووالديه
 * في باريس», «اعتقل المغربي هشام الحنفي في مرسيليا جنوب شرق فرنسا», «وألقي القبض على تسعة رجال ... في مداهمات في
 * مناطق مختلفة من فرنسا», «اعتقال الصادق المهدي في السودان». The guide codes a state's police and courts as that
 * state, and a passive arrest in a country is its police's.
 *
 * <p>Rule (session 17): a COERCE trigger of mode {@code arrest} (arrest, detention, trial) with no actor, whose place
 * follows it in its clause after a locative preposition («في», «بـ», «داخل» …) and names a state, takes that place as
 * actor (and, when no one arrested is named, as recipient, by the older rule of the people of the place). The
 * place must follow the act: one named before it belongs to another clause («أستاذا زائرا في جامعة ببلجيكا عندما
 * تم اعتقاله، خلال زيارة إلى إيران»). Palestine is left out: arrests there with no arrester named are most often made
 * by Israel's forces, not by the Palestinian authorities.
 */
final class ArrestPlaces {
  /** The COERCE mode of arrests, detentions and trials. */
  private static final String ARREST = "arrest";
  /** Places whose arrests are not, by default, those of the state they belong to. */
  private static final Set<String> OCCUPIED = Set.of("PSE");

  private ArrestPlaces() {
  }

  /** The place that arrested in candidate {@code c}, or null (the rule); {@code from} is the sentence's first token. */
  static Part holder(List<Token> tokens, Cand c) {
    Part p = c.place;
    if (!c.type().equals("COERCE") || !ARREST.equals(c.trigger.entry().mode()) || c.actor != null || p == null
        || p.country() == null || OCCUPIED.contains(p.country()) || p.first() < c.trigger.end()
        || !Parts.LOCATIVE.contains(p.prep()) || Clause.between(tokens, c.trigger.end(), p.first())) {
      return null;
    }
    return p;
  }
}
