package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Clitic-aware candidate forms of one normalised token, for dictionary lookup.
 *
 * <p>Rules (on the normalised form, see {@code ArabicNormalizer}):
 * <ol>
 *   <li>the token itself is always the first candidate;</li>
 *   <li>a conjunction «و» or «ف» may be split off: «وباكو» → «باكو»;</li>
 *   <li>then a preposition «ب» or «ل» may be split off: «بباكو» → «باكو», «لاذربيجان» → «اذربيجان»,
 *       «وبالعراق» → «العراق»; «ك» only before the article («كالعراق»), so «كلاوس» (Klaus) is no «ك» + «لاوس» and
 *       «كمالي» no «ك» + «مالي»;</li>
 *   <li>«لل» is «ل» + «ال» with the alef dropped: «للامم» → «الامم» (and also «لامم»);</li>
 *   <li>the future prefix «س» is not split: it only attaches to verbs, never to names;</li>
 *   <li>a stem shorter than {@link #MIN_STEM} letters is not a candidate, so «بلد» never becomes «لد»;</li>
 *   <li>two-letter stems are candidates of their own ({@link #shortStems}), only for the first word of a name of
 *       two words or more: «وتل أبيب» → «تل أبيب», «وأم درمان» → «أم درمان».</li>
 * </ol>
 * Pronoun suffixes are only split for titles and role nouns ({@link #suffixCandidates}): «حكومتها» →
 * «حكومه». Names never take them in news text, and splitting them would turn «باكوه» style noise into hits.
 */
public final class Clitics {
  /** Minimum length of a stem left after splitting prefixes. */
  public static final int MIN_STEM = 3;

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final char ALEF = '\u0627';
  static final char TEH = '\u062A';
  static final char HEH = '\u0647';
  static final char YEH = '\u064A';
  static final char NOON = '\u0646';
  static final char MEEM = '\u0645';

  private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي"};

  private Clitics() {
  }

  /**
   * Candidate forms of normalised token {@code w}: the token first, then its stems without proclitics,
   * longest stem first. Never contains duplicates.
   */
  public static List<String> prefixCandidates(String w) {
    return candidates(w, MIN_STEM);
  }

  /** Shortest stem of {@link #shortStems}: the first word of a longer name («تل» of «تل أبيب»). */
  public static final int MIN_NAME_HEAD = 2;

  /**
   * The stems of {@link #MIN_NAME_HEAD} letters, fewer than {@link #MIN_STEM}, that the rules above split off
   * normalised token {@code w} («وتل» → «تل»). Such a stem is too short to be a name alone; it may only open a
   * name of two words or more.
   */
  public static List<String> shortStems(String w) {
    List<String> out = new ArrayList<>(2);
    for (String c : candidates(w, MIN_NAME_HEAD)) {
      if (c.length() < MIN_STEM) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<String> candidates(String w, int min) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String afterConj = w;
    if (w.length() > min && (w.charAt(0) == WAW || w.charAt(0) == FEH)) {
      afterConj = w.substring(1);
      add(out, afterConj, min);
    }
    addPreposition(out, w, min);
    if (afterConj != w) {
      addPreposition(out, afterConj, min);
    }
    return out;
  }

  private static void addPreposition(List<String> out, String x, int min) {
    if (x.length() <= min) {
      return;
    }
    char c = x.charAt(0);
    if (c == LAM && x.length() > min + 1 && x.charAt(1) == LAM) {
      add(out, "\u0627\u0644" + x.substring(2), min); // لل → ال
    }
    if (c == BEH || c == LAM || c == KAF && x.length() > 2 && x.charAt(1) == ALEF && x.charAt(2) == LAM) {
      add(out, x.substring(1), min); // «ك» only before the article («كالعراق»): «كلاوس» (Klaus) is no «ك» + «لاوس»
    }
  }

  private static void add(List<String> out, String s, int min) {
    if (s.length() >= min && !out.contains(s)) {
      out.add(s);
    }
  }

  /**
   * Forms of normalised title/role token {@code w} without a pronoun suffix, with «ت» restored to «ه»
   * (ta marbuta) before it: «حكومتها» → «حكومه», «وزيرها» → «وزير», «جيشنا» → «جيش». The token itself is
   * not included.
   */
  public static List<String> suffixCandidates(String w) {
    List<String> out = new ArrayList<>(2);
    for (String suf : PRONOUN_SUFFIXES) {
      if (w.length() - suf.length() >= MIN_STEM && w.endsWith(suf)) {
        String stem = w.substring(0, w.length() - suf.length());
        if (stem.charAt(stem.length() - 1) == TEH) {
          add(out, stem.substring(0, stem.length() - 1) + HEH, MIN_STEM);
        }
        add(out, stem, MIN_STEM);
      }
    }
    return out;
  }
}
