package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A protest told with no protesters, no one protested against and no place of another state is made by the people
 * of the article's country: «مقتل ثلاثة متظاهرين غداة احتجاجات على نتائج الانتخابات» in a story from Zimbabwe,
 * «في محاولة لاحتواء التظاهرات التي تجتاح جنوب البلاد» in one from Iraq, «وتشهد مدينة البصرة احتجاجات شعبية» (the
 * place before the protest). Before, such a protest had no side and was dropped.
 *
 * <p>Rule (session 19): a PROTEST trigger of a demonstration, march, sit-in or strike (modes {@code demo},
 * {@code strike}) with neither actor nor recipient, asserted, whose sentence names no place of a state other than the
 * article's country, takes the article's country ({@code EventExtractor}'s home part) as actor. Not when the
 * protesters are only the object of another act, as in {@link ProtestPlaces}: a protester noun in the oblique case
 * («اعتقلت الشرطة عشرات المتظاهرين»), or a protest word after an attack or coercion in its clause («قمع الشرطة
 * لمظاهرات سلمية»); not a military parade.
 */
final class HomeProtests {
  /** The PROTEST modes of demonstrations, marches, sit-ins and strikes. */
  private static final Set<String> MODES = Set.of("demo", "strike");
  /** Protester nouns in the oblique case (normalised endings), the object of another act or of a preposition. */
  private static final List<String> OBLIQUE = List.of("متظاهرين", "محتجين", "معتصمين");
  /** Words after «مسيرة» that make it a parade, not a march of protest. */
  private static final Set<String> PARADE = Set.of("العسكريه", "عسكريه");
  /** The singular march, most often a career, a path, a television channel or a parade here. */
  private static final Set<String> MARCH = Set.of("مسيره", "المسيره");
  /** Words after a singular march that make it a march of protest («مسيرة العودة الكبرى», «مسيرة احتجاجية»). */
  private static final Set<String> PROTEST_MARCH = Set.of("العوده", "احتجاجيه", "سلميه", "حاشده", "تضامن",
      "تضامنيه", "مناهضه", "ضد");
  /** Types of the acts whose object a protest word may be. */
  private static final Set<String> ACTS_ON = Set.of("ASSAULT", "COERCE");

  private HomeProtests() {
  }

  /**
   * True when candidate {@code c} is a protest that may be the article's people's (the rule, but for the sides and
   * the place, which {@code EventExtractor} tests once the article's sides are read); {@code sentence} holds the
   * sentence's candidates and {@code to} is the sentence's end.
   */
  static boolean unplaced(List<Token> tokens, int to, Cand c, List<Cand> sentence) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("PROTEST") || !MODES.contains(m.entry().mode())) {
      return false;
    }
    String word = Parts.stripConj(tokens.get(m.first()).norm());
    for (String o : OBLIQUE) {
      if (word.endsWith(o)) {
        return false; // «اعتقلت الشرطة عشرات المتظاهرين»: the protesters are the arrest's object
      }
    }
    String next = m.end() < to ? tokens.get(m.end()).norm() : "";
    if (PARADE.contains(next) || MARCH.contains(word) && !PROTEST_MARCH.contains(next)) {
      return false; // «المسيرة العسكرية»: a parade; «في مسيرتي السياسية», «تقرير المسيرة»: no march of protest
    }
    if (word.startsWith("تظاهر") && next.startsWith("ب")) {
      return false; // «تظاهر بأنه السيناتور»: he pretended
    }
    for (Cand o : sentence) {
      int k = o.trigger.first();
      if (o != c && ACTS_ON.contains(o.type()) && k < m.first() && k >= c.clause) {
        return false; // «قمع الشرطة الإيرانية لمظاهرات سلمية»: the protest is what is put down
      }
    }
    return true;
  }

  /** True when {@code c}, a protest of {@link #unplaced}, is the people's of {@code home} (the article's country). */
  static boolean home(Cand c, Part home) {
    return c.homeProtest && c.actor == null && c.recipient == null && home != null && home.country() != null
        && (c.place == null || c.place.country() == null || c.place.country().equals(home.country()));
  }
}
