package org.marsad.events;

import java.util.List;

/**
 * A state after «لـ» owns the targets; the place after it is where they were struck (session 13).
 *
 * <p>Rule: when an attack's place is a state after «لـ» («الضربة الإسرائيلية لإيران بسوريا», «المواقع العسكرية
 * التابعة لإيران في سوريا») and a place after «في» or «بـ» follows within {@value #REACH} words, that place is the
 * event's place; the owner stays whatever side it was.
 */
final class OwnerPlaces {
  /** Words after the owner within which the place struck must begin. */
  static final int REACH = 3;

  private OwnerPlaces() {
  }

  /** The place after an owning state, else {@code place}. */
  static Part struck(List<Part> ps, Part place, Cand c) {
    if (place == null || !"ل".equals(place.prep()) || place.entity() == null || place.entity().kb() == null
        || !place.entity().kb().startsWith("iso3:")) {
      return place;
    }
    for (Part p : ps) {
      if (p.first() >= place.end() && p.first() <= place.end() + REACH && p != c.actor && p.entity() != null
          && p.entity().lat() != null && !p.nisba() && p.place() && ("في".equals(p.prep()) || "ب".equals(p.prep()))) {
        return p;
      }
    }
    return place;
  }
}
