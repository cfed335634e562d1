package org.marsad.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups event reports into real-world events: block (see {@link ClusterRule#blockKeys}), compare every pair
 * inside a block with {@link ClusterRule#match}, link matches in a {@link ClusterAssembly}, and summarise each
 * component ({@link Figures}, sources). The result depends only on the inputs, not on their order.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Cluster> clusters = EventClusterer.standard().cluster(events);
 * }</pre>
 *
 * <p>A distributed job does the same in three steps: emit {@code (blockKey, event)} for each key of
 * {@link ClusterRule#blockKeys}, run {@link #links} on each block, then union the links with
 * {@link ClusterAssembly} (or a connected-components pass) and {@link ClusterAssembly#summarise}.
 */
public final class EventClusterer {
  private static final EventClusterer STANDARD = new EventClusterer(ClusterRule.standard());

  private final ClusterRule rule;

  private EventClusterer(ClusterRule rule) {
    this.rule = rule;
  }

  public static EventClusterer standard() {
    return STANDARD;
  }

  public static EventClusterer of(ClusterRule rule) {
    return new EventClusterer(rule);
  }

  public ClusterRule rule() {
    return rule;
  }

  /** Every matching pair {@code [a, b]} (a &lt; b) among the events of one block, in ascending order. */
  public List<long[]> links(List<ClusterInput> block) {
    List<ClusterInput> sorted = new ArrayList<>(block);
    sorted.sort(Comparator.comparingLong(ClusterInput::id));
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        ClusterInput a = sorted.get(i);
        ClusterInput b = sorted.get(j);
        if (a.id() != b.id() && rule.match(a, b)) {
          out.add(new long[] {a.id(), b.id()});
        }
      }
    }
    return out;
  }

  /** Groups events into blocks by {@link ClusterRule#blockKeys}; keys in sorted order. */
  public Map<String, List<ClusterInput>> blocks(Collection<ClusterInput> events) {
    Map<String, List<ClusterInput>> blocks = new TreeMap<>();
    for (ClusterInput e : events) {
      for (String k : rule.blockKeys(e)) {
        blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
      }
    }
    return blocks;
  }

  /** Clusters all {@code events} (ids must be unique); clusters by ascending id, singletons included. */
  public List<Cluster> cluster(Collection<ClusterInput> events) {
    Map<Long, ClusterInput> byId = new HashMap<>();
    ClusterAssembly asm = new ClusterAssembly();
    for (ClusterInput e : events) {
      if (byId.put(e.id(), e) != null) {
        throw new IllegalArgumentException("duplicate event id " + e.id());
      }
      asm.add(e.id());
    }
    HashSet<String> seen = new HashSet<>();
    for (List<ClusterInput> block : blocks(events).values()) {
      for (long[] l : links(block)) {
        if (seen.add(l[0] + ":" + l[1])) {
          asm.link(l[0], l[1]);
        }
      }
    }
    List<Cluster> out = new ArrayList<>();
    asm.components().forEach((id, members) -> {
      List<ClusterInput> ms = new ArrayList<>(members.size());
      for (Long m : members) {
        ms.add(byId.get(m));
      }
      out.add(ClusterAssembly.summarise(id, ms));
    });
    return out;
  }
}
