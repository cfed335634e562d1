package org.marsad.store;

import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Count;

/**
 * The {@code events.numbers} column (V009): an event's numbers in its own row, so that a page of events is read
 * without a scan of {@code event_numbers}.
 *
 * <p>Rules: the text is {@code kind=value} pairs joined by {@code ;}, kinds in ascending order; an event without
 * numbers has the empty text; an event with a kind containing {@code ;} or {@code =} has null, which tells the
 * reader to read {@code event_numbers} instead (so every kind reads back exactly).
 */
final class NumbersColumn {
  private NumbersColumn() {
  }

  /** The column's text for {@code numbers}, or null when a kind cannot be written in it. */
  static String encode(Map<String, Count> numbers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Count> n : new TreeMap<>(numbers).entrySet()) {
      String kind = n.getKey();
      if (kind.indexOf(';') >= 0 || kind.indexOf('=') >= 0) {
        return null;
      }
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(kind).append('=').append(n.getValue().value());
    }
    return sb.toString();
  }

  /** The numbers written by {@link #encode} (kind -> value); the text must not be null. */
  static Map<String, Long> decode(String text) {
    Map<String, Long> out = new TreeMap<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      out.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
    }
    return out;
  }
}
