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
 *   <li>longest names first; only tokens the model left {@code O} change;</li>
 *   <li>a sequence tagged with two different types in the document is left alone.</li>
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

  private DocumentConsistency() {
  }

  static void propagate(List<String[]> sentences, List<String[]> tags) {
    Map<String, String> names = new HashMap<>();
    java.util.Set<String> surnames = new java.util.LinkedHashSet<>();
    List<String[]> norms = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      String[] n = ArabicNerFeatures.normalise(sentences.get(k));
      norms.add(n);
      for (String[] sp : NerEvaluation.entitySpans(java.util.Arrays.asList(tags.get(k)))) {
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
        String old = names.get(key);
        names.put(key, old == null || old.equals(sp[2]) ? sp[2] : CONFLICT);
        if (SURNAMES && e - s >= 2 && sp[2].equals(PERSON) && n[e - 1].length() >= MIN_SURNAME
            && Character.isLetter(n[e - 1].charAt(0))) {
          surnames.add(n[e - 1]);
        }
      }
    }
    for (String sn : surnames) {
      names.putIfAbsent(sn, PERSON);
    }
    if (names.isEmpty()) {
      return;
    }
    for (int k = 0; k < sentences.size(); k++) {
      String[] n = norms.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < n.length; i++) {
        if (!t[i].equals("O")) {
          continue;
        }
        for (int len = Math.min(MAX_WORDS, n.length - i); len >= 1; len--) {
          String type = lookup(names, n, i, len);
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
    if (first.length() >= 5 && "وفبل".indexOf(first.charAt(0)) >= 0) {
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
