package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The people in the genitive of an aid noun are the ones aided, not the donors: «في إطار الجهود الإماراتية لإغاثة
 * كل اليمنيين» is the UAE's aid to the Yemenis, «ركزت على إغاثة اليمنيين» names no donor.
 *
 * <p>Rule (session 20): an AID noun of one word whose actor is a plural of people in the oblique («اليمنيين»,
 * «السوريين»: {@link Morphology#obliquePlural}) right after it, or after «كل/جميع», has that part as its recipient;
 * its actor is the nisba or the part ending right before the noun («الجهود الإماراتية لإغاثة» ARE>YEM), else none,
 * so no event is reported.
 */
final class AidedPeople {
  /** Words of «all» between the noun and the people (normalised). */
  private static final Set<String> ALL = Set.of("كل", "جميع", "كافه");

  private AidedPeople() {
  }

  /** Makes the oblique plural after AID candidate {@code c}'s noun its recipient (the rule). */
  static void read(List<Token> tokens, int from, List<Part> parts, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part people = c.actor;
    if (!c.type().equals("AID") || m.entry().verb() || m.end() - m.first() != 1 || people == null
        || !people.prep().isEmpty() || people.place()) {
      return;
    }
    int k = m.end();
    if (k < people.first() && ALL.contains(tokens.get(k).norm())) {
      k++;
    }
    if (people.first() != k || !Morphology.obliquePlural(tokens.get(people.first()))) {
      return;
    }
    Part donor = null;
    for (Part p : parts) {
      if (p.end() == m.first() && p.first() >= from && p != people && p.identified()) {
        donor = p;
      }
    }
    c.recipient = people;
    c.actor = donor;
  }
}
