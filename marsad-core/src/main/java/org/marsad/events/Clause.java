package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Clause boundaries inside a sentence: roles are never read across them.
 *
 * <p>A boundary is punctuation other than quotation marks, brackets and dashes, and a word that opens a subordinate or new clause:
 * «إن/أن» (complement), «الذي/التي/الذين» (relative), «بينما», «فيما», «لكن», «حيث», «كما», «غير».
 */
final class Clause {
  static final Set<String> WORDS = Set.of("ان", "الذي", "التي", "الذين", "اللذين", "اللتين", "بينما", "فيما", "لكن",
      "ولكن", "حيث", "كما", "غير", "وبينما", "وفيما", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "فان",
      "اذ", "اذا", "ثم", "عندما", "حين", "لان", "لانه", "قائلا", "قائله", "مؤكدا", "مؤكده", "مضيفا", "مضيفه", "مشيرا",
      "مشيره", "وقال", "وقالت", "واضاف", "واضافت", "واكد", "واكدت");

  /** Quotation marks, brackets and dashes do not end a clause. */
  private static final Set<String> NOT_BOUNDARY = Set.of("-", "ـ", "«", "»", "\"", "“", "”", "'", "(", ")", "–", "—");

  private Clause() {
  }

  static boolean isBoundary(Token t) {
    if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
      return !NOT_BOUNDARY.contains(t.text());
    }
    return WORDS.contains(t.norm());
  }

  /** True when a boundary lies in tokens {@code [a, b)}. */
  static boolean between(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (isBoundary(tokens.get(k))) {
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
