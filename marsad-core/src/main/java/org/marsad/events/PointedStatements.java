package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A statement or meeting noun pointed at by a demonstrative names an act told before, not one of the sentence's
 * speaker: «واعتبرت بيونغ يانغ أن تلك المطالب تعكس عقلية "أشبه بالعصابات"» (the demands are Pompeo's), «وأعرب ملك
 * الأردن عن شكره ... على تجاوبهما مع هذه الدعوة» (the call is the Saudi king's), «أي جهود أخرى تصب في هذه الوساطة».
 *
 * <p>Rule (session 20): a definite noun trigger of one word («المطالب», «الدعوة», «الوساطة»; not a verb, and not an
 * indefinite predicate: «هذه دعوة للجميع» is a call made) of a statement,
 * meeting or sanction type, right after «هذا/هذه/ذلك/تلك/هاتين/هذين/هؤلاء» (also with «و/بـ/لـ»), whose actor stands
 * before it, loses its sides, so no event is reported for it: the act pointed at was reported where it was told. A
 * nisba or a part right after the noun names its own actor and keeps it («تلك العقوبات الأميركية الجديدة», «هذه
 * الزيارة ... بحث الرئيس»).
 */
final class PointedStatements {
  /** The demonstratives (normalised, with their conjunction and prepositions). */
  private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هاتين", "هذين", "هولاء",
      "وهذا", "وهذه", "وتلك", "وذلك", "بهذا", "بهذه", "بتلك", "بذلك", "لهذا", "لهذه", "لتلك", "لذلك");
  /** The types of the rule. */
  private static final Set<String> TYPES = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "CONSULT",
      "SANCTION", "AGREE", "COOPERATE");

  private PointedStatements() {
  }

  /** True when candidate {@code c}'s noun is pointed at by a demonstrative and its actor stands before it. */
  static boolean pointed(List<Token> tokens, List<Part> parts, int from, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!TYPES.contains(c.type()) || m.entry().verb() || m.end() - m.first() != 1 || m.first() <= from
        || c.actor == null || c.actor.end() > m.first()) {
      return false;
    }
    if (!DEMONSTRATIVES.contains(tokens.get(m.first() - 1).norm()) || !Morphology.definite(tokens.get(m.first()))) {
      return false; // «إن "هذه دعوة للجميع"»: an indefinite noun after the demonstrative is its predicate, a call made
    }
    return RoleFinder.partAt(parts, m.end()) == null;
  }

  /** Drops the sides of a pointed noun (the rule). */
  static void read(List<Token> tokens, List<Part> parts, int from, Cand c) {
    if (pointed(tokens, parts, from, c)) {
      c.actor = null;
      c.recipient = null;
    }
  }
}
