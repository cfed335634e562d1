package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * The subject of a statement verb in a relative clause when it is not the noun before the pronoun.
 *
 * <p>Rule (session 17): a statement verb with no object pronoun right after «الذي» whose form is feminine («تتهم»,
 * «اتهمت»), or right after «التي» whose form is masculine («طالب», «يتهم»), does not agree with the noun before the
 * pronoun, so that noun is not its subject: the part right after the verb is («سيرغي سكريبال الذي تتهم لندن موسكو
 * بتسميمه» GBR>RUS, was RUS>GBR with Skripal as accuser; «بند الكفيل الكويتي التي طالب الجانب الفلبيني بوضعها»
 * PHL>KWT, was KWT>PHL), its object the next part or, when none is named, the noun before the pronoun. A pronoun noun
 * of the antecedent itself («الذي تدعم بلاده دمشق», «حكومته») is no other subject.
 */
final class RelativeSubjects {
  /** Nouns with a pronoun of the antecedent («بلاده», «حكومتها»), normalised: its own side, no other subject. */
  private static final Set<String> OWN = Set.of("بلاده", "بلادها", "حكومته", "حكومتها", "دولته", "دولتها", "جيشه",
      "جيشها", "قواته", "قواتها", "ادارته", "ادارتها", "وزارته", "وزارتها");

  private RelativeSubjects() {
  }

  /**
   * True when the statement verb {@code e} after the relative pronoun {@code relative} (normalised) does not agree with
   * it, and the part {@code after} right after the verb is another subject, not a noun with a pronoun of the
   * antecedent.
   */
  static boolean otherSubject(List<Token> tokens, String relative, TriggerLexicon.Entry e, Part after) {
    if (!e.verb() || e.plural()) {
      return false;
    }
    boolean feminine = e.feminine() || Morphology.presentTense(e) && e.words()[0].charAt(0) == 'ت';
    boolean disagrees = relative.equals("الذي") && feminine || relative.equals("التي") && Morphology.masculineVerb(e);
    if (!disagrees) {
      return false;
    }
    return !OWN.contains(Parts.stripConj(tokens.get(after.first()).norm()));
  }

  /**
   * The speaker the part {@code after} stands for: itself, or, for a plural of groups described as of rights or aid
   * right after its head («منظمات حقوقية دولية», {@link RightsGroups}), those groups as a side of no state (the part had
   * taken the state named last: «شوكان الذي تطالب منظمات حقوقية بإطلاق سراحه» is no Egyptian demand).
   */
  static Part speaker(List<Token> tokens, Part after, int to) {
    if (!RightsGroups.GROUPS.contains(Parts.stripConj(tokens.get(after.first()).norm())) || after.entity() != null) {
      return after;
    }
    for (int j = after.first() + 1; j < Math.min(to, after.first() + 3); j++) {
      if (RightsGroups.RIGHTS.contains(tokens.get(j).norm())) {
        Token g = tokens.get(after.first());
        return new Part(after.first(), after.end(), g.start(), tokens.get(after.end() - 1).end(), null, "NGO", null,
            null, "", false, false, false, true);
      }
    }
    return after;
  }
}
