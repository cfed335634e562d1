package org.marsad.store;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A short passage of an article around the first word that matches a query term. */
final class Snippets {
  static final int LENGTH = 200;

  private Snippets() {
  }

  /**
   * About {@value #LENGTH} characters of {@code text} starting a little before the first word whose analysed
   * form is one of {@code queryTerms} (the text is analysed once, with offsets), cut at spaces; the opening of
   * the text when no word matches.
   */
  static String of(String text, List<String> queryTerms, TextIndex index) {
    Set<String> want = new HashSet<>(queryTerms);
    int at = -1;
    if (!want.isEmpty()) {
      try {
        at = index.firstMatch(text, want);
      } catch (IOException e) {
        at = -1;
      }
    }
    int start = at < 0 ? 0 : Math.max(0, at - 60);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(text.length(), start + LENGTH);
    while (end < text.length() && end < start + LENGTH + 30 && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }
}
