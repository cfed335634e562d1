package org.marsad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Cue words by class (negation, demand, report, source, light verb, victim ...), loaded once from the
 * bundled {@code cues.tsv}. Single words match a token's normalised form, with the conjunctions «و»/«ف»
 * removed; multi-word cues match consecutive tokens, indexed by their first word. Immutable and thread-safe.
 */
final class Cues {
  private final Map<String, Set<String>> single;
  /** Classes as bits, for per-token masks. */
  private final Map<String, Integer> classBit = new HashMap<>();
  /** Normalised word → bits of the classes it is a single-word cue of, or the first word of a multi-word cue of. */
  private final Map<String, Integer> wordBits = new HashMap<>();
  private final Map<String, Map<String, List<String[]>>> multi;

  Cues() {
    Map<String, Set<String>> s = new HashMap<>();
    Map<String, Map<String, List<String[]>>> m = new HashMap<>();
    for (String[] r : Tsv.read("cues.tsv")) {
      if (r[1].contains(" ")) {
        String[] words = r[1].split(" ");
        m.computeIfAbsent(r[0], k -> new HashMap<>()).computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      } else {
        s.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
      }
    }
    Map<String, Set<String>> fs = new HashMap<>();
    s.forEach((k, v) -> fs.put(k, Set.copyOf(v)));
    single = Collections.unmodifiableMap(fs);
    Map<String, Map<String, List<String[]>>> fm = new HashMap<>();
    m.forEach((k, v) -> {
      Map<String, List<String[]>> inner = new HashMap<>();
      v.forEach((w, l) -> inner.put(w, List.copyOf(l)));
      fm.put(k, Collections.unmodifiableMap(inner));
    });
    multi = Collections.unmodifiableMap(fm);
    for (String cls : single.keySet()) {
      classBit.putIfAbsent(cls, 1 << classBit.size());
    }
    for (String cls : multi.keySet()) {
      classBit.putIfAbsent(cls, 1 << classBit.size());
    }
    single.forEach((cls, words) -> words.forEach(w -> wordBits.merge(w, classBit.get(cls), (x, y) -> x | y)));
    multi.forEach((cls, firsts) -> firsts.keySet().forEach(w -> wordBits.merge(w, classBit.get(cls), (x, y) -> x | y)));
  }

  /** The bit of class {@code cls} (0 when the class has no cue). */
  int bit(String cls) {
    return classBit.getOrDefault(cls, 0);
  }

  /**
   * Bits of the classes for which {@code norm} may start a cue: itself, without «و»/«ف», or without «ال»/«وال».
   * A zero mask means no cue of any class starts at this word.
   */
  int mask(String norm) {
    int m = wordBits.getOrDefault(norm, 0);
    if (conj(norm)) {
      m |= wordBits.getOrDefault(norm.substring(1), 0);
    }
    if (norm.length() > 4 && norm.startsWith("\u0627\u0644")) {
      m |= wordBits.getOrDefault(norm.substring(2), 0);
    } else if (norm.length() > 5 && norm.startsWith("\u0648\u0627\u0644")) {
      m |= wordBits.getOrDefault(norm.substring(3), 0);
    }
    return m;
  }

  /**
   * True for a support verb (class {@code light}), also a two-letter one behind «و/ف» («وشن»), which {@link #is} does
   * not strip: a two-letter word of other classes behind «و» is another word («وقد» is no «قد» of doubt; session 14).
   */
  boolean isLight(String norm) {
    return is("light", norm) || norm.length() == 3 && (norm.charAt(0) == '\u0648' || norm.charAt(0) == '\u0641')
        && is("light", norm.substring(1));
  }

  private static boolean conj(String n) {
    return n.length() > 3 && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641');
  }

  /** Prefixes a single-word cue may carry in {@link #isStem}: «بال», «لل», «ل», «ب» (after «و»/«ف»). */
  private static final String[] STEM_PREFIXES = {"\u0628\u0627\u0644", "\u0644\u0644", "\u0627\u0644",
      "\u0644", "\u0628"};

