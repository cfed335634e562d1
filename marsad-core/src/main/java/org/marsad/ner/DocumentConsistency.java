package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one tag per document: a word sequence the model tagged as a name somewhere in a
 * document is tagged the same wherever else it appears untagged in that document.
 *
 * <p>Rules:
 * <ol>
 *   <li>names are compared on normalised words; the first word may also carry a conjunction «و»/«ف»
 *       or a preposition «ب»/«ل» («وبركات» repeats «بركات»);</li>
 *   <li>only names with a word of at least three letters count;</li>
 *   <li>longest names first; only tokens the model left {@code O} change (but see the next rule);</li>
 *   <li>a sequence tagged with two different types in the document takes the type it has at least twice
 *       as often as any other (its other mentions are retyped: «هونج كونج» LOC ×4, ORG ×1 → LOC ×5);
 *       without such a majority it is left alone ({@code -Dmarsad.ner.noTypeVote=true}: always left alone);</li>
 *   <li>the last word (4+ letters) of a person's name of two or more words is also a person's name
 *       alone («سمير الخالدي» … «الخالدي»), unless that word was itself tagged otherwise.</li>
 * </ol>
 */
final class DocumentConsistency {
  private static final String CONFLICT = "";
  private static final int MAX_WORDS = 6;
  private static final String PERSON = "PERS";
  private static final int MIN_SURNAME = 4;
  static final boolean SURNAMES = !Boolean.getBoolean("marsad.ner.noSurnames");
  static final boolean TYPE_VOTE = !Boolean.getBoolean("marsad.ner.noTypeVote");

  private DocumentConsistency() {
  }

