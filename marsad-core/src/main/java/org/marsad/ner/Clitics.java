package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitic stripping over normalised Arabic words (see {@code ArabicNormalizer}), for features and
 * lexicon look-ups. Never used to change the text.
 *
 * <p>Rules:
 * <ol>
 *   <li>a conjunction «و» or «ف» comes off when at least 3 letters remain;</li>
 *   <li>then a preposition «ب», «ل» or «ك» comes off when at least 3 letters remain;</li>
 *   <li>«لل» (ل + ال with the alef dropped) comes off when at least 2 letters remain;</li>
 *   <li>then the article «ال» comes off when at least 2 letters remain.</li>
 * </ol>
 * Stripping is ambiguous for names that start with these letters («بغداد», «لبنان»), so
 * {@link #forms} lists every reading, from the whole word to the fully stripped stem, and callers look
 * all of them up; the model weighs the resulting features.
 */
final class Clitics {
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final char ALEF = '\u0627';

  private Clitics() {
  }

  /** The word without its article «ال» (rule 4), or the word itself. */
  static String withoutArticle(String w) {
    if (w.length() >= 4 && w.charAt(0) == ALEF && w.charAt(1) == LAM) {
      return w.substring(2);
    }
    return w;
  }

  /** The fully stripped stem (rules 1-4 applied greedily), or the word itself. */
  static String stem(String w) {
    List<String> f = forms(w);
    return f.get(f.size() - 1);
  }

  /**
   * Every reading of {@code w}: first the word without its article, then with the conjunction off,
   * then with the preposition (or «لل») off; each without its article. No duplicates.
   */
  static List<String> forms(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(withoutArticle(w));
    int i = 0;
    int n = w.length();
    if (n >= 4 && (w.charAt(0) == WAW || w.charAt(0) == FEH)) {
      i = 1;
      add(out, withoutArticle(w.substring(1)));
    }
    if (n - i >= 4 && w.charAt(i) == LAM && w.charAt(i + 1) == LAM) {
      add(out, w.substring(i + 2));
    } else if (n - i >= 4 && (w.charAt(i) == BEH || w.charAt(i) == LAM || w.charAt(i) == KAF)) {
      add(out, withoutArticle(w.substring(i + 1)));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    if (!out.contains(s)) {
      out.add(s);
    }
  }

  /** The proclitics removed to reach {@code stem} ({@code ""} when none). */
  static String prefix(String w, String stem) {
    return w.length() > stem.length() && w.endsWith(stem) ? w.substring(0, w.length() - stem.length()) : "";
  }
}
