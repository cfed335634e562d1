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
 *   <li>a name made only of punctuation disappears;</li>
 *   <li>the preposition «على», spelt with «ى» ({@link #ON}), is treated like punctuation (session 19b): ANERcorp
 *       never tags it inside a name (0 of its 1,295 tokens in the first 90 % of the train file; the name «علي» is
 *       spelt with «ي»), but the model reads it as the name «علي» about once in a hundred («واليه على الشام»).</li>
 * </ol>
 */
final class SpanEdges {
  /** The preposition «على» as written, never a name's edge. */
  static final String ON = "على";
  /** {@code -Dmarsad.ner.noOnEdge=true} switches the «على» rule off (ablation). */
  static final boolean ON_EDGE = !Boolean.getBoolean("marsad.ner.noOnEdge");

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
      while (s < e && notName(tokens[s])) {
        t[s++] = "O";
      }
      int last = e - 1;
      while (last >= s && notName(tokens[last])) {
        t[last--] = "O";
      }
      if (s <= last) {
        t[s] = "B-" + type;
      }
      i = e;
    }
  }

  private static boolean notName(String token) {
    return punctuation(token) || ON_EDGE && token.equals(ON);
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
