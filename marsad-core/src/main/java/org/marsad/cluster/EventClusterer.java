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
 * Groups event reports into real-world events, in two steps. The result depends only on the inputs (their
 * facts and ids), not on their order. Immutable and thread-safe.
 *
 * <ol>
 *   <li><b>Components</b>: block (see {@link ClusterRule#blockKeys}), compare every pair inside a block with
 *       {@link ClusterRule#match}, and link matches in a {@link ClusterAssembly}: each connected component
 *       holds every report that could belong with another of it (single linkage).</li>
 *   <li><b>Clusters</b> ({@link #refine}): inside each component, matching pairs are taken from the most alike
 *       ({@link ClusterRule#affinity}, ties by ids) down; a pair's two clusters merge only when every report
 *       of one matches every report of the other (complete linkage) and no article would appear twice (two
 *       events of one article are two events). So a report that matches two different events joins the
 *       closer one instead of fusing them.</li>
 * </ol>
 * Each cluster is named after its smallest id and summarised ({@link Figures}, sources).
 *
 * <pre>{@code
 * List<Cluster> clusters = EventClusterer.standard().cluster(events);
 * }</pre>
 *
 * <p>Because the clusters of a component depend only on that component's reports, an incremental store (or
 * a distributed job) gets the same result as clustering everything at once by recomputing step 1 exactly
 * (the union of new links) and then re-running {@link #refine} on every component that changed: emit
 * {@code (blockKey, event)} for each key of {@link ClusterRule#blockKeys}, run {@link #links} on each block,
 * union the links with {@link ClusterAssembly} (or a connected-components pass), then {@link #refine} each
 * component and {@link ClusterAssembly#summarise} each cluster.
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

  /**
   * Splits one component (see the class comment) into clusters: member id lists, ascending, ordered by their
   * first id. Every event lands in exactly one cluster; the result does not depend on the order of
   * {@code component}. Ids must be unique.
   */
  public List<List<Long>> refine(Collection<ClusterInput> component) {
    List<ClusterInput> sorted = new ArrayList<>(component);
    sorted.sort(Comparator.comparingLong(ClusterInput::id));
    if (sorted.size() == 1) {
      return List.of(List.of(sorted.get(0).id()));
    }
    int n = sorted.size();
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(sorted.get(i).id(), i);
    }
    Matches known = new Matches(n);
    List<Pair> pairs = pairs(sorted, index, known);
    Map<Long, List<ClusterInput>> members = new HashMap<>();
    Map<Long, Long> clusterOf = new HashMap<>();
    for (ClusterInput e : sorted) {
      members.put(e.id(), new ArrayList<>(List.of(e)));
      clusterOf.put(e.id(), e.id());
    }
    for (Pair p : pairs) {
      long x = clusterOf.get(p.a());
      long y = clusterOf.get(p.b());
      if (x == y || !mergeable(members.get(x), members.get(y), index, known)) {
        continue;
      }
      long keep = Math.min(x, y);
      long gone = Math.max(x, y);
      List<ClusterInput> moved = members.remove(gone);
      for (ClusterInput e : moved) {
        clusterOf.put(e.id(), keep);
      }
      members.get(keep).addAll(moved);
    }
    List<List<Long>> out = new ArrayList<>();
    new TreeMap<>(members).forEach((k, ms) -> out.add(ms.stream().map(ClusterInput::id).sorted().toList()));
    return out;
  }

  /** A matching pair of a component (ids, the smaller first) and its affinity. */
  private record Pair(long a, long b, double affinity) {
  }

  /**
   * The candidate pairs of {@link #refine}: matches sharing a block, each once, most alike first (ties by ids).
   * Every pair compared in a block is remembered in {@code known} (the rule is pure and symmetric), so a pair met in
   * two blocks and the complete-linkage checks of {@link #mergeable} do not run the rule again.
   */
  private List<Pair> pairs(List<ClusterInput> sorted, Map<Long, Integer> index, Matches known) {
    List<Pair> pairs = new ArrayList<>();
    for (List<ClusterInput> block : blocks(sorted).values()) {
      // blocks(sorted) keeps the ascending id order inside each block, as links() sorts it
      for (int i = 0; i < block.size(); i++) {
        ClusterInput a = block.get(i);
        int ia = index.get(a.id());
        for (int j = i + 1; j < block.size(); j++) {
          ClusterInput b = block.get(j);
          int ib = index.get(b.id());
          if (ia == ib || known.get(ia, ib) != Matches.UNKNOWN) {
            continue;
          }
          boolean m = rule.match(a, b);
          known.put(ia, ib, m);
          if (m) {
            pairs.add(new Pair(a.id(), b.id(), rule.affinity(a, b)));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::affinity).reversed().thenComparingLong(Pair::a)
        .thenComparingLong(Pair::b));
    return pairs;
  }

  /** Complete linkage and one event per article: every cross pair matches, no article on both sides. */
  private boolean mergeable(List<ClusterInput> xs, List<ClusterInput> ys, Map<Long, Integer> index, Matches known) {
    for (ClusterInput x : xs) {
      int ix = index.get(x.id());
      for (ClusterInput y : ys) {
        if (x.document() != null && x.document().equals(y.document())) {
          return false;
        }
        int iy = index.get(y.id());
        byte m = known.get(ix, iy);
        if (m == Matches.UNKNOWN) {
          boolean r = rule.match(x, y);
          known.put(ix, iy, r);
          m = r ? Matches.YES : Matches.NO;
        }
        if (m == Matches.NO) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The rule's answers for pairs of a component's events by position (unordered): a byte matrix for components
   * of up to 4,096 events, a map above.
   */
  private static final class Matches {
    static final byte UNKNOWN = 0;
    static final byte YES = 1;
    static final byte NO = 2;
    private final int n;
    private final byte[] matrix;
    private final Map<Long, Byte> map;

    Matches(int n) {
      this.n = n;
      this.matrix = n <= 4096 ? new byte[n * n] : null;
      this.map = matrix == null ? new HashMap<>() : null;
    }

    byte get(int i, int j) {
      int lo = Math.min(i, j);
      int hi = Math.max(i, j);
      if (matrix != null) {
        return matrix[lo * n + hi];
      }
      Byte b = map.get((long) lo * n + hi);
      return b == null ? UNKNOWN : b;
    }

    void put(int i, int j, boolean match) {
      int lo = Math.min(i, j);
      int hi = Math.max(i, j);
      byte v = match ? YES : NO;
      if (matrix != null) {
        matrix[lo * n + hi] = v;
      } else {
        map.put((long) lo * n + hi, v);
      }
    }
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
    for (List<Long> component : asm.components().values()) {
      List<ClusterInput> inputs = new ArrayList<>(component.size());
      for (Long m : component) {
        inputs.add(byId.get(m));
      }
      for (List<Long> cluster : refine(inputs)) {
        List<ClusterInput> ms = new ArrayList<>(cluster.size());
        for (Long m : cluster) {
          ms.add(byId.get(m));
        }
        out.add(ClusterAssembly.summarise(cluster.get(0), ms));
      }
    }
    out.sort(Comparator.comparingLong(Cluster::id));
    return out;
  }
}
