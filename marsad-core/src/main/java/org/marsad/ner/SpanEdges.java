package org.marsad.ner;

import java.util.List;

/**
 * Names neither start nor end with punctuation: a token without a letter or a digit («،», «-», «.»)
 * at either edge of a tagged name is tagged {@code O} (ANERcorp annotates punctuation only inside
 * names: «إس . تي»), and the name's new first token becomes {@code B-}.
 *
 * <p>Rules:
 * <ol>
 *   <li>trailing punctuation tokens of a name are dropped («محمد سعد ،» → «محمد سعد»);</li>
 *   <li>leading punctuation tokens of a name are dropped;</li>
 *   <li>a name made only of punctuation disappears.</li>
 * </ol>
 */
final class SpanEdges {
  private SpanEdges() {
  }

  /** Trims the names of every sentence of {@code tags} (BIO, changed in place). */
  static void trim(List<String[]> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      trim(sentences.get(k), tags.get(k));
    }
  }

  static void trim(String[] tokens, String[] t) {
    int i = 0;
    while (i < t.length) {
      if (t[i].equals("O")) {
        i++;
        continue;
      }
      String type = t[i].substring(2);
      int e = i + 1;
      while (e < t.length && t[e].equals("I-" + type)) {
        e++;
      }
      int s = i;
      while (s < e && punctuation(tokens[s])) {
        t[s++] = "O";
      }
      int last = e - 1;
      while (last >= s && punctuation(tokens[last])) {
        t[last--] = "O";
      }
      if (s <= last) {
        t[s] = "B-" + type;
      }
      i = e;
    }
  }

  /** True when {@code token} has neither a letter nor a digit. */
  static boolean punctuation(String token) {
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
