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

  /** Relative pronouns that may follow an apposition, with or without «و» (normalised). */
  private static final Set<String> APPOSED_RELATIVES = Set.of("الذي", "التي", "والذي", "والتي");
  /** Tokens between an apposed antecedent and its relative pronoun. */
  static final int APPOSITION_REACH = 7;

  /**
   * The antecedent named before an apposition (session 19): with «الذي/التي» or «والذي/والتي» right before token
   * {@code a}, the nearest part before it within {@link #APPOSITION_REACH} tokens that is no place and has no
   * preposition, with only commas, parts after a preposition and one definite word of apposition between («فتح الله غولن، الداعية الذي
   * تتهمه تركيا», «غولن المقيم في الولايات المتحدة، والذي تتهمه أنقرة»: the place after «في» is passed over); else
   * null.
   */
  static Part apposedAntecedent(List<Token> tokens, List<Part> parts, int a, int from) {
    if (a - 1 < from || !APPOSED_RELATIVES.contains(tokens.get(a - 1).norm())) {
      return null;
    }
    int pron = a - 1;
    Part best = null;
    for (Part p : parts) {
      if (p.end() > pron) {
        break;
      }
      if (p.first() >= from && pron - p.end() <= APPOSITION_REACH && p.prep().isEmpty() && !p.place()
          && !p.media()) {
        best = p;
      }
    }
    if (best == null) {
      return null;
    }
    int words = 0;
    for (int k = best.end(); k < pron; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (Clause.isBoundary(t)) {
        return null;
      }
      Part q = covering(parts, k);
      if (q != null && q != best && q.prep().isEmpty()) {
        return null; // another participant stands between
      }
      if (q == null && !Parts.PREPOSITIONS.contains(t.norm()) && (!t.norm().startsWith("ال") || ++words > 1)) {
        return null; // only one title or participle may stand between («الداعية», «المقيم في ...»), not a clause
      }              // («طائرات روسية تشارك في القصف، الأمر الذي تنفيه موسكو»)
    }
    return best;
  }

  /** The part whose tokens include token {@code k}, or null. */
  private static Part covering(List<Part> parts, int k) {
    for (Part p : parts) {
      if (p.first() <= k && k < p.end()) {
        return p;
      }
    }
    return null;
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
