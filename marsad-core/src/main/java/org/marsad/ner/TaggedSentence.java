package org.marsad.ner;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL file: tokens and their BIO tags (tags may be {@code O} when the input
 * had none).
 *
 * @param tokens the token texts, as in the file
 * @param tags   one tag per token ({@code O}, {@code B-TYPE}, {@code I-TYPE})
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {
  public TaggedSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
    }
    tags.forEach(Objects::requireNonNull);
  }

  public int size() {
    return tokens.size();
  }
}
