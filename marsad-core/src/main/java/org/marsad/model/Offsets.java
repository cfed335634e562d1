package org.marsad.model;

import java.util.List;
import java.util.function.ToIntFunction;

/** Search by UTF-16 offset over tokens or entities kept in text order. */
public final class Offsets {
  private Offsets() {
  }

  /**
   * The index of the first item whose end ({@code end}) is after {@code offset}, by binary search over
   * {@code items} in text order; {@code items.size()} when every item ends at or before it.
   */
  public static <T> int firstEndingAfter(List<T> items, ToIntFunction<T> end, int offset) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end.applyAsInt(items.get(mid)) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
