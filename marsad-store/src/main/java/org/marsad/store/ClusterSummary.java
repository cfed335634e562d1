package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.cluster.Figures;

/**
 * One real-world event: the cluster of the reports that describe it.
 *
 * @param id        cluster id (the smallest member event id)
 * @param type      PLOVER type
 * @param country   ISO alpha-3 (blocking country), or {@code "-"}
 * @param firstDate earliest member date, or null
 * @param lastDate  latest member date, or null
 * @param lat       mean latitude of located members, or null
 * @param lon       mean longitude of located members, or null
 * @param events    number of member event reports
 * @param documents number of distinct articles
 * @param numbers   low/best/high per number kind
 * @param sources   distinct sources (outlet, else URL, else article id)
 */
public record ClusterSummary(long id, String type, String country, LocalDate firstDate, LocalDate lastDate,
                             Double lat, Double lon, int events, int documents, Map<String, Figures> numbers,
                             List<String> sources) {
  public ClusterSummary {
    numbers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(numbers));
    sources = List.copyOf(sources);
  }
}
