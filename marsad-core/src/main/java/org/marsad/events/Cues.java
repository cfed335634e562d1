package org.marsad.events;

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
 * removed; multi-word cues match consecutive tokens. Immutable and thread-safe.
 */
final class Cues {
  private final Map<String, Set<String>> single;
  private final Map<String, List<String[]>> multi;

  Cues() {
    Map<String, Set<String>> s = new HashMap<>();
    Map<String, List<String[]>> m = new HashMap<>();
    for (String[] r : Tsv.read("cues.tsv")) {
      if (r[1].contains(" ")) {
        m.computeIfAbsent(r[0], k -> new java.util.ArrayList<>()).add(r[1].split(" "));
      } else {
        s.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
      }
    }
    Map<String, Set<String>> fs = new HashMap<>();
    s.forEach((k, v) -> fs.put(k, Set.copyOf(v)));
    single = Collections.unmodifiableMap(fs);
    Map<String, List<String[]>> fm = new HashMap<>();
    m.forEach((k, v) -> fm.put(k, List.copyOf(v)));
    multi = Collections.unmodifiableMap(fm);
  }

  /** True when the single word {@code norm} (or it without «و»/«ف») is a cue of {@code cls}. */
  boolean is(String cls, String norm) {
    Set<String> set = single.get(cls);
    if (set == null) {
      return false;
    }
    if (set.contains(norm)) {
      return true;
    }
    return norm.length() > 3 && (norm.charAt(0) == '\u0648' || norm.charAt(0) == '\u0641')
        && set.contains(norm.substring(1));
  }

  /** The number of tokens of a cue of {@code cls} starting at token {@code i}, or 0. Longest match wins. */
  int matchAt(String cls, List<Token> tokens, int i, int end) {
    int best = 0;
    List<String[]> ms = multi.get(cls);
    if (ms != null) {
      for (String[] words : ms) {
        if (i + words.length > end || words.length <= best) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < words.length && ok; k++) {
          String n = tokens.get(i + k).norm();
          ok = n.equals(words[k]) || (k == 0 && n.length() > 1 && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641')
              && n.substring(1).equals(words[k]));
        }
        if (ok) {
          best = words.length;
        }
      }
    }
    if (best == 0 && i < end) {
      String n = tokens.get(i).norm();
      if (is(cls, n) || n.startsWith("ال") && n.length() > 4 && is(cls, n.substring(2))
          || n.startsWith("وال") && n.length() > 5 && is(cls, n.substring(3))) {
        best = 1;
      }
    }
    return best;
  }
}
