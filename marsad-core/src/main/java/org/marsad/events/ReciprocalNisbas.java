package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * Two nisbas after a noun of meeting, agreement or cooperation name its two sides.
 *
 * <p>Rule (session 12): a CONSULT, AGREE or COOPERATE noun («التعاون», «التنسيق», «مباحثات», «القمة») right
 * before a part made of nisbas of two states («التعاون السعودي التركي», «التنسيق السعودي الإماراتي») is between
 * them: the first nisba is the actor (the part keeps its country), the second, of another state, becomes the
 * recipient when there is none or the recipient is the actor's own state. Before, the part was read as one actor
 * with no recipient. A settlement («التسوية الفلسطينية الإسرائيلية») is a process sought, left as it was.
 */
final class ReciprocalNisbas {
  /** Types whose noun names a meeting, agreement or cooperation of two sides. */
  private static final Set<String> RECIPROCAL = Set.of("CONSULT", "AGREE", "COOPERATE");

  /** Nouns of a process still sought, no agreement made («التسوية الفلسطينية الإسرائيلية»), normalised. */
  private static final Set<String> PROCESSES = Set.of("التسويه", "تسويه", "والتسويه");

  private ReciprocalNisbas() {
  }

  /** Gives candidate {@code c} the second nisba of its actor part as recipient, when the rule applies. */
  static void recipient(List<Token> tokens, List<Entity> entities, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part a = c.actor;
    if (!RECIPROCAL.contains(c.type()) || m.entry().verb() || a == null || a.country() == null || !a.nisba()
        || a.first() != m.end() || PROCESSES.contains(tokens.get(m.first()).norm())) {
      return;
    }
    if (c.recipient != null && !a.country().equals(c.recipient.country())) {
      return;
    }
    Part second = secondNisba(tokens, entities, a);
    if (second != null) {
      c.recipient = second;
    }
  }

  /**
   * The part of the first nisba inside {@code a} of a state other than {@code a}'s, when every entity inside
   * {@code a} is a nisba; else null.
   */
  static Part secondNisba(List<Token> tokens, List<Entity> entities, Part a) {
    Entity second = null;
    for (Entity e : entities) {
      if (e.end() <= a.start() || e.start() >= a.stop()) {
        continue;
      }
      if (!Parts.isNisba(e)) {
        return null; // «الصحفي التركي الألماني دنيز يوجيل»: a name, a person of two nationalities
      }
      if (second == null && !e.country().equals(a.country())) {
        second = e;
      }
    }
    if (second == null) {
      return null;
    }
    int first = EventExtractor.tokenAt(tokens, second.start());
    int end = first;
    while (end < a.end() && tokens.get(end).start() < second.end()) {
      end++;
    }
    return new Part(first, end, second.start(), second.end(), second.country(), second.sector(), null, second, "",
        false, true, false, false);
  }
}
