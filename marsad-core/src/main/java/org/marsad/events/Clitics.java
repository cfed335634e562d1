package org.marsad.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate stems of a normalised Arabic word with its clitics removed, for dictionary look-up.
 *
 * <p>Rules (each candidate keeps at least {@link #MIN_STEM} letters):
 * <ol>
 *   <li>the word itself comes first;</li>
 *   <li>the conjunctions «و» and «ف» may be removed;</li>
 *   <li>then one of the noun prefixes «ال», «بال», «لل», «كال», «ب», «ل», «ك», or the future prefix «س»;</li>
 *   <li>then one pronoun suffix «هما», «هم», «ها», «هن», «كم», «نا», «ه».</li>
 * </ol>
 * The flags of a candidate record what was removed: {@link #FUTURE} for «س», {@link #ARTICLE} for «ال».
 */
final class Clitics {
  static final int MIN_STEM = 2;
  static final int FUTURE = 1;
  static final int ARTICLE = 2;
  static final int PREPOSITION = 4;
  static final int SUFFIX = 8;
  static final int LAM = 16;
  static final int CONJ = 32;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final String[] PREFIXES = {"\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0627\u0644",
      "\u0628", "\u0644", "\u0643", "\u0633"};
  private static final String[] SUFFIXES = {"\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647\u0646",
      "\u0643\u0645", "\u0646\u0627", "\u0647"};

  private Clitics() {
  }

  /** A stem and what was removed to reach it. */
  record Stem(String text, int flags) {
  }

  /** Words seen so far and their stems (bounded; news vocabulary is Zipfian, so most look-ups hit). */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<Stem>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_MAX = 200_000;

  /** Candidate stems of {@code norm}, the word itself first, shorter stems later (an unmodifiable list). */
  static List<Stem> stems(String norm) {
    List<Stem> s = CACHE.get(norm);
    if (s == null) {
      s = List.copyOf(compute(norm));
      if (CACHE.size() < CACHE_MAX) {
        CACHE.put(norm, s);
      }
    }
    return s;
  }

  private static List<Stem> compute(String norm) {
    List<Stem> out = new ArrayList<>(8);
    out.add(new Stem(norm, 0));
    List<String> bases = new ArrayList<>(2);
    bases.add(norm);
    if (norm.length() > MIN_STEM && (norm.charAt(0) == WAW || norm.charAt(0) == FEH)) { // «وحث», «وشن» (session 14)
      String s = norm.substring(1);
      out.add(new Stem(s, CONJ));
      bases.add(s);
    }
    int n = out.size();
    for (int bi = 0; bi < bases.size(); bi++) {
      String b = bases.get(bi);
      int conj = bi == 0 ? 0 : CONJ;
      for (String p : PREFIXES) {
        if (b.startsWith(p) && b.length() - p.length() >= MIN_STEM + 1) {
          int f = p.equals("\u0633") ? FUTURE : p.endsWith("\u0627\u0644") || p.equals("\u0644\u0644") ? ARTICLE
              : PREPOSITION;
          if (p.equals("\u0644") || p.equals("\u0644\u0644")) {
            f |= LAM;
          }
          out.add(new Stem(b.substring(p.length()), f | conj));
          break;
        }
      }
    }
    int m = out.size();
    for (int i = 0; i < m; i++) {
      Stem s = out.get(i);
      for (String suf : SUFFIXES) {
        if (s.text().endsWith(suf) && s.text().length() - suf.length() >= MIN_STEM + 1) {
          out.add(new Stem(s.text().substring(0, s.text().length() - suf.length()), s.flags() | SUFFIX));
          break;
        }
      }
    }
    assert n <= m;
    return out;
  }
}
