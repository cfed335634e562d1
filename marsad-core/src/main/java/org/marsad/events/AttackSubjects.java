package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * An attack verb whose subject is an attack noun (session 11).
 *
 * <p>Rule: an attack verb right after an attack or weapon noun («انفجار», «هجوم», «غارة», «صاروخ»), maybe over
 * up to {@link #MAX_ADJECTIVES} plain adjectives that are no participant («هجوم انتحاري استهدف», «غارة جوية
 * استهدفت»), has that noun as its subject: the part after the verb is what was hit, not who struck («حول انفجار
 * استهدف رئيس الوزراء الفلسطيني», «بهجوم استهدف الشرطة», «رصدت 90 هجوما استهدف تركيا»). With a nationality or a
 * group named between the noun and the verb («غارات روسية استهدفت») the attacker is named, which
 * {@link RoleFinder} reads on its own. Session 16: so does an attack noun right after the verb, in verb–subject–object
 * order ({@link #subjectOfVerb}: «قتل انفجار جنديين للتحالف»).
 */
final class AttackSubjects {
  /** Plain words that may stand between the noun and the verb («هجوم انتحاري استهدف»). */
  static final int MAX_ADJECTIVES = 2;

  /** Attack and weapon nouns that can be the subject of an attack verb (normalised, without clitics and article). */
  private static final Set<String> ATTACK_NOUNS = Set.of("انفجار", "هجوم", "هجوما", "هجومين", "هجمات", "تفجير",
      "تفجيرات", "غاره", "غارات", "غارتين", "قصف", "قصفا", "ضربه", "ضربات", "صاروخ", "صاروخا", "صواريخ", "قذيفه",
      "قذايف", "اعتداء", "اعتداءات", "عبوه", "انفجارات");

  private AttackSubjects() {
  }

  /**
   * True when an attack noun stands right before the verb at {@code a} (token {@code from} starts the sentence),
   * maybe over up to {@link #MAX_ADJECTIVES} plain words that are no participant and no preposition.
   */
  static boolean nounBefore(List<Token> tokens, List<Part> parts, int a, int from) {
    for (int k = a - 1; k >= Math.max(from, a - 1 - MAX_ADJECTIVES); k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || RoleFinder.partAt(parts, k) != null) {
        return false;
      }
      if (attackNoun(t)) {
        return true;
      }
      if (Parts.PREPOSITIONS.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }

  /** Past verbs of killing, wounding and hitting (normalised, without «و/ف») whose subject may be an attack noun. */
  private static final Set<String> HARMING_VERBS = Set.of("قتل", "قتلت", "اصاب", "اصابت", "اودي", "اودت", "جرح",
      "جرحت", "استهدف", "استهدفت", "دمر", "دمرت", "هز", "هزت", "ضرب", "ضربت");

  /**
   * True when the attack noun at {@code a} stands right after a past verb of killing, wounding or hitting (session
   * 16): in verb–subject–object order the noun is that verb's subject and the part after the noun its object, not
   * the noun's genitive («قتل انفجار جنديين للتحالف», «أصاب قصف مدفعي ثلاثة جنود»).
   */
  static boolean subjectOfVerb(List<Token> tokens, int a, int from) {
    return a - 1 >= from && attackNoun(tokens.get(a)) && !tokens.get(a).norm().startsWith("ب")
        && !tokens.get(a).norm().startsWith("ل")
        && Parts.inSet(HARMING_VERBS, tokens.get(a - 1).norm());
  }

  /**
   * True for an indefinite noun in an object form (session 16): a dual or plural in «ـين» or an accusative in «ـا»
   * («جنديين», «فلسطينيين», «شخصا»). After an attack noun that is a verb's subject it is the verb's object; a
   * definite noun there is the noun's genitive («استهدفت ضربات التحالف أهدافا»: the coalition's strikes).
   */
  static boolean objectForm(Token t) {
    String n = Parts.stripConj(t.norm());
    return !n.startsWith("ال") && (n.endsWith("ين") && n.length() >= 5 || n.endsWith("ا") && n.length() >= 4);
  }

  /** True for an attack noun, maybe with «و», «ب», «ل» and the article («بهجوم», «الغارة», «وانفجار»). */
  static boolean attackNoun(Token t) {
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    if (ATTACK_NOUNS.contains(n)) {
      return true;
    }
    return n.length() > 3 && (n.startsWith("ب") || n.startsWith("ل")) && ATTACK_NOUNS.contains(Parts.stripArticle(n.substring(1)));
  }
}
