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
 * {@link RoleFinder} reads on its own.
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

  /** True for an attack noun, maybe with «و», «ب», «ل» and the article («بهجوم», «الغارة», «وانفجار»). */
  static boolean attackNoun(Token t) {
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    if (ATTACK_NOUNS.contains(n)) {
      return true;
    }
    return n.length() > 3 && (n.startsWith("ب") || n.startsWith("ل")) && ATTACK_NOUNS.contains(Parts.stripArticle(n.substring(1)));
  }
}
