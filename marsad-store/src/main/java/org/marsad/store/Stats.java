package org.marsad.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts of the events matching a query.
 *
 * @param events    matching event reports
 * @param clusters  distinct real-world events among them
 * @param documents distinct articles among them
 * @param byDay     events per day (days without a date are left out), ascending
 * @param byType    events per PLOVER type
 * @param byCountry events per country ({@code "-"} when unknown)
 */
public record Stats(long events, long clusters, long documents, Map<LocalDate, Long> byDay,
                    Map<String, Long> byType, Map<String, Long> byCountry) {
  public Stats {
    byDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byDay));
    byType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byType));
    byCountry = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCountry));
  }
}
