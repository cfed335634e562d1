package org.marsad.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.model.Token;

/**
 * Clause boundaries inside a sentence: roles are never read across them.
 *
 * <p>A boundary is punctuation other than quotation marks, brackets, dashes and «/», and a word that opens a subordinate or new clause:
 * «إن/أن» (complement), «الذي/التي/الذين» (relative), «بينما», «فيما», «لكن», «حيث», «كما», and a reporting
 * verb with «و» that opens the next report («وقال», «وأضاف», session 11: «ونفت موسكو هذه المعلومات وكتبت السفارة»).
 * «غير» is none (session 12): it negates an adjective («التحركات غير القانونية لتركيا», «هجوم غير مسبوق»), and in
 * «غير أن» (however) the «أن» after it is the boundary.
 */
final class Clause {
  static final Set<String> WORDS = Set.of("ان", "الذي", "التي", "الذين", "اللذين", "اللتين", "بينما", "فيما", "لكن",
      "ولكن", "حيث", "كما", "وبينما", "وفيما", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "فان",
      "اذ", "اذا", "ثم", "عندما", "حين", "لان", "لانه", "قايلا", "قايله", "موكدا", "موكده", "مضيفا", "مضيفه", "مشيرا",
      "مشيره", "وقال", "وقالت", "واضاف", "واضافت", "واكد", "واكدت", "وكتب", "وكتبت", "واوضح", "واوضحت", "وتابع",
      "وتابعت", "وذكر", "وذكرت", "واشار", "واشارت", "وشدد", "وشددت", "وصرح", "وصرحت", "واردف", "واردفت");

  /** Quotation marks, brackets, dashes and the slash of double month names («سبتمبر/أيلول») do not end a clause. */
  private static final Set<String> NOT_BOUNDARY = Set.of("-", "ـ", "«", "»", "\"", "“", "”", "'", "(", ")", "–", "—", "/");

  private Clause() {
  }

  static boolean isBoundary(Token t) {
    if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
      return !NOT_BOUNDARY.contains(t.text());
    }
    return WORDS.contains(t.norm());
  }

  /**
   * True when a word of {@code set} (normalised, with or without «و/ف») stands in the {@code reach} tokens before
   * {@code i}, not before {@code from} and not across a clause boundary.
   */
  static boolean inSetBefore(List<Token> tokens, int i, int from, int reach, Set<String> set) {
    for (int k = i - 1; k >= Math.max(from, i - reach); k--) {
      if (isBoundary(tokens.get(k))) {
        return false;
      }
      if (Parts.inSet(set, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of the {@code words} words after token {@code i} in its clause passes {@code test} (given the
   * word's index): commas are skipped and not counted, a clause boundary ends the search (session 19: the shared
   * scan of {@link UpheldRulings} and {@link ProsecutorPleas}).
   */
  static boolean wordAfter(List<Token> tokens, int i, int to, int words, IntPredicate test) {
    int seen = 0;
    for (int k = i + 1; k < to && seen < words; k++) {
      Token t = tokens.get(k);
      if (Asides.isComma(t)) {
        continue;
      }
      if (isBoundary(t)) {
        return false;
      }
      seen++;
      if (test.test(k)) {
        return true;
      }
    }
    return false;
  }

  /** True when a boundary lies in tokens {@code [a, b)}. */
  static boolean between(List<Token> tokens, int a, int b) {
    return between(tokens, a, b, false);
  }

  /** Complementisers that open what a verb says or threatens («حذر من أنه سيقصف», «توعد بأن ...»). */
  private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "بانه", "بانها", "بانهم", "انه", "انها",
      "انهم", "وان");

  /**
   * True when a boundary lies in tokens {@code [a, b)}; with {@code overComplement} a complementiser is not one
   * (a threat reaches into its content: «حذر ترامب بأنه سيقصف مواقع في سوريا»).
   */
  static boolean between(List<Token> tokens, int a, int b, boolean overComplement) {
    for (int k = a; k < b; k++) {
      Token t = tokens.get(k);
      if (isBoundary(t) && !(overComplement && COMPLEMENTISERS.contains(t.norm()))) {
        return true;
      }
    }
    return false;
  }

  /** First token of the clause containing token {@code i} (not before {@code from}). */
  static int start(List<Token> tokens, int i, int from) {
    int k = i;
    while (k > from && !isBoundary(tokens.get(k - 1))) {
      k--;
    }
    return k;
  }
}
