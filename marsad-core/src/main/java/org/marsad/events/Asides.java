package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Asides between commas («، في بيان له،», «، الأحد،», «، بحسب الوكالة،»): a verb's object follows the aside.
 *
 * <p>Rule: a comma followed by one of the opening words ({@code ASIDE_OPENERS}: prepositions of source and time,
 * days) opens an aside that ends at the next comma within {@code ASIDE} words; a clause boundary first means
 * there is no aside.
 */
final class Asides {
  /** Words that open an aside between commas («، في بيان له،», «، الأحد،», «، بحسب الوكالة،»), normalised. */
  private static final Set<String> ASIDE_OPENERS = Set.of("في", "خلال", "عبر", "وفق", "وفقا", "بحسب", "حسب", "امس",
      "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "فجر", "ليل");

  /** Words an aside may hold. */
  private static final int ASIDE = 7;

  /**
   * The token after an aside that opens at {@code from} («وحمّل الجيش الإسرائيلي، في بيان له، حركة حماس»), or
   * {@code from} when there is none: the object follows it.
   */
  static int afterAside(List<Token> tokens, int from, int to) {
    if (from + 1 >= to || !isComma(tokens.get(from)) || !ASIDE_OPENERS.contains(tokens.get(from + 1).norm())) {
      return from;
    }
    for (int k = from + 2; k < Math.min(to, from + 2 + ASIDE); k++) {
      if (isComma(tokens.get(k))) {
        return k + 1;
      }
      if (Clause.isBoundary(tokens.get(k))) {
        return from;
      }
    }
    return from;
  }

  static boolean isComma(Token t) {
    return t.text().equals("،") || t.text().equals(",");
  }

  private Asides() {
  }
}
