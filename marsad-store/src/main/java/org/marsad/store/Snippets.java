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

  static String of(String text, List<String> queryTerms, TextIndex index) {
    Set<String> want = new HashSet<>(queryTerms);
    int at = -1;
    if (!want.isEmpty()) {
      int i = 0;
      while (i < text.length() && at < 0) {
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i > s) {
          try {
            for (String t : index.terms(text.substring(s, i))) {
              if (want.contains(t)) {
                at = s;
                break;
              }
            }
          } catch (IOException e) {
            break;
          }
        }
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
