package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** The tokens of a sentence written for a rule test, the index of one of them, and a place or trigger made of one. */
final class TestTokens {
  private TestTokens() {
  }

  static List<Token> tokens(String text) {
    return Tokenizer.INSTANCE.tokenize(text);
  }

  /** The index of the first token written {@code text}; fails the test when there is none. */
  static int index(List<Token> ts, String text) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no token " + text);
  }

  /** A place part of {@code country} for the token {@code word}, after the preposition {@code prep}. */
  static Part place(List<Token> ts, String word, String prep, String country) {
    int i = index(ts, word);
    Token t = ts.get(i);
    Entity e = new Entity("E" + i, EntityType.GPE, t.text(), t.start(), t.end(), null, country, null, 31.0, 34.0,
        null, "kb");
    return new Part(i, i + 1, t.start(), t.end(), country, null, null, e, prep, true, false, false, false);
  }

  /** A candidate of {@code type} and {@code mode} triggered by the token {@code word}. */
  static Cand cand(List<Token> ts, String word, String type, String mode) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {word}, type, mode, "141", false,
        List.of(), Set.of(), true, false, false);
    return new Cand(new TriggerLexicon.Match(e, i, i + 1, 0), 0);
  }
}