  /**
   * Applies the rules to one document's sentences ({@code tags} is changed in place). Each step is a method of its
   * own, so the JIT compiles small methods rather than recompiling one large one.
   */
  static void propagate(List<String[]> sentences, List<String[]> tags) {
    Map<String, Map<String, Integer>> typeCounts = new HashMap<>();
    java.util.Set<String> surnames = new java.util.LinkedHashSet<>();
    List<String[]> norms = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      String[] n = ArabicNerFeatures.normalise(sentences.get(k));
      norms.add(n);
      countNames(n, tags.get(k), typeCounts, surnames);
    }
    Map<String, String> names = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : typeCounts.entrySet()) {
      names.put(e.getKey(), majority(e.getValue()));
    }
    if (TYPE_VOTE) {
      retypeMinorities(norms, tags, names, typeCounts);
    }
    for (String sn : surnames) {
      names.putIfAbsent(sn, PERSON);
    }
    if (names.isEmpty()) {
      return;
    }
    Names known = new Names(names);
    for (int k = 0; k < sentences.size(); k++) {
      tagRepeats(norms.get(k), tags.get(k), known);
    }
  }

  /** A document's names by their words, with their first words and the longest name's length, to skip quickly. */
  private static final class Names {
    final Map<String, String> types;
    final java.util.Set<String> firstWords = new java.util.HashSet<>();
    final int longest;

    Names(Map<String, String> types) {
      this.types = types;
      int max = 1;
      for (String key : types.keySet()) {
        int words = 1;
        int space = key.indexOf(' ');
        firstWords.add(space < 0 ? key : key.substring(0, space));
        for (; space >= 0; space = key.indexOf(' ', space + 1)) {
          words++;
        }
        max = Math.max(max, words);
      }
      this.longest = max;
    }

    /** Whether some name can start at the normalised word {@code w} (rule 1: also after a clitic). */
    boolean mayStart(String w) {
      return firstWords.contains(w) || hasClitic(w) && firstWords.contains(w.substring(1));
    }
  }

  private static boolean hasClitic(String first) {
    return first.length() >= 5 && "وفبل".indexOf(first.charAt(0)) >= 0;
  }

  /** Counts the types of the names tagged in one sentence (rules 1-2) and collects the surnames (rule 5). */
  private static void countNames(String[] n, String[] t, Map<String, Map<String, Integer>> typeCounts,
      java.util.Set<String> surnames) {
    for (String[] sp : NerEvaluation.entitySpans(java.util.Arrays.asList(t))) {
      int s = Integer.parseInt(sp[0]);
      int e = Integer.parseInt(sp[1]);
      if (e - s > MAX_WORDS) {
        continue;
      }
      boolean longWord = false;
      for (int i = s; i < e; i++) {
        longWord |= n[i].length() >= 3 && Character.isLetter(n[i].charAt(0));
      }
      if (!longWord) {
        continue;
      }
      String key = String.join(" ", java.util.Arrays.copyOfRange(n, s, e));
      typeCounts.computeIfAbsent(key, x -> new HashMap<>()).merge(sp[2], 1, Integer::sum);
      if (SURNAMES && e - s >= 2 && sp[2].equals(PERSON) && n[e - 1].length() >= MIN_SURNAME
          && Character.isLetter(n[e - 1].charAt(0))) {
        surnames.add(n[e - 1]);
      }
    }
  }

  /** Tags the untagged repeats of known names in one sentence, longest first (rule 3). */
  private static void tagRepeats(String[] n, String[] t, Names names) {
    for (int i = 0; i < n.length; i++) {
      if (!t[i].equals("O") || !names.mayStart(n[i])) {
        continue;
      }
      for (int len = Math.min(Math.min(MAX_WORDS, names.longest), n.length - i); len >= 1; len--) {
        String type = lookup(names.types, n, i, len);
        if (type == null || type.equals(CONFLICT) || !allOutside(t, i, len)) {
          continue;
        }
        t[i] = "B-" + type;
        for (int j = i + 1; j < i + len; j++) {
          t[j] = "I-" + type;
        }
        i += len - 1;
        break;
      }
    }
  }

  /** The only type, or the type seen at least twice as often as every other; else {@code CONFLICT}. */
  static String majority(Map<String, Integer> counts) {
    if (counts.size() == 1) {
      return counts.keySet().iterator().next();
    }
    if (!TYPE_VOTE) {
      return CONFLICT;
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > first) {
        second = first;
        first = c;
        best = e.getKey();
      } else if (c > second) {
        second = c;
      }
    }
    return first >= 2 * second ? best : CONFLICT;
  }

  /** Mentions of a name tagged with a minority type take the name's majority type. */
  private static void retypeMinorities(List<String[]> norms, List<String[]> tags, Map<String, String> names,
      Map<String, Map<String, Integer>> typeCounts) {
    for (int k = 0; k < norms.size(); k++) {
      String[] n = norms.get(k);
      String[] t = tags.get(k);
      for (String[] sp : NerEvaluation.entitySpans(java.util.Arrays.asList(t))) {
        int s = Integer.parseInt(sp[0]);
        int e = Integer.parseInt(sp[1]);
        String key = String.join(" ", java.util.Arrays.copyOfRange(n, s, e));
        Map<String, Integer> c = typeCounts.get(key);
        String type = names.get(key);
        if (c == null || c.size() < 2 || type == null || type.equals(CONFLICT) || type.equals(sp[2])) {
          continue;
        }
        t[s] = "B-" + type;
        for (int i = s + 1; i < e; i++) {
          t[i] = "I-" + type;
        }
      }
    }
  }

  private static String lookup(Map<String, String> names, String[] n, int i, int len) {
    StringBuilder rest = new StringBuilder();
    for (int j = i + 1; j < i + len; j++) {
      rest.append(' ').append(n[j]);
    }
    String first = n[i];
    String v = names.get(first + rest);
    if (v != null) {
      return v;
    }
    if (hasClitic(first)) {
      return names.get(first.substring(1) + rest);
    }
    return null;
  }

  private static boolean allOutside(String[] t, int i, int len) {
    for (int j = i; j < i + len; j++) {
      if (!t[j].equals("O")) {
        return false;
      }
    }
    return i + len >= t.length || !t[i + len].startsWith("I-");
  }
}
