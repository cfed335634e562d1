package org.marsad.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The range of one reported number across the reports of an event, as UCDP keeps it.
 *
 * <ul>
 *   <li><b>low</b>: the smallest reported value;</li>
 *   <li><b>best</b>: the value reported most often when one value is reported strictly more often than every
 *       other; otherwise the median of the reports (for an even count, the lower of the two middle values, so
 *       {@code best} is always a value some source actually reported);</li>
 *   <li><b>high</b>: the largest reported value;</li>
 *   <li><b>reports</b>: how many reports gave a value.</li>
 * </ul>
 */
public record Figures(long low, long best, long high, int reports) {
  public Figures {
    if (reports < 1 || low > best || best > high) {
      throw new IllegalArgumentException("bad figures " + low + "/" + best + "/" + high + " of " + reports);
    }
  }

  /** The figures of the given reported values (at least one). Order does not matter. */
  public static Figures of(Collection<Long> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    Map<Long, Integer> freq = new HashMap<>();
    for (Long v : sorted) {
      freq.merge(v, 1, Integer::sum);
    }
    long mode = 0;
    int top = 0;
    boolean unique = false;
    for (Long v : sorted) {
      int f = freq.get(v);
      if (f > top) {
        top = f;
        mode = v;
        unique = true;
      } else if (f == top && v != mode) {
        unique = false;
      }
    }
    long best = unique && top > 1 ? mode : sorted.get((sorted.size() - 1) / 2);
    return new Figures(sorted.get(0), best, sorted.get(sorted.size() - 1), sorted.size());
  }
}
