package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Relative and adjectival clauses around a trigger: «الهجوم الذي شنته أذربيجان», «شركة تدعم», «المسلحون الذين قد
 * هاجموا».
 *
 * <p>Rules:
 * <ul>
 *   <li>«الذي», «التي», «الذين» right before a verb open a relative clause; its antecedent is the part right before
 *       the pronoun, or before a comma or one definite adjective there;</li>
 *   <li>after a noun of time or place («في الوقت الذي», «اليوم الذي») the relative is an adverb;</li>
 *   <li>a present verb right after an indefinite noun with «ة» or the accusative «ـًا» («شركة تدعم») opens a
 *       clause describing that noun, unless the word is a particle («كما», «بينما», «انها»);</li>
 *   <li>between a subject and its plural verb only linkers may stand (relative pronouns, «قد», «ثم», «كانوا»).</li>
 * </ul>
 */
final class Relatives {
  static boolean relativeBefore(List<Token> tokens, int a, int from) {
    if (a - 1 < from) {
      return false;
    }
    String n = tokens.get(a - 1).norm();
    return n.equals("الذي") || n.equals("التي") || n.equals("الذين");
  }

  /** The part right before the relative pronoun before token {@code a}. */
  static Part antecedent(List<Token> tokens, List<Part> parts, int a, int from) {
    Part best = null;
    for (Part p : parts) {
      if (p.end() == a - 1 || p.end() == a - 2 && (tokens.get(a - 2).kind() == Token.Kind.PUNCT
          || tokens.get(a - 2).norm().startsWith("ال"))) {
        best = p; // right before the pronoun, or before a comma or one adjective there («رئيسة الحكومة البريطانية،
      }           // التي», «الغوطة الشرقية المحاصرة التي»)
    }
    return best;
  }

  /** Nouns of time and place before «الذي» that make it an adverb («في الوقت الذي»), normalised. */
  private static final Set<String> ADVERBIAL_ANTECEDENTS = Set.of("الوقت", "اليوم", "الحين", "اللحظه", "الساعه",
      "الشهر", "العام", "الاسبوع", "المكان");

  /** True when the word before the relative pronoun before {@code a} is one of {@link #ADVERBIAL_ANTECEDENTS}. */
  static boolean adverbialRelative(List<Token> tokens, int a, int from) {
    return a - 2 >= from && Parts.inSet(ADVERBIAL_ANTECEDENTS, tokens.get(a - 2).norm());
  }

  /** Particles ending like an indefinite noun that may stand before a verb («كما», «بينما», «انها»), normalised. */
  private static final Set<String> PARTICLES = Set.of("كما", "بينما", "فيما", "حيثما", "لما", "عندما", "ربما", "انما",
      "طالما", "كلما", "بعدما", "مثلما", "انها", "لانها", "بانها", "كونها", "انه", "ايضا", "دايما", "حاليا", "جميعا",
      "اما", "اذا", "حتي", "لذا", "ولذا", "وكما", "هنا", "معا", "ابدا", "غالبا", "احيانا", "لاحقا", "مجددا", "سابقا",
      "اولا", "ثانيا", "فورا", "قريبا", "حيث", "هذه", "لهذه", "كانت", "ظلت", "مازالت", "زالت", "لازالت", "لاتزال",
      "ماتزال", "تزال");

  /**
   * True when the word before the verb at {@code a} is an indefinite noun with «ة» or the accusative «ـًا»
   * («شركة تدعم», «شخصا تتهمهم»): a present verb right after it opens a clause describing that noun.
   */
  static boolean adjectivalClause(List<Token> tokens, int a, int from) {
    if (a - 1 < from) {
      return false;
    }
    Token t = tokens.get(a - 1);
    String n = t.norm();
    if (t.kind() != Token.Kind.WORD || n.startsWith("ال") || n.length() < 4 || Parts.inSet(PARTICLES, n)) {
      return false;
    }
    return TriggerLexicon.endsWithTehMarbuta(t.text()) || t.text().endsWith("\u0627\u064B") || t.text().endsWith("\u064B\u0627");
  }

  /** Words that may stand between a subject and its plural verb («المسلحون الذين قد هاجموا»). */
  private static final Set<String> LINKERS = Set.of("الذين", "اللذين", "اللذان", "التي",
      "اللتين", "اللتان", "اللواتي", "اللاتي", "قد", "لقد", "وقد", "فقد", "ثم", "كانوا", "كانا", "كانتا");

  /** True when tokens {@code [b, a)} are only linkers or punctuation. */
  static boolean onlyLinkers(List<Token> tokens, int b, int a) {
    for (int k = b; k < a; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.WORD && !LINKERS.contains(t.norm())) {
        return false;
      }
    }
    return true;
  }

  private Relatives() {
  }
}
