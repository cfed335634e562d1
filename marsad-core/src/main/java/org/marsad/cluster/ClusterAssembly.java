package org.marsad.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deterministic cluster assembly: a union-find over event ids. Linking is order-independent; each
 * component is named after its smallest id. Not thread-safe (one per job or per block).
 *
 * <pre>{@code
 * ClusterAssembly a = new ClusterAssembly();
 * a.add(1); a.add(2); a.add(3);
 * a.link(1, 3);
 * a.components();   // {1=[1, 3], 2=[2]}
 * }</pre>
 */
public final class ClusterAssembly {
  private final Map<Long, Long> parent = new HashMap<>();

  /** Adds {@code id} as its own component, if new. */
  public void add(long id) {
    parent.putIfAbsent(id, id);
  }

  /** Puts {@code a} and {@code b} (added if new) in one component. The smaller root wins. */
  public void link(long a, long b) {
    add(a);
    add(b);
    long ra = find(a);
    long rb = find(b);
    if (ra == rb) {
      return;
    }
    if (ra < rb) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  /** The component id of {@code id}: the smallest id linked to it. */
  public long find(long id) {
    Long p = parent.get(id);
    if (p == null) {
      throw new IllegalArgumentException("unknown id " + id);
    }
    long root = id;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    long cur = id;
    while (cur != root) {
      long next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  /** Components by id (ascending), each with its members ascending. */
  public TreeMap<Long, List<Long>> components() {
    TreeMap<Long, TreeSet<Long>> sets = new TreeMap<>();
    for (Long id : parent.keySet()) {
      sets.computeIfAbsent(find(id), k -> new TreeSet<>()).add(id);
    }
    TreeMap<Long, List<Long>> out = new TreeMap<>();
    sets.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  /** The figures and sources of a component made of {@code members}. */
  public static Cluster summarise(long id, Collection<ClusterInput> members) {
    Map<String, List<Long>> values = new TreeMap<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<Long> ids = new TreeSet<>();
    for (ClusterInput e : members) {
      ids.add(e.id());
      e.numbers().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      if (e.source() != null) {
        sources.add(e.source());
      }
    }
    Map<String, Figures> figs = new TreeMap<>();
    values.forEach((k, v) -> figs.put(k, Figures.of(v)));
    return new Cluster(id, new ArrayList<>(ids), figs, new ArrayList<>(sources));
  }
}
