package org.marsad.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph given as an edge list, each component labelled with its
 * smallest node: the distributed counterpart of {@link org.marsad.cluster.ClusterAssembly}.
 *
 * <p>The alternating Large-Star / Small-Star algorithm (Kiveris et al., "Connected Components in
 * MapReduce and Beyond", SoCC 2014), O(log² n) rounds:
 * <ol>
 *   <li><b>large-star</b>: each node {@code u} connects every strictly larger neighbour to the smallest node
 *       of its neighbourhood (itself included), and drops its other edges;</li>
 *   <li><b>small-star</b>: each node {@code u} connects itself and every smaller-or-equal neighbour to the
 *       smallest of them.</li>
 * </ol>
 * Both steps keep each component connected and never join two components. The rounds stop when the graph
 * is a forest of stars {@code (leaf, centre)} with {@code centre < leaf}; each star is then a component and
 * its centre is the component's smallest node.
 */
final class ConnectedComponents {
  /** A bound that only a bug could reach (the algorithm needs O(log² n) rounds). */
  private static final int MAX_ROUNDS = 1000;

  private ConnectedComponents() {
  }

  /** {@code (node, smallest node of its component)} for every node that has an edge. */
  static JavaPairRDD<Long, Long> labels(JavaPairRDD<Long, Long> edges, int partitions) {
    Partitioner p = new HashPartitioner(Math.max(1, partitions));
    JavaPairRDD<Long, Long> e = edges.filter(t -> !t._1().equals(t._2()))
        .mapToPair(t -> t._1() > t._2() ? t : t.swap())
        .distinct(p.numPartitions())
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      if (isStarForest(e)) {
        if (Boolean.getBoolean("marsad.debug")) {
          System.err.println("connected components: " + (round - 1) + " rounds");
        }
        JavaPairRDD<Long, Long> labels = e.union(e.values().distinct().mapToPair(c -> new Tuple2<>(c, c)));
        return labels;
      }
      JavaPairRDD<Long, Long> next = smallStar(largeStar(e, p), p).persist(StorageLevel.MEMORY_AND_DISK());
      if (round % 8 == 0) {
        next.rdd().localCheckpoint();   // keeps the lineage short
      }
      next.count();
      e.unpersist(false);
      e = next;
    }
    throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
  }

  private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> e, Partitioner p) {
    return e.flatMapToPair(t -> List.of(t, t.swap()).iterator())
        .groupByKey(p)
        .flatMapToPair(g -> {
          long u = g._1();
          Set<Long> nbrs = new HashSet<>();
          long m = u;
          for (Long v : g._2()) {
            nbrs.add(v);
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (Long v : nbrs) {
            if (v > u) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        })
        .distinct(p.numPartitions());
  }

  private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> e, Partitioner p) {
    return e.mapToPair(t -> t._2() <= t._1() ? t : t.swap())
        .groupByKey(p)
        .flatMapToPair(g -> {
          long u = g._1();
          Set<Long> nbrs = new HashSet<>();
          nbrs.add(u);
          long m = u;
          for (Long v : g._2()) {
            nbrs.add(v);
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (Long v : nbrs) {
            if (v != m) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        })
        .distinct(p.numPartitions());
  }

  /** Whether every edge is {@code (leaf, centre)} with one centre per leaf and no centre a leaf. */
  private static boolean isStarForest(JavaPairRDD<Long, Long> e) {
    JavaPairRDD<Long, Integer> leaves = e.mapToPair(t -> new Tuple2<>(t._1(), 1)).reduceByKey(Integer::sum);
    if (!leaves.filter(t -> t._2() > 1).isEmpty()) {
      return false;
    }
    JavaPairRDD<Long, Integer> centres = e.values().distinct().mapToPair(c -> new Tuple2<>(c, 0));
    return leaves.join(centres).isEmpty();
  }
}
