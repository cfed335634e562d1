package org.marsad.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The days of the week with the article, normalised («السبت» … «الجمعه»), shared by the time-word sets. */
final class Weekdays {
  /** The seven day names. */
  static final Set<String> NAMES = Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه");

  private Weekdays() {
  }

  /** An unmodifiable set of the day names and {@code more}. */
  static Set<String> with(String... more) {
    Set<String> s = new HashSet<>(NAMES);
    s.addAll(List.of(more));
    return Set.copyOf(s);
  }
}
