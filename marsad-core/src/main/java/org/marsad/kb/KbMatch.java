package org.marsad.kb;

import java.util.List;

/**
 * A knowledge-base match over tokens {@code [start, end)}.
 *
 * @param start    index of the first token
 * @param end      index after the last token
 * @param entries  the matching entries, best first (never empty)
 * @param clitic   true when the first token matched only after splitting a proclitic
 */
public record KbMatch(int start, int end, List<KbEntry> entries, boolean clitic) {
  public KbMatch {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("empty match");
    }
  }

  /** The best entry. */
  public KbEntry best() {
    return entries.get(0);
  }

  /** Number of tokens covered. */
  public int length() {
    return end - start;
  }
}
