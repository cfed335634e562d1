package org.marsad.model;

/**
 * One token of the original text.
 *
 * @param text  the token exactly as written ({@code original.substring(start, end)})
 * @param start UTF-16 offset of the first code unit
 * @param end   UTF-16 offset after the last code unit
 * @param norm  the matching form (see {@code org.marsad.text.ArabicNormalizer}); never null
 * @param kind  coarse class of the token
 */
public record Token(String text, int start, int end, String norm, Kind kind) {
  /** Coarse token classes. */
  public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }

  public Span span() {
    return new Span(start, end);
  }
}