  /**
   * True when the single word {@code norm} is a cue of {@code cls} once stripped of «و/ف» and one of the
   * prefixes «بال», «لل», «ال», «ل», «ب» («لزلزال», «بالفيضانات», «العواصف»).
   */
  boolean isStem(String cls, String norm) {
    if (is(cls, norm)) {
      return true;
    }
    String n = conj(norm) ? norm.substring(1) : norm;
    for (String p : STEM_PREFIXES) {
      if (n.startsWith(p) && n.length() - p.length() >= 3 && is(cls, n.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True when the single word {@code norm} (or it without «و»/«ف») is a cue of {@code cls}. */
  boolean is(String cls, String norm) {
    Set<String> set = single.get(cls);
    if (set == null) {
      return false;
    }
    return set.contains(norm) || conj(norm) && set.contains(norm.substring(1));
  }

  /** Prepositions a multi-word cue's first word may carry in {@link #matchAtStem}: «بال», «لل», «ب», «ل». */
  private static final String[] MULTI_PREFIXES = {"\u0628\u0627\u0644", "\u0644\u0644", "\u0628", "\u0644"};

  /**
   * The number of tokens of a multi-word cue of {@code cls} starting at token {@code i} whose first word carries a
   * preposition «ب», «ل», «بال» or «لل» (after «و/ف»), or 0 (session 15): «فيما يتعلق بحادث سير», «وللحادث
   * القطار». {@link #matchAt} only strips «و/ف» and the article, so «بحادث سير» was no accident.
   */
  int matchAtStem(String cls, List<Token> tokens, int i, int end) {
    Map<String, List<String[]>> ms = multi.get(cls);
    if (ms == null || i >= end) {
      return 0;
    }
    String n = tokens.get(i).norm();
    if (conj(n)) {
      n = n.substring(1);
    }
    int best = 0;
    for (String p : MULTI_PREFIXES) {
      if (!n.startsWith(p) || n.length() - p.length() < 3) {
        continue;
      }
      String rest = n.substring(p.length());
      String[] firsts = p.length() > 1 ? new String[] {rest, "\u0627\u0644" + rest} : new String[] {rest};
      for (String first : firsts) {
        best = longest(ms.getOrDefault(first, List.of()), tokens, i, end, best);
      }
      break; // one preposition only: «بالحادث» is «ب» + «الحادث», never «ب» + «ال» + ...
    }
    return best;
  }

  /**
   * The length of the longest of {@code cands} (cues of several words whose first word matched token {@code i}) whose
   * other words follow token {@code i} before {@code end}, or {@code best} when none is longer.
   */
  private static int longest(List<String[]> cands, List<Token> tokens, int i, int end, int best) {
    for (String[] words : cands) {
      if (i + words.length > end || words.length <= best) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < words.length && ok; k++) {
        ok = tokens.get(i + k).norm().equals(words[k]);
      }
      if (ok) {
        best = words.length;
      }
    }
    return best;
  }

  /**
   * The number of tokens of a cue of {@code cls} starting at token {@code i}, or 0. Longest match wins; a single
   * word also matches without the article «ال».
   */
  int matchAt(String cls, List<Token> tokens, int i, int end) {
    if (i >= end) {
      return 0;
    }
    String n = tokens.get(i).norm();
    int best = 0;
    Map<String, List<String[]>> ms = multi.get(cls);
    if (ms != null) {
      List<String[]> cands = ms.get(n);
      if (cands == null && conj(n)) {
        cands = ms.get(n.substring(1));
      }
      if (cands != null) {
        best = longest(cands, tokens, i, end, best);
      }
    }
    if (best == 0 && (is(cls, n) || n.startsWith("\u0627\u0644") && n.length() > 4 && is(cls, n.substring(2))
        || n.startsWith("\u0648\u0627\u0644") && n.length() > 5 && is(cls, n.substring(3)))) {
      best = 1;
    }
    return best;
  }
}
