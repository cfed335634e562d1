package org.marsad.events;

import java.util.List;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** The tokens of a sentence written for a rule test, and the index of one of them. */
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
}
