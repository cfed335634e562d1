package org.marsad.cluster;

import java.util.List;
import java.util.Map;

/**
 * One real-world event: the reports that describe it and the range of their figures.
 *
 * @param id      the smallest member id (stable while members are only added)
 * @param members member ids, ascending
 * @param numbers figures per number kind, kinds in alphabetical order
 * @param sources distinct sources of the members, in alphabetical order
 */
public record Cluster(long id, List<Long> members, Map<String, Figures> numbers, List<String> sources) {
  public Cluster {
    members = List.copyOf(members);
    numbers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(numbers));
    sources = List.copyOf(sources);
  }
}
