package org.marsad.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's original text.
 * Java {@link String} indices, so {@code text.substring(start, end)} is the spanned text.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The spanned text of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
