package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.Sentence;
import org.marsad.model.Token;

/**
 * The document as the event rules read it, without the signs of hashtags (session 9): «وقصفت #إسرائيل مواقع في
 * #غزة» and «اتهمت الإمارات #ميليشيات_الحوثي» put a «#» (and «_» between the words of a name) where the grammar of
 * subjects and objects expects the name itself, so the rules, which look at neighbouring tokens, lost the actor.
 *
 * <p>Rules:
 * <ol>
 *   <li>tokens «#» and «_» are left out of the token list; every other token keeps its offsets, so the events'
 *       spans still point into the original text;</li>
 *   <li>each sentence's token range is remapped onto the shorter list; a sentence left with no token is dropped;</li>
 *   <li>a document without such tokens is returned as it is.</li>
 * </ol>
 */
final class Hashtags {
  /** The sign of a hashtag and the low line that joins its words. */
  private static final String SIGN = "#";
  private static final String JOINER = "_";

  private Hashtags() {
  }

  /** {@code doc} with the tokens of its hashtags' signs left out and its sentences remapped (rules 1-3). */
  static Document without(Document doc) {
    List<Token> tokens = doc.tokens();
    int[] kept = new int[tokens.size() + 1]; // kept[i]: tokens kept before index i
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      kept[i] = out.size();
      String t = tokens.get(i).text();
      if (!t.equals(SIGN) && !t.equals(JOINER)) {
        out.add(tokens.get(i));
      }
    }
    kept[tokens.size()] = out.size();
    if (out.size() == tokens.size()) {
      return doc;
    }
    List<Sentence> sentences = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      int first = kept[s.firstToken()];
      int end = kept[s.endToken()];
      if (end > first) {
        sentences.add(new Sentence(s.start(), s.end(), first, end));
      }
    }
    return doc.withTokens(List.copyOf(out)).withSentences(List.copyOf(sentences));
  }
}
