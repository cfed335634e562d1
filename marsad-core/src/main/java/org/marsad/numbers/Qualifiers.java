package org.marsad.numbers;

import java.util.List;
import org.marsad.model.Token;
import org.marsad.numbers.NumberParser.Qualifier;
import org.marsad.text.ArabicNormalizer;

/**
 * The qualifier phrases around a number, matched on normalised tokens. The first word of a prefix
 * phrase may carry the clitics «و», «ف», «ب», «ل» («بأكثر من», «ونحو», «لحوالي»).
 */
final class Qualifiers {
  private record Phrase(String[] words, Qualifier qualifier) {
  }

  private static Phrase p(Qualifier q, String words) {
    String[] w = words.split(" ");
    for (int i = 0; i < w.length; i++) {
      w[i] = ArabicNormalizer.INSTANCE.normalize(w[i]);
    }
    return new Phrase(w, q);
  }

  /** Longest phrases first. */
  private static final List<Phrase> PREFIX = List.of(
      p(Qualifier.AT_LEAST, "ما لا يقل عن"),
      p(Qualifier.AT_LEAST, "ما لا تقل عن"),
      p(Qualifier.MORE_THAN, "ما يزيد على"),
      p(Qualifier.MORE_THAN, "ما يزيد عن"),
      p(Qualifier.MORE_THAN, "ما يربو على"),
      p(Qualifier.MORE_THAN, "ما يربو عن"),
      p(Qualifier.ABOUT, "ما يقرب من"),
      p(Qualifier.UP_TO, "ما يصل إلى"),
      p(Qualifier.UP_TO, "ما قد يصل إلى"),
      p(Qualifier.AT_LEAST, "لا يقل عن"),
      p(Qualifier.AT_LEAST, "لا تقل عن"),
      p(Qualifier.MORE_THAN, "يزيد على"),
      p(Qualifier.MORE_THAN, "يزيد عن"),
      p(Qualifier.MORE_THAN, "تزيد على"),
      p(Qualifier.MORE_THAN, "تزيد عن"),
      p(Qualifier.AT_LEAST, "على الأقل"),
      p(Qualifier.ABOUT, "ما يقارب"),
      p(Qualifier.ABOUT, "ما يناهز"),
      p(Qualifier.MORE_THAN, "أكثر من"),
      p(Qualifier.MORE_THAN, "أزيد من"),
      p(Qualifier.MORE_THAN, "ما فوق"),
      p(Qualifier.UP_TO, "أقل من"),
      p(Qualifier.UP_TO, "ما دون"),
      p(Qualifier.ABOUT, "يقارب"),
      p(Qualifier.ABOUT, "يناهز"),
      p(Qualifier.ABOUT, "نحو"),
      p(Qualifier.ABOUT, "حوالي"),
      p(Qualifier.ABOUT, "حوالى"),
      p(Qualifier.ABOUT, "قرابة"),
      p(Qualifier.ABOUT, "زهاء"),
      p(Qualifier.ABOUT, "تقريبا"),
      p(Qualifier.ABOUT, "قرابه"),
      p(Qualifier.UP_TO, "حتى"));

  private static final List<Phrase> SUFFIX = List.of(
      p(Qualifier.AT_LEAST, "على الأقل"),
      p(Qualifier.AT_LEAST, "أو أكثر"),
      p(Qualifier.AT_LEAST, "فأكثر"),
      p(Qualifier.AT_LEAST, "وأكثر"),
      p(Qualifier.ABOUT, "تقريبا"),
      p(Qualifier.ABOUT, "تقريباً"),
      p(Qualifier.MORE_THAN, "ونيف"),
      p(Qualifier.MORE_THAN, "ونيفا"));

  /** Suffixes that may follow the counted noun («20 شخصا على الأقل»). */
  private static final List<Phrase> LATE_SUFFIX = List.of(
      p(Qualifier.AT_LEAST, "على الأقل"),
      p(Qualifier.ABOUT, "تقريبا"));

  private static final java.util.Map<String, List<Phrase>> PREFIX_BY_FIRST = byFirst(PREFIX);
  private static final java.util.Map<String, List<Phrase>> SUFFIX_BY_FIRST = byFirst(SUFFIX);
  private static final java.util.Map<String, List<Phrase>> LATE_BY_FIRST = byFirst(LATE_SUFFIX);

  /** Phrases indexed by their first word, in their listed (longest-first) order. */
  private static java.util.Map<String, List<Phrase>> byFirst(List<Phrase> phrases) {
    java.util.Map<String, List<Phrase>> m = new java.util.HashMap<>();
    for (Phrase ph : phrases) {
      m.computeIfAbsent(ph.words()[0], k -> new java.util.ArrayList<>()).add(ph);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Map.copyOf(m);
  }

  private Qualifiers() {
  }

  /** Whether a prefix qualifier can start at this token. */
  static boolean canStart(Token t) {
    String head = t.norm();
    return PREFIX_BY_FIRST.containsKey(head)
        || (head.length() > 2 && "وفبل".indexOf(head.charAt(0)) >= 0 && PREFIX_BY_FIRST.containsKey(head.substring(1)));
  }

  /** The qualifier phrase at k (its length in {@code len[0]}), or null. */
  static Qualifier prefix(List<Token> tokens, int k, int end, int[] len) {
    return match(PREFIX_BY_FIRST, tokens, k, end, len, true);
  }

  /** The qualifier phrase right after a number at k, or null. */
  static Qualifier suffix(List<Token> tokens, int k, int end, int[] len) {
    return match(SUFFIX_BY_FIRST, tokens, k, end, len, false);
  }

  /** A qualifier after one or two plain words (the counted noun) following the number at k, or null. */
  static Qualifier suffixAfterNoun(List<Token> tokens, int k, int end) {
    int[] len = new int[1];
    for (int skip = 1; skip <= 2 && k + skip < end; skip++) {
      Token t = tokens.get(k + skip - 1);
      if (t.kind() != Token.Kind.WORD || t.norm().equals("و")) {
        return null;
      }
      Qualifier q = match(LATE_BY_FIRST, tokens, k + skip, end, len, false);
      if (q != null) {
        return q;
      }
    }
    return null;
  }

  private static Qualifier match(java.util.Map<String, List<Phrase>> index, List<Token> tokens, int k, int end, int[] len,
      boolean clitics) {
    if (k >= end) {
      return null;
    }
    String head = tokens.get(k).norm();
    List<Phrase> phrases = index.get(head);
    if (phrases == null && clitics && head.length() > 2 && "وفبل".indexOf(head.charAt(0)) >= 0) {
      phrases = index.get(head.substring(1));
    }
    if (phrases == null) {
      return null;
    }
    for (Phrase ph : phrases) {
      int n = ph.words().length;
      if (k + n > end) {
        continue;
      }
      boolean ok = true;
      for (int w = 0; w < n && ok; w++) {
        String norm = tokens.get(k + w).norm();
        ok = norm.equals(ph.words()[w]) || (w == 0 && clitics && withClitic(norm, ph.words()[w]));
      }
      if (ok) {
        len[0] = n;
        return ph.qualifier();
      }
    }
    return null;
  }

  private static boolean withClitic(String norm, String word) {
    if (norm.length() != word.length() + 1 || !norm.endsWith(word)) {
      return false;
    }
    char c = norm.charAt(0);
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل';
  }
}
