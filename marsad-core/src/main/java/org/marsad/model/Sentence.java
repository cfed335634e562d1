package org.marsad.model;

/**
 * A sentence: its span in the original text and the half-open range of its tokens
 * ({@code firstToken} inclusive, {@code endToken} exclusive) in {@link Document#tokens()}.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
  public Span span() {
    return new Span(start, end);
  }
}
